# -*- coding: UTF-8 -*-
logger.info("Loading 0 objects to table accounting_matchrule...")
# fields: id, account, journal

loader.flush_deferred_objects()
