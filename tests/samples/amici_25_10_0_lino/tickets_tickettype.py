# -*- coding: UTF-8 -*-
logger.info("Loading 0 objects to table tickets_tickettype...")
# fields: id, name

loader.flush_deferred_objects()
