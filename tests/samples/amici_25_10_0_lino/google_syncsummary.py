# -*- coding: UTF-8 -*-
logger.info("Loading 0 objects to table google_syncsummary...")
# fields: id, created, user, halted, stats

loader.flush_deferred_objects()
