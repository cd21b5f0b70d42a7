# -*- coding: UTF-8 -*-
logger.info("Loading 0 objects to table topics_tag...")
# fields: id, owner_type, owner_id, topic

loader.flush_deferred_objects()
