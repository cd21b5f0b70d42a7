"""Which models a dump holds, and in which order.

Rows are loaded with constraint checks deferred, so the order is not needed
for correctness; it keeps the dump readable (targets before the rows that
point to them) and it is what Lino's loader, which saves row by row, needs.
"""
from django.apps import apps

#: Models never written to a dump.  ContentType rows are recreated by the
#: schema and references to them are written as model names; sessions are
#: volatile; Lino's checkdata messages are recomputed by ``checkdata``.
SKIPPED_MODELS = frozenset({
    "contenttypes.contenttype",
    "sessions.session",
    "checkdata.message",
})


#: Skipped models whose rows are derived from the others: a restore empties
#: them, as Lino's restore (which drops the database) does, so that no stale
#: row points to data that the restore replaced.
REGENERATED_MODELS = frozenset({"checkdata.message"})


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


def stored_models(excludes=()):
    """Models that have their own rows in the database, in registry order.

    Auto-created M2M through models are included because their rows carry
    the links; proxies and unmanaged models are not.
    """
    result = []
    for model in apps.get_models(include_auto_created=True):
        meta = model._meta
        if meta.proxy or not meta.managed:
            continue
        if meta.label_lower in SKIPPED_MODELS or is_excluded(model, excludes):
            continue
        result.append(model)
    return result


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
