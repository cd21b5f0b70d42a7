"""A minimal Lino site (users, countries, contacts) used to check lino_dumpy
against the real Lino framework and against dumps written by Lino's own
``dump2py``."""
