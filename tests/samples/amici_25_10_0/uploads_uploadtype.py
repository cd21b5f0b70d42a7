# -*- coding: UTF-8 -*-
# uploads.UploadType: 1 rows
# Each line is one row; the columns are the arguments of create_uploads_uploadtype():
# id, name, upload_area, max_number, wanted, shortcut
loader.save(create_uploads_uploadtype(1,['Source document', 'Eingangsdokument', 'Source document'],'90',1,True,'accounting.Voucher.source_document'))
