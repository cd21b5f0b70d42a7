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
on this path is not diagnosed in place (:func:`is_refusal`): the restore
loads once more without the fast path, where the refused row is found
and named.

Each INSERT is *sent* without waiting for the server (mysqlclient's
``send_query()``), and its result is read just before the connection is
used again (:class:`Pipeline`): while the server inserts a batch, this
process converts the next one.  Anything else on the connection (a
savepoint, a query of the site's code, the flags, the commit) first
waits for the pending INSERT (inflight.py).  An INSERT refused there
cannot be named where it surfaces, so any error of a pipelined INSERT is
a refusal of the fast load: the restore loads again on the default
path, which names the row.  Batches need no savepoints here.

``LOAD DATA LOCAL INFILE`` is not used: it needs ``local_infile`` on
both the server and the client, its text format turns values into text
that the server converts back under ``sql_mode`` (a bad value becomes a
warning, not an error, unless strict), and it reports no row of a
refusal; multi-row INSERTs reach most of its speed.
"""
import decimal
from contextlib import contextmanager

from django.db import DatabaseError

from .inflight import refusal, settled_before_use
from .inserts import TableInserter

#: Bytes left in a packet for the protocol's own header.
PACKET_MARGIN = 1024

#: mysqlclient's names of the connection encodings that are UTF-8.
UTF8_ENCODINGS = frozenset({"utf8", "utf8mb4", "utf8mb3"})

#: Errors of a refused row: a duplicate key (1062), a foreign key (1451,
#: 1452: with the checks off, not expected), or a duplicate that the bulk
#: mode found at the end of the statement or at the commit (1180).
REFUSALS = frozenset({1062, 1180, 1451, 1452, 1586})


def is_refusal(error):
    """Whether the server refused a row of the fast load with `error`."""
    return isinstance(error, DatabaseError) and bool(error.args) and \
        error.args[0] in REFUSALS


class Pipeline:
    """At most one INSERT in flight on the connection.

    :meth:`send` sends a statement without reading its result;
    :meth:`settle` reads it, and runs before anything else uses the
    connection (see inflight.py).  Once the session is over
    (`active` false), a statement is read as soon as it is sent.
    """

    def __init__(self, connection):
        self.connection = connection
        self.db = None
        self.pending = False
        self.active = True

    def send(self, sql):
        self.settle()
        self.db = driver_connection(self.connection)
        with self.connection.wrap_database_errors:
            self.db.send_query(sql)
        self.pending = True
        if not self.active:
            self.settle()

    def settle(self):
        """Read the result of the INSERT in flight, if any; an error there
        refuses the fast load (the row is named on the default path)."""
        if not self.pending:
            return
        self.pending = False
        try:
            with self.connection.wrap_database_errors:
                self.db.read_query_result()
        except DatabaseError as error:
            raise refusal(error) from error

    def discard(self):
        """Read the result of the INSERT in flight, if any, whatever it is
        (the transaction is lost anyway)."""
        try:
            self.settle()
        except Exception:
            pass


@contextmanager
def fast_session(connection):
    """``foreign_key_checks=0, unique_checks=0`` for the session, and the
    Pipeline of the load's INSERTs; then the flags' previous values, also
    after a failure."""
    with connection.cursor() as cursor:
        cursor.execute("SELECT @@SESSION.foreign_key_checks, "
                       "@@SESSION.unique_checks")
        previous = cursor.fetchone()
        cursor.execute("SET SESSION foreign_key_checks=0, unique_checks=0")
    try:
        with settled_before_use(connection, Pipeline(connection)) as pipeline:
            yield pipeline
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


def rendering_dialect(connection):
    """``["mysql", options]`` for the reader's workers (rendering.py), or
    None where the connection's text is not UTF-8 (the rendered rows
    are) or mysqlclient's encoders of floats or Decimals were replaced."""
    from MySQLdb import converters  # mysqlclient is optional
    db = driver_connection(connection)
    if db.encoding.replace("-", "").lower() not in UTF8_ENCODINGS:
        return None
    if db.encoders.get(float) is not converters.Float2Str or \
            db.encoders.get(decimal.Decimal) is not converters.Decimal2Literal:
        return None  # the dialect writes what mysqlclient's own encoders do
    with connection.cursor() as cursor:
        cursor.execute("SELECT @@SESSION.sql_mode")
        modes = cursor.fetchone()[0].upper().split(",")
    return ["mysql", {"no_backslash_escapes": "NO_BACKSLASH_ESCAPES" in modes}]


def literal_writer(db):
    """``row -> b"(v1,v2,...)"``: the SQL literal of a row, as mysqlclient's
    ``literal()`` writes it, with the common types taken directly (floats
    and Decimals by the connection's own encoders, without the lookups
    of ``literal()``)."""
    literal, string = db.literal, db.string_literal
    encoding = db.encoding
    direct = {
        str: lambda value: string(value.encode(encoding)),
        int: b"%d".__mod__,
        bool: {True: b"1", False: b"0"}.__getitem__,
        type(None): lambda value: b"NULL",
    }
    for python_type in (float, decimal.Decimal):
        encode = db.encoders.get(python_type)
        if encode is not None:
            direct[python_type] = encoder_literal(encode, db.encoders,
                                                  encoding)
    get = direct.get

    def row_literal(row):
        return b"(%s)" % b",".join(
            [get(type(value), literal)(value) for value in row])
    return row_literal


def encoder_literal(encode, encoders, encoding):
    """What ``literal()`` makes of a value whose type has the encoder
    `encode`: its result, as bytes."""
    def to_literal(value):
        text = encode(value, encoders)
        return text.encode(encoding) if isinstance(text, str) else text
    return to_literal


def statements(prefix, literals, limit):
    """Multi-row INSERTs of at most `limit` bytes (a longer row alone)."""
    rows = []
    size = len(prefix) - 1  # the statement's length with the next comma
    for row in literals:
        if rows and size + 1 + len(row) > limit:
            yield prefix + b",".join(rows)
            rows, size = [], len(prefix) - 1
        rows.append(row)
        size += 1 + len(row)
    if rows:
        yield prefix + b",".join(rows)


class MySQLInserter(TableInserter):
    """Inserts a batch as few statements as the packet size allows, sent
    through `pipeline` if given."""

    def __init__(self, model, connection, pipeline=None):
        super().__init__(model, connection)
        self.pipeline = pipeline
        self.limit = statement_limit(connection)
        db = driver_connection(connection)
        self.row_literal = literal_writer(db)
        self.prefix = self.sql[:self.sql.index(" VALUES ") + 8].encode(
            db.encoding)

    def write(self, rows):
        self.write_literals(map(self.row_literal, rows))

    def write_rendered(self, rows):
        """Insert rows rendered by the reader's workers (rendering.py),
        each the literal ``(v1,v2,...)``."""
        self.write_literals(rows)

    def write_literals(self, literals):
        if self.pipeline is not None:
            for sql in statements(self.prefix, literals, self.limit):
                self.pipeline.send(sql)
            return
        with self.connection.cursor() as cursor:
            for sql in statements(self.prefix, literals, self.limit):
                cursor.execute(sql)
