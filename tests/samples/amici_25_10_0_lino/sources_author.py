# -*- coding: UTF-8 -*-
logger.info("Loading 4 objects to table sources_author...")
# fields: id, title, first_name, middle_name, last_name, gender, birth_date, death_date, birth_place, death_place
loader.save(create_sources_author(1,'','Douglas','','Adams',None,'1952-11-03','2001-11-05',None,None))
loader.save(create_sources_author(2,'','Christine','','Johnstone',None,'','',None,None))
loader.save(create_sources_author(3,'','Derek','','Harper',None,'','',None,None))
loader.save(create_sources_author(4,'','Herman Theodore','','Bohlman',None,'1872-04-15','',81,81))

loader.flush_deferred_objects()
