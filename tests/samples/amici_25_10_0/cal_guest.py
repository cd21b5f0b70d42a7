# -*- coding: UTF-8 -*-
# cal.Guest: 0 rows
# Each line is one row; the columns are the arguments of create_cal_guest():
# id, event_id, partner_id, role_id, state, remark
