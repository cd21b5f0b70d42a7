"""An app without Django migrations in two releases (tests/test_inplace.py).

``DUMPY_TEST_INPLACE=1`` runs release 1.0, ``2`` runs release 2.0, in
which Author changed (a new column), Review is new and points to it, Book
points to it unchanged, and Gone vanished.
"""
