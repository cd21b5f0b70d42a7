# -*- coding: UTF-8 -*-
logger.info("Loading 10 objects to table tickets_ticket...")
# fields: id, parent, ref, modified, created, user, assigned_to, private, group, closed, planned_time, urgent, priority, summary, description, upgrade_notes, ticket_type, duplicate_of, end_user, state, deadline, reporter, waiting_for, feedback, standby, fixed_since, last_commenter
loader.save(create_tickets_ticket(1,None,None,dt(2019,12,16,15,44,28),dt(2019,12,16,15,43,45),4,None,True,None,False,None,False,30,'Bar cannot baz','','',None,None,None,'10',None,None,'',False,False,None,3))
loader.save(create_tickets_ticket(2,None,None,dt(2019,12,16,15,44,28),dt(2019,12,16,15,43,45),4,None,True,None,False,None,False,30,'Bars have no foo','','',None,None,None,'10',None,None,'',False,False,None,6))
loader.save(create_tickets_ticket(3,None,None,dt(2019,12,16,15,44,27),dt(2019,12,16,15,43,45),4,None,True,None,False,None,False,30,'How to get bar from foo','','',None,None,None,'10',None,None,'',False,False,None,5))
loader.save(create_tickets_ticket(4,None,None,dt(2019,12,16,15,44,27),dt(2019,12,16,15,43,45),4,None,True,None,False,None,False,30,'Foo never bars','','',None,None,None,'10',None,None,'',False,False,None,4))
loader.save(create_tickets_ticket(5,None,None,dt(2019,12,16,15,44,27),dt(2019,12,16,15,43,45),4,None,True,None,False,None,False,30,'No more foo when bar is gone','','',None,None,None,'10',None,None,'',False,False,None,1))
loader.save(create_tickets_ticket(6,None,None,dt(2019,12,16,15,44,26),dt(2019,12,16,15,43,45),4,None,True,None,False,None,False,30,'Cannot delete foo','','',None,None,None,'10',None,None,'',False,False,None,2))
loader.save(create_tickets_ticket(7,None,None,dt(2019,12,16,15,44,26),dt(2019,12,16,15,43,45),4,None,True,None,False,None,False,30,'Why <p> tags are so bar','','',None,None,None,'10',None,None,'',False,False,None,3))
loader.save(create_tickets_ticket(8,None,None,dt(2019,12,16,15,44,26),dt(2019,12,16,15,43,45),4,None,True,None,False,None,False,30,'Irritating message when bar','','',None,None,None,'10',None,None,'',False,False,None,6))
loader.save(create_tickets_ticket(9,None,None,dt(2019,12,16,15,44,25),dt(2019,12,16,15,43,45),4,None,True,None,False,None,False,30,'How can I see where bar?','','',None,None,None,'10',None,None,'',False,False,None,5))
loader.save(create_tickets_ticket(10,None,None,dt(2019,12,16,15,44,28),dt(2019,12,16,15,43,45),4,None,True,None,False,None,False,30,'Misc optimizations in Baz','','',None,None,None,'10',None,None,'',False,False,None,1))

loader.flush_deferred_objects()
