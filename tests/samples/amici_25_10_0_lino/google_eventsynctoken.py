# -*- coding: UTF-8 -*-
logger.info("Loading 0 objects to table google_eventsynctoken...")
# fields: id, modified, user, locked, sync_token, page_token, subscription

loader.flush_deferred_objects()
