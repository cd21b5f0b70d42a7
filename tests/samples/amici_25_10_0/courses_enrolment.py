# -*- coding: UTF-8 -*-
# courses.Enrolment: 0 rows
# Each line is one row; the columns are the arguments of create_courses_enrolment():
# id, start_date, end_date, user_id, printed_by_id, course_area, course_id, pupil_id, request_date, state, places, remark, confirmation_details
