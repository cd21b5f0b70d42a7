# -*- coding: UTF-8 -*-
# courses.Slot: 0 rows
# Each line is one row; the columns are the arguments of create_courses_slot():
# id, seqno, start_time, end_time, name
