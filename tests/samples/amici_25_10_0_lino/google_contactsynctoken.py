# -*- coding: UTF-8 -*-
logger.info("Loading 0 objects to table google_contactsynctoken...")
# fields: id, modified, user, locked, sync_token, page_token

loader.flush_deferred_objects()
