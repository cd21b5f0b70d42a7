"""Which key a row refused by the database shares with a row already in.

The database names a violated constraint in its own words, and not the
same on every backend; the restore's message names the model, the
primary key and the fields instead.  Asked after the refused row's
savepoint was rolled back, so only the rows loaded before it count.
"""
from django.db import DatabaseError, transaction

from ..ordering import model_label


def unique_field_sets(model):
    """Sets of local concrete fields that are unique together: the
    primary key first, then unique fields, ``unique_together`` and
    unconditional UniqueConstraints over fields."""
    meta = model._meta
    local = {f.name: f for f in meta.local_concrete_fields}
    sets = [[meta.pk]] if meta.pk in local.values() else []
    sets += [[f] for f in local.values() if f.unique and not f.primary_key]
    for names in meta.unique_together:
        sets.append([local[name] for name in names if name in local])
    for constraint in meta.total_unique_constraints:
        sets.append([local[name] for name in constraint.fields
                     if name in local])
    return [fields for fields in sets if fields]


def conflict(obj, using):
    """``(fields, other pk)`` of a row in `using` whose values of a unique
    field set equal `obj`'s, or None."""
    manager = type(obj)._base_manager.using(using)
    for fields in unique_field_sets(type(obj)):
        values = {f.attname: getattr(obj, f.attname) for f in fields}
        if any(value is None for value in values.values()):
            continue
        found = manager.filter(**values).values_list("pk", flat=True)[:1]
        if found:
            return fields, found[0]
    return None


def describe_conflict(obj, using):
    """``(text, field names)`` for a message, or ``("", None)`` where no
    row shares a key with `obj` or the database cannot say."""
    try:
        with transaction.atomic(using=using, savepoint=True):
            found = conflict(obj, using)
    except DatabaseError:
        found = None
    if found is None:
        return "", None
    fields, other = found
    names = ", ".join(f.name for f in fields)
    values = ", ".join("%s=%r" % (f.attname, getattr(obj, f.attname))
                       for f in fields)
    return " (%s: %s is already taken by %s pk=%r)" % (
        names, values, model_label(type(obj)), other), names
