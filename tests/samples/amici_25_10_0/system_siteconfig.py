# -*- coding: UTF-8 -*-
# system.SiteConfig: 1 rows
# Each line is one row; the columns are the arguments of create_system_siteconfig():
# id, default_build_method, simulate_today, default_event_type_id, site_calendar_id, max_auto_events, hide_events_before, default_color, pupil_guestrole_id
loader.save(create_system_siteconfig(1,'',None,3,1,72,date(2019,1,1),'250',None))
