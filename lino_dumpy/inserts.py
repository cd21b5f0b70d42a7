"""Insert model instances with one prepared statement per table.

The values are written as stored (``raw=True``): no ``pre_save()``, so
``auto_now`` fields keep their dumped values, and no ``save()``.  Each
value goes through its field's ``get_db_prep_save()``, except where that
is known to return the value unchanged (a plain int, str or bool in a
field class that Django itself defines), which saves most of the cost of
a restore's inserts.
"""
from django.db import models
from django.db.models import signals

PREP_METHODS = ("get_prep_value", "get_db_prep_value", "get_db_prep_save")

PASS_THROUGH = [
    (bool, (models.BooleanField,)),
    (int, (models.IntegerField, models.BigIntegerField,
           models.SmallIntegerField, models.PositiveIntegerField,
           models.PositiveBigIntegerField, models.PositiveSmallIntegerField,
           models.AutoField, models.BigAutoField, models.SmallAutoField)),
    (str, (models.CharField, models.TextField)),
]


def pass_through_type(field):
    """The Python type whose values `field` stores unchanged, or None."""
    if field.is_relation:
        if any(getattr(type(field), m) is not getattr(models.ForeignKey, m)
               for m in PREP_METHODS):
            return None
        field = field.target_field
    for python_type, classes in PASS_THROUGH:
        for cls in classes:
            if type(field) is cls or (isinstance(field, cls) and all(
                    getattr(type(field), m) is getattr(cls, m)
                    for m in PREP_METHODS)):
                return python_type
    return None


class UnfitValue(ValueError):
    """A value that its field cannot convert for the database."""

    def __init__(self, attname, value, error):
        super().__init__("%s=%r does not fit its field: %s" % (
            attname, value, error))
        self.attname = attname


class TableInserter:
    """Inserts instances of one model."""

    def __init__(self, model, connection):
        self.model = model
        self.connection = connection
        fields = model._meta.local_concrete_fields
        quote = connection.ops.quote_name
        self.sql = "INSERT INTO %s (%s) VALUES (%s)" % (
            quote(model._meta.db_table),
            ", ".join(quote(f.column) for f in fields),
            ", ".join(["%s"] * len(fields)))
        self.columns = [(f.attname, pass_through_type(f), f.get_db_prep_save)
                        for f in fields]
        self.signals = (signals.pre_save.has_listeners(model)
                        or signals.post_save.has_listeners(model))

    def params(self, obj):
        connection = self.connection
        values = obj.__dict__
        row = []
        for attname, plain, prepare in self.columns:
            value = values[attname] if attname in values else getattr(
                obj, attname)
            if plain is not None and (value is None or type(value) is plain):
                row.append(value)
                continue
            try:
                row.append(prepare(value, connection))
            except Exception as error:
                # Any conversion error (TypeError, ValidationError, Lino's
                # UnresolvedChoice...) means the value does not fit.
                raise UnfitValue(attname, value, error) from error
        return row

    def insert(self, objs):
        using = self.connection.alias
        if self.signals:
            for obj in objs:
                signals.pre_save.send(sender=self.model, instance=obj,
                                      raw=True, using=using,
                                      update_fields=None)
        rows = [self.params(obj) for obj in objs]
        with self.connection.cursor() as cursor:
            cursor.executemany(self.sql, rows)
        if self.signals:
            for obj in objs:
                signals.post_save.send(sender=self.model, instance=obj,
                                       created=True, raw=True, using=using,
                                       update_fields=None)
