# -*- coding: UTF-8 -*-
# courses.Line: 1 rows
# Each line is one row; the columns are the arguments of create_courses_line():
# id, name, ref, contact_person_id, contact_role_id, company_id, excerpt_title, course_area, topic_id, description, every_unit, every, event_type_id, guest_role_id, body_template
loader.save(create_courses_line(1,['Activities', 'Aktivitäten', 'Activities'],None,None,None,None,['', '', ''],'C',None,['', '', ''],'W',1,None,None,''))
