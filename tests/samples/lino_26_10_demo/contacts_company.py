# -*- coding: UTF-8 -*-
logger.info("Loading 12 objects to table contacts_company...")
# fields: partner_ptr, type
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

loader.flush_deferred_objects()
