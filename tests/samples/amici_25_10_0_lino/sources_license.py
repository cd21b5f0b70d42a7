# -*- coding: UTF-8 -*-
logger.info("Loading 5 objects to table sources_license...")
# fields: id, designation, ref, url
loader.save(create_sources_license(1,['Public domain', 'Public domain', 'Public domain'],'pd','https://en.wikipedia.org/wiki/Public_domain'))
loader.save(create_sources_license(2,['All rights reserved', 'All rights reserved', 'All rights reserved'],'reserved','https://en.wikipedia.org/wiki/All_rights_reserved'))
loader.save(create_sources_license(3,['Creative Commons BY', 'Creative Commons BY', 'Creative Commons BY'],'cc by','https://creativecommons.org/licenses/by/4.0/'))
loader.save(create_sources_license(4,['Creative Commons BY SA', 'Creative Commons BY SA', 'Creative Commons BY SA'],'cc by-sa','https://creativecommons.org/licenses/by-sa/4.0/'))
loader.save(create_sources_license(5,['Creative Commons BY-ND', 'Creative Commons BY-ND', 'Creative Commons BY-ND'],'cc by-nd','https://creativecommons.org/licenses/by-nd/4.0/'))

loader.flush_deferred_objects()
