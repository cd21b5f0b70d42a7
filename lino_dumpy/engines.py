"""Tables that cannot take part in a transaction (MariaDB and MySQL).

MyISAM, Aria, MEMORY and other engines without transactions ignore
COMMIT and ROLLBACK: a restore that fails or is interrupted leaves them
half loaded, and a dump reads them without a snapshot.  Lino's site
installer creates MyISAM tables (``default_storage_engine=MyISAM``), so
real sites have them.  The preflight of dump2py and of the restore refuses
such tables unless the user accepts a non-atomic operation
(``--non-atomic``); then dump2py locks the tables for reading, and the
restore checks the dump's keys before it touches any row
(:mod:`lino_dumpy.restore.keycheck`).
"""
from contextlib import contextmanager

from django.db import connections

from .exceptions import NonTransactionalTables

OPTION = "--non-atomic"

DOCS = "the section 'MyISAM tables' of lino_dumpy's troubleshooting docs"


def non_transactional_tables(using, models, to_create=False):
    """``{table: engine}`` of the tables of `models` whose engine has no
    transactions (always empty except on MariaDB and MySQL).  With
    `to_create`, tables that do not exist yet count when the session's
    default engine, which ``migrate`` will create them with, has no
    transactions."""
    connection = connections[using]
    if connection.vendor != "mysql":
        return {}
    wanted = {model._meta.db_table for model in models}
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT t.TABLE_NAME, t.ENGINE, COALESCE(e.TRANSACTIONS, 'NO') "
            "FROM information_schema.TABLES t "
            "LEFT JOIN information_schema.ENGINES e ON e.ENGINE = t.ENGINE "
            "WHERE t.TABLE_SCHEMA = DATABASE() "
            "AND t.TABLE_TYPE = 'BASE TABLE'")
        existing = {table: (engine, transactions)
                    for table, engine, transactions in cursor.fetchall()}
        found = {table: engine for table, (engine, transactions)
                 in existing.items()
                 if table in wanted and transactions != "YES"}
        missing = wanted - set(existing) if to_create else set()
        if missing:
            engine = default_engine(cursor)
            if engine is not None:
                found.update((table, "%s, to be created" % engine)
                             for table in missing)
    return found


def default_engine(cursor):
    """The session's default storage engine if it has no transactions."""
    cursor.execute(
        "SELECT e.ENGINE, COALESCE(e.TRANSACTIONS, 'NO') "
        "FROM information_schema.ENGINES e "
        "WHERE e.ENGINE = @@SESSION.default_storage_engine")
    row = cursor.fetchone()
    return row[0] if row is not None and row[1] != "YES" else None


def describe_tables(tables):
    return ", ".join("%s (%s)" % item for item in sorted(tables.items()))


def conversion_sql(connection, tables):
    """The statements that convert the existing `tables` to InnoDB, and
    the setting that creates new ones as InnoDB."""
    quote = connection.ops.quote_name
    statements = ["ALTER TABLE %s ENGINE=InnoDB;" % quote(table)
                  for table, engine in sorted(tables.items())
                  if not engine.endswith(", to be created")]
    if len(statements) < len(tables):
        statements.append(
            "remove default_storage_engine=%s from the OPTIONS of the "
            "database in the settings" % default_engine_name(tables))
    return " ".join(statements)


def default_engine_name(tables):
    for engine in tables.values():
        if engine.endswith(", to be created"):
            return engine.split(",")[0]


def refuse(using, tables, what_is_at_risk, command):
    connection = connections[using]
    raise NonTransactionalTables(
        "%d table(s) of the database %r do not support transactions: %s. "
        "%s Convert them to InnoDB first (%s; see %s), or accept the risk "
        "with %s %s. Nothing was changed." % (
            len(tables), using, describe_tables(tables), what_is_at_risk,
            conversion_sql(connection, tables), DOCS, command, OPTION),
        tables)


#: What each operation risks on tables without transactions.
RESTORE_RISK = (
    "A restore cannot roll them back: if it fails or is interrupted, these "
    "tables lose the rows they held and keep only the part of the dump "
    "loaded so far.")
DUMP_RISK = (
    "dump2py cannot read them in one snapshot: rows written while the dump "
    "runs may be dumped in some tables and missing in others.")


def check_restore(using, models, non_atomic):
    """Refuse a restore into tables without transactions unless
    `non_atomic`; return ``{table: engine}`` of those tables."""
    tables = non_transactional_tables(using, models, to_create=True)
    if tables and not non_atomic:
        refuse(using, tables, RESTORE_RISK, "restore.py")
    return tables


def check_dump(using, models, non_atomic):
    """Refuse to dump tables without transactions unless `non_atomic`;
    return ``{table: engine}`` of those tables."""
    tables = non_transactional_tables(using, models)
    if tables and not non_atomic:
        refuse(using, tables, DUMP_RISK, "dump2py")
    return tables


def non_atomic_note(tables):
    """What a non-atomic restore risks, said before it starts."""
    return (
        "%s: the tables %s do not support transactions. The dump's keys "
        "were checked before any row was touched; if the restore still "
        "fails or is interrupted, these tables hold part of the dump "
        "instead of their previous rows (the other tables roll back). "
        "Restore again from this dump to repair them." % (
            OPTION, describe_tables(tables)))


def non_atomic_failure(tables):
    """What a non-atomic restore that failed while loading left."""
    return (
        "The other tables were rolled back, but the tables %s do not "
        "support transactions (%s): they lost their previous rows and may "
        "hold part of the dump. Fix the cause and restore again to repair "
        "them." % (describe_tables(tables), OPTION))


@contextmanager
def read_locks(using, locked):
    """Hold ``LOCK TABLES ... READ`` on every base table of the database
    while the dump reads (when `locked`): nobody writes during the dump,
    which gives tables without transactions a consistent snapshot.

    Enter it inside the dump's transaction (autocommit off, as MariaDB's
    documentation asks for); the locks are released when it ends.
    """
    connection = connections[using]
    if not locked or connection.vendor != "mysql":
        yield
        return
    quote = connection.ops.quote_name
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT TABLE_NAME FROM information_schema.TABLES "
            "WHERE TABLE_SCHEMA = DATABASE() AND TABLE_TYPE = 'BASE TABLE'")
        tables = sorted(row[0] for row in cursor.fetchall())
        cursor.execute("LOCK TABLES %s" % ", ".join(
            "%s READ" % quote(table) for table in tables))
    try:
        yield
    finally:
        if connection.connection is not None:
            with connection.cursor() as cursor:
                cursor.execute("UNLOCK TABLES")
