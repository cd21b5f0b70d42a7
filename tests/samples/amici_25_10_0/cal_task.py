# -*- coding: UTF-8 -*-
# cal.Task: 0 rows
# Each line is one row; the columns are the arguments of create_cal_task():
# id, start_date, start_time, modified, created, user_id, owner_type_id, owner_id, summary, description, auto_type, priority, due_date, due_time, percent, state
