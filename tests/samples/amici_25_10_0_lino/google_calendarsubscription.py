# -*- coding: UTF-8 -*-
logger.info("Loading 0 objects to table google_calendarsubscription...")
# fields: id, user, calendar, is_hidden, primary, access_role

loader.flush_deferred_objects()
