# -*- coding: UTF-8 -*-
logger.info("Loading 0 objects to table comments_reaction...")
# fields: id, modified, created, user, comment, emotion

loader.flush_deferred_objects()
