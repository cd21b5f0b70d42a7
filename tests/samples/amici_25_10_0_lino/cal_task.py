# -*- coding: UTF-8 -*-
logger.info("Loading 0 objects to table cal_task...")
# fields: id, start_date, start_time, modified, created, user, owner_type, owner_id, summary, description, auto_type, priority, due_date, due_time, percent, state

loader.flush_deferred_objects()
