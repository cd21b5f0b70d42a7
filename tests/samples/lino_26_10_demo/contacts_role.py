# -*- coding: UTF-8 -*-
logger.info("Loading 3 objects to table contacts_role...")
# fields: id, type, person, company
loader.save(create_contacts_role(1,1,14,2))
loader.save(create_contacts_role(2,1,69,5))
loader.save(create_contacts_role(3,1,69,1))

loader.flush_deferred_objects()
