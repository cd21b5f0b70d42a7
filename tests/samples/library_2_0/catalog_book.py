# -*- coding: UTF-8 -*-
# catalog.Book: 5 rows
# Each line is one row; the columns are the arguments of create_catalog_book():
# id, name, author_id, price, format, language
loader.save(create_catalog_book(1,'The Dispossessed',1,Decimal('12.50'),'pb','en'))
loader.save(create_catalog_book(2,'A Wizard of Earthsea',1,Decimal('9.99'),'pb','en'))
loader.save(create_catalog_book(3,'Solaris',2,Decimal('15.00'),'hc','en'))
loader.save(create_catalog_book(4,'The Cyberiad',2,Decimal('11.20'),'pb','en'))
loader.save(create_catalog_book(5,'Beowulf',3,Decimal('7.00'),'hc','en'))
