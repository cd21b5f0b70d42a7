# -*- coding: UTF-8 -*-
# auth.User: 0 rows
# Each line is one row; the columns are the arguments of create_auth_user():
# id, password, last_login, is_superuser, username, first_name, last_name, email, is_staff, is_active, date_joined
