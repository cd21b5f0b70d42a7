# -*- coding: UTF-8 -*-
# courses.Course: 0 rows
# Each line is one row; the columns are the arguments of create_courses_course():
# id, start_date, start_time, end_date, end_time, every_unit, every, positions, monday, tuesday, wednesday, thursday, friday, saturday, sunday, max_events, user_id, room_id, max_date, line_id, teacher_id, slot_id, description, remark, state, max_places, name, enrolments_until
