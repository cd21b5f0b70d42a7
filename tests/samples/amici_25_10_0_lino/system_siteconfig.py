# -*- coding: UTF-8 -*-
logger.info("Loading 1 objects to table system_siteconfig...")
# fields: id, default_build_method, simulate_today, default_event_type, site_calendar, max_auto_events, hide_events_before, default_color, pupil_guestrole
loader.save(create_system_siteconfig(1,None,None,3,1,72,date(2019,1,1),'250',None))

loader.flush_deferred_objects()
