"""Database chores of a restore: emptying tables, checking foreign keys,
resetting sequences.  All of them run inside the restore's transaction.
"""
from django.apps import apps
from django.core.management.color import no_style
from django.db import connections

from ..exceptions import RestoreFailed
from ..ordering import model_label
from .sequences import reset_sequences as reset_table_sequences

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


def empty_tables(using, models, kept=()):
    """Delete all rows of `models` (constraint checks must be deferred);
    the rows of the `kept` models stay.

    PostgreSQL gets Django's one-statement TRUNCATE, except for the tables
    that kept rows point to (directly or through other emptied tables):
    TRUNCATE refuses, or with CASCADE empties the kept tables too, so these
    get a DELETE whose foreign key checks wait for the end of the
    transaction.  The other backends get plain DELETEs, because Django's
    MySQL flush turns foreign key checks back on, and TRUNCATE would commit
    on MySQL.
    """
    connection = connections[using]
    quote = connection.ops.quote_name
    deleted = models
    statements = []
    if connection.vendor == "postgresql":
        deleted = pointed_to(kept, models)
        truncated = [m._meta.db_table for m in models if m not in deleted]
        if truncated:
            statements = connection.ops.sql_flush(
                no_style(), truncated, reset_sequences=False,
                allow_cascade=False)
    statements = ["DELETE FROM %s" % quote(m._meta.db_table)
                  for m in models if m in deleted] + list(statements)
    with connection.cursor() as cursor:
        for sql in statements:
            cursor.execute(sql)


def pointed_to(kept, models):
    """The models of `models` that rows of `kept` point to, directly or
    through other models of `models`."""
    found, todo = set(), list(kept)
    while todo:
        for field in todo.pop()._meta.local_concrete_fields:
            target = field.related_model if field.is_relation else None
            if target in models and target not in found:
                found.add(target)
                todo.append(target)
    return found


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


def check_foreign_keys(using, models, kept=()):
    """Raise RestoreFailed listing rows that point to missing rows: rows of
    `models` (the restored data) and rows of `kept` (tables the dump left
    out, which point to restored rows or are pointed to by them)."""
    tables = existing_tables(using)
    restored = violations(using, models, tables, "{model} pk={pk!r}: "
                          "{field}={value!r} points to a missing {target}")
    left_out = violations(using, kept, tables, "{model} pk={pk!r} (kept: "
                          "the dump left its table out): {field}={value!r} "
                          "points to {target} pk={value!r}, which the "
                          "restored data does not hold")
    if not restored and not left_out:
        return
    paragraphs = []
    if restored:
        paragraphs.append(
            "Foreign keys point to rows that are not in the dump:\n%s\n"
            "Fix the dump or add a migration step that drops or repairs "
            "these rows." % listed(restored))
    if left_out:
        paragraphs.append(
            "Rows of tables that the dump left out point to rows that the "
            "restored data does not hold:\n%s\nRestore a dump that holds "
            "these rows (one written without --exclude), or delete or "
            "repair the kept rows first." % listed(left_out))
    raise RestoreFailed("\n".join(paragraphs) + " Nothing was changed.")


def violations(using, models, tables, line):
    """One `line` per row of `models` that points to a missing row."""
    problems = []
    for model in models:
        if model._meta.db_table not in tables:
            continue
        for field in model._meta.local_concrete_fields:
            if not field.is_relation or not getattr(field, "db_constraint",
                                                    False):
                continue
            if field.related_model._meta.db_table not in tables:
                continue
            for pk, value in foreign_key_violations(using, model, field):
                problems.append(line.format(
                    model=model_label(model), pk=pk, field=field.name,
                    value=value, target=model_label(field.related_model)))
    return problems


def listed(problems):
    shown = problems[:MAX_REPORTED]
    more = len(problems) - len(shown)
    return "- " + "\n- ".join(shown) + (
        "\n(and %d more)" % more if more else "")


def reset_sequences(using, models):
    """Make the next auto-generated id follow the restored rows (any keys,
    0 and negative ones included: see sequences.py)."""
    reset_table_sequences(using, models)


def recreate_auto_rows(using):
    """Create permissions and the default site that the dump lacks.

    The dump's own Permission and Site rows were loaded with their ids;
    models added since the dump was written still need their permissions,
    as ``migrate`` would have created them.
    """
    if apps.is_installed("django.contrib.auth"):
        # Only for installed apps: their modules import their models.
        from django.contrib.auth.management import create_permissions
        for config in apps.get_app_configs():
            create_permissions(config, verbosity=0, using=using)
    if apps.is_installed("django.contrib.sites"):
        from django.contrib.sites.management import create_default_site
        create_default_site(apps.get_app_config("sites"), verbosity=0,
                            using=using)
