# -*- coding: UTF-8 -*-
# fieldtypes.CleanedValue: 1 rows
# Each line is one row; the columns are the arguments of create_fieldtypes_cleanedvalue():
# id, name
loader.save(create_fieldtypes_cleanedvalue(1,'MiXeD Case'))
