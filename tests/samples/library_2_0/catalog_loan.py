# -*- coding: UTF-8 -*-
# catalog.Loan: 4 rows
# Each line is one row; the columns are the arguments of create_catalog_loan():
# id, book_id, reader_id, since
loader.save(create_catalog_loan(1,1,1,dt(2024,5,1,9,30,15,250000)))
loader.save(create_catalog_loan(2,3,2,dt(2024,5,2,9,30,15,250000)))
loader.save(create_catalog_loan(3,4,2,dt(2024,5,3,9,30,15,250000)))
loader.save(create_catalog_loan(4,5,3,dt(2024,5,4,9,30,15,250000)))
