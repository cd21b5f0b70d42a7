# -*- coding: UTF-8 -*-
logger.info("Loading 0 objects to table cal_remotecalendar...")
# fields: id, seqno, type, url_template, username, password, readonly

loader.flush_deferred_objects()
