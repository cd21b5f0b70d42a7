# -*- coding: UTF-8 -*-
# fieldtypes.Everything: 3 rows
# Each line is one row; the columns are the arguments of create_fieldtypes_everything():
# id, big, small, positive, flag, char, text, slug, email, url, ip, amount, ratio, when, day, clock, span, uid, blob, data, upload
loader.save(create_fieldtypes_everything(1,-9223372036854775808,-32768,2147483647,False,'it\'s "quoted" \\ back\nslash 😀','line\r\nbreak\t\x01','a-b','a@example.com','https://example.com/?a=1&b','2001:db8::1',Decimal('12345.6789012345'),0.30000000000000004,dt('2024-02-29 23:59:59.123456'),date(1,1,1),time(23,59,59,999999),timedelta(-1,0,1),UUID('12345678-1234-5678-1234-567812345678'),b'\x00\xff\x7f\'"\\',{'a': [1, 2.5, None, True, 'ü😀'], 'b': {'c': {}}, 'q': '\'"'},'files/a b.txt'))
loader.save(create_fieldtypes_everything(2,9223372036854775807,None,None,None,'','',None,None,None,None,Decimal('10.5000000000'),0.0,None,None,None,None,None,b'',[1, 'two', {'3': [4]}],''))
loader.save(create_fieldtypes_everything(3,None,None,None,None,None,None,None,None,None,None,None,None,None,None,None,None,None,None,None,''))
