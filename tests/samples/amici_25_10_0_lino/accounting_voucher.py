# -*- coding: UTF-8 -*-
logger.info("Loading 0 objects to table accounting_voucher...")
# fields: id, user, journal, entry_date, voucher_date, fiscal_year, accounting_period, number, narration

loader.flush_deferred_objects()
