# -*- coding: UTF-8 -*-
logger.info("Loading 0 objects to table cal_room...")
# fields: id, name, contact_person, contact_role, company, display_color, description, calendar

loader.flush_deferred_objects()
