# -*- coding: UTF-8 -*-
logger.info("Loading 0 objects to table accounting_ledgerinfo...")
# fields: user, entry_date

loader.flush_deferred_objects()
