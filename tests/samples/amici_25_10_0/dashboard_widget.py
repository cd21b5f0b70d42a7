# -*- coding: UTF-8 -*-
# dashboard.Widget: 0 rows
# Each line is one row; the columns are the arguments of create_dashboard_widget():
# id, seqno, user_id, item_name, visible
