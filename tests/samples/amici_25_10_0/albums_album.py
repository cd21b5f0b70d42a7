# -*- coding: UTF-8 -*-
# albums.Album: 1 rows
# Each line is one row; the columns are the arguments of create_albums_album():
# id, user_id, private, group_id, title, image_format, image_size
loader.save(create_albums_album(1,1,True,None,'Thriller book covers','',''))
