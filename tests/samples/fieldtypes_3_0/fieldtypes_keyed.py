# -*- coding: UTF-8 -*-
# fieldtypes.Keyed: 1 rows
# Each line is one row; the columns are the arguments of create_fieldtypes_keyed():
# key, note
loader.save(create_fieldtypes_keyed(UUID('00000000-0000-0000-0000-000000000007'),'uuid pk'))
