# -*- coding: UTF-8 -*-
logger.info("Loading 0 objects to table albums_albumitem...")
# fields: id, seqno, album, upload, title, image_format, image_size

loader.flush_deferred_objects()
