# -*- coding: UTF-8 -*-
# notify.Message: 7 rows
# Each line is one row; the columns are the arguments of create_notify_message():
# id, created, user_id, owner_type_id, owner_id, message_type, seen, sent, body, mail_mode, subject, reply_to_id
loader.save(create_notify_message(125,dt('2019-12-15 05:48:00'),None,None,None,'system',None,dt('2019-12-15 05:48:00'),'The database has been initialized.','often','Broadcast message',None))
loader.save(create_notify_message(126,dt('2019-12-15 05:48:00'),4,None,None,'system',None,dt('2019-12-15 05:48:00'),'','often','Welcome on board, Andreas.',None))
loader.save(create_notify_message(127,dt('2019-12-15 05:48:00'),5,None,None,'system',None,dt('2019-12-15 05:48:00'),'','often','Welcome on board, Albert.',None))
loader.save(create_notify_message(128,dt('2019-12-15 05:48:00'),6,None,None,'system',None,dt('2019-12-15 05:48:00'),'','often','Welcome on board, Chloe.',None))
loader.save(create_notify_message(129,dt('2019-12-15 05:48:00'),1,None,None,'system',None,dt('2019-12-15 05:48:00'),'','often','Welcome on board, Robin.',None))
loader.save(create_notify_message(130,dt('2019-12-15 05:48:00'),2,None,None,'system',None,dt('2019-12-15 05:48:00'),'','often','Willkommen Bord, Rolf.',None))
loader.save(create_notify_message(131,dt('2019-12-15 05:48:00'),3,None,None,'system',None,dt('2019-12-15 05:48:00'),'','often','Welcome on board, Romain.',None))
