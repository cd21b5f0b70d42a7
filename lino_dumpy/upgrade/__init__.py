"""Upgrading a dump's data to the running code: versioned migrations.

- :mod:`.migrator`: the ``Migrator`` base class and ``install_migrations``;
- :mod:`.chain`: the steps of a chain found, planned and run;
- :mod:`.rows`: keyword rows, the form in which operations see the rows;
- :mod:`.operations`: ``RenameField``, ``RemoveModel``... by kind.

This package is not called ``migrations``: lino_dumpy is a Django app,
and Django takes an app's ``migrations`` package for its schema
migrations (``makemigrations``, ``migrate`` would import it).
"""
