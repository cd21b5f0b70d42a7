# -*- coding: UTF-8 -*-
# google.SyncSummary: 0 rows
# Each line is one row; the columns are the arguments of create_google_syncsummary():
# id, created, user_id, halted, stats
