# -*- coding: UTF-8 -*-
logger.info("Loading 0 objects to table topics_topic...")
# fields: id, name, ref, description_text

loader.flush_deferred_objects()
