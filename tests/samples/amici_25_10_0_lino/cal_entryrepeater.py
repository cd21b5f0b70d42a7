# -*- coding: UTF-8 -*-
logger.info("Loading 0 objects to table cal_entryrepeater...")
# fields: id, start_date, start_time, end_date, end_time, every_unit, every, positions, monday, tuesday, wednesday, thursday, friday, saturday, sunday, max_events, cal_entry

loader.flush_deferred_objects()
