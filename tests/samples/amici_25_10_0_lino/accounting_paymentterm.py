# -*- coding: UTF-8 -*-
logger.info("Loading 8 objects to table accounting_paymentterm...")
# fields: id, name, ref, days, months, end_of_month, printed_text, informal
loader.save(create_accounting_paymentterm(1,['Payment in advance', 'Vorauszahlung', 'Payment in advance'],'PIA',0,0,False,['', '', ''],False))
loader.save(create_accounting_paymentterm(2,['Payment seven days after invoice date', 'Zahlung sieben Tage Rechnungsdatum', 'Payment seven days after invoice date'],'07',7,0,False,['', '', ''],False))
loader.save(create_accounting_paymentterm(3,['Payment ten days after invoice date', 'Zahlung zehn Tage Rechnungsdatum', 'Payment ten days after invoice date'],'10',10,0,False,['', '', ''],False))
loader.save(create_accounting_paymentterm(4,['Payment 30 days after invoice date', 'Zahlung 30 Tage Rechnungsdatum', 'Payment 30 days after invoice date'],'30',30,0,False,['', '', ''],False))
loader.save(create_accounting_paymentterm(5,['Payment 60 days after invoice date', 'Zahlung 60 Tage Rechnungsdatum', 'Payment 60 days after invoice date'],'60',60,0,False,['', '', ''],False))
loader.save(create_accounting_paymentterm(6,['Payment 90 days after invoice date', 'Zahlung 90 Tage Rechnungsdatum', 'Payment 90 days after invoice date'],'90',90,0,False,['', '', ''],False))
loader.save(create_accounting_paymentterm(7,['Payment end of month', 'Zahlung Monatsende', 'Payment end of month'],'EOM',0,0,True,['', '', ''],False))
loader.save(create_accounting_paymentterm(8,['Prepayment 30%', 'Anzahlung 30%', 'Prepayment 30%'],'P30',30,0,False,['Prepayment <b>30%</b>\n    ({{(obj.total_incl*30)/100}} {{obj.currency}})\n    due on <b>{{fds(obj.due_date)}}</b>, remaining\n    {{obj.total_incl - (obj.total_incl*30)/100}} {{obj.currency}}\n    due 10 days before delivery.\n    ', '', ''],False))

loader.flush_deferred_objects()
