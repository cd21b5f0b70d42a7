# -*- coding: UTF-8 -*-
logger.info("Loading 0 objects to table accounting_journal...")
# fields: id, name, seqno, ref, build_method, template, trade_type, voucher_type, journal_group, auto_check_clearings, auto_fill_suggestions, force_sequence, preliminary, make_ledger_movements, account, partner, printed_name, dc, yearly_numbering, uploads_volume, sepa_account

loader.flush_deferred_objects()
