# -*- coding: UTF-8 -*-
# fieldtypes.Owner_nodes: 2 rows
# Each line is one row; the columns are the arguments of create_fieldtypes_owner_nodes():
# id, owner_id, node_id
loader.save(create_fieldtypes_owner_nodes(1,1,1))
loader.save(create_fieldtypes_owner_nodes(2,1,2))
