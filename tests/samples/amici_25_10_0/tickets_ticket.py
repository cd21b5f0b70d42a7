# -*- coding: UTF-8 -*-
# tickets.Ticket: 10 rows
# Each line is one row; the columns are the arguments of create_tickets_ticket():
# id, parent_id, ref, modified, created, user_id, assigned_to_id, private, group_id, closed, planned_time, urgent, priority, summary, description, upgrade_notes, ticket_type_id, duplicate_of_id, end_user_id, state, deadline, reporter_id, waiting_for, feedback, standby, fixed_since, last_commenter_id
loader.save(create_tickets_ticket(1,None,None,dt('2019-12-16 08:51:39.906500'),dt('2019-12-16 08:49:34.009411'),4,None,True,None,False,None,False,30,'Bar cannot baz','','',None,None,None,'10',None,None,'',False,False,None,3))
loader.save(create_tickets_ticket(2,None,None,dt('2019-12-16 08:51:38.733823'),dt('2019-12-16 08:49:34.028318'),4,None,True,None,False,None,False,30,'Bars have no foo','','',None,None,None,'10',None,None,'',False,False,None,6))
loader.save(create_tickets_ticket(3,None,None,dt('2019-12-16 08:51:37.569568'),dt('2019-12-16 08:49:34.030019'),4,None,True,None,False,None,False,30,'How to get bar from foo','','',None,None,None,'10',None,None,'',False,False,None,5))
loader.save(create_tickets_ticket(4,None,None,dt('2019-12-16 08:51:36.381136'),dt('2019-12-16 08:49:34.052240'),4,None,True,None,False,None,False,30,'Foo never bars','','',None,None,None,'10',None,None,'',False,False,None,4))
loader.save(create_tickets_ticket(5,None,None,dt('2019-12-16 08:51:34.942092'),dt('2019-12-16 08:49:34.054154'),4,None,True,None,False,None,False,30,'No more foo when bar is gone','','',None,None,None,'10',None,None,'',False,False,None,1))
loader.save(create_tickets_ticket(6,None,None,dt('2019-12-16 08:51:33.665483'),dt('2019-12-16 08:49:34.080608'),4,None,True,None,False,None,False,30,'Cannot delete foo','','',None,None,None,'10',None,None,'',False,False,None,2))
loader.save(create_tickets_ticket(7,None,None,dt('2019-12-16 08:51:32.325945'),dt('2019-12-16 08:49:34.082060'),4,None,True,None,False,None,False,30,'Why <p> tags are so bar','','',None,None,None,'10',None,None,'',False,False,None,3))
loader.save(create_tickets_ticket(8,None,None,dt('2019-12-16 08:51:31.184842'),dt('2019-12-16 08:49:34.095462'),4,None,True,None,False,None,False,30,'Irritating message when bar','','',None,None,None,'10',None,None,'',False,False,None,6))
loader.save(create_tickets_ticket(9,None,None,dt('2019-12-16 08:51:30.092851'),dt('2019-12-16 08:49:34.097254'),4,None,True,None,False,None,False,30,'How can I see where bar?','','',None,None,None,'10',None,None,'',False,False,None,5))
loader.save(create_tickets_ticket(10,None,None,dt('2019-12-16 08:51:40.245239'),dt('2019-12-16 08:49:34.098483'),4,None,True,None,False,None,False,30,'Misc optimizations in Baz','','',None,None,None,'10',None,None,'',False,False,None,1))
