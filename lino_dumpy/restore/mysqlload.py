"""The load on MariaDB and MySQL: big multi-row INSERTs, checks off.

mysqlclient's ``executemany()`` already turns an INSERT into multi-row
statements, but of at most 64 KiB each, and converts each value with a
few Python calls; here each statement may fill the server's
``max_allowed_packet``, and the values of the common types (str, int,
bool, None) go straight to their literal, as mysqlclient writes it.

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


def driver_connection(connection):
    """mysqlclient's connection under Django's."""
    connection.ensure_connection()
    return connection.connection


def literal_writer(db):
    """``row -> b"(v1,v2,...)"``: the SQL literal of a row, as mysqlclient's
    ``literal()`` writes it, with the common types taken directly."""
    literal, string = db.literal, db.string_literal
    encoding = db.encoding
    direct = {
        str: lambda value: string(value.encode(encoding)),
        int: b"%d".__mod__,
        bool: {True: b"1", False: b"0"}.__getitem__,
        type(None): lambda value: b"NULL",
    }
    get = direct.get

    def row_literal(row):
        return b"(%s)" % b",".join(
            [get(type(value), literal)(value) for value in row])
    return row_literal


def statements(prefix, literals, limit):
    """Multi-row INSERTs of at most `limit` bytes (a longer row alone)."""
    sql = bytearray(prefix)
    rows = 0
    for row in literals:
        if rows and len(sql) + len(row) + 1 > limit:
            yield bytes(sql)
            sql, rows = bytearray(prefix), 0
        if rows:
            sql += b","
        sql += row
        rows += 1
    if rows:
        yield bytes(sql)


class MySQLInserter(TableInserter):
    """Inserts a batch as few statements as the packet size allows."""

    def __init__(self, model, connection):
        super().__init__(model, connection)
        self.limit = statement_limit(connection)
        db = driver_connection(connection)
        self.row_literal = literal_writer(db)
        self.prefix = self.sql[:self.sql.index(" VALUES ") + 8].encode(
            db.encoding)

    def write(self, rows):
        literals = map(self.row_literal, rows)
        with self.connection.cursor() as cursor:
            for sql in statements(self.prefix, literals, self.limit):
                cursor.execute(sql)
