"""Insert model instances with one prepared statement per table.

The values are written as stored (``raw=True``): no ``pre_save()``, so
``auto_now`` fields keep their dumped values, and no ``save()``.

Each value normally goes through its field's ``get_db_prep_save()``,
whose layers (``get_prep_value()``, ``to_python()``, settings lookups)
are most of the cost of a restore's inserts.  For the field classes that
Django itself defines, and values that already have the field's Python
type, the result of those layers is known: an int, str, bool or float is
stored unchanged, a Decimal, date or datetime goes straight to the
backend's own ``adapt_*_value()``.  Any other value, or a field class
that overrides a prep method, takes the full path.
"""
import datetime
import decimal
import operator
import uuid

from django.db import models
from django.db.models import signals

from .. import conf
from ..upgrade.fieldrules import length_limit, refuses_null

PREP_METHODS = ("get_prep_value", "get_db_prep_value", "get_db_prep_save")

INTEGER_FIELDS = (
    models.IntegerField, models.BigIntegerField, models.SmallIntegerField,
    models.PositiveIntegerField, models.PositiveBigIntegerField,
    models.PositiveSmallIntegerField, models.AutoField, models.BigAutoField,
    models.SmallAutoField)


def unchanged_prep(field, cls):
    """Whether `field` is a `cls` that prepares values as `cls` does."""
    return type(field) is cls or (isinstance(field, cls) and all(
        getattr(type(field), m) is getattr(cls, m) for m in PREP_METHODS))


def direct_conversion(field, connection):
    """``(python_type, convert)`` for the values of `field` whose database
    value is known without the field's prep layers, or None.

    Values of exactly `python_type` (and None) are stored as
    ``convert(value)``, or unchanged where `convert` is None.
    """
    if field.is_relation:
        if not unchanged_prep(field, models.ForeignKey):
            return None
        field = field.target_field
    ops = connection.ops
    if unchanged_prep(field, models.BooleanField):
        return bool, None
    if any(unchanged_prep(field, cls) for cls in INTEGER_FIELDS):
        return int, None
    if unchanged_prep(field, models.CharField) or unchanged_prep(
            field, models.TextField):
        return str, None
    if unchanged_prep(field, models.FloatField):
        return float, None
    if unchanged_prep(field, models.DecimalField):
        return decimal.Decimal, decimal_adapter(field, ops)
    if unchanged_prep(field, models.DateTimeField):
        return datetime.datetime, datetime_adapter(field, connection)
    if unchanged_prep(field, models.DateField):
        return datetime.date, ops.adapt_datefield_value
    if unchanged_prep(field, models.UUIDField):
        if connection.features.has_native_uuid_field:
            return uuid.UUID, None
        return uuid.UUID, lambda value: value.hex
    return None


def decimal_adapter(field, ops):
    """DecimalField refuses NaN and infinities, then lets the backend adapt."""
    def convert(value):
        if not value.is_finite():
            raise ValueError("not a finite number")
        return ops.adapt_decimalfield_value(
            value, field.max_digits, field.decimal_places)
    return convert


#: Django's adapters that store a datetime as the text of its naive value
#: in the connection's time zone.
TEXT_DATETIME_ADAPTERS = (
    "django.db.backends.sqlite3.operations",
    "django.db.backends.mysql.operations",
)


def stores_utc_text(connection):
    """Whether the backend stores an aware UTC datetime `value` as
    ``str(value.replace(tzinfo=None))``: Django's SQLite and MySQL
    adapters do, when the connection's time zone is UTC."""
    adapt = getattr(type(connection.ops), "adapt_datetimefield_value")
    return (conf.use_tz()
            and connection.timezone is datetime.timezone.utc
            and adapt.__name__ == "adapt_datetimefield_value"
            and adapt.__module__ in TEXT_DATETIME_ADAPTERS)


def datetime_adapter(field, connection):
    """Aware datetimes (naive ones without USE_TZ) go to the backend as
    they are; the others take the field's path, which warns or refuses.
    The UTC datetimes of a dump skip the adapter where its result is
    known."""
    use_tz = conf.use_tz()
    adapt = connection.ops.adapt_datetimefield_value
    prepare = field.get_db_prep_save

    def convert(value):
        if (value.utcoffset() is not None) is use_tz:
            return adapt(value)
        return prepare(value, connection)

    if not stores_utc_text(connection):
        return convert
    utc = datetime.timezone.utc

    def convert_utc_text(value):
        if value.tzinfo is utc:
            # str() of the naive value, without building it: "+00:00" off
            return value.isoformat(" ")[:-6]
        return convert(value)
    return convert_utc_text


class UnfitValue(ValueError):
    """A value that its field cannot convert for the database."""

    def __init__(self, attname, value, error):
        super().__init__("%s=%r does not fit its field: %s" % (
            attname, value, error))
        self.attname = attname


def null_refusal(field):
    """A conversion that refuses None for `field` (its column is NOT
    NULL), saying what the step can do."""
    def refuse(value):
        if value is None:
            raise ValueError(
                "%s.%s is required (null=False) and the row has None: "
                "give a value with ConvertValue(..., %r, lambda value: "
                "<value> if value is None else value), or drop the row "
                "with ProcessRows" % (field.model._meta.label, field.name,
                                      field.name))
        return value
    return refuse


class TableInserter:
    """Inserts instances of one model.

    The rows of a table share a few *type signatures* (the types of their
    values, None included), and the signature alone decides which values
    need a conversion and which one.  So the conversions are planned once
    per signature, and a row only applies its plan, for the values that
    need one.
    """

    #: Plans kept per table; beyond this, rows are planned one by one.
    MAX_PLANS = 1000

    def __init__(self, model, connection):
        self.model = model
        self.connection = connection
        fields = model._meta.local_concrete_fields
        quote = connection.ops.quote_name
        self.sql = "INSERT INTO %s (%s) VALUES (%s)" % (
            quote(model._meta.db_table),
            ", ".join(quote(f.column) for f in fields),
            ", ".join(["%s"] * len(fields)))
        self.attnames = [f.attname for f in fields]
        self.get_values = operator.itemgetter(*self.attnames)
        if len(self.attnames) == 1:  # itemgetter() then gives no tuple
            self.get_values = lambda values, name=self.attnames[0]: (
                values[name],)
        self.columns = [
            (f.get_db_prep_save,) + (direct_conversion(f, connection)
                                     or (None, None))
            for f in fields]
        #: ``[(column index, max_length)]`` of the texts the databases
        #: limit: checked on every backend (SQLite would store more).
        self.limits = [(index, length_limit(f)) for index, f in
                       enumerate(fields) if length_limit(f)]
        #: The columns that refuse None, as their field says why.
        self.not_null = {index: null_refusal(f) for index, f in
                         enumerate(fields) if refuses_null(f, connection)}
        self.plans = {}
        self.signals = (signals.pre_save.has_listeners(model)
                        or signals.post_save.has_listeners(model))

    def params(self, obj):
        """The database values of `obj`, in column order."""
        try:
            values = self.get_values(obj.__dict__)
        except KeyError:  # a value that only getattr() gives
            values = [getattr(obj, attname) for attname in self.attnames]
        return self.converted(values)

    def converted(self, values):
        """The database values of `values`, the field values of a row in
        column order."""
        signature = tuple(map(type, values))
        plan = self.plans.get(signature)
        if plan is None:
            plan = self.plan(signature)
        row = list(values)
        for index, convert in plan:
            try:
                row[index] = convert(row[index])
            except Exception as error:
                # Any conversion error (TypeError, ValidationError, Lino's
                # UnresolvedChoice...) means the value does not fit.
                raise UnfitValue(
                    self.attnames[index], row[index], error) from error
        for index, limit in self.limits:
            value = row[index]
            if type(value) is str and len(value) > limit:
                raise UnfitValue(self.attnames[index], value, (
                    "%d characters, more than its max_length %d"
                    % (len(value), limit)))
        return row

    def plan(self, signature):
        """``[(column index, conversion)]`` for values of these types."""
        plan = []
        for index, (value_type, column) in enumerate(
                zip(signature, self.columns)):
            prepare, python_type, convert = column
            if value_type is python_type:
                if convert is not None:
                    plan.append((index, convert))
            elif value_type is not type(None) or python_type is None:
                # None needs no conversion where python_type is known.
                plan.append((index, self.full_path(prepare)))
            if value_type is type(None) and index in self.not_null:
                # Checked once per signature, after any conversion.
                plan.append((index, self.not_null[index]))
        if len(self.plans) < self.MAX_PLANS:
            self.plans[signature] = plan
        return plan

    def full_path(self, prepare):
        """The field's own ``get_db_prep_save()``, as a conversion."""
        connection = self.connection
        return lambda value: prepare(value, connection)

    def write(self, rows):
        """Insert `rows` (database values in column order)."""
        with self.connection.cursor() as cursor:
            cursor.executemany(self.sql, rows)

    def refused_field(self, error):
        """The name of the field that a database `error` of a one-row
        insert names, if the backend says (see pgload.py)."""
        return None

    def insert_values(self, rows):
        """Insert rows given as field values in column order (see
        directrows.py: only for models without save signals)."""
        self.write([self.converted(values) for values in rows])

    def insert(self, objs):
        using = self.connection.alias
        if self.signals:
            for obj in objs:
                signals.pre_save.send(sender=self.model, instance=obj,
                                      raw=True, using=using,
                                      update_fields=None)
        self.write([self.params(obj) for obj in objs])
        if self.signals:
            for obj in objs:
                signals.post_save.send(sender=self.model, instance=obj,
                                       created=True, raw=True, using=using,
                                       update_fields=None)
