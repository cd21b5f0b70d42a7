# -*- coding: UTF-8 -*-
logger.info("Loading 0 objects to table excerpts_excerpt...")
# fields: id, build_time, build_method, user, contact_person, contact_role, company, owner_type, owner_id, excerpt_type, language

loader.flush_deferred_objects()
