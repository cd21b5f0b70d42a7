# -*- coding: UTF-8 -*-
# contacts.Role: 3 rows
# Each line is one row; the columns are the arguments of create_contacts_role():
# id, type_id, person_id, company_id, start_date, end_date
loader.save(create_contacts_role(1,1,14,2,None,None))
loader.save(create_contacts_role(2,1,69,5,None,None))
loader.save(create_contacts_role(3,1,69,1,None,None))
