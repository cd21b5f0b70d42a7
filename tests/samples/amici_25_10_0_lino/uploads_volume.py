# -*- coding: UTF-8 -*-
logger.info("Loading 1 objects to table uploads_volume...")
# fields: id, ref, root_dir, description
loader.save(create_uploads_volume(1,'inbox','/work/wt/amici/tests/amici_site/tmp','Used by the `inbox` plugin to store incoming attachements.\nThe reference of this volume ("inbox") corresponds to the\nplugin setting `upload_volume`.'))

loader.flush_deferred_objects()
