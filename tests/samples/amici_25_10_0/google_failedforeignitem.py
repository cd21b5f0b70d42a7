# -*- coding: UTF-8 -*-
# google.FailedForeignItem: 0 rows
# Each line is one row; the columns are the arguments of create_google_failedforeignitem():
# id, job_id, value, item_class_id
