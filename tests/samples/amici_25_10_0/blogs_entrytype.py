# -*- coding: UTF-8 -*-
# blogs.EntryType: 0 rows
# Each line is one row; the columns are the arguments of create_blogs_entrytype():
# id, name, important, remark
