# -*- coding: UTF-8 -*-
logger.info("Loading 0 objects to table tickets_checklistitem...")
# fields: id, ticket, details, checked

loader.flush_deferred_objects()
