"""One read snapshot of the database, shared by the processes of a dump.

A dump reads every table inside one repeatable-read transaction, so that
it shows a single point in time.  When worker processes write some of the
table files (:mod:`lino_dumpy.dump.workers`), each of them must read that
same point in time:

- PostgreSQL exports the snapshot of the dump's transaction
  (``pg_export_snapshot()``) and every worker's transaction imports it
  (``SET TRANSACTION SNAPSHOT``).
- SQLite, in its default rollback-journal mode, lets nobody commit while
  a reader holds its shared lock.  The dump's transaction takes that lock
  before any worker starts reading, and keeps it until every worker is
  done, so they all read what the dump's transaction reads.  In WAL mode
  writers commit past readers, and an in-memory database is private to
  its process: no sharing there.
- MariaDB and MySQL have no way to hand a snapshot to another connection
  (short of ``FLUSH TABLES WITH READ LOCK``, which stops every writer of
  the server), so their dumps are read by one process.
"""
from contextlib import contextmanager

from django.db import connections, transaction

#: The token of a shared SQLite snapshot: the dump's lock is the snapshot.
SQLITE_SHARED_LOCK = "sqlite-shared-lock"


@contextmanager
def snapshot(using, share=False):
    """A read transaction on `using` that sees a single point in time.

    Yields a token that worker transactions pass to
    :func:`joined_snapshot` to read the same point in time, or None when
    `share` is false or the database cannot share its snapshot.
    """
    connection = connections[using]
    with transaction.atomic(using=using):
        with connection.cursor() as cursor:
            if connection.vendor in ("postgresql", "mysql"):
                cursor.execute(
                    "SET TRANSACTION ISOLATION LEVEL REPEATABLE READ")
            yield export_snapshot(connection, cursor) if share else None


def export_snapshot(connection, cursor):
    """The token of the transaction's snapshot, or None if not shareable."""
    if connection.vendor == "postgresql":
        cursor.execute("SELECT pg_export_snapshot()")
        return cursor.fetchone()[0]
    if connection.vendor == "sqlite" and not connection.is_in_memory_db():
        cursor.execute("PRAGMA journal_mode")
        if cursor.fetchone()[0].lower() != "wal":
            # The first read of the transaction takes the shared lock.
            cursor.execute("SELECT count(*) FROM sqlite_master")
            return SQLITE_SHARED_LOCK
    return None


@contextmanager
def joined_snapshot(using, token):
    """A read transaction on `using` that sees the snapshot of `token`."""
    connection = connections[using]
    with transaction.atomic(using=using):
        if connection.vendor == "postgresql":
            with connection.cursor() as cursor:
                cursor.execute(
                    "SET TRANSACTION ISOLATION LEVEL REPEATABLE READ")
                cursor.execute("SET TRANSACTION SNAPSHOT %s", [token])
        elif token != SQLITE_SHARED_LOCK:
            raise ValueError("Not a snapshot token of %s: %r"
                             % (connection.vendor, token))
        yield
