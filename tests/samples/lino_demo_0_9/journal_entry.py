# -*- coding: UTF-8 -*-
# journal.Entry: 4 rows
# Each line is one row; the columns are the arguments of create_journal_entry():
# id, subject, partner_id, body
loader.save(create_journal_entry(1,'Call [person 13] about the offer',13,'Call Mr [person 13] about the offer of [company 1].'))
loader.save(create_journal_entry(2,'Meeting with [company 2]',2,'<p>Met [company 2] and [person 14]; next meeting in March.</p>'))
loader.save(create_journal_entry(3,'Note',None,'Nothing to mention here.'))
loader.save(create_journal_entry(4,'Call back [person 15]',15,'[person 15] wants a call back.'))
