# -*- coding: UTF-8 -*-
# accounting.Journal: 0 rows
# Each line is one row; the columns are the arguments of create_accounting_journal():
# id, name, seqno, ref, build_method, template, trade_type, voucher_type, journal_group, auto_check_clearings, auto_fill_suggestions, force_sequence, preliminary, make_ledger_movements, account_id, partner_id, printed_name, dc, yearly_numbering, uploads_volume_id, sepa_account_id
