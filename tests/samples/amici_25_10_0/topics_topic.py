# -*- coding: UTF-8 -*-
# topics.Topic: 0 rows
# Each line is one row; the columns are the arguments of create_topics_topic():
# id, name, ref, description_text
