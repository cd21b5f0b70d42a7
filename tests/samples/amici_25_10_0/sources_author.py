# -*- coding: UTF-8 -*-
# sources.Author: 4 rows
# Each line is one row; the columns are the arguments of create_sources_author():
# id, title, first_name, middle_name, last_name, gender, birth_date, death_date, birth_place_id, death_place_id
loader.save(create_sources_author(1,'','Douglas','','Adams','','1952-11-03','2001-11-05',None,None))
loader.save(create_sources_author(2,'','Christine','','Johnstone','','','',None,None))
loader.save(create_sources_author(3,'','Derek','','Harper','','','',None,None))
loader.save(create_sources_author(4,'','Herman Theodore','','Bohlman','','1872-04-15','',81,81))
