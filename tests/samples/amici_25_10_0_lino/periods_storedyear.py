# -*- coding: UTF-8 -*-
logger.info("Loading 13 objects to table periods_storedyear...")
# fields: id, start_date, end_date, ref, state
loader.save(create_periods_storedyear(1,date(2012,1,1),date(2012,12,31),'2012','20'))
loader.save(create_periods_storedyear(2,date(2013,1,1),date(2013,12,31),'2013','20'))
loader.save(create_periods_storedyear(3,date(2014,1,1),date(2014,12,31),'2014','20'))
loader.save(create_periods_storedyear(4,date(2015,1,1),date(2015,12,31),'2015','20'))
loader.save(create_periods_storedyear(5,date(2016,1,1),date(2016,12,31),'2016','20'))
loader.save(create_periods_storedyear(6,date(2017,1,1),date(2017,12,31),'2017','20'))
loader.save(create_periods_storedyear(7,date(2018,1,1),date(2018,12,31),'2018','10'))
loader.save(create_periods_storedyear(8,date(2019,1,1),date(2019,12,31),'2019','10'))
loader.save(create_periods_storedyear(9,date(2020,1,1),date(2020,12,31),'2020','10'))
loader.save(create_periods_storedyear(10,date(2021,1,1),date(2021,12,31),'2021','10'))
loader.save(create_periods_storedyear(11,date(2022,1,1),date(2022,12,31),'2022','10'))
loader.save(create_periods_storedyear(12,date(2023,1,1),date(2023,12,31),'2023','10'))
loader.save(create_periods_storedyear(13,date(2024,1,1),date(2024,12,31),'2024','10'))

loader.flush_deferred_objects()
