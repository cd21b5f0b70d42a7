# -*- coding: UTF-8 -*-
# fieldtypes.LedgerEntry: 0 rows
# Each line is one row; the columns are the arguments of create_fieldtypes_ledgerentry():
# id, txn, account, amount
