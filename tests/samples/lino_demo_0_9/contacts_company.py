# -*- coding: UTF-8 -*-
# contacts.Company: 12 rows
# Each line is one row; the columns are the arguments of create_contacts_company():
# partner_ptr_id, type_id
loader.save(create_contacts_company(1,None))
loader.save(create_contacts_company(2,None))
loader.save(create_contacts_company(3,None))
loader.save(create_contacts_company(4,None))
loader.save(create_contacts_company(5,None))
loader.save(create_contacts_company(6,None))
loader.save(create_contacts_company(7,None))
loader.save(create_contacts_company(8,None))
loader.save(create_contacts_company(9,None))
loader.save(create_contacts_company(10,None))
loader.save(create_contacts_company(11,None))
loader.save(create_contacts_company(12,None))
