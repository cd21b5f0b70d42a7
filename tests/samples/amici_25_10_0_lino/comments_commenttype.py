# -*- coding: UTF-8 -*-
logger.info("Loading 0 objects to table comments_commenttype...")
# fields: id, name

loader.flush_deferred_objects()
