# -*- coding: UTF-8 -*-
# accounting.Movement: 0 rows
# Each line is one row; the columns are the arguments of create_accounting_movement():
# id, voucher_id, seqno, partner_id, value_date, match, cleared, account_id, amount
