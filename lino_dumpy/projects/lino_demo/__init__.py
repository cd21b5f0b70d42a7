"""A small Lino site (users, countries, contacts, a journal) used to check
lino_dumpy against the real Lino framework, against dumps written by Lino's
own ``dump2py``, and across two releases of its own code (0.9 and 1.0)."""
