# -*- coding: UTF-8 -*-
logger.info("Loading 0 objects to table cal_guestrole...")
# fields: id, name, ref

loader.flush_deferred_objects()
