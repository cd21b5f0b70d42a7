# -*- coding: UTF-8 -*-
# cal.Subscription: 0 rows
# Each line is one row; the columns are the arguments of create_cal_subscription():
# id, user_id, calendar_id, is_hidden
