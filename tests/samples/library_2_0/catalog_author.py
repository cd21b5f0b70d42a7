# -*- coding: UTF-8 -*-
# catalog.Author: 3 rows
# Each line is one row; the columns are the arguments of create_catalog_author():
# id, name, born
loader.save(create_catalog_author(1,'Ursula K. Le Guin',date(1929,10,21)))
loader.save(create_catalog_author(2,'Stanisław Lem',date(1921,9,12)))
loader.save(create_catalog_author(3,'Anonymous',None))
