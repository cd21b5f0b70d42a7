# -*- coding: UTF-8 -*-
logger.info("Loading 0 objects to table courses_topic...")
# fields: id, name

loader.flush_deferred_objects()
