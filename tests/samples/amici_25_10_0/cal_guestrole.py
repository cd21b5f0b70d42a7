# -*- coding: UTF-8 -*-
# cal.GuestRole: 0 rows
# Each line is one row; the columns are the arguments of create_cal_guestrole():
# id, name, ref
