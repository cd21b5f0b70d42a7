"""The benchmark's ledger app: a schema shaped like a real accounting
database, used unchanged by the plain Django site and by the Lino site."""
