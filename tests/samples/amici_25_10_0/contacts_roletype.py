# -*- coding: UTF-8 -*-
# contacts.RoleType: 5 rows
# Each line is one row; the columns are the arguments of create_contacts_roletype():
# id, name, can_sign
loader.save(create_contacts_roletype(1,['CEO', 'Geschäftsführer', 'Gérant'],True))
loader.save(create_contacts_roletype(2,['Director', 'Direktor', 'Directeur'],True))
loader.save(create_contacts_roletype(3,['Secretary', 'Sekretär', 'Secrétaire'],False))
loader.save(create_contacts_roletype(4,['IT manager', 'EDV-Manager', 'Gérant informatique'],False))
loader.save(create_contacts_roletype(5,['President', 'Präsident', 'Président'],True))
