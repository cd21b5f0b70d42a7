# -*- coding: UTF-8 -*-
# groups.Membership: 6 rows
# Each line is one row; the columns are the arguments of create_groups_membership():
# id, user_id, group_id, remark
loader.save(create_groups_membership(1,4,1,''))
loader.save(create_groups_membership(2,5,1,''))
loader.save(create_groups_membership(3,6,2,''))
loader.save(create_groups_membership(4,3,2,''))
loader.save(create_groups_membership(5,2,3,''))
loader.save(create_groups_membership(6,1,3,''))
