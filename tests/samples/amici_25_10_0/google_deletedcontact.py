# -*- coding: UTF-8 -*-
# google.DeletedContact: 0 rows
# Each line is one row; the columns are the arguments of create_google_deletedcontact():
# id, user_id, contact_id
