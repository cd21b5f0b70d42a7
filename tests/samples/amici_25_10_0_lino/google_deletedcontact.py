# -*- coding: UTF-8 -*-
logger.info("Loading 0 objects to table google_deletedcontact...")
# fields: id, user, contact_id

loader.flush_deferred_objects()
