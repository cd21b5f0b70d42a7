# -*- coding: UTF-8 -*-
# auth.Group: 1 rows
# Each line is one row; the columns are the arguments of create_auth_group():
# id, name
loader.save(create_auth_group(1,'editors'))
