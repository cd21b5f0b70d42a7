# -*- coding: UTF-8 -*-
logger.info("Loading 6 objects to table groups_membership...")
# fields: id, user, group, remark
loader.save(create_groups_membership(1,4,1,''))
loader.save(create_groups_membership(2,5,1,''))
loader.save(create_groups_membership(3,6,2,''))
loader.save(create_groups_membership(4,3,2,''))
loader.save(create_groups_membership(5,2,3,''))
loader.save(create_groups_membership(6,1,3,''))

loader.flush_deferred_objects()
