# -*- coding: UTF-8 -*-
logger.info("Loading 1 objects to table albums_album...")
# fields: id, user, private, group, title, image_format, image_size
loader.save(create_albums_album(1,1,True,None,'Thriller book covers',None,None))

loader.flush_deferred_objects()
