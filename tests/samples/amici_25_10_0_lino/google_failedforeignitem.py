# -*- coding: UTF-8 -*-
logger.info("Loading 0 objects to table google_failedforeignitem...")
# fields: id, job, value, item_class

loader.flush_deferred_objects()
