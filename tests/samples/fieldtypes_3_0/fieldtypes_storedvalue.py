# -*- coding: UTF-8 -*-
# fieldtypes.StoredValue: 1 rows
# Each line is one row; the columns are the arguments of create_fieldtypes_storedvalue():
# id, amount, stamped, money, moment
loader.save(create_fieldtypes_storedvalue(1,Decimal('781.4415'),{'at': '2024-10-27T00:30:00.000Z', 'price': '1.10'},{'amount': '0.10', 'currency': 'USD'},dt('2024-10-27 00:30:00.000005')))
