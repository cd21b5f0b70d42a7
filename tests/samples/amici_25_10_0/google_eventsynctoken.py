# -*- coding: UTF-8 -*-
# google.EventSyncToken: 0 rows
# Each line is one row; the columns are the arguments of create_google_eventsynctoken():
# id, modified, user_id, locked, sync_token, page_token, subscription_id
