# -*- coding: UTF-8 -*-
# sepa.Account: 16 rows
# Each line is one row; the columns are the arguments of create_sepa_account():
# id, partner_id, iban, bic, remark, primary
loader.save(create_sepa_account(1,124,'EE872200221012067904','HABAEE2X','',True))
loader.save(create_sepa_account(2,125,'EE732200221045112758','HABAEE2X','',True))
loader.save(create_sepa_account(3,126,'EE232200001180005555','HABAEE2X','Eraklilendile',True))
loader.save(create_sepa_account(4,126,'EE322200221112223334','HABAEE2X','Ärikliendile',False))
loader.save(create_sepa_account(5,126,'EE081010002059413005','EEUHEE2X','',False))
loader.save(create_sepa_account(6,126,'EE703300332099000006','FOREEE2X','',False))
loader.save(create_sepa_account(7,126,'EE431700017000115797','NDEAEE2X','',False))
loader.save(create_sepa_account(8,127,'EE382200221013987931','HABAEE2X','',True))
loader.save(create_sepa_account(9,128,'EE522200221013264447','HABAEE2X','',True))
loader.save(create_sepa_account(10,129,'EE202200221001178338','HABAEE2X','',True))
loader.save(create_sepa_account(11,129,'EE781010220002715011','','',False))
loader.save(create_sepa_account(12,129,'EE321700017000231134','','',False))
loader.save(create_sepa_account(13,130,'BE46000325448336','BPOTBEB1','',True))
loader.save(create_sepa_account(14,130,'BE81000325873924','BPOTBEB1','',False))
loader.save(create_sepa_account(15,132,'BE98348031033293','BBRUBEBB','',True))
loader.save(create_sepa_account(16,133,'BE38248017357572','GEBABEBB','',True))
