# -*- coding: UTF-8 -*-
logger.info("Loading 0 objects to table linod_systemtask...")
# fields: id, start_date, start_time, end_date, end_time, seqno, every_unit, every, positions, monday, tuesday, wednesday, thursday, friday, saturday, sunday, max_events, log_level, disabled, last_start_time, last_end_time, requested_at, message, procedure, name

loader.flush_deferred_objects()
