# -*- coding: UTF-8 -*-
# accounting.LedgerInfo: 0 rows
# Each line is one row; the columns are the arguments of create_accounting_ledgerinfo():
# user_id, entry_date
