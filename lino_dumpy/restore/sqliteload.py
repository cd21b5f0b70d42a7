"""The load on SQLite: no foreign key enforcement, and indexes built
after the rows.

Around the restore's transaction, the connection does not enforce
foreign keys (``PRAGMA foreign_keys``: Django's constraints are
deferred, and SQLite counts every pending violation at each insert, with
a look-up into the child tables whenever a parent row arrives) and
``temp_store`` goes to memory.  These are settings of the connection,
not of the data; they get their previous values back afterwards.  The
page cache keeps SQLite's default size: a cache of 64 MiB made no
difference in speed at 1,000,000 rows and grew the restore's memory with
the database (benchmarks/README.md).  The restore's own integrity
check (integrity.py) refuses a dangling foreign key, as on MariaDB.

The non-unique indexes of the restored tables are dropped before the
load and created again from their own stored SQL (``sqlite_master``)
after it, still inside the transaction: building an index once from
sorted data is cheaper than updating it row by row, and a failure rolls
the DROP back with everything else.  Unique indexes stay, so that a
duplicate is refused at its row (the loader names it), and the indexes
that back a UNIQUE or PRIMARY KEY clause of a table cannot be dropped.
"""
from contextlib import contextmanager

#: The connection's settings during the load.
SETTINGS = {"foreign_keys": 0, "temp_store": 2}


@contextmanager
def load_settings(connection):
    """:data:`SETTINGS` around the transaction (SQLite refuses to change
    ``foreign_keys`` and, at times, ``temp_store`` inside one), then the
    previous values."""
    with connection.cursor() as cursor:
        previous = {name: pragma(cursor, name) for name in SETTINGS}
        set_pragmas(cursor, SETTINGS)
    try:
        yield
    finally:
        if connection.connection is not None:
            with connection.cursor() as cursor:
                set_pragmas(cursor, previous)


def set_pragmas(cursor, values):
    for name, value in values.items():
        cursor.execute("PRAGMA %s = %d" % (name, value))


def pragma(cursor, name):
    cursor.execute("PRAGMA %s" % name)
    return cursor.fetchone()[0]


@contextmanager
def deferred_indexes(connection, models):
    """Drop the non-unique indexes of the tables of `models`, and create
    them again when the load went through."""
    tables = {model._meta.db_table for model in models}
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT name, tbl_name, sql FROM sqlite_master "
            "WHERE type = 'index' AND sql IS NOT NULL")
        indexes = [(name, sql) for name, table, sql in cursor.fetchall()
                   if table in tables and not is_unique(sql)]
        for name, sql in indexes:
            cursor.execute("DROP INDEX %s" % connection.ops.quote_name(name))
    yield
    with connection.cursor() as cursor:
        for name, sql in indexes:
            cursor.execute(sql)


def is_unique(sql):
    return sql.split(None, 2)[1].upper() == "UNIQUE"
