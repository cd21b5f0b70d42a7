# -*- coding: UTF-8 -*-
# changes.Change: 3 rows
# Each line is one row; the columns are the arguments of create_changes_change():
# id, user_id, time, type, object_type_id, object_id, master_type_id, master_id, diff, changed_fields
loader.save(create_changes_change(1,1,dt(2026,1,1,9,30,0),'C',contacts_Person,13,contacts_Person,13,'',''))
loader.save(create_changes_change(2,1,dt(2026,1,1,9,35,0),'U',contacts_Company,1,contacts_Company,1,"name : 'Old name' --> 'Rumma & Ko OÜ'",'name'))
loader.save(create_changes_change(3,1,dt(2026,1,1,9,40,0),'D',None,None,None,None,'',''))
