# -*- coding: UTF-8 -*-
# excerpts.Excerpt: 0 rows
# Each line is one row; the columns are the arguments of create_excerpts_excerpt():
# id, build_time, build_method, user_id, contact_person_id, contact_role_id, company_id, owner_type_id, owner_id, excerpt_type_id, language
