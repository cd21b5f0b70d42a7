# -*- coding: UTF-8 -*-
# auth.User: 1 rows
# Each line is one row; the columns are the arguments of create_auth_user():
# id, password, last_login, is_superuser, username, first_name, last_name, email, is_staff, is_active, date_joined
loader.save(create_auth_user(1,'!unusable',None,False,'joe','Jöe','','',False,True,dt('2026-12-03 06:08:07.785004')))
