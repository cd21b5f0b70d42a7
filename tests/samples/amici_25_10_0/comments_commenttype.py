# -*- coding: UTF-8 -*-
# comments.CommentType: 0 rows
# Each line is one row; the columns are the arguments of create_comments_commenttype():
# id, name
