# -*- coding: UTF-8 -*-
# users.Authorization: 0 rows
# Each line is one row; the columns are the arguments of create_users_authorization():
# id, user_id, recipient_id
