# -*- coding: UTF-8 -*-
logger.info("Loading 0 objects to table periods_storedperiod...")
# fields: id, start_date, end_date, seqno, ref, state, year, remark

loader.flush_deferred_objects()
