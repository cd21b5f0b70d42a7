"""The backend-specific parts of the load, behind one seam.

A :class:`FastPath` says how the restore's loader inserts rows on a
backend and what it sets around the load, inside the transaction.  The
default inserts with :class:`TableInserter`; PostgreSQL (pgload.py: COPY),
MariaDB/MySQL (mysqlload.py) and SQLite (sqliteload.py) have their own.
PostgreSQL's foreign keys and plain indexes are dropped and re-created
by the restorer around the whole load (pgload.DroppedConstraints).

Where a fast path cannot say which row the database refused (MariaDB's
bulk mode, and the INSERTs or COPYs that MariaDB and PostgreSQL keep in
flight), it raises FastLoadRefused (lino_dumpy.exceptions): the
transaction rolls back, and the restore loads once more on the path that
:meth:`FastPath.careful` gives, which names the row.
"""
from contextlib import contextmanager, nullcontext

from . import mysqlload, pgload, sqliteload
from .inserts import TableInserter
from .renderplan import table_rendering


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

    def careful(self):
        """The path that loads again after a FastLoadRefused, retrying a
        refused batch row by row to name the row."""
        return FastPath(self.connection)

    def session(self, models):
        """Settings around the load of `models`, inside the transaction."""
        return nullcontext()

    def rendering(self, inserter, direct):
        """The rendering.Rendering of the rows of the DirectTable `direct`
        that the reader's workers may write for `inserter`, or None: only
        where a refused row need not be named in place."""
        return None

    def outside_transaction(self):
        """Settings around the transaction (some of SQLite's can only
        change outside of one)."""
        return nullcontext()


class PostgreSQLFastPath(FastPath):
    """COPY: one per table, kept open across batches (`streaming`), or
    one per batch in a savepoint (the careful path, which names a refused
    row)."""

    def __init__(self, connection, streaming=True):
        super().__init__(connection)
        self.streaming = streaming
        self.stream = None

    @property
    def batch_savepoints(self):
        return not self.streaming

    def inserter(self, model, connection):
        return pgload.CopyInserter(model, connection, self.stream)

    def session(self, models):
        if not self.streaming:
            return nullcontext()
        return self.streamed()

    @contextmanager
    def streamed(self):
        with pgload.copy_session(self.connection) as self.stream:
            yield

    def careful(self):
        return PostgreSQLFastPath(self.connection, streaming=False)

    def rendering(self, inserter, direct):
        if not self.streaming or not pgload.copies_utf8(self.connection):
            return None
        return table_rendering(inserter, direct, ["copy", {}])


class MySQLFastPath(FastPath):
    """Pipelined multi-row INSERTs; a refusal reloads on the default path,
    so batches need no savepoints."""

    batch_savepoints = False

    def __init__(self, connection):
        super().__init__(connection)
        self.pipeline = None
        #: The rendering dialect of the connection ([]: none).
        self.dialect = None

    def inserter(self, model, connection):
        return mysqlload.MySQLInserter(model, connection, self.pipeline)

    def refused(self, error):
        return mysqlload.is_refusal(error)

    def rendering(self, inserter, direct):
        if self.dialect is None:
            self.dialect = mysqlload.rendering_dialect(self.connection) or []
        return self.dialect and table_rendering(inserter, direct,
                                                self.dialect)

    @contextmanager
    def session(self, models):
        with mysqlload.fast_session(self.connection) as self.pipeline:
            yield


class SQLiteFastPath(FastPath):

    def outside_transaction(self):
        return sqliteload.load_settings(self.connection)

    def session(self, models):
        return sqliteload.deferred_indexes(self.connection, models)


def fast_path(connection):
    """The fast path of `connection`'s backend."""
    return {"mysql": MySQLFastPath, "postgresql": PostgreSQLFastPath,
            "sqlite": SQLiteFastPath}.get(connection.vendor,
                                          FastPath)(connection)
