# -*- coding: UTF-8 -*-
logger.info("Loading 6 objects to table cal_eventpolicy...")
# fields: id, name, start_date, start_time, end_date, end_time, every_unit, every, positions, monday, tuesday, wednesday, thursday, friday, saturday, sunday, max_events, event_type
loader.save(create_cal_eventpolicy(1,['Every month', 'Jeden Monat', 'Chaque mois'],date(2019,12,16),time(9,0,0),None,None,'M',1,'',True,True,True,True,True,False,False,None,3))
loader.save(create_cal_eventpolicy(2,['Every 2 months', 'Alle 2 Monate', 'Bimensuel'],date(2019,12,16),time(9,0,0),None,None,'M',2,'',True,True,True,True,True,False,False,None,3))
loader.save(create_cal_eventpolicy(3,['Every 3 months', 'Alle 3 Monate', 'Tous les 3 mois'],date(2019,12,16),None,None,None,'M',3,'',True,True,True,True,True,False,False,None,3))
loader.save(create_cal_eventpolicy(4,['Every 2 weeks', 'Alle 2 Wochen', 'Toutes les 2 semaines'],date(2019,12,16),time(9,0,0),None,None,'W',2,'',True,True,True,True,True,False,False,None,3))
loader.save(create_cal_eventpolicy(5,['Once after 10 days', 'Einmal nach 10 Tagen', 'Once after 10 days'],date(2019,12,16),time(9,0,0),None,None,'D',10,'',True,True,True,True,True,False,False,1,3))
loader.save(create_cal_eventpolicy(6,['Other', 'Sonstige', 'Autre'],date(2019,12,16),None,None,None,None,1,'',False,False,False,False,False,False,False,None,None))

loader.flush_deferred_objects()
