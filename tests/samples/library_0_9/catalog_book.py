# -*- coding: UTF-8 -*-
# catalog.Book: 5 rows
# Each line is one row; the columns are the arguments of create_catalog_book():
# id, title, author_id, price, format, notes
loader.save(create_catalog_book(1,'The Dispossessed',1,Decimal('1250.00'),'pb','utopia'))
loader.save(create_catalog_book(2,'A Wizard of Earthsea',1,Decimal('999.00'),'pb',''))
loader.save(create_catalog_book(3,'Solaris',2,Decimal('1500.00'),'hc','ocean 🌊'))
loader.save(create_catalog_book(4,'The Cyberiad',2,Decimal('1120.00'),'pb','robots'))
loader.save(create_catalog_book(5,'Beowulf',3,Decimal('700.00'),'hc',''))
