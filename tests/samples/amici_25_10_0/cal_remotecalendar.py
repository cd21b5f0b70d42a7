# -*- coding: UTF-8 -*-
# cal.RemoteCalendar: 0 rows
# Each line is one row; the columns are the arguments of create_cal_remotecalendar():
# id, seqno, type, url_template, username, password, readonly
