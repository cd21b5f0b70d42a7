# -*- coding: UTF-8 -*-
logger.info("Loading 0 objects to table users_authorization...")
# fields: id, user, recipient

loader.flush_deferred_objects()
