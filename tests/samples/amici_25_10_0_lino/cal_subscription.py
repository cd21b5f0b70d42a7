# -*- coding: UTF-8 -*-
logger.info("Loading 0 objects to table cal_subscription...")
# fields: id, user, calendar, is_hidden

loader.flush_deferred_objects()
