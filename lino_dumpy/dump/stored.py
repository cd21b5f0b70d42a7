"""Read what the database holds, where Django's converters would change it.

A dump must carry the stored value, not what the application sees, or a
restore silently changes the data:

- SQLite keeps a ``DecimalField`` value as given (an application may have
  stored ``781.4415`` in a column of two decimal places), and Django's
  converter rounds it to the field's ``decimal_places``.  The dump writes
  the stored number; a value that fits the field keeps its usual form
  (``Decimal('781.40')``), so the dumps of such columns do not change.
- A ``JSONField`` with a custom ``decoder`` may turn the stored JSON into
  objects that the dump cannot write or that come back encoded
  differently.  The dump writes the stored JSON as the standard decoder
  reads it, and the restore's ``json.dumps()`` (with the field's encoder,
  which then has nothing to convert) writes the same JSON back.

PostgreSQL and MariaDB hold ``numeric`` values at the declared places
only, so their decimals need nothing.
"""
import decimal
import json

from django.db import models

#: Django's SQLite converter keeps 15 significant digits of the stored
#: double before rounding it to the field's places.
SQLITE_DIGITS = decimal.Context(prec=15)


def stored_converters(field, converters, connection):
    """`converters` of a column with those that would change its stored
    value replaced."""
    return tuple(replacement(field, converter, connection) or converter
                 for converter in converters)


def replacement(field, converter, connection):
    """The converter to use instead of `converter`, or None."""
    if (connection.vendor == "sqlite"
            and field.get_internal_type() == "DecimalField"
            and getattr(converter, "__qualname__", "").startswith(
                "DatabaseOperations.get_decimalfield_converter")):
        return sqlite_decimal_converter(field)
    if (isinstance(field, models.JSONField) and field.decoder is not None
            and getattr(converter, "__func__", None)
            is models.JSONField.from_db_value):
        return standard_json
    return None


def sqlite_decimal_converter(field):
    """A converter that gives the Decimal SQLite holds for a DecimalField.

    SQLite stores such values as integers or doubles.  When the value
    Django would return (15 digits, rounded to the field's places) is the
    stored number, that value is returned; otherwise the shortest Decimal
    that is exactly the stored double, ``Decimal('781.4415')``.
    """
    quantum = decimal.Decimal(1).scaleb(-field.decimal_places)

    def converter(value, expression, connection):
        if value is None or not isinstance(value, (int, float)):
            return value
        try:
            usual = SQLITE_DIGITS.create_decimal_from_float(value).quantize(
                quantum, context=field.context)
        except decimal.InvalidOperation:
            usual = None
        if usual is not None and usual == decimal.Decimal(repr(value)):
            return usual
        return decimal.Decimal(repr(value))
    return converter


def standard_json(value, expression, connection):
    """JSONField.from_db_value() with the standard decoder."""
    if not isinstance(value, str):
        return value
    try:
        return json.loads(value)
    except json.JSONDecodeError:
        return value
