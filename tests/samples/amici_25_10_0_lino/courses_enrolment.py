# -*- coding: UTF-8 -*-
logger.info("Loading 0 objects to table courses_enrolment...")
# fields: id, start_date, end_date, user, printed_by, course_area, course, pupil, request_date, state, places, remark, confirmation_details

loader.flush_deferred_objects()
