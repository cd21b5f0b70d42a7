# -*- coding: UTF-8 -*-
# perapp.Switch: 0 rows
# Each line is one row; the columns are the arguments of create_perapp_switch():
# id, name, state
