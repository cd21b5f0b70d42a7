# -*- coding: UTF-8 -*-
logger.info("Loading 4 objects to table cal_eventtype...")
# fields: id, name, seqno, ref, attach_to_email, email_template, description, is_appointment, is_public, all_rooms, locks_user, force_guest_states, fill_presences, start_date, event_label, max_conflicting, max_days, transparent, planner_column, default_duration
loader.save(create_cal_eventtype(1,['Absences', 'Abwesenheiten', 'Absences'],1,None,False,'','',True,False,False,False,False,True,None,['', '', ''],1,0,False,'10',None))
loader.save(create_cal_eventtype(2,['Holidays', 'Feiertage', 'Jours fériés'],2,None,False,'','',False,False,True,False,False,False,None,['', '', ''],1,0,False,'10',None))
loader.save(create_cal_eventtype(3,['Meeting', 'Versammlung', 'Réunion'],3,None,False,'','',True,False,False,False,False,True,None,['', '', ''],1,1,False,'10','1:00'))
loader.save(create_cal_eventtype(4,['Internal', 'Intern', 'Interne'],4,None,False,'','',False,False,False,False,False,True,None,['', '', ''],1,1,True,'20','0:30'))

loader.flush_deferred_objects()
