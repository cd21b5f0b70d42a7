# -*- coding: UTF-8 -*-
# albums.AlbumItem: 0 rows
# Each line is one row; the columns are the arguments of create_albums_albumitem():
# id, seqno, album_id, upload_id, title, image_format, image_size
