# -*- coding: UTF-8 -*-
# accounting.Voucher: 0 rows
# Each line is one row; the columns are the arguments of create_accounting_voucher():
# id, user_id, journal_id, entry_date, voucher_date, fiscal_year_id, accounting_period_id, number, narration
