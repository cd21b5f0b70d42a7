# -*- coding: UTF-8 -*-
# cal.RecurrentEvent: 15 rows
# Each line is one row; the columns are the arguments of create_cal_recurrentevent():
# id, name, start_date, start_time, end_date, end_time, every_unit, every, positions, monday, tuesday, wednesday, thursday, friday, saturday, sunday, max_events, user_id, event_type_id, description
loader.save(create_cal_recurrentevent(1,["New Year's Day", 'Neujahr', "Jour de l'an"],date(2013,1,1),None,None,None,'Y',1,'',True,True,True,True,True,True,True,None,None,2,''))
loader.save(create_cal_recurrentevent(2,["International Workers' Day", 'Tag der Arbeit', 'Premier Mai'],date(2013,5,1),None,None,None,'Y',1,'',True,True,True,True,True,True,True,None,None,2,''))
loader.save(create_cal_recurrentevent(3,['National Day', 'Nationalfeiertag', 'Fête nationale'],date(2013,7,21),None,None,None,'Y',1,'',True,True,True,True,True,True,True,None,None,2,''))
loader.save(create_cal_recurrentevent(4,['Assumption of Mary', 'Mariä Himmelfahrt', 'Assomption de Marie'],date(2013,8,15),None,None,None,'Y',1,'',True,True,True,True,True,True,True,None,None,2,''))
loader.save(create_cal_recurrentevent(5,["All Souls' Day", 'Allerseelen', 'Commémoration des fidèles défunts'],date(2013,10,31),None,None,None,'Y',1,'',True,True,True,True,True,True,True,None,None,2,''))
loader.save(create_cal_recurrentevent(6,["All Saints' Day", 'Allerheiligen', 'Toussaint'],date(2013,11,1),None,None,None,'Y',1,'',True,True,True,True,True,True,True,None,None,2,''))
loader.save(create_cal_recurrentevent(7,['Armistice with Germany', 'Waffenstillstand', 'Armistice'],date(2013,11,11),None,None,None,'Y',1,'',True,True,True,True,True,True,True,None,None,2,''))
loader.save(create_cal_recurrentevent(8,['Christmas', 'Weihnachten', 'Noël'],date(2013,12,25),None,None,None,'Y',1,'',True,True,True,True,True,True,True,None,None,2,''))
loader.save(create_cal_recurrentevent(9,['Easter sunday', 'Ostersonntag', 'Pâques'],date(2013,3,31),None,None,None,'E',1,'',False,False,False,False,False,False,False,None,None,2,''))
loader.save(create_cal_recurrentevent(10,['Easter monday', 'Ostermontag', 'Lundi de Pâques'],date(2013,4,1),None,None,None,'E',1,'',False,False,False,False,False,False,False,None,None,2,''))
loader.save(create_cal_recurrentevent(11,['Ascension of Jesus', 'Christi Himmelfahrt', 'Ascension'],date(2013,5,9),None,None,None,'E',1,'',False,False,False,False,False,False,False,None,None,2,''))
loader.save(create_cal_recurrentevent(12,['Pentecost', 'Pfingsten', 'Pentecôte'],date(2013,5,20),None,None,None,'E',1,'',False,False,False,False,False,False,False,None,None,2,''))
loader.save(create_cal_recurrentevent(13,['Good Friday', 'Karfreitag', 'Vendredi Saint'],date(2013,3,29),None,None,None,'E',1,'',False,False,False,False,False,False,False,None,None,2,''))
loader.save(create_cal_recurrentevent(14,['Ash Wednesday', 'Aschermittwoch', 'Mercredi des Cendres'],date(2013,2,13),None,None,None,'E',1,'',False,False,False,False,False,False,False,None,None,2,''))
loader.save(create_cal_recurrentevent(15,['Rosenmontag', 'Rosenmontag', 'Lundi de carnaval'],date(2013,2,11),None,None,None,'E',1,'',False,False,False,False,False,False,False,None,None,2,''))
