# -*- coding: UTF-8 -*-
# fieldtypes.Membership: 1 rows
# Each line is one row; the columns are the arguments of create_fieldtypes_membership():
# id, owner_id, group_id, since
loader.save(create_fieldtypes_membership(1,1,1,date(2020,1,31)))
