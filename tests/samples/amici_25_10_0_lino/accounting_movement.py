# -*- coding: UTF-8 -*-
logger.info("Loading 0 objects to table accounting_movement...")
# fields: id, voucher, seqno, partner, value_date, match, cleared, account, amount

loader.flush_deferred_objects()
