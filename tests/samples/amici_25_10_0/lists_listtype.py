# -*- coding: UTF-8 -*-
# lists.ListType: 3 rows
# Each line is one row; the columns are the arguments of create_lists_listtype():
# id, designation
loader.save(create_lists_listtype(1,['Mailing list', 'Mailing list', 'Mailing list']))
loader.save(create_lists_listtype(2,['Discussion group', 'Discussion group', 'Discussion group']))
loader.save(create_lists_listtype(3,['Flags', 'Flags', 'Flags']))
