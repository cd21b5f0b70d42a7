# -*- coding: UTF-8 -*-
# linod.SystemTask: 0 rows
# Each line is one row; the columns are the arguments of create_linod_systemtask():
# id, start_date, start_time, end_date, end_time, seqno, every_unit, every, positions, monday, tuesday, wednesday, thursday, friday, saturday, sunday, max_events, log_level, disabled, last_start_time, last_end_time, requested_at, message, procedure, name
