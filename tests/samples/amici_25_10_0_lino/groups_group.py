# -*- coding: UTF-8 -*-
logger.info("Loading 3 objects to table groups_group...")
# fields: id, name, ref, description, private
loader.save(create_groups_group(1,["Hitchhiker's Guide to the Galaxy", "Hitchhiker's Guide to the Galaxy", "Hitchhiker's Guide to the Galaxy"],None,'',False))
loader.save(create_groups_group(2,['Star Trek', 'Star Trek', 'Star Trek'],None,'',False))
loader.save(create_groups_group(3,['Harry Potter', 'Harry Potter', 'Harry Potter'],None,'',False))

loader.flush_deferred_objects()
