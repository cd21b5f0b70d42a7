# -*- coding: UTF-8 -*-
# fieldtypes.Place: 2 rows
# Each line is one row; the columns are the arguments of create_fieldtypes_place():
# id, name
loader.save(create_fieldtypes_place(1,'square'))
loader.save(create_fieldtypes_place(2,'pizzeria'))
