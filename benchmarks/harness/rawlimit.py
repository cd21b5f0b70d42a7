"""The raw limit: what plain DB-API code costs for the same rows.

``dump FILE``: SELECT every table of the ledger app (M2M tables included)
through a plain DB-API cursor and write each batch of rows as one line of
Python literals, ``repr((table, columns, rows))``.

``load FILE``: parse the file line by line (``compile`` + ``eval`` of each
list literal) and ``executemany`` the rows, all in one transaction with
constraint checks deferred, into a freshly migrated database.

No ORM, no model instances, no per-value conversion beyond what the
driver does: a lower bound for any dump tool that writes Python source
and any restore that reads it.  It does not reset sequences or remap
content types (both databases were migrated alike).

Run as ``python -m harness.rawlimit dump|load FILE`` with the Django
site's settings; the harness measures it as its own process.

``digest`` (not measured) prints a SHA-256 per table of the rows as the
driver returns them, so the harness can tell whether a restore brought
back exactly what the source database holds.
"""

import argparse
import datetime
import decimal
import hashlib
import json
import os
import sys
import uuid
import zoneinfo

import django

BATCH_SIZE = 1000

# The names a repr() of driver values can contain (e.g.
# ``datetime.datetime(2020, 1, 1, tzinfo=datetime.timezone.utc)``).
EVAL_NAMESPACE = {
    "__builtins__": {}, "datetime": datetime, "Decimal": decimal.Decimal,
    "UUID": uuid.UUID, "zoneinfo": zoneinfo,
}


def ledger_tables():
    """(table, columns) of every table the dump tools carry."""
    from django.apps import apps
    config = apps.get_app_config("bench")
    for model in config.get_models(include_auto_created=True):
        meta = model._meta
        yield meta.db_table, [f.column for f in meta.local_concrete_fields]


def streaming_cursor(connection):
    """A DB-API cursor that does not fetch the whole result at once."""
    raw = connection.connection
    if connection.vendor == "postgresql":
        return raw.cursor(name="rawlimit")
    if connection.vendor == "mysql":
        import MySQLdb.cursors
        return raw.cursor(MySQLdb.cursors.SSCursor)
    return raw.cursor()


def plain(rows):
    """psycopg returns bytea as memoryview, whose repr is not a literal."""
    return [tuple(bytes(value) if isinstance(value, memoryview) else value
                  for value in row) for row in rows]


def dump(path):
    from django.db import connection, transaction
    quote = connection.ops.quote_name
    rows_written = 0
    # One transaction: a consistent snapshot, and PostgreSQL's named
    # cursors need one.
    with transaction.atomic(), open(path, "w", encoding="utf-8") as out:
        for table, columns in ledger_tables():
            cursor = streaming_cursor(connection)
            cursor.execute("SELECT %s FROM %s ORDER BY 1" % (
                ", ".join(quote(c) for c in columns), quote(table)))
            while True:
                rows = cursor.fetchmany(BATCH_SIZE)
                if not rows:
                    break
                out.write(repr((table, columns, plain(rows))))
                out.write("\n")
                rows_written += len(rows)
            cursor.close()
    return rows_written


def load(path):
    from django.db import connection, transaction
    quote = connection.ops.quote_name
    mark = "?" if connection.Database.paramstyle == "qmark" else "%s"
    rows_loaded = 0
    with transaction.atomic(), connection.constraint_checks_disabled():
        cursor = connection.connection.cursor()
        with open(path, encoding="utf-8") as source:
            for number, line in enumerate(source, 1):
                code = compile(line, "%s:%d" % (path, number), "eval")
                table, columns, rows = eval(code, EVAL_NAMESPACE)
                cursor.executemany("INSERT INTO %s (%s) VALUES (%s)" % (
                    quote(table), ", ".join(quote(c) for c in columns),
                    ", ".join([mark] * len(columns))), rows)
                rows_loaded += len(rows)
    return rows_loaded


def digest():
    """{table: SHA-256 of its rows in primary key order}."""
    from django.db import connection, transaction
    quote = connection.ops.quote_name
    digests = {}
    with transaction.atomic():
        for table, columns in ledger_tables():
            cursor = streaming_cursor(connection)
            cursor.execute("SELECT %s FROM %s ORDER BY 1" % (
                ", ".join(quote(c) for c in columns), quote(table)))
            sha = hashlib.sha256()
            while True:
                rows = cursor.fetchmany(BATCH_SIZE)
                if not rows:
                    break
                sha.update(repr(plain(rows)).encode("utf-8"))
            cursor.close()
            digests[table] = sha.hexdigest()
    return digests


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("action", choices=["dump", "load", "digest"])
    parser.add_argument("path", nargs="?",
                        help="The file of Python literals (dump, load).")
    args = parser.parse_args(argv)
    if args.action != "digest" and not args.path:
        parser.error("%s needs a file" % args.action)
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "site_django.settings")
    django.setup()
    if args.action == "digest":
        sys.stdout.write(json.dumps(digest(), sort_keys=True) + "\n")
        return
    count = (dump if args.action == "dump" else load)(args.path)
    sys.stdout.write("%s: %d rows\n" % (args.action, count))


if __name__ == "__main__":
    main()
