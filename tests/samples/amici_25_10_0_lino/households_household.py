# -*- coding: UTF-8 -*-
logger.info("Loading 14 objects to table households_household...")
# fields: partner_ptr, type
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

loader.flush_deferred_objects()
