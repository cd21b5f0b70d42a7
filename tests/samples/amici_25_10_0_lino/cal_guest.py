# -*- coding: UTF-8 -*-
logger.info("Loading 0 objects to table cal_guest...")
# fields: id, event, partner, role, state, remark

loader.flush_deferred_objects()
