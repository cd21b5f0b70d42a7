# -*- coding: UTF-8 -*-
# sites.Site: 1 rows
# Each line is one row; the columns are the arguments of create_django_site():
# id, domain, name
loader.save(create_django_site(1,'shop.example.com','Shop'))
