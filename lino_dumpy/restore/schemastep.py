"""The schema step of a restore: ``migrate`` before the rows are loaded.

PostgreSQL and SQLite roll back schema changes with the transaction, so
there ``migrate`` runs inside the restore's transaction: a failed restore
leaves no table, no applied migration and no content type behind, and
"Nothing was changed" is true.  SQLite's schema editor needs foreign key
enforcement off, which a transaction cannot switch, so it is switched off
before the transaction starts (the restore checks every foreign key
itself before the commit) and on again afterwards.

MariaDB and MySQL commit every schema change at once.  There ``migrate``
runs before the transaction, and a restore that fails afterwards says
exactly what the schema step created and what stays: the migrations it
applied, the tables it created, the rows it added (content types,
permissions, rows of data migrations).
"""
from contextlib import contextmanager
from dataclasses import dataclass, field as dataclass_field

from django.core.management import call_command
from django.db import DatabaseError, connections
from django.db.migrations.recorder import MigrationRecorder

from ..ordering import model_label
from .integrity import existing_tables
from .schema import (describe_vanished, migrate_options, plan_tables,
                     schema_models, vanished_tables)

MIGRATIONS_TABLE = "django_migrations"


@dataclass
class SchemaState:
    """What a schema step can change, read from the database."""
    tables: set = dataclass_field(default_factory=set)
    migrations: set = dataclass_field(default_factory=set)
    counts: dict = dataclass_field(default_factory=dict)

    @classmethod
    def read(cls, using):
        tables = existing_tables(using)
        return cls(tables, applied_migrations(using, tables),
                   row_counts(using))


def applied_migrations(using, tables):
    if MIGRATIONS_TABLE not in tables:
        return set()
    return set(MigrationRecorder(connections[using]).applied_migrations())


def row_counts(using):
    """``{label: rows}`` of every model with a table, Django's own rows
    (content types, permissions, sites) included."""
    tables = existing_tables(using)
    return {model_label(model): model._base_manager.using(using).count()
            for model in schema_models(using)
            if model._meta.db_table in tables}


@dataclass
class SchemaChanges:
    """What a schema step outside the transaction created (it stays)."""
    migrations: list
    tables: list
    rows: dict

    @classmethod
    def between(cls, before, after):
        rows = {label: count - before.counts.get(label, 0)
                for label, count in sorted(after.counts.items())
                if count > before.counts.get(label, 0)}
        return cls(sorted("%s.%s" % key for key in
                          after.migrations - before.migrations),
                   sorted(after.tables - before.tables), rows)

    def __bool__(self):
        return bool(self.migrations or self.tables or self.rows)

    def describe(self, vendor):
        """One paragraph for the message of a failed restore."""
        parts = []
        if self.migrations:
            parts.append("applied %d migration(s): %s" % (
                len(self.migrations), ", ".join(self.migrations)))
        if self.tables:
            parts.append("created %d table(s): %s" % (
                len(self.tables), ", ".join(self.tables)))
        if self.rows:
            parts.append("added rows: %s" % ", ".join(
                "%s: %d" % item for item in self.rows.items()))
        return (
            "The data was not changed, but the schema step that ran before "
            "the data transaction stays, because %s cannot roll back a "
            "schema change: it %s. This is what `manage.py migrate` would "
            "have done; restore again once the cause is fixed."
            % (vendor, "; ".join(parts)))


class SchemaStep:
    """Brings the schema of `using` to the current models, inside the
    restore's transaction where the backend allows it."""

    def __init__(self, using, migrate=True, say=None, dump_tables=()):
        self.using = using
        #: The tables of the dump: those that no model owns once
        #: ``migrate`` ran are dropped (see schema.vanished_tables).
        self.dump_tables = list(dump_tables)
        self.connection = connections[using]
        self.say = say or (lambda message, level=1: None)
        self.runs = list(migrate_options(using, schema_models(using))) \
            if migrate else []
        self.transactional = self.connection.features.can_rollback_ddl
        self.changes = None

    def before_transaction(self):
        """Run ``migrate`` now where DDL cannot roll back, noting what it
        creates."""
        if self.transactional or not self.runs:
            return
        before = SchemaState.read(self.using)
        try:
            self.migrate()
        finally:
            self.changes = SchemaChanges.between(
                before, self.read_state(before))

    def read_state(self, fallback):
        try:
            return SchemaState.read(self.using)
        except DatabaseError:
            return fallback

    @contextmanager
    def transaction_ready(self):
        """Around the restore's transaction: SQLite's schema editor needs
        foreign key enforcement off, which only works outside of it."""
        switch = (self.transactional and self.runs
                  and self.connection.vendor == "sqlite")
        if switch:
            self.connection.disable_constraint_checking()
        try:
            yield
        finally:
            if switch and self.connection.connection is not None:
                self.connection.enable_constraint_checking()

    def inside_transaction(self):
        """Run ``migrate`` inside the transaction where it can roll back;
        return the plan of the tables of apps without migrations."""
        if self.transactional and self.runs:
            self.migrate()
            if self.connection.vendor == "postgresql":
                # Fire the deferred checks of the rows migrate added: a
                # table with pending checks cannot be truncated.
                self.connection.check_constraints()
        return plan_tables(self.using, schema_models(self.using),
                           vanished_tables(self.using, self.dump_tables))

    def after_commit(self):
        """Drop the tables of vanished models where a schema change cannot
        roll back: only once the restore has succeeded."""
        if self.transactional:
            return
        vanished = vanished_tables(self.using, self.dump_tables)
        if not vanished:
            return
        quote = self.connection.ops.quote_name
        self.say(describe_vanished(vanished).replace(
            "Dropping", "Dropping now that the data is committed,"))
        with self.connection.constraint_checks_disabled(), \
                self.connection.cursor() as cursor:
            for table in vanished:
                try:
                    cursor.execute("DROP TABLE %s" % quote(table))
                except DatabaseError as error:
                    # The data is committed: the restore succeeded.
                    self.say("Could not drop the table %s (%s); the restore "
                             "succeeded, drop it by hand." % (table, error),
                             0)

    def migrate(self):
        for options in self.runs:
            self.say("Bringing the schema up to date (migrate).", 2)
            call_command("migrate", database=self.using, interactive=False,
                         verbosity=0, **options)

    def left_behind(self):
        """The paragraph saying what stays after a failure, or None."""
        if not self.changes:
            return None
        return self.changes.describe(self.connection.display_name)
