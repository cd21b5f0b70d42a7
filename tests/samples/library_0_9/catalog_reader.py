# -*- coding: UTF-8 -*-
# catalog.Reader: 3 rows
# Each line is one row; the columns are the arguments of create_catalog_reader():
# id, name
loader.save(create_catalog_reader(1,'Anna'))
loader.save(create_catalog_reader(2,'Björn'))
loader.save(create_catalog_reader(3,'Chloé'))
