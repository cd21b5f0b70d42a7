# -*- coding: UTF-8 -*-
# auth.User_groups: 1 rows
# Each line is one row; the columns are the arguments of create_auth_user_groups():
# id, user_id, group_id
loader.save(create_auth_user_groups(1,1,1))
