# -*- coding: UTF-8 -*-
logger.info("Loading 3 objects to table users_user...")
# fields: id, start_date, end_date, email, language, modified, created, password, last_login, username, user_type, initials, first_name, last_name, remarks, partner, verification_password, verification_code, verification_code_sent_on, time_zone, date_format, forget_me_since
loader.save(create_users_user(3,None,None,'demo@example.com','fr',dt(2026,11,25,16,6,6),dt(2026,1,1,16,6,4),'pbkdf2_sha256$1000000$a3rgJNoPrYFJp1Sd3O24cv$ohyw2Z77ui9WWMZV2b4qTWXl1hAhX1hQPYBj2kYZ4oI=',None,'romain','900','','Romain','Raffault','',None,'','!',None,'01','010',None))
loader.save(create_users_user(2,None,None,'demo@example.com','de',dt(2026,11,25,16,6,6),dt(2026,1,1,16,6,4),'pbkdf2_sha256$1000000$Opra22oRd0ysFBcKvMRISr$EGH8fL73Eowr0S1Azuy6zUDOy8DX5eZeZ6j2E7U1+LE=',None,'rolf','900','','Rolf','Rompen','',None,'','!',None,'01','010',None))
loader.save(create_users_user(1,None,None,'demo@example.com','en',dt(2026,11,25,16,6,7),dt(2026,1,1,16,6,4),'pbkdf2_sha256$1000000$imQhtSVJdItPmaa51FOdcE$GKBQpGtsLh8ip9QQZzKr+kLrfQM5vXM+9A2iaTZaapk=',None,'robin','900','','Robin','Rood','',None,'','!',None,'01','010',None))

loader.flush_deferred_objects()
