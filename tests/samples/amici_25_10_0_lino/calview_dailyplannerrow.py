# -*- coding: UTF-8 -*-
logger.info("Loading 2 objects to table calview_dailyplannerrow...")
# fields: id, designation, seqno, start_time, end_time
loader.save(create_calview_dailyplannerrow(1,['AM', 'Vormittags', 'Avant-midi'],1,None,time(12,0,0)))
loader.save(create_calview_dailyplannerrow(2,['PM', 'Nachmittags', 'Après-midi'],2,time(12,0,0),None))

loader.flush_deferred_objects()
