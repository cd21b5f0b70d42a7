"""PostgreSQL's fast load: rows by COPY, foreign keys validated once.

Per-row INSERTs, and the deferred foreign key triggers that Django's
``DEFERRABLE INITIALLY DEFERRED`` constraints queue for every row, are
most of the time of a restore on PostgreSQL.  So, as ``pg_restore`` does,
the rows go in with ``COPY ... FROM STDIN`` and the foreign keys of the
restored tables are dropped inside the restore's transaction and
re-created after the load with their exact definitions
(``pg_get_constraintdef()``), which validates each of them with one
query.  DDL is transactional on PostgreSQL: any failure rolls the
constraints back with the data.

COPY uses the text format, whose values go through the same psycopg
dumpers as the parameters of Django's (client-side bound) INSERTs, and
through the same input functions of the server: the stored values are
the same, for every field type.  A text value with a NUL character
(which PostgreSQL cannot store, with or without COPY) is refused naming
its model, primary key and field.

The rows of a table go in as one COPY that stays open from batch to
batch (:class:`CopyStream`): the server stores rows while the restore
converts the next ones, and no savepoint or COPY end waits for the
server after each batch.  The COPY ends when another table's rows come
or when anything else uses the connection (inflight.py).  A refusal at
that point cannot be named, so it refuses the fast load: the restore
loads again with a COPY per batch in a savepoint (the careful path of
fastpaths.py), where a refused batch is retried row by row and the row
is named.
"""
from django.db import DatabaseError, connections, transaction

from ..exceptions import RestoreFailed
from ..ordering import model_label
from .inflight import refusal, settled_before_use
from .inserts import TableInserter, UnfitValue

NUL = "\x00"


class CopyStream:
    """At most one COPY open on the connection, kept open while rows of
    the same table come."""

    def __init__(self, connection):
        self.connection = connection
        self.sql = None
        self.cursor = None
        self.context = None
        self.copy = None
        self.active = True

    def write(self, sql, rows):
        self.send(sql, self.write_rows, rows)

    def write_text(self, sql, data):
        """Send `data`, lines of COPY's text format."""
        self.send(sql, self.write_data, data)

    def send(self, sql, write, data):
        if sql != self.sql:
            self.settle()
            self.start(sql)
        try:
            with self.connection.wrap_database_errors:
                write(data)
        except DatabaseError as error:
            self.abort(error)
        if not self.active:
            self.settle()

    def write_rows(self, rows):
        for row in rows:
            self.copy.write_row(row)

    def write_data(self, data):
        self.copy.write(data)

    def start(self, sql):
        from psycopg.copy import QueuedLibpqWriter  # psycopg 3 is optional
        self.connection.ensure_connection()
        # The driver's own cursor: Django's would run the execute wrapper.
        cursor = self.connection.connection.cursor()
        # A thread sends the data, so that this process formats the next
        # rows while the server takes the previous ones.
        context = cursor.copy(sql, writer=QueuedLibpqWriter(cursor))
        try:
            with self.connection.wrap_database_errors:
                self.copy = context.__enter__()
        except DatabaseError as error:
            cursor.close()
            raise refusal(error) from error
        self.cursor, self.context, self.sql = cursor, context, sql

    def settle(self):
        """End the open COPY, if any, and read its result."""
        if self.sql is None:
            return
        try:
            with self.connection.wrap_database_errors:
                self.close(None)
        except DatabaseError as error:
            raise refusal(error) from error

    def abort(self, error):
        self.discard(error)
        raise refusal(error) from error

    def discard(self, error=None):
        """End the open COPY, if any, as failed; its own errors do not
        matter (the transaction is lost anyway)."""
        if self.sql is None:
            return
        try:
            self.close(error or RuntimeError("the restore failed"))
        except Exception:
            pass

    def close(self, error):
        context, cursor = self.context, self.cursor
        self.sql = self.context = self.copy = self.cursor = None
        try:
            context.__exit__(type(error) if error else None, error, None)
        finally:
            cursor.close()


def copies_utf8(connection):
    """Whether COPY's text goes to the server as UTF-8 (rendering.py
    writes it so)."""
    connection.ensure_connection()
    return connection.connection.info.encoding.replace(
        "-", "").lower() == "utf8"


def copy_session(connection):
    """A CopyStream for the load (see inflight.py)."""
    return settled_before_use(connection, CopyStream(connection))


class CopyInserter(TableInserter):
    """Inserts the rows of one model with COPY: a COPY per batch, or
    through `stream` if given."""

    def __init__(self, model, connection, stream=None):
        super().__init__(model, connection)
        self.stream = stream
        quote = connection.ops.quote_name
        fields = model._meta.local_concrete_fields
        self.copy_sql = "COPY %s (%s) FROM STDIN" % (
            quote(model._meta.db_table),
            ", ".join(quote(f.column) for f in fields))

    def write(self, rows):
        if self.stream is not None:
            self.stream.write(self.copy_sql, rows)
            return
        try:
            with self.connection.wrap_database_errors, \
                    self.connection.cursor() as cursor, \
                    cursor.cursor.copy(self.copy_sql) as copy:
                for row in rows:
                    copy.write_row(row)
        except DatabaseError:
            if len(rows) == 1:
                self.check_nul(rows[0])
            raise

    def write_rendered(self, rows):
        """Insert rows rendered by the reader's workers (rendering.py),
        each a line of COPY's text format (only through the stream)."""
        self.stream.write_text(self.copy_sql, b"".join(rows))

    def check_nul(self, row):
        """Refuse a text value with a NUL character, naming its field."""
        for attname, value in zip(self.attnames, row):
            if isinstance(value, str) and NUL in value:
                raise UnfitValue(attname, value, ValueError(
                    "PostgreSQL cannot store the NUL character (\\x00) in "
                    "text; remove it in a migration step"))

    def refused_field(self, error):
        """The fields that refused a row: those of the violated constraint
        (a duplicate primary key or unique value, a check) or the column
        the server names (NOT NULL), from the server's diagnostics."""
        diag = getattr(error.__cause__, "diag", None)
        name = getattr(diag, "constraint_name", None)
        columns = [getattr(diag, "column_name", None)]
        if name:
            with self.connection.cursor() as cursor:
                found = self.connection.introspection.get_constraints(
                    cursor, self.model._meta.db_table).get(name)
            columns = found["columns"] if found else []
        names = {f.column: f.name
                 for f in self.model._meta.local_concrete_fields}
        return ", ".join(names.get(c, c) for c in columns if c) or None


FOREIGN_KEYS = """
SELECT c.conrelid::regclass::text, quote_ident(c.conname),
       pg_get_constraintdef(c.oid), c.conrelid, c.conkey,
       c.confrelid, c.confkey
FROM pg_constraint c
WHERE c.contype = 'f' AND c.conparentid = 0 AND c.coninhcount = 0
  AND obj_description(c.oid, 'pg_constraint') IS NULL
  AND (c.conrelid = ANY(%(tables)s) OR c.confrelid = ANY(%(tables)s))
ORDER BY 1, 2"""

#: The plain indexes of the tables: not unique, not a constraint's, not
#: clustered, in the default tablespace, without a comment, not part of a
#: partitioned index (their definitions say all there is to them).
PLAIN_INDEXES = """
SELECT i.indexrelid::regclass::text, pg_get_indexdef(i.indexrelid)
FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid
WHERE i.indrelid = ANY(%(tables)s) AND NOT i.indisunique
  AND NOT i.indisprimary AND NOT i.indisexclusion AND NOT i.indisclustered
  AND i.indisvalid AND i.indisready AND c.reltablespace = 0
  AND obj_description(i.indexrelid, 'pg_class') IS NULL
  AND NOT EXISTS (SELECT 1 FROM pg_constraint k
                  WHERE k.conindid = i.indexrelid)
  AND NOT EXISTS (SELECT 1 FROM pg_inherits h
                  WHERE h.inhrelid = i.indexrelid)
ORDER BY 1"""

TABLE_OIDS = """
SELECT oid FROM pg_class
WHERE relname = ANY(%s) AND relkind = 'r' AND pg_table_is_visible(oid)"""


class DroppedConstraints:
    """The foreign keys from or to a set of tables, and their plain
    indexes, dropped for a load.

    :meth:`drop` remembers and drops them, :meth:`rows_loaded` builds the
    indexes again (each in one pass over its table, instead of one
    update per row), :meth:`recreate` adds the foreign keys back, each
    validated by the server in one query.
    """

    def __init__(self, using, models):
        self.using = using
        self.connection = connections[using]
        self.tables = sorted({m._meta.db_table for m in models})
        self.foreign_keys = []
        self.indexes = []

    def drop(self):
        with self.connection.cursor() as cursor:
            cursor.execute(TABLE_OIDS, [self.tables])
            oids = {"tables": [row[0] for row in cursor.fetchall()]}
            cursor.execute(FOREIGN_KEYS, oids)
            self.foreign_keys = cursor.fetchall()
            cursor.execute(PLAIN_INDEXES, oids)
            self.indexes = cursor.fetchall()
            for table, name, *_ in self.foreign_keys:
                cursor.execute("ALTER TABLE %s DROP CONSTRAINT %s"
                               % (table, name))
            for name, _ in self.indexes:
                cursor.execute("DROP INDEX %s" % name)

    def rows_loaded(self):
        """Build the dropped indexes again (queries of after_load
        handlers may need them)."""
        with self.connection.cursor() as cursor:
            for _, definition in self.indexes:
                cursor.execute(definition)
        self.indexes = []

    def recreate(self):
        """Add the dropped foreign keys back (run lino_dumpy's integrity
        check first: a refusal here names rows only where the table is a
        model's and the key has one column)."""
        self.rows_loaded()
        for constraint in self.foreign_keys:
            self.add(constraint)
        self.foreign_keys = []

    def add(self, constraint):
        table, name, definition = constraint[:3]
        try:
            with transaction.atomic(using=self.using, savepoint=True), \
                    self.connection.cursor() as cursor:
                cursor.execute("ALTER TABLE %s ADD CONSTRAINT %s %s"
                               % (table, name, definition))
        except DatabaseError as error:
            raise RestoreFailed(self.violation(constraint, error)) from error

    def violation(self, constraint, error):
        """What a refused constraint says, by model, pk and field where
        the table is a model's."""
        table, name, definition, relid, columns, target, keys = constraint
        message = "The foreign key %s of %s (%s) does not hold: %s" % (
            name, table, definition, str(error).strip())
        rows = violating_rows(self.connection, relid, columns, target, keys)
        model = table_model(table)
        if rows and model is not None:
            names = {f.column: f.name for f in model._meta.concrete_fields}
            message = "\n".join(
                ["Foreign keys point to rows that are not in the dump:"] + [
                    "- %s pk=%r: %s=%r points to a missing row of %s" % (
                        model_label(model), pk, names.get(col, col), value,
                        model_or_table(target_table))
                    for pk, col, value, target_table in rows])
        return message + "\nNothing was changed."


def violating_rows(connection, relid, columns, target, keys):
    """``[(pk, column, value, target table)]`` of up to 10 rows that break
    a one-column foreign key (nothing for other keys)."""
    if len(columns) != 1:
        return []
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT %s::regclass::text, %s::regclass::text, "
            "(SELECT quote_ident(attname) FROM pg_attribute WHERE attrelid "
            "= %s AND attnum = %s), (SELECT quote_ident(attname) FROM "
            "pg_attribute WHERE attrelid = %s AND attnum = %s), "
            "(SELECT quote_ident(a.attname) FROM pg_index i JOIN "
            "pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = "
            "i.indkey[0] WHERE i.indrelid = %s AND i.indisprimary)",
            [relid, target, relid, columns[0], target, keys[0], relid])
        table, target_table, column, key, pk = cursor.fetchone()
        if pk is None:
            return []
        cursor.execute(
            "SELECT c.{pk}, c.{column} FROM {table} c WHERE c.{column} IS "
            "NOT NULL AND NOT EXISTS (SELECT 1 FROM {target} t WHERE "
            "t.{key} = c.{column}) ORDER BY 1 LIMIT 10".format(
                pk=pk, column=column, table=table, target=target_table,
                key=key))
        return [(row[0], column.strip('"'), row[1], target_table)
                for row in cursor.fetchall()]


def model_or_table(table):
    model = table_model(table)
    return table if model is None else model_label(model)


def table_model(table):
    """The model whose table is `table` (as regclass spells it), or None."""
    from django.apps import apps
    for model in apps.get_models(include_auto_created=True):
        if model._meta.db_table == table.strip('"'):
            return model
    return None
