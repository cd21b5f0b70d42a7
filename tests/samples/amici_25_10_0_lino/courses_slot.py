# -*- coding: UTF-8 -*-
logger.info("Loading 0 objects to table courses_slot...")
# fields: id, seqno, start_time, end_time, name

loader.flush_deferred_objects()
