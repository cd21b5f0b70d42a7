# -*- coding: UTF-8 -*-
# users.Authority: 0 rows
# Each line is one row; the columns are the arguments of create_users_authority():
# id, user_id, authorized_id
