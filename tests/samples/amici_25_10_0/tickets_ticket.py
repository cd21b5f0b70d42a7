# -*- coding: UTF-8 -*-
# tickets.Ticket: 10 rows
# Each line is one row; the columns are the arguments of create_tickets_ticket():
# id, parent_id, ref, modified, created, user_id, assigned_to_id, private, group_id, closed, planned_time, urgent, priority, summary, description, upgrade_notes, ticket_type_id, duplicate_of_id, end_user_id, state, deadline, reporter_id, waiting_for, feedback, standby, fixed_since, last_commenter_id
loader.save(create_tickets_ticket(1,None,None,dt('2019-12-16 15:44:28.757204'),dt('2019-12-16 15:43:45.154827'),4,None,True,None,False,None,False,30,'Bar cannot baz','','',None,None,None,'10',None,None,'',False,False,None,3))
loader.save(create_tickets_ticket(2,None,None,dt('2019-12-16 15:44:28.309517'),dt('2019-12-16 15:43:45.163781'),4,None,True,None,False,None,False,30,'Bars have no foo','','',None,None,None,'10',None,None,'',False,False,None,6))
loader.save(create_tickets_ticket(3,None,None,dt('2019-12-16 15:44:27.953826'),dt('2019-12-16 15:43:45.172034'),4,None,True,None,False,None,False,30,'How to get bar from foo','','',None,None,None,'10',None,None,'',False,False,None,5))
loader.save(create_tickets_ticket(4,None,None,dt('2019-12-16 15:44:27.568200'),dt('2019-12-16 15:43:45.176014'),4,None,True,None,False,None,False,30,'Foo never bars','','',None,None,None,'10',None,None,'',False,False,None,4))
loader.save(create_tickets_ticket(5,None,None,dt('2019-12-16 15:44:27.190794'),dt('2019-12-16 15:43:45.179586'),4,None,True,None,False,None,False,30,'No more foo when bar is gone','','',None,None,None,'10',None,None,'',False,False,None,1))
loader.save(create_tickets_ticket(6,None,None,dt('2019-12-16 15:44:26.754059'),dt('2019-12-16 15:43:45.182840'),4,None,True,None,False,None,False,30,'Cannot delete foo','','',None,None,None,'10',None,None,'',False,False,None,2))
loader.save(create_tickets_ticket(7,None,None,dt('2019-12-16 15:44:26.415846'),dt('2019-12-16 15:43:45.186065'),4,None,True,None,False,None,False,30,'Why <p> tags are so bar','','',None,None,None,'10',None,None,'',False,False,None,3))
loader.save(create_tickets_ticket(8,None,None,dt('2019-12-16 15:44:26.019377'),dt('2019-12-16 15:43:45.189263'),4,None,True,None,False,None,False,30,'Irritating message when bar','','',None,None,None,'10',None,None,'',False,False,None,6))
loader.save(create_tickets_ticket(9,None,None,dt('2019-12-16 15:44:25.653729'),dt('2019-12-16 15:43:45.192315'),4,None,True,None,False,None,False,30,'How can I see where bar?','','',None,None,None,'10',None,None,'',False,False,None,5))
loader.save(create_tickets_ticket(10,None,None,dt('2019-12-16 15:44:28.823858'),dt('2019-12-16 15:43:45.196066'),4,None,True,None,False,None,False,30,'Misc optimizations in Baz','','',None,None,None,'10',None,None,'',False,False,None,1))
