# -*- coding: UTF-8 -*-
logger.info("Loading 0 objects to table dashboard_widget...")
# fields: id, seqno, user, item_name, visible

loader.flush_deferred_objects()
