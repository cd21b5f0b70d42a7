# -*- coding: UTF-8 -*-
# agenda.Item: 0 rows
# Each line is one row; the columns are the arguments of create_agenda_item():
# id, seqno, meeting_id, topic_id, title, description
