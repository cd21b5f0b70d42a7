# -*- coding: UTF-8 -*-
logger.info("Loading 0 objects to table users_authority...")
# fields: id, user, authorized

loader.flush_deferred_objects()
