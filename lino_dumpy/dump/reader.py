"""Read the rows of a model page by page, as the database driver returns them.

``values_list()`` would turn every value into a Python object through the
converters of the backend and the field (``from_db_value()``), in a generic
loop, before the writer renders it as source: for a dump of millions of
values that costs more than the query.  The reader runs the same query,
and the writer composes, per column, the converters Django would apply
with the renderer of the value (:func:`column_text`), in one function.

Where the result is known without the converter, the converter is
skipped: a boolean, date or time that the driver returns already has its
type, and a datetime that SQLite or MariaDB returns without a time zone
is in the connection's time zone, which is UTC unless the site's
``DATABASES`` say otherwise; the dump writes UTC fields anyway.

Rows come in primary key order.  Text keys are ordered by their bytes
(UTF-8, which is code point order) whatever the collation of the column,
so that the same rows give the same dump on every backend
(:func:`key_ordered`, :func:`after_key`).
"""
import datetime
import uuid

from django.db import connections
from django.db.models import (BinaryField, CharField, ExpressionWrapper, F,
                              Func)
from django.db.models.functions import Collate

from .drivers import DriverReading
from .stored import stored_converters
from .values import render_datetime, render_utc_fields

#: Rows per query: keyset pagination keeps memory flat on every backend.
PAGE_SIZE = 2000


def column_expression(field):
    """What the writer selects for `field`: its column, as stored.

    Lino's choicelist fields are read without their from_db_value(),
    which turns an empty value into None and raises for a value that is
    no longer in the list, so that such a site could not even be dumped.
    """
    if hasattr(field, "choicelist"):
        return ExpressionWrapper(F(field.attname), output_field=CharField())
    return field.attname


#: Column types (before any "(") whose order depends on a collation.
TEXT_TYPES = frozenset({
    "char", "varchar", "text", "tinytext", "mediumtext", "longtext",
    "character", "character varying", "citext", "nchar", "nvarchar",
    "varchar2", "nvarchar2", "nclob", "clob"})

#: The name of the bytewise key in the queries of the reader.
KEY_ALIAS = "dumpy_key"


class BinaryCast(Func):
    """MariaDB/MySQL: the bytes of a value (a native uuid gives its 16
    bytes in canonical order, not MariaDB's own uuid order)."""
    template = "CAST(%(expressions)s AS BINARY)"
    output_field = BinaryField()


def bytewise_key(model, connection):
    """An expression that orders the primary key of `model` by its bytes,
    or None when the database orders it that way already (numbers, and
    PostgreSQL's uuid)."""
    db_type = (model._meta.pk.db_type(connection) or "").lower()
    base = db_type.split("(")[0].strip()
    if connection.vendor == "mysql":
        if base in TEXT_TYPES or base == "uuid":
            return BinaryCast(F("pk"))
        return None
    if base not in TEXT_TYPES:
        return None
    if connection.vendor == "postgresql":
        return Collate(F("pk"), "C")
    if connection.vendor == "sqlite":
        return Collate(F("pk"), "BINARY")
    return None


def key_ordered(queryset):
    """`queryset` in primary key order, text keys bytewise."""
    connection = connections[queryset.db]
    key = bytewise_key(queryset.model, connection)
    if key is None:
        return queryset.order_by("pk")
    return queryset.alias(**{KEY_ALIAS: key}).order_by(KEY_ALIAS)


def after_key(queryset, value):
    """The rows of a :func:`key_ordered` `queryset` after primary key
    `value` (a Python value), compared as the order compares them."""
    connection = connections[queryset.db]
    key = bytewise_key(queryset.model, connection)
    if key is None:
        return queryset.filter(pk__gt=value)
    if isinstance(key, BinaryCast):
        value = key_bytes(queryset.model._meta.pk, value, connection)
    return queryset.filter(**{KEY_ALIAS + "__gt": value})


def key_bytes(field, value, connection):
    """The bytes that CAST(pk AS BINARY) gives for key `value`."""
    if isinstance(value, uuid.UUID):
        if field.db_type(connection).lower() == "uuid":
            return value.bytes
        return value.hex.encode("ascii")
    return str(field.get_db_prep_value(value, connection)).encode("utf-8")


class TableReader:
    """The rows of `fields` of `model` in primary key order."""

    def __init__(self, model, fields, using):
        self.connection = connections[using]
        self.queryset = key_ordered(model._base_manager.using(
            using)).values_list(*[column_expression(f) for f in fields])
        self.pk_index = fields.index(model._meta.pk)
        compiler = self.queryset.query.get_compiler(using)
        compiler.setup_query()
        found = compiler.get_converters(
            [select[0] for select in compiler.select[:compiler.col_count]])
        #: Per column: ``(converters, expression)`` as Django applies them,
        #: except those that would change the stored value (stored.py).
        self.converters = []
        for index, field in enumerate(fields):
            converters, expression = found.get(index, ((), None))
            self.converters.append((stored_converters(
                field, converters, self.connection), expression))
        self.driver = DriverReading(self.connection)

    def pages(self, after=None):
        """Yield lists of rows (tuples of driver values), starting after
        the row whose primary key is `after` (a Python value)."""
        last = after
        while True:
            queryset = self.queryset
            if last is not None:
                queryset = after_key(queryset, last)
            sql, params = queryset[:PAGE_SIZE].query.sql_with_params()
            with self.driver.cursor() as cursor:
                cursor.execute(sql, params)
                page = cursor.fetchall()
            if not page:
                return
            yield page
            last = self.convert(self.pk_index, page[-1][self.pk_index])

    def convert(self, index, value):
        """The value Django would give for the driver value of a column."""
        converters, expression = self.converters[index]
        for converter in converters:
            value = converter(value, expression, self.connection)
        return value

    def column_text(self, index, render):
        """A function from driver values of column `index` to source text,
        where `render` renders the column's (non-None) Python values."""
        converters, expression = self.converters[index]
        connection = self.connection
        if not converters:
            if render is repr:
                return repr  # repr(None) is "None" too
            return lambda value: "None" if value is None else render(value)
        text = converting_text(render, converters, expression, connection)
        if render is render_datetime and utc_datetimes(
                converters, connection):
            return naive_utc_shortcut(text)
        kept = unchanged_type(converters, connection)
        if kept is not None:
            return typed_shortcut(kept, render, text)
        return text


def converting_text(render, converters, expression, connection):
    """Driver value -> Django's converters -> `render` (or "None")."""
    if len(converters) == 1:
        converter, = converters

        def text(value):
            value = converter(value, expression, connection)
            return "None" if value is None else render(value)
        return text

    def text(value):
        for converter in converters:
            value = converter(value, expression, connection)
        return "None" if value is None else render(value)
    return text


#: Backend converters that return driver values of a type unchanged.
UNCHANGED = {
    "convert_booleanfield_value": bool,
    "convert_datefield_value": datetime.date,
    "convert_timefield_value": datetime.time,
}


def unchanged_type(converters, connection):
    """The type of driver values that the converters return unchanged."""
    if len(converters) != 1:
        return None
    function = getattr(converters[0], "__func__", None)
    for name, python_type in UNCHANGED.items():
        if function is getattr(type(connection.ops), name, False):
            return python_type
    return None


def typed_shortcut(python_type, render, text):
    """`text` for values that are not of `python_type`, else `render`."""
    def shortcut(value):
        if type(value) is python_type:
            return render(value)
        return text(value)
    return shortcut


def utc_datetimes(converters, connection):
    """Whether the only converter makes naive datetimes aware in UTC (or,
    without USE_TZ, leaves them naive): they render the same either way."""
    ops_converter = getattr(type(connection.ops),
                            "convert_datetimefield_value", None)
    return (len(converters) == 1
            and getattr(converters[0], "__func__", None) is ops_converter
            and connection.timezone in (None, datetime.timezone.utc))


def naive_utc_shortcut(text):
    """`text` for datetimes, rendering naive ones without converting."""
    def shortcut(value):
        if type(value) is datetime.datetime and value.tzinfo is None:
            return render_utc_fields(value)
        return text(value)
    return shortcut
