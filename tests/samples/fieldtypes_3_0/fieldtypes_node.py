# -*- coding: UTF-8 -*-
# fieldtypes.Node: 2 rows
# Each line is one row; the columns are the arguments of create_fieldtypes_node():
# id, parent_id, owner_id, name
loader.save(create_fieldtypes_node(1,None,1,'root'))
loader.save(create_fieldtypes_node(2,1,None,'child'))
