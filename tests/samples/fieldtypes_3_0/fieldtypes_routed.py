# -*- coding: UTF-8 -*-
# fieldtypes.Routed: 0 rows
# Each line is one row; the columns are the arguments of create_fieldtypes_routed():
# id, name
