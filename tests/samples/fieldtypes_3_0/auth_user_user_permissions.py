# -*- coding: UTF-8 -*-
# auth.User_user_permissions: 0 rows
# Each line is one row; the columns are the arguments of create_auth_user_user_permissions():
# id, user_id, permission_id
