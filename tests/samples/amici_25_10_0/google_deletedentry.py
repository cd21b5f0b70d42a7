# -*- coding: UTF-8 -*-
# google.DeletedEntry: 0 rows
# Each line is one row; the columns are the arguments of create_google_deletedentry():
# id, calendar, user_id, event_id, calendar_id
