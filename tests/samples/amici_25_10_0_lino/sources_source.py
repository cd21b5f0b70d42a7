# -*- coding: UTF-8 -*-
logger.info("Loading 5 objects to table sources_source...")
# fields: id, parent, ref, copyright_owner, year_published, license, url, title, author
loader.save(create_sources_source(1,None,None,None,'',2,'',"The Hitchhiker's Guide to the Galaxy",1))
loader.save(create_sources_source(2,None,None,None,'',4,'https://commons.wikimedia.org/wiki/File:Crossroads,_Kilham_West_Field_-_geograph.org.uk_-_2097672.jpg','Crossroads, Kilham West Field',2))
loader.save(create_sources_source(3,None,None,None,'',4,'https://commons.wikimedia.org/wiki/File:Haunted_House_-_geograph.org.uk_-_6141456.jpg','Haunted House - geograph.org.uk - 6141456',3))
loader.save(create_sources_source(4,None,None,None,'',4,'https://commons.wikimedia.org/wiki/File:People_talking_(3945337913).jpg','People talking (3945337913).jpg',4))
loader.save(create_sources_source(5,None,None,None,'',None,'https://en.wikipedia.org/wiki/History_of_PDF','History of PDF - Wikipedia',None))

loader.flush_deferred_objects()
