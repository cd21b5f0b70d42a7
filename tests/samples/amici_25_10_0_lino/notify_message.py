# -*- coding: UTF-8 -*-
logger.info("Loading 7 objects to table notify_message...")
# fields: id, created, user, owner_type, owner_id, message_type, seen, sent, body, mail_mode, subject, reply_to
loader.save(create_notify_message(125,dt(2019,12,15,5,48,0),None,None,None,'system',None,dt(2019,12,15,5,48,0),'The database has been initialized.','often','Broadcast message',None))
loader.save(create_notify_message(126,dt(2019,12,15,5,48,0),4,None,None,'system',None,dt(2019,12,15,5,48,0),'','often','Welcome on board, Andreas.',None))
loader.save(create_notify_message(127,dt(2019,12,15,5,48,0),5,None,None,'system',None,dt(2019,12,15,5,48,0),'','often','Welcome on board, Albert.',None))
loader.save(create_notify_message(128,dt(2019,12,15,5,48,0),6,None,None,'system',None,dt(2019,12,15,5,48,0),'','often','Welcome on board, Chloe.',None))
loader.save(create_notify_message(129,dt(2019,12,15,5,48,0),1,None,None,'system',None,dt(2019,12,15,5,48,0),'','often','Welcome on board, Robin.',None))
loader.save(create_notify_message(130,dt(2019,12,15,5,48,0),2,None,None,'system',None,dt(2019,12,15,5,48,0),'','often','Willkommen Bord, Rolf.',None))
loader.save(create_notify_message(131,dt(2019,12,15,5,48,0),3,None,None,'system',None,dt(2019,12,15,5,48,0),'','often','Welcome on board, Romain.',None))

loader.flush_deferred_objects()
