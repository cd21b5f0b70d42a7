"""A small library application in three versions, to show migrations.

Each of v1, v2 and v3 is the ``catalog`` app as one release shipped it;
``DUMPY_LIBRARY_VERSION`` (1, 2 or 3) selects the release the settings
run.  A dump written by release 1 restores into release 3 through the
migrator of v3 (v3/catalog/migrate.py).
"""
