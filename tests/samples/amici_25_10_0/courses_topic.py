# -*- coding: UTF-8 -*-
# courses.Topic: 0 rows
# Each line is one row; the columns are the arguments of create_courses_topic():
# id, name
