"""Which columns of a plain table the reader's workers may render
(rendering.py), from the insert's own plan for each column.

A column is rendered only where the insert would send its values
unchanged (an int, str, bool or float: TableInserter's plan has no
conversion for them), through one of Django's own adapters whose text
the rendering writes (datetimes and dates), or through a conversion
that a probe value shows to keep a Decimal as it is or to send a UUID
itself or its hex.  Anything else (a field class with its own prep
methods, a backend's custom adapter, a time zone conversion) leaves the
table's rows to the restoring process.
"""
import datetime
import decimal
import uuid

from .. import conf
from .inserts import stores_utc_text
from .rendering import Rendering

#: The kinds of rendering.PATTERNS whose values the insert sends as they
#: are.
UNCONVERTED = {int: "int", str: "str", bool: "bool", float: "float"}

#: Django's adapters whose text the dialects write: ``(vendor, method)``
#: -> the module that defines Django's own.
OWN_ADAPTERS = {
    ("mysql", "adapt_datetimefield_value"):
        "django.db.backends.mysql.operations",
    ("mysql", "adapt_datefield_value"): "django.db.backends.base.operations",
    ("postgresql", "adapt_datetimefield_value"):
        "django.db.backends.postgresql.operations",
    ("postgresql", "adapt_datefield_value"):
        "django.db.backends.postgresql.operations",
}


def table_rendering(inserter, direct, dialect):
    """The Rendering of the rows of the DirectTable `direct`, inserted by
    `inserter`, in `dialect` (``[name, options]``); None where a column
    cannot be rendered."""
    connection = inserter.connection
    count = len(inserter.columns)
    args = direct.order or list(range(count))
    limits = dict(inserter.limits)
    columns = []
    for index, column in enumerate(inserter.columns):
        kind = column_kind(column, connection)
        if kind is None:
            return None
        columns.append([args[index], kind, limits.get(index),
                        index not in inserter.not_null])
    return Rendering(columns, dialect)


def column_kind(column, connection):
    """The kind of rendering.PATTERNS of a TableInserter column, or None."""
    _, python_type, convert = column
    if python_type is uuid.UUID:
        return uuid_kind(convert, connection)
    if convert is None:
        return UNCONVERTED.get(python_type)
    if python_type is datetime.datetime and renders_datetimes(connection):
        return "datetime"
    if python_type is datetime.date and own_adapter(
            connection, "adapt_datefield_value"):
        return "date"
    if python_type is decimal.Decimal and unchanged(convert, DECIMAL_PROBE):
        return "decimal"
    return None


def uuid_kind(convert, connection):
    """The kind of a UUID column: ``uuid`` where the database receives the
    UUID's text (a native type), ``uuid_hex`` where it receives its hex
    (Django's char(32) column), as the insert sends it."""
    probe = uuid.UUID(int=0x1234)
    value = probe if convert is None else convert(probe)
    if value == probe.hex:
        return "uuid_hex"
    if value is not probe:
        return None
    if connection.vendor == "mysql":
        # mysqlclient writes a UUID as the literal of its text
        literal = connection.connection.literal(probe)
        return "uuid" if literal == b"'%s'" % str(probe).encode() else None
    return "uuid"


#: A finite Decimal (the insert refuses the others itself).
DECIMAL_PROBE = decimal.Decimal("12.345")


def unchanged(convert, probe):
    """Whether the column's conversion sends `probe` as it is (Django's
    adapters of Decimals since 4.2, on every backend)."""
    try:
        return convert(probe) is probe
    except Exception:
        return False


def renders_datetimes(connection):
    """Whether the dialect's text of a datetime (dt() of the site's
    USE_TZ) is what the insert sends: on MariaDB, the UTC text where
    the connection's time zone is UTC (inserts.stores_utc_text)."""
    if not own_adapter(connection, "adapt_datetimefield_value"):
        return False
    if connection.vendor == "mysql" and conf.use_tz():
        return stores_utc_text(connection)
    return True


def own_adapter(connection, method):
    """Whether the connection adapts with Django's own `method`."""
    module = OWN_ADAPTERS.get((connection.vendor, method))
    function = getattr(type(connection.ops), method, None)
    return module is not None and function is not None and \
        function.__module__ == module and function.__name__ == method
