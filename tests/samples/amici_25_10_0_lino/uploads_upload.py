# -*- coding: UTF-8 -*-
logger.info("Loading 6 objects to table uploads_upload...")
# fields: id, file, mimetype, file_size, user, owner_type, owner_id, upload_area, type, volume, library_file, description, source
loader.save(create_uploads_upload(1,'uploads/2019/12/crossroads.jpg','',113809,None,None,None,'90',None,None,'','Crossroads, Kilham West Field - geograph.org.uk - 2097672',2))
loader.save(create_uploads_upload(2,'uploads/2019/12/melancholy_house.jpg','',324877,None,None,None,'90',None,None,'','The House',3))
loader.save(create_uploads_upload(3,'uploads/2019/12/bleeding_words.jpg','',537395,None,None,None,'90',None,None,'','Bleeding Words',4))
loader.save(create_uploads_upload(4,'uploads/2019/12/History_of_PDF.pdf','',451190,None,None,None,'90',None,None,'','History of PDF',5))
loader.save(create_uploads_upload(5,'uploads/2019/12/1c425680-41e5-41d0-a2b8-42419f44a474.png','',None,1,None,None,'90',None,None,'','',None))
loader.save(create_uploads_upload(6,'uploads/orphan.txt','',60,1,None,None,'90',None,None,'','Found on 2019-12-16 by uploads.UploadsFolderChecker',None))

loader.flush_deferred_objects()
