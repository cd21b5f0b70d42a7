"""The load on SQLite: a bigger page cache, and indexes built after it.

Inside the restore's transaction, ``cache_size`` grows to
:data:`CACHE_KIB` and ``temp_store`` goes to memory (both are
per-connection settings that SQLite accepts inside a transaction and
that change no data); they get their previous values back afterwards.

The non-unique indexes of the restored tables are dropped before the
load and created again from their own stored SQL (``sqlite_master``)
after it, still inside the transaction: building an index once from
sorted data is cheaper than updating it row by row, and a failure rolls
the DROP back with everything else.  Unique indexes stay, so that a
duplicate is refused at its row (the loader names it), and the indexes
that back a UNIQUE or PRIMARY KEY clause of a table cannot be dropped.
"""
from contextlib import contextmanager

#: Page cache of the load, in KiB (SQLite's default is 2,000 KiB).
CACHE_KIB = 64 * 1024


@contextmanager
def fast_session(connection, models):
    """The page cache and temp store of the load, and its indexes built
    after the rows."""
    with connection.cursor() as cursor:
        previous = [pragma(cursor, "cache_size"), pragma(cursor, "temp_store")]
        cursor.execute("PRAGMA cache_size = %d" % -CACHE_KIB)
        cursor.execute("PRAGMA temp_store = MEMORY")
    try:
        with deferred_indexes(connection, models):
            yield
    finally:
        with connection.cursor() as cursor:
            cursor.execute("PRAGMA cache_size = %d" % previous[0])
            cursor.execute("PRAGMA temp_store = %d" % previous[1])


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
