# -*- coding: UTF-8 -*-
logger.info("Loading 0 objects to table blogs_entrytype...")
# fields: id, name, important, remark

loader.flush_deferred_objects()
