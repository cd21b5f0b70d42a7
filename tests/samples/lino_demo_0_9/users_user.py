# -*- coding: UTF-8 -*-
# users.User: 3 rows
# Each line is one row; the columns are the arguments of create_users_user():
# id, start_date, end_date, email, language, modified, created, password, last_login, username, user_type, initials, first_name, last_name, remarks, partner_id, verification_password, verification_code, verification_code_sent_on, time_zone, date_format, forget_me_since
loader.save(create_users_user(1,None,None,'demo@example.com','en',dt(2026,11,25,16,51,48,370725),dt(2026,1,1,16,51,44,713925),'pbkdf2_sha256$1000000$LIiLuERMxPruo7DkYBTr7P$yCCAh8jnHsWQce6HyItqXiTqxIvOyUOtMTuTD4rm0og=',None,'robin','900','','Robin','Rood','',None,'','!',None,'01','010',None))
loader.save(create_users_user(2,None,None,'demo@example.com','de',dt(2026,11,25,16,51,47,498862),dt(2026,1,1,16,51,44,718967),'pbkdf2_sha256$1000000$QhGn8TZzGzWNZORXtr2Lou$t12TVY3wlVShxirUoxfl7WeM+oXPE5dgxG0V8zDh+98=',None,'rolf','900','','Rolf','Rompen','',None,'','!',None,'01','010',None))
loader.save(create_users_user(3,None,None,'demo@example.com','fr',dt(2026,11,25,16,51,46,742815),dt(2026,1,1,16,51,44,727282),'pbkdf2_sha256$1000000$kVwEUHr7nY2jcVo3mfxjof$iB/3tyZsbi1nkC1ScuJlUPNKvFHxHIWv5GEGL5J5mAI=',None,'romain','900','','Romain','Raffault','',None,'','!',None,'01','010',None))
