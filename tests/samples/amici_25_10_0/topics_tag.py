# -*- coding: UTF-8 -*-
# topics.Tag: 0 rows
# Each line is one row; the columns are the arguments of create_topics_tag():
# id, owner_type_id, owner_id, topic_id
