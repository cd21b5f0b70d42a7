# -*- coding: UTF-8 -*-
# fieldtypes.Stamped: 1 rows
# Each line is one row; the columns are the arguments of create_fieldtypes_stamped():
# id, name, created, modified
loader.save(create_fieldtypes_stamped(1,'old',dt('2001-01-01 01:01:01.000001'),dt('2002-02-02 02:02:02.000002')))
