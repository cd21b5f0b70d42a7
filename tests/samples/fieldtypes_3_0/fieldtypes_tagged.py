# -*- coding: UTF-8 -*-
# fieldtypes.Tagged: 2 rows
# Each line is one row; the columns are the arguments of create_fieldtypes_tagged():
# id, content_type_id, object_id, label
loader.save(create_fieldtypes_tagged(1,fieldtypes_Owner,1,'owner tag'))
loader.save(create_fieldtypes_tagged(2,fieldtypes_Club,1,'club tag'))
