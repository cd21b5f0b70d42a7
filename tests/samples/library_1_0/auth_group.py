# -*- coding: UTF-8 -*-
# auth.Group: 0 rows
# Each line is one row; the columns are the arguments of create_auth_group():
# id, name
