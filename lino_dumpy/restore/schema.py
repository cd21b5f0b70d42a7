"""Tables of apps without Django migrations, as in most Lino sites.

``migrate --run-syncdb`` creates the missing tables of such apps, but a
table whose model changed since the database was created keeps its old
columns.  Lino's restore copes by dropping the whole database (``initdb``).
lino_dumpy instead creates the missing tables and rebuilds the tables whose
columns differ from their models (plus the tables that point to them)
inside the restore's transaction, so a failed restore leaves the schema as
it was.  MariaDB and MySQL commit every schema change at once: there
missing tables are created by ``migrate --run-syncdb`` beforehand, and a
restore that would need to rebuild a table is refused before anything
changes.

Tables of models that no longer exist (the dump has them, the code does
not) are dropped, as Lino's ``initdb`` drops them: inside the transaction
where it rolls back, after the commit on MariaDB and MySQL.

A table differs when a column was added, removed or renamed, or changed
between NULL and NOT NULL.  Other type changes (e.g. a longer max_length)
are not detected; a value that does not fit then fails the restore, which
rolls back.
"""
from django.apps import apps
from django.db import DEFAULT_DB_ALIAS, connections
from django.db.migrations.executor import MigrationExecutor
from django.db.migrations.loader import MigrationLoader

from ..exceptions import SchemaMismatch
from ..ordering import model_label, no_table_reason, sort_models


def schema_models(using=DEFAULT_DB_ALIAS):
    """Every model that Django's ``migrate`` creates a table for on
    `using`, dumped or not."""
    return [model for model in apps.get_models(include_auto_created=True)
            if no_table_reason(model, using) is None]


def unmigrated_app_labels():
    return MigrationLoader(None, ignore_no_migrations=True).unmigrated_apps


def has_changed(connection, cursor, model):
    """True when the table of `model` has other columns than the model."""
    description = connection.introspection.get_table_description(
        cursor, model._meta.db_table)
    found = {(column.name, bool(column.null_ok)) for column in description}
    wanted = {(field.column, bool(field.null))
              for field in model._meta.local_concrete_fields}
    return found != wanted


def owner(model):
    """The model whose create_model() creates the table of `model`."""
    if model._meta.auto_created:
        return model._meta.auto_created
    return model


def with_referrers(changed, candidates):
    """`changed` plus every candidate that points to one of them.

    Dropping a table drops (PostgreSQL) or orphans the foreign keys that
    point to it, so the tables holding them are rebuilt as well.
    """
    result = set(changed)
    grown = True
    while grown:
        grown = False
        for model in candidates:
            if model in result:
                continue
            if any(field.related_model in result
                   for field in model._meta.local_concrete_fields
                   if field.is_relation):
                result.add(model)
                grown = True
    return result


def tables_to_create(missing, rebuilt):
    """The models whose create_model() creates the `missing` tables.

    A new model creates its many-to-many tables too; the new
    many-to-many table of a model that exists is created alone.
    """
    result = set()
    for model in missing:
        parent = owner(model)
        if parent not in rebuilt:
            result.add(parent if parent in missing else model)
    return result


def vanished_tables(using, dump_tables):
    """The tables of the dump that exist on `using` but belong to no model
    of the code: their models vanished or were renamed."""
    connection = connections[using]
    current = {model._meta.db_table
               for model in apps.get_models(include_auto_created=True)}
    with connection.cursor() as cursor:
        existing = set(connection.introspection.table_names(cursor))
    return sorted(set(dump_tables) & existing - current)


def describe_vanished(tables):
    return ("Dropping the table%s %s: %s no longer exist (as Lino's "
            "initdb does)." % ("s" if len(tables) > 1 else "",
                               ", ".join(tables),
                               "their models" if len(tables) > 1
                               else "its model"))


class TablePlan:
    """The SQL that drops the tables of vanished models, rebuilds changed
    tables and creates missing ones.

    The SQL is generated before the restore's transaction starts and
    executed inside it by :meth:`apply`.
    """

    def __init__(self, using, rebuilt, created, dropped=()):
        self.rebuilt = rebuilt
        self.created = created
        self.dropped = list(dropped)
        self.statements = collect_sql(connections[using], rebuilt, created,
                                      self.dropped)

    def describe(self):
        lines = []
        if self.rebuilt:
            lines.append("Rebuilding the tables of %s: their models changed."
                         % ", ".join(model_label(m) for m in self.rebuilt))
        if self.created:
            lines.append("Creating the tables of %s." % ", ".join(
                model_label(m) for m in self.created))
        if self.dropped:
            lines.append(describe_vanished(self.dropped))
        return lines

    def apply(self, using):
        with connections[using].cursor() as cursor:
            for sql in self.statements:
                cursor.execute(sql)


def collect_sql(connection, rebuilt, created, dropped=()):
    """The statements that drop the tables `dropped` and `rebuilt`, and
    create `rebuilt + created`.

    The schema editor is used without its context manager, which on
    SQLite toggles foreign key enforcement and checks every foreign key
    of the database; only SQL is collected here.  Its deferred statements
    (foreign keys, indexes) come last, as on leaving the context.  Only
    existing tables are dropped: a rebuilt model may have a new
    many-to-many table.
    """
    editor = connection.schema_editor(collect_sql=True, atomic=False)
    editor.deferred_sql = []
    with connection.cursor() as cursor:
        existing = set(connection.introspection.table_names(cursor))
    old_tables = [table for model in reversed(rebuilt)
                  for table in owned_tables(model) if table in existing]
    for table in list(dropped) + old_tables:
        editor.execute(editor.sql_delete_table % {
            "table": editor.quote_name(table)}, None)
    for model in rebuilt + created:
        editor.create_model(model)
    for sql in editor.deferred_sql:
        editor.execute(sql, None)
    return editor.collected_sql


def owned_tables(model):
    """The auto-created many-to-many tables of `model`, then its table."""
    for field in model._meta.local_many_to_many:
        through = field.remote_field.through
        if through._meta.auto_created:
            yield through._meta.db_table
    yield model._meta.db_table


def inspect_tables(using, models):
    """``(candidates, changed, missing)``: the models of apps without
    migrations, those whose table has other columns than the model, and
    those without a table."""
    connection = connections[using]
    unmigrated = unmigrated_app_labels()
    candidates = [model for model in models
                  if model._meta.app_label in unmigrated]
    changed, missing = set(), set()
    if not candidates:
        return candidates, changed, missing
    with connection.cursor() as cursor:
        tables = set(connection.introspection.table_names(cursor))
        for model in candidates:
            if model._meta.db_table not in tables:
                missing.add(model)
            elif has_changed(connection, cursor, model):
                changed.add(model)
    return candidates, changed, missing


def refuse(connection, changed):
    raise SchemaMismatch(
        "The tables of %s have other columns than their models (the code "
        "changed since the database was created, and these apps have no "
        "Django migrations). %s cannot undo a schema change if the "
        "restore fails, so lino_dumpy does not rebuild them. The dump "
        "holds all the data: create an empty database of the new code "
        "first (Lino: `python manage.py initdb --noinput`), then restore "
        "again. Nothing was changed." % (
            ", ".join(sorted(model_label(m) for m in changed)),
            connection.display_name),
        [m._meta.db_table for m in changed])


def check_tables(using, models):
    """Refuse tables that must be rebuilt where DDL cannot roll back."""
    connection = connections[using]
    if not connection.features.can_rollback_ddl:
        changed = inspect_tables(using, models)[1]
        if changed:
            refuse(connection, changed)


def check_kept_tables(using, models, kept):
    """Refuse to rebuild a table whose rows the restore must keep."""
    if not kept:
        return
    candidates, changed, missing = inspect_tables(using, models)
    rebuilt = rebuilt_models(candidates, changed, missing)
    lost = sorted(model_label(m) for m in kept
                  if m in rebuilt or owner(m) in rebuilt)
    if lost:
        raise SchemaMismatch(
            "The dump left out %s, so the restore must keep their rows, "
            "but their tables would have to be rebuilt (their models, or "
            "models they point to, changed since the database was created, "
            "and their apps have no Django migrations), which would lose "
            "the rows. Write a dump that holds them (without --exclude) "
            "and restore that one. Nothing was changed." % ", ".join(lost),
            [m._meta.db_table for m in kept if model_label(m) in lost])


def rebuilt_models(candidates, changed, missing):
    """The owners of the changed tables and of the existing tables that
    point to them (a new table has nothing to drop: it is created)."""
    present = [model for model in candidates if model not in missing]
    return {owner(m) for m in with_referrers(changed, present)}


def plan_tables(using, models, vanished=()):
    """A TablePlan for the tables of `models` that need one and the
    `vanished` tables to drop, or None.

    Raises SchemaMismatch for changed tables on a database that cannot
    roll back a schema change (there ``migrate --run-syncdb`` creates the
    missing tables beforehand and the vanished ones are dropped after the
    commit, see schemastep.py).
    """
    connection = connections[using]
    candidates, changed, missing = inspect_tables(using, models)
    if changed and not connection.features.can_rollback_ddl:
        refuse(connection, changed)
    if not connection.features.can_rollback_ddl or not (
            changed or missing or vanished):
        return None
    rebuilt = rebuilt_models(candidates, changed, missing)
    created = tables_to_create(missing, rebuilt)
    return TablePlan(using, ordered(models, rebuilt), ordered(models, created),
                     vanished)


def ordered(models, subset):
    """The models of `subset` in the dependency order of `models`."""
    return sort_models([m for m in models if m in subset])[0]


def migrate_options(using, models):
    """The ``migrate`` runs needed before the restore, as option dicts.

    ``migrate`` runs when migrations are unapplied.  The missing tables of
    apps without migrations are created inside the restore's transaction,
    so that a failed restore leaves no trace, except on a database that
    cannot roll back a schema change: there a second run with
    ``--run-syncdb`` creates them, after the migrations (PostgreSQL and
    MariaDB refuse foreign keys to tables that do not exist yet).
    """
    connection = connections[using]
    executor = MigrationExecutor(connection)
    if executor.migration_plan(executor.loader.graph.leaf_nodes()):
        yield {}
    if not connection.features.can_rollback_ddl and \
            inspect_tables(using, models)[2]:
        yield {"run_syncdb": True}
