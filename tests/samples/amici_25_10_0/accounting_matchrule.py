# -*- coding: UTF-8 -*-
# accounting.MatchRule: 0 rows
# Each line is one row; the columns are the arguments of create_accounting_matchrule():
# id, account_id, journal_id
