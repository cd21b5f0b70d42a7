# -*- coding: UTF-8 -*-
# fieldtypes.Restaurant: 1 rows
# Each line is one row; the columns are the arguments of create_fieldtypes_restaurant():
# place_ptr_id, serves_pizza
loader.save(create_fieldtypes_restaurant(2,True))
