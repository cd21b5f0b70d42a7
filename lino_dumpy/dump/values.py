"""Render database values as Python source that evaluates to an equal value.

A dump must round-trip every value bit for bit, so each Python type that a
database adapter or a field's ``from_db_value`` can return has its own small
renderer here.  The names used in the rendered source (``dt``, ``date``,
``time``, ``timedelta``, ``Decimal``, ``UUID``) are provided to the dump by
:mod:`lino_dumpy.restore.runtime`.

Renderers are looked up once per column, not once per value, because the
writer calls them for millions of values.
"""
import datetime
import decimal
import math
import uuid

from django.utils import timezone

from ..exceptions import DumpError


def render_float(value):
    """``repr()`` is exact for finite floats; the others need a call."""
    if math.isfinite(value):
        return repr(value)
    return "float(%r)" % str(value)


def render_decimal(value):
    """Always ``Decimal('...')`` so that no digit is lost to a float."""
    return "Decimal('%s')" % value


def render_datetime(value):
    """``dt('...')`` of the UTC time of an aware value (USE_TZ), which
    keeps the hour that a daylight saving change repeats unambiguous; a
    naive value (a site without USE_TZ) as it is, its local time.  The
    dump records USE_TZ and TIME_ZONE, which tell the restore which
    (lino_dumpy.restore.datetimes)."""
    if value.tzinfo is datetime.timezone.utc:
        # The time without its "+00:00" (PostgreSQL's values, mostly).
        return "dt('" + value.isoformat(" ")[:-6] + "')"
    if timezone.is_aware(value):
        value = value.astimezone(datetime.timezone.utc).replace(tzinfo=None)
    return render_utc_fields(value)


def render_utc_fields(value):
    """``dt('YYYY-MM-DD HH:MM:SS[.ffffff]')`` of `value`, whose time zone is
    ignored.  One string compiles much faster than seven numbers."""
    return "dt('" + value.isoformat(" ") + "')"


def render_date(value):
    return "date(%d,%d,%d)" % (value.year, value.month, value.day)


def render_time(value):
    text = "time(%d,%d,%d" % (value.hour, value.minute, value.second)
    if value.microsecond:
        text += ",%d" % value.microsecond
    return text + ")"


def render_timedelta(value):
    return "timedelta(%d,%d,%d)" % (
        value.days, value.seconds, value.microseconds)


def render_uuid(value):
    return "UUID('%s')" % value


def render_bytes(value):
    return repr(bytes(value))


def render_json(value):
    """JSON values are dicts, lists and scalars whose repr() is exact.

    Floats inside a JSON document are always finite, so repr() suffices.
    """
    return repr(value)


RENDERERS = {
    type(None): lambda value: "None",
    bool: repr,
    int: repr,
    str: repr,
    float: render_float,
    decimal.Decimal: render_decimal,
    datetime.datetime: render_datetime,
    datetime.date: render_date,
    datetime.time: render_time,
    datetime.timedelta: render_timedelta,
    uuid.UUID: render_uuid,
    bytes: render_bytes,
    bytearray: render_bytes,
    memoryview: render_bytes,
    dict: render_json,
    list: render_json,
}


def render_value(value):
    """Render any supported value; raise DumpError for unknown types."""
    renderer = RENDERERS.get(type(value))
    if renderer is None:
        for cls in type(value).__mro__[1:]:
            renderer = RENDERERS.get(cls)
            if renderer is not None:
                break
        else:
            raise DumpError(
                "Cannot write a value of type %s (%r) into a dump. "
                "Give its field a from_db_value() that returns a standard "
                "type, or exclude the model with --exclude."
                % (type(value).__name__, value))
    return renderer(value)


FIELD_RENDERERS = {
    "BooleanField": repr,
    "NullBooleanField": repr,
    "AutoField": repr,
    "BigAutoField": repr,
    "SmallAutoField": repr,
    "IntegerField": repr,
    "BigIntegerField": repr,
    "SmallIntegerField": repr,
    "PositiveIntegerField": repr,
    "PositiveBigIntegerField": repr,
    "PositiveSmallIntegerField": repr,
    "CharField": repr,
    "TextField": repr,
    "SlugField": repr,
    "EmailField": repr,
    "URLField": repr,
    "FileField": repr,
    "ImageField": repr,
    "FilePathField": repr,
    "GenericIPAddressField": repr,
    "IPAddressField": repr,
    "FloatField": render_float,
    "DecimalField": render_decimal,
    "DateTimeField": render_datetime,
    "DateField": render_date,
    "TimeField": render_time,
    "DurationField": render_timedelta,
    "UUIDField": render_uuid,
    "BinaryField": render_bytes,
}


def column_renderer(field):
    """Return the function that renders non-None values of `field`.

    Fields are matched by ``get_internal_type()``; a relation uses its
    target field; unknown and JSON fields fall back to the type registry.
    """
    target = getattr(field, "target_field", None)
    if field.is_relation and target is not None:
        return column_renderer(target)
    if hasattr(field, "from_db_value"):
        return _prepared_renderer(field)
    return FIELD_RENDERERS.get(field.get_internal_type(), render_value)


def _prepared_renderer(field):
    """Render values of fields that convert database values to objects.

    Such fields (JSONField, Lino's choicelist fields, ...) may return any
    Python object; standard types are rendered as they are, anything else
    as the value the field would store, ``get_prep_value()``.
    """
    def render(value):
        if type(value) in RENDERERS:
            return RENDERERS[type(value)](value)
        return render_value(field.get_prep_value(value))
    return render
