# -*- coding: UTF-8 -*-
# periods.StoredPeriod: 0 rows
# Each line is one row; the columns are the arguments of create_periods_storedperiod():
# id, start_date, end_date, seqno, ref, state, year_id, remark
