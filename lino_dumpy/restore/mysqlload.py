"""The load on MariaDB and MySQL: big multi-row INSERTs, checks off.

mysqlclient's ``executemany()`` already turns an INSERT into multi-row
statements, but of at most 64 KiB each; here each one may fill the
server's ``max_allowed_packet``.

For the session, inside the restore's transaction, ``foreign_key_checks``
and ``unique_checks`` are 0, and both get their previous values back
afterwards, also after a failure.  Nothing is re-checked when they are
turned on again, so the restore's own integrity check (integrity.py)
is what refuses a dangling foreign key.  Duplicate keys are still
refused by InnoDB, but into an empty table with both flags off MariaDB
10.7+ loads in *bulk* mode: a duplicate then fails with error 1180 "Got
error 1 during COMMIT", naming no row, and the server has already
rolled back the whole transaction (its savepoints too).  So a refusal
on this path is not diagnosed in place (:func:`is_refusal`): the restore loads once more without the fast path, where
the refused row is found and named.

``LOAD DATA LOCAL INFILE`` is not used: it needs ``local_infile`` on
both the server and the client, its text format turns values into text
that the server converts back under ``sql_mode`` (a bad value becomes a
warning, not an error, unless strict), and it reports no row of a
refusal; multi-row INSERTs reach most of its speed.
"""
from contextlib import contextmanager

from django.db import DatabaseError

from .inserts import TableInserter

#: Bytes left in a packet for the protocol's own header.
PACKET_MARGIN = 1024

#: Errors of a refused row: a duplicate key (1062), a foreign key (1451,
#: 1452: with the checks off, not expected), or a duplicate that the bulk
#: mode found at the end of the statement or at the commit (1180).
REFUSALS = frozenset({1062, 1180, 1451, 1452, 1586})


def is_refusal(error):
    """Whether the server refused a row of the fast load with `error`."""
    return isinstance(error, DatabaseError) and bool(error.args) and \
        error.args[0] in REFUSALS


@contextmanager
def fast_session(connection):
    """``foreign_key_checks=0, unique_checks=0`` for the session, then the
    values it had before, also after a failure."""
    with connection.cursor() as cursor:
        cursor.execute("SELECT @@SESSION.foreign_key_checks, "
                       "@@SESSION.unique_checks")
        previous = cursor.fetchone()
        cursor.execute("SET SESSION foreign_key_checks=0, unique_checks=0")
    try:
        yield
    finally:
        restore_flags(connection, previous)


def restore_flags(connection, previous):
    """Set the session's flags back, even where the transaction failed."""
    needs_rollback, connection.needs_rollback = (
        connection.needs_rollback, False)
    try:
        with connection.cursor() as cursor:
            cursor.execute(
                "SET SESSION foreign_key_checks=%s, unique_checks=%s",
                previous)
    finally:
        connection.needs_rollback = needs_rollback


def statement_limit(connection):
    """The longest statement the server accepts, in bytes."""
    with connection.cursor() as cursor:
        cursor.execute("SELECT @@SESSION.max_allowed_packet")
        return cursor.fetchone()[0] - PACKET_MARGIN


def driver_cursor(cursor):
    """mysqlclient's cursor under Django's wrappers."""
    while not hasattr(cursor, "max_stmt_length"):
        cursor = cursor.cursor
    return cursor


class MySQLInserter(TableInserter):
    """Inserts a batch as few statements as the packet size allows."""

    def __init__(self, model, connection):
        super().__init__(model, connection)
        self.limit = statement_limit(connection)

    def execute(self, rows):
        with self.connection.cursor() as cursor:
            driver_cursor(cursor).max_stmt_length = self.limit
            cursor.executemany(self.sql, rows)
