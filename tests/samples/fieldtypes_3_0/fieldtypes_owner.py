# -*- coding: UTF-8 -*-
# fieldtypes.Owner: 1 rows
# Each line is one row; the columns are the arguments of create_fieldtypes_owner():
# id, favourite_id, name
loader.save(create_fieldtypes_owner(1,2,'owner'))
