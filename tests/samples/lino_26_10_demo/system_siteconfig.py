# -*- coding: UTF-8 -*-
logger.info("Loading 1 objects to table system_siteconfig...")
# fields: id, primereact_theme, name, simulate_today
loader.save(create_system_siteconfig(1,'rhea','Default',None))

loader.flush_deferred_objects()
