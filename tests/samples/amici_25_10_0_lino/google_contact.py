# -*- coding: UTF-8 -*-
logger.info("Loading 0 objects to table google_contact...")
# fields: id, modified, user, google_id, contact

loader.flush_deferred_objects()
