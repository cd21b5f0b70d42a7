"""Database chores of a restore: emptying tables, checking foreign keys,
resetting sequences.  All of them run inside the restore's transaction.
"""
from django.core.management.color import no_style
from django.db import connections

from .exceptions import RestoreFailed
from .ordering import model_label

MAX_REPORTED = 10

#: Rows that Django creates by itself after ``migrate``; they do not make
#: a database count as "holding data".
AUTO_CREATED = frozenset({"auth.permission", "sites.site"})


def existing_tables(using):
    with connections[using].cursor() as cursor:
        return set(connections[using].introspection.table_names(cursor))


def data_counts(using, models):
    """``{label: rows}`` of the models holding user data in `using`."""
    tables = existing_tables(using)
    counts = {}
    for model in models:
        meta = model._meta
        if meta.db_table not in tables or meta.label_lower in AUTO_CREATED:
            continue
        count = model._base_manager.using(using).count()
        if count:
            counts[model_label(model)] = count
    return counts


def empty_tables(using, models):
    """Delete all rows of `models` (constraint checks must be deferred).

    PostgreSQL gets Django's one-statement TRUNCATE of all tables.  The
    other backends get plain DELETEs, because Django's MySQL flush turns
    foreign key checks back on, and TRUNCATE would commit on MySQL.
    """
    connection = connections[using]
    tables = [m._meta.db_table for m in models]
    if connection.vendor == "postgresql":
        statements = connection.ops.sql_flush(
            no_style(), tables, reset_sequences=False, allow_cascade=False)
    else:
        quote = connection.ops.quote_name
        statements = ["DELETE FROM %s" % quote(table) for table in tables]
    with connection.cursor() as cursor:
        for sql in statements:
            cursor.execute(sql)


def foreign_key_violations(using, model, field):
    """Rows of `model` whose `field` points to a row that does not exist."""
    connection = connections[using]
    quote = connection.ops.quote_name
    target = field.target_field
    sql = (
        "SELECT c.{pk}, c.{column} FROM {table} c LEFT JOIN {target_table} t "
        "ON c.{column} = t.{target_column} WHERE c.{column} IS NOT NULL "
        "AND t.{target_column} IS NULL ORDER BY c.{pk}").format(
        pk=quote(model._meta.pk.column), column=quote(field.column),
        table=quote(model._meta.db_table),
        target_table=quote(target.model._meta.db_table),
        target_column=quote(target.column))
    with connection.cursor() as cursor:
        cursor.execute(sql)
        return cursor.fetchmany(MAX_REPORTED + 1)


def check_foreign_keys(using, models):
    """Raise RestoreFailed listing rows that point to missing rows."""
    problems = []
    for model in models:
        for field in model._meta.local_concrete_fields:
            if not field.is_relation or not getattr(field, "db_constraint",
                                                    False):
                continue
            for pk, value in foreign_key_violations(using, model, field):
                problems.append("%s pk=%r: %s=%r points to a missing %s" % (
                    model_label(model), pk, field.name, value,
                    model_label(field.related_model)))
    if problems:
        shown = problems[:MAX_REPORTED]
        more = len(problems) - len(shown)
        raise RestoreFailed(
            "Foreign keys point to rows that are not in the dump:\n- %s%s\n"
            "Fix the dump or add a migration step that drops or repairs "
            "these rows. Nothing was changed." % (
                "\n- ".join(shown), "\n(and %d more)" % more if more else ""))


def reset_sequences(using, models):
    """Make the next auto-generated id follow the restored rows (any keys,
    0 and negative ones included: see sequences.py)."""
    from .sequences import reset_sequences as reset
    reset(using, models)


def recreate_auto_rows(using):
    """Create permissions and the default site that the dump lacks.

    The dump's own Permission and Site rows were loaded with their ids;
    models added since the dump was written still need their permissions,
    as ``migrate`` would have created them.
    """
    from django.apps import apps
    if apps.is_installed("django.contrib.auth"):
        from django.contrib.auth.management import create_permissions
        for config in apps.get_app_configs():
            create_permissions(config, verbosity=0, using=using)
    if apps.is_installed("django.contrib.sites"):
        from django.contrib.sites.management import create_default_site
        create_default_site(apps.get_app_config("sites"), verbosity=0,
                            using=using)
