# -*- coding: UTF-8 -*-
# households.Household: 14 rows
# Each line is one row; the columns are the arguments of create_households_household():
# partner_ptr_id, type_id
loader.save(create_households_household(82,1))
loader.save(create_households_household(83,2))
loader.save(create_households_household(84,3))
loader.save(create_households_household(85,4))
loader.save(create_households_household(86,5))
loader.save(create_households_household(87,6))
loader.save(create_households_household(104,1))
loader.save(create_households_household(105,2))
loader.save(create_households_household(106,1))
loader.save(create_households_household(107,1))
loader.save(create_households_household(120,1))
loader.save(create_households_household(121,2))
loader.save(create_households_household(122,2))
loader.save(create_households_household(123,1))
