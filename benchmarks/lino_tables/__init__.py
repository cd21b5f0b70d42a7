"""Lino-only companion of the ``bench`` app: explicit tables.

Lino 26.10 builds a default table for every model at startup and crashes
("No LayoutElement for ...") on UUIDField and FloatField.  Declaring a
table whose ``column_names`` leave those fields out prevents that without
changing the ledger app, which the plain Django site shares.
"""
