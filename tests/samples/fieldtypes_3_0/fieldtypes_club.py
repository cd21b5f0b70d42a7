# -*- coding: UTF-8 -*-
# fieldtypes.Club: 1 rows
# Each line is one row; the columns are the arguments of create_fieldtypes_club():
# id, name
loader.save(create_fieldtypes_club(1,'club'))
