# -*- coding: UTF-8 -*-
# uploads.Volume: 1 rows
# Each line is one row; the columns are the arguments of create_uploads_volume():
# id, ref, root_dir, description
loader.save(create_uploads_volume(1,'inbox','/work/wt/amici/tests/amici_site/tmp','Used by the `inbox` plugin to store incoming attachements.\nThe reference of this volume ("inbox") corresponds to the\nplugin setting `upload_volume`.'))
