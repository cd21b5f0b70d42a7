"""What the current models expect of a row: Django's rules, applied to
the columns and values of a dump.

:func:`needs_value` is the rule of Django's autodetector for an added
field (``questioner.ask_not_null_addition``): such a field needs a value
unless it is nullable, has a default, is many-to-many, is blank and
accepts empty strings, or is an auto_now(_add) time field.
"""
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from uuid import UUID

from django.db import models
from django.db.models import NOT_PROVIDED

from .. import conf

INTEGER_TYPES = (
    "IntegerField", "BigIntegerField", "SmallIntegerField",
    "PositiveIntegerField", "PositiveSmallIntegerField",
    "PositiveBigIntegerField", "AutoField", "BigAutoField", "SmallAutoField")
TEXT_TYPES = (
    "CharField", "TextField", "EmailField", "SlugField", "URLField",
    "FilePathField", "FileField", "ImageField", "GenericIPAddressField",
    "IPAddressField")

#: ``{internal type: Python types its values may have}``.
ACCEPTED = dict(
    [(name, (int,)) for name in INTEGER_TYPES]
    + [(name, (str,)) for name in TEXT_TYPES]
    + [("BooleanField", (bool, int)), ("NullBooleanField", (bool, int)),
       ("DecimalField", (Decimal, int)), ("FloatField", (float, int, Decimal)),
       ("DateTimeField", (datetime,)), ("TimeField", (time,)),
       ("DurationField", (timedelta,)), ("UUIDField", (UUID, str)),
       ("BinaryField", (bytes, memoryview))])


def row_fields(model):
    """The fields whose values a row of `model` carries: its own concrete
    columns (a multi-table child's parent columns are in the parent's
    rows), without generated ones."""
    return [f for f in model._meta.local_concrete_fields
            if not f.generated]


def has_default(field):
    return field.has_default() or getattr(
        field, "db_default", NOT_PROVIDED) is not NOT_PROVIDED


def needs_value(field):
    """True if rows that lack `field` cannot be loaded without a value."""
    if field.primary_key:
        return True
    time_field = isinstance(field, (models.DateField, models.TimeField))
    return not (
        field.null or has_default(field) or field.many_to_many
        or (field.blank and field.empty_strings_allowed)
        or (time_field and (field.auto_now or field.auto_now_add)))


def refuses_null(field, connection):
    """True if the database refuses None as the value of `field`: a NOT
    NULL column whose field stores None as NULL (a primary key of None
    is numbered by some databases)."""
    if field.null or field.primary_key:
        return False
    try:
        return field.get_db_prep_save(None, connection) is None
    except Exception:
        return True


def accepted_types(field):
    """The Python types of the values `field` takes, or None if any."""
    if field.is_relation and field.target_field is not None:
        field = field.target_field
    internal = field.get_internal_type()
    if internal == "DateField" and not isinstance(field,
                                                  models.DateTimeField):
        return (date,)
    return ACCEPTED.get(internal)


def fits_type(field, value):
    """False if `value` (not None) can never be a value of `field`."""
    types = accepted_types(field)
    if types is None:
        return True
    if isinstance(value, bool) and bool not in types:
        return False
    if isinstance(value, datetime) and datetime not in types:
        return False
    return isinstance(value, types)


def language_columns(name):
    """The columns of Lino's multilingual field `name`: ``name`` and one
    per other language of the site (``name_de``...)."""
    site = conf.lino_site()
    languages = getattr(site, "languages", None) or ()
    return [name + (language.suffix or "") for language in languages] or [
        name]


#: The fields whose ``max_length`` the databases enforce.
LIMITED_TYPES = ("CharField", "SlugField", "EmailField", "URLField")


def length_limit(field):
    """The ``max_length`` that the text values of `field` must keep, or
    None (a TextField's is only a form hint)."""
    if field.max_length and field.get_internal_type() in LIMITED_TYPES:
        return field.max_length
    return None
