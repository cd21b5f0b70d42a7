# -*- coding: UTF-8 -*-
# cal.EntryRepeater: 0 rows
# Each line is one row; the columns are the arguments of create_cal_entryrepeater():
# id, start_date, start_time, end_date, end_time, every_unit, every, positions, monday, tuesday, wednesday, thursday, friday, saturday, sunday, max_events, cal_entry_id
