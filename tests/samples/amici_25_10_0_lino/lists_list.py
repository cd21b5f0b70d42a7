# -*- coding: UTF-8 -*-
logger.info("Loading 8 objects to table lists_list...")
# fields: id, designation, ref, list_type, remarks
loader.save(create_lists_list(1,['Announcements', 'Ankündigungen', 'Announcements'],None,1,''))
loader.save(create_lists_list(2,['Weekly newsletter', 'Weekly newsletter', 'Weekly newsletter'],None,1,''))
loader.save(create_lists_list(3,['General discussion', 'General discussion', 'General discussion'],None,2,''))
loader.save(create_lists_list(4,['Beginners forum', 'Beginners forum', 'Beginners forum'],None,2,''))
loader.save(create_lists_list(5,['Developers forum', 'Developers forum', 'Developers forum'],None,2,''))
loader.save(create_lists_list(6,['PyCon 2014', 'PyCon 2014', 'PyCon 2014'],None,3,''))
loader.save(create_lists_list(7,['Free Software Day 2014', 'Free Software Day 2014', 'Free Software Day 2014'],None,3,''))
loader.save(create_lists_list(8,['Schools', 'Schulen', 'Schools'],None,3,''))

loader.flush_deferred_objects()
