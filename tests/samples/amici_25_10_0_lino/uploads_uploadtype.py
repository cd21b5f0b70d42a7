# -*- coding: UTF-8 -*-
logger.info("Loading 1 objects to table uploads_uploadtype...")
# fields: id, name, upload_area, max_number, wanted, shortcut
loader.save(create_uploads_uploadtype(1,['Source document', 'Eingangsdokument', 'Source document'],'90',1,True,'accounting.Voucher.source_document'))

loader.flush_deferred_objects()
