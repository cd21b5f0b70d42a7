# -*- coding: UTF-8 -*-
# comments.Reaction: 0 rows
# Each line is one row; the columns are the arguments of create_comments_reaction():
# id, modified, created, user_id, comment_id, emotion
