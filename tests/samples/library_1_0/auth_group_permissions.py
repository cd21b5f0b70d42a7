# -*- coding: UTF-8 -*-
# auth.Group_permissions: 0 rows
# Each line is one row; the columns are the arguments of create_auth_group_permissions():
# id, group_id, permission_id
