# -*- coding: UTF-8 -*-
# auth.Group_permissions: 3 rows
# Each line is one row; the columns are the arguments of create_auth_group_permissions():
# id, group_id, permission_id
loader.save(create_auth_group_permissions(1,1,89))
loader.save(create_auth_group_permissions(2,1,90))
loader.save(create_auth_group_permissions(3,1,91))
