"""Which models a dump holds, and in which order.

A dump holds the models that Django's own ``migrate`` and ``flush``
consider for the database alias: managed, allowed there by the database
routers and with the ``required_db_vendor``/``required_db_features`` of
their Meta met.  Every other model is *left out*, with the reason, so
that dump2py and the restore can say so and the restore keeps the rows
of a left-out table as they are.

Rows are loaded with constraint checks deferred, so the order is not needed
for correctness; it keeps the dump readable (targets before the rows that
point to them) and it is what Lino's loader, which saves row by row, needs.
"""
from django.apps import apps
from django.db import DEFAULT_DB_ALIAS, connections, router

#: Models never written to a dump, and why.  ContentType rows are recreated
#: by the schema and references to them are written as model names;
#: sessions are volatile; Lino's checkdata messages are recomputed by
#: ``checkdata``.
SKIPPED_MODELS = {
    "contenttypes.contenttype": "content types are rebuilt by migrate",
    "sessions.session": "sessions are not dumped",
    "checkdata.message": "checkdata messages are recomputed by checkdata",
}

#: Skipped models whose rows are derived from the others: a restore empties
#: them, as Lino's restore (which drops the database) does, so that no stale
#: row points to data that the restore replaced.
REGENERATED_MODELS = frozenset({"checkdata.message"})

#: The reason recorded for a model left out with ``dump2py --exclude``.
EXCLUDE_REASON = "--exclude"


def regenerated_models():
    """The installed models of REGENERATED_MODELS."""
    return [model for model in apps.get_models()
            if model._meta.label_lower in REGENERATED_MODELS]


def model_label(model):
    """The ``app_label.ModelName`` form used in dumps and messages."""
    return "%s.%s" % (model._meta.app_label, model._meta.object_name)


def is_excluded(model, excludes):
    """True when `model` matches one of the ``app`` or ``app.Model`` labels."""
    meta = model._meta
    for label in excludes:
        label = label.lower()
        if label == meta.app_label or label == meta.label_lower:
            return True
    return False


def table_names(using):
    """The tables and views of database `using`."""
    connection = connections[using]
    with connection.cursor() as cursor:
        return set(connection.introspection.table_names(
            cursor, include_views=True))


def no_table_reason(model, using=DEFAULT_DB_ALIAS):
    """Why Django's ``migrate`` creates no table for `model` on `using`
    (None when it does).  An unmanaged model is named even when its table
    exists, because ``flush`` leaves it alone as well."""
    meta = model._meta
    connection = connections[using]
    if meta.proxy:
        return "a proxy model has no table of its own"
    if meta.swapped:
        return "swapped for %s" % meta.swapped
    if not router.allow_migrate_model(using, model):
        return "the database routers do not migrate it on %r" % using
    if not meta.managed:
        return "unmanaged (managed = False)"
    if meta.required_db_vendor and \
            meta.required_db_vendor != connection.vendor:
        return "it needs a %s database" % meta.required_db_vendor
    missing = [name for name in meta.required_db_features
               if not getattr(connection.features, name, False)]
    if missing:
        return "%s lacks the required_db_features %s" % (
            connection.display_name, ", ".join(missing))
    return None


def has_table(model, using=DEFAULT_DB_ALIAS, tables=None):
    """Whether `model` has a table on `using`: one that ``migrate`` creates
    (which exists once the database is migrated), or, for an unmanaged
    model, one that actually exists (`tables`: the known table names)."""
    meta = model._meta
    if meta.proxy or meta.swapped or \
            not router.allow_migrate_model(using, model):
        return False
    if not meta.managed:
        if tables is None:
            tables = table_names(using)
        return connections[using].introspection.identifier_converter(
            meta.db_table) in tables
    return meta.can_migrate(connections[using])


def skip_reason(model, excludes, using):
    """Why a dump of `using` leaves `model` out (None: it is dumped)."""
    label = model._meta.label_lower
    if label in SKIPPED_MODELS:
        return SKIPPED_MODELS[label]
    if is_excluded(model, excludes):
        return EXCLUDE_REASON
    return no_table_reason(model, using)


def stored_models(excludes=(), using=DEFAULT_DB_ALIAS):
    """Models whose rows a dump of `using` holds, in registry order.

    Auto-created M2M through models are included because their rows carry
    the links; proxies, unmanaged models and models without a table on
    `using` are not.
    """
    return [model for model in apps.get_models(include_auto_created=True)
            if skip_reason(model, excludes, using) is None]


def left_out_models(excludes=(), using=DEFAULT_DB_ALIAS):
    """``{label: reason}`` of the models with rows of their own that a dump
    of `using` leaves out (proxies and swapped models are not named)."""
    result = {}
    for model in apps.get_models(include_auto_created=True):
        if model._meta.proxy or model._meta.swapped:
            continue
        reason = skip_reason(model, excludes, using)
        if reason is not None:
            result[model_label(model)] = reason
    return dict(sorted(result.items()))


def missing_tables(models, using=DEFAULT_DB_ALIAS):
    """The models of `models` whose table does not exist on `using`."""
    tables = table_names(using)
    converter = connections[using].introspection.identifier_converter
    return [model for model in models
            if converter(model._meta.db_table) not in tables]


def dependencies(model, candidates):
    """Models among `candidates` that rows of `model` point to."""
    deps = set()
    for field in model._meta.local_concrete_fields:
        target = field.related_model if field.is_relation else None
        if target is not None and target is not model and target in candidates:
            deps.add(target)
    return deps


def sort_models(models):
    """Return ``(ordered, cyclic)``: a stable dependency order.

    Models are taken in their given order as soon as all their targets are
    placed.  When a dependency cycle blocks progress, the first blocked
    model is placed anyway and listed in `cyclic`; the deferred constraint
    checks of the restore load such rows in any order.
    """
    remaining = list(models)
    candidates = set(models)
    ordered, cyclic, placed = [], [], set()
    while remaining:
        ready = next((m for m in remaining
                      if dependencies(m, candidates) <= placed), None)
        if ready is None:
            ready = remaining[0]
            cyclic.append(ready)
        ordered.append(ready)
        placed.add(ready)
        remaining.remove(ready)
    return ordered, cyclic
