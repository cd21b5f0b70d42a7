# -*- coding: UTF-8 -*-
# cal.Room: 0 rows
# Each line is one row; the columns are the arguments of create_cal_room():
# id, name, contact_person_id, contact_role_id, company_id, display_color, description, calendar_id
