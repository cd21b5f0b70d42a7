# -*- coding: UTF-8 -*-
logger.info("Loading 1 objects to table cal_calendar...")
# fields: id, name, google_id, modified, description, color
loader.save(create_cal_calendar(1,['General', 'Allgemein', 'Général'],'',None,'',1))

loader.flush_deferred_objects()
