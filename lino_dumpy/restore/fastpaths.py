"""The backend-specific parts of the load, behind one seam.

A :class:`FastPath` says how the restore's loader inserts rows on a
backend and what it sets around the load, inside the transaction.  The
default inserts with :class:`TableInserter`; PostgreSQL (pgload.py: COPY),
MariaDB/MySQL (mysqlload.py) and SQLite (sqliteload.py) have their own.
PostgreSQL's foreign keys and plain indexes are dropped and re-created
by the restorer around the whole load (pgload.DroppedConstraints).

Where a fast path cannot say which row the database refused, its
:meth:`FastPath.refused` is true for the error: the loader raises
:class:`FastLoadRefused`, the transaction rolls back, and the restore
loads once more on the default path, which names the row.
"""
from contextlib import contextmanager, nullcontext

from ..exceptions import FastLoadRefused
from . import mysqlload, pgload, sqliteload
from .inserts import TableInserter

__all__ = ["FastLoadRefused", "FastPath", "fast_path"]


class FastPath:
    """The default: Django's session as it is, one executemany per batch."""

    inserter = TableInserter
    #: Whether each batch goes in within a savepoint, so that a refused
    #: batch can be retried row by row to name the row in place.
    batch_savepoints = True

    def __init__(self, connection):
        self.connection = connection

    def refused(self, error):
        """Whether `error` must send the restore back to the default path
        (the loader then cannot retry the batch row by row)."""
        return False

    def session(self, models):
        """Settings around the load of `models`, inside the transaction."""
        return nullcontext()

    def outside_transaction(self):
        """Settings around the transaction (some of SQLite's can only
        change outside of one)."""
        return nullcontext()


class PostgreSQLFastPath(FastPath):

    inserter = pgload.CopyInserter


class MySQLFastPath(FastPath):
    """Pipelined multi-row INSERTs; a refusal reloads on the default path,
    so batches need no savepoints."""

    batch_savepoints = False

    def __init__(self, connection):
        super().__init__(connection)
        self.pipeline = None

    def inserter(self, model, connection):
        return mysqlload.MySQLInserter(model, connection, self.pipeline)

    def refused(self, error):
        return mysqlload.is_refusal(error)

    @contextmanager
    def session(self, models):
        with mysqlload.fast_session(self.connection) as self.pipeline:
            yield


class SQLiteFastPath(FastPath):

    def outside_transaction(self):
        return sqliteload.load_settings(self.connection)

    def session(self, models):
        return sqliteload.deferred_indexes(self.connection, models)


def fast_path(connection, enabled=True):
    """The fast path of `connection`'s backend (the default if not
    `enabled`)."""
    if not enabled:
        return FastPath(connection)
    return {"mysql": MySQLFastPath, "postgresql": PostgreSQLFastPath,
            "sqlite": SQLiteFastPath}.get(connection.vendor,
                                          FastPath)(connection)
