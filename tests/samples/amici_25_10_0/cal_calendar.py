# -*- coding: UTF-8 -*-
# cal.Calendar: 1 rows
# Each line is one row; the columns are the arguments of create_cal_calendar():
# id, name, google_id, modified, description, color
loader.save(create_cal_calendar(1,['General', 'Allgemein', 'Général'],'',None,'',1))
