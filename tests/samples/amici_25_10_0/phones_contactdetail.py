# -*- coding: UTF-8 -*-
# phones.ContactDetail: 19 rows
# Each line is one row; the columns are the arguments of create_phones_contactdetail():
# id, start_date, end_date, detail_type, partner_id, value, remark, primary
loader.save(create_phones_contactdetail(1,None,None,'040',1,'https://www.saffre-rumma.net/','',True))
loader.save(create_phones_contactdetail(2,None,None,'040',124,'http://www.expresspost.ee/','',True))
loader.save(create_phones_contactdetail(3,None,None,'040',125,'http://www.matsaluvv.ee','',True))
loader.save(create_phones_contactdetail(4,None,None,'040',126,'http://www.energia.ee','',True))
loader.save(create_phones_contactdetail(5,None,None,'040',127,'http://www.iizi.ee','',True))
loader.save(create_phones_contactdetail(6,None,None,'040',128,'http://www.emta.ee','',True))
loader.save(create_phones_contactdetail(7,None,None,'040',129,'http://www.ragnsells.ee','',True))
loader.save(create_phones_contactdetail(8,None,None,'040',130,'https://www.electrabel.be','',True))
loader.save(create_phones_contactdetail(9,None,None,'040',131,'https://www.ethias.be','',True))
loader.save(create_phones_contactdetail(10,None,None,'010',132,'info@niederau.be','',True))
loader.save(create_phones_contactdetail(11,None,None,'030',132,'+32 (0)87 59 57 57','',True))
loader.save(create_phones_contactdetail(12,None,None,'040',132,'https://www.niederau.be','',True))
loader.save(create_phones_contactdetail(13,None,None,'010',133,'info@leffin-electronics.be','',True))
loader.save(create_phones_contactdetail(14,None,None,'030',133,'+32 (0) 497 72 61 45','',True))
loader.save(create_phones_contactdetail(15,None,None,'040',133,'http://leffin-electronics.be','',True))
loader.save(create_phones_contactdetail(16,None,None,'010',13,'andreas@arens.com','',True))
loader.save(create_phones_contactdetail(17,None,None,'030',13,'+32 87123456','',True))
loader.save(create_phones_contactdetail(18,None,None,'010',14,'annette@arens.com','',True))
loader.save(create_phones_contactdetail(19,None,None,'030',14,'+32 87123457','',True))
