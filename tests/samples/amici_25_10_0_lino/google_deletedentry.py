# -*- coding: UTF-8 -*-
logger.info("Loading 0 objects to table google_deletedentry...")
# fields: id, calendar, user, event_id, calendar_id

loader.flush_deferred_objects()
