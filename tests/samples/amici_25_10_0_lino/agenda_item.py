# -*- coding: UTF-8 -*-
logger.info("Loading 0 objects to table agenda_item...")
# fields: id, seqno, meeting, topic, title, description

loader.flush_deferred_objects()
