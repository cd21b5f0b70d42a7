# -*- coding: UTF-8 -*-
# tinymce.TextFieldTemplate: 2 rows
# Each line is one row; the columns are the arguments of create_tinymce_textfieldtemplate():
# id, user_id, name, description, text
loader.save(create_tinymce_textfieldtemplate(1,None,'hello',"Inserts 'Hello, world!'",'<div>Hello, world!</div>'))
loader.save(create_tinymce_textfieldtemplate(2,None,'mfg',None,'<p>Mit freundlichen Gr&uuml;&szlig;en<br><p>{{request.subst_user or request.user}}</p>'))
