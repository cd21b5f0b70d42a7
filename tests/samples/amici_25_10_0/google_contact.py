# -*- coding: UTF-8 -*-
# google.Contact: 0 rows
# Each line is one row; the columns are the arguments of create_google_contact():
# id, modified, user_id, google_id, contact_id
