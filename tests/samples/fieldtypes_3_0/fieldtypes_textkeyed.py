# -*- coding: UTF-8 -*-
# fieldtypes.TextKeyed: 6 rows
# Each line is one row; the columns are the arguments of create_fieldtypes_textkeyed():
# key, note
loader.save(create_fieldtypes_textkeyed(' leading',"key ' leading'"))
loader.save(create_fieldtypes_textkeyed('E',"key 'E'"))
loader.save(create_fieldtypes_textkeyed('e',"key 'e'"))
loader.save(create_fieldtypes_textkeyed('u',"key 'u'"))
loader.save(create_fieldtypes_textkeyed('Ü',"key 'Ü'"))
loader.save(create_fieldtypes_textkeyed('é',"key 'é'"))
