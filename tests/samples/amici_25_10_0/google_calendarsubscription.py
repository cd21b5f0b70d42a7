# -*- coding: UTF-8 -*-
# google.CalendarSubscription: 0 rows
# Each line is one row; the columns are the arguments of create_google_calendarsubscription():
# id, user_id, calendar_id, is_hidden, primary, access_role
