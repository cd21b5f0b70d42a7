# -*- coding: UTF-8 -*-
logger.info("Loading 0 objects to table courses_course...")
# fields: id, start_date, start_time, end_date, end_time, every_unit, every, positions, monday, tuesday, wednesday, thursday, friday, saturday, sunday, max_events, user, room, max_date, line, teacher, slot, description, remark, state, max_places, name, enrolments_until

loader.flush_deferred_objects()
