# -*- coding: UTF-8 -*-
# system.SiteConfig: 1 rows
# Each line is one row; the columns are the arguments of create_system_siteconfig():
# id, primereact_theme, name, simulate_today
loader.save(create_system_siteconfig(1,'rhea','Default',None))
