# -*- coding: UTF-8 -*-
# google.CalendarSyncToken: 0 rows
# Each line is one row; the columns are the arguments of create_google_calendarsynctoken():
# id, modified, user_id, locked, sync_token, page_token
