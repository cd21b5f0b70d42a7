# -*- coding: UTF-8 -*-
# accounting.Account: 20 rows
# Each line is one row; the columns are the arguments of create_accounting_account():
# id, name, seqno, ref, common_account, needs_partner, clearable, default_amount, sales_allowed, purchases_allowed, wages_allowed, taxes_allowed, clearings_allowed, bank_po_allowed
loader.save(create_accounting_account(1,['Net income (loss)', 'Net income (loss)', 'Net income (loss)'],1,'1000','1000',True,True,None,False,False,False,False,False,False))
loader.save(create_accounting_account(2,['Customers', 'Kunden', 'Clients'],2,'4000','4000',True,True,None,False,False,False,False,False,False))
loader.save(create_accounting_account(3,['Suppliers', 'Lieferanten', 'Fournisseurs'],3,'4100','4100',True,True,None,False,False,False,False,False,False))
loader.save(create_accounting_account(4,['Employees', 'Angestellte', 'Employés'],4,'4200','4200',True,True,None,False,False,False,False,False,False))
loader.save(create_accounting_account(5,['Pending payment orders', 'Offene Zahlungsaufträge', 'Ordres de paiement ouverts'],5,'4300','4300',True,True,None,False,False,False,False,False,False))
loader.save(create_accounting_account(6,['Tax offices', 'Steuerämter', 'Bureaux fiscaux'],6,'4500','4500',True,True,None,False,False,False,False,False,False))
loader.save(create_accounting_account(7,['VAT due', 'Geschuldete Mehrwertsteuer', 'TVA dûe'],7,'4510','4510',False,False,None,False,False,False,False,False,False))
loader.save(create_accounting_account(8,['VAT declared', 'Deklarierte Mehrwertsteuer', 'TVA déclarée'],8,'4513','4513',False,False,None,False,False,False,False,False,False))
loader.save(create_accounting_account(9,['VAT deductible', 'Abziehbare Mehrwertsteuer', 'TVA déductible'],9,'4520','4520',False,False,None,False,False,False,False,False,False))
loader.save(create_accounting_account(10,['VAT returnable', 'Rückzahlbare Mehrwertsteuer', 'TVA à retourner'],10,'4530','4530',False,False,None,False,False,False,False,False,False))
loader.save(create_accounting_account(11,['Internal clearings', 'Interne Begleichungen', 'Lettrages internes'],11,'4800','4800',True,True,None,False,False,False,False,False,False))
loader.save(create_accounting_account(12,['Waiting account', 'Wartekonto', "Compte d'attente"],12,'4900','4900',True,True,None,False,False,False,False,False,False))
loader.save(create_accounting_account(13,['Bestbank', 'Bestbank', 'Bestbank'],13,'5500','5500',False,False,None,False,False,False,False,False,False))
loader.save(create_accounting_account(14,['Cash', 'Kasse', 'Caisse'],14,'5700','5700',False,False,None,False,False,False,False,False,False))
loader.save(create_accounting_account(15,['Purchase of services', 'Einkäufe von Dienstleistungen', 'Achats de services'],15,'6010','6010',False,False,None,False,True,False,False,False,False))
loader.save(create_accounting_account(16,['Purchase of investments', 'Investierungskäufe', "Achats d'investissement"],16,'6020','6020',False,False,None,False,True,False,False,False,False))
loader.save(create_accounting_account(17,['Purchase of goods', 'Wareneinkäufe', 'Achats de marchandises'],17,'6040','6040',False,False,None,False,True,False,False,False,False))
loader.save(create_accounting_account(18,['Wages', 'Löhne und Gehälter', 'Salaires'],18,'6300','6300',False,False,None,False,False,False,False,False,False))
loader.save(create_accounting_account(19,['Net income', 'Net income', 'Net income'],19,'6900','6900',False,False,None,False,False,False,False,False,False))
loader.save(create_accounting_account(20,['Sales', 'Verkauf', 'Ventes'],20,'7000','7000',False,False,None,True,False,False,False,False,False))
