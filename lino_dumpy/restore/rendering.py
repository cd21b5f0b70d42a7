"""Rows rendered for the database from the dump's text, in the reader's
workers.

On the fast paths of MariaDB (multi-row INSERTs) and PostgreSQL (COPY),
the restoring process is the busiest of the restore's processes: each
value that a worker read is pickled, converted for its field and
formatted as the text the database receives.  For the rows of plain
tables (directrows.py) whose values have the column's own type, that
text follows from the dump's text: an integer, a Decimal or a UUID is
its text, a string without escapes is its text between quotes, ``None``
is NULL, ``dt('...')`` is the datetime's ISO text.  So a worker writes
such rows in the database's format, and the restoring process only
sends them.

A :class:`Rendering` says, per column, which values a worker renders;
the restoring process makes it from the insert's own plan for the
column (renderplan.py), only where the text rendered gives the database
the value that the plan sends.  A row that does not fit it (a value of
another type than the column's, a None in a required column, a text
longer than ``max_length``, a NUL character for PostgreSQL, a Decimal
or a datetime written otherwise than the writer does, an invalid date)
is read as values, as without rendering, and the restoring process
converts it, refuses it and names it as before.  This module imports
neither Django nor the site: the workers import it.
"""
import re
from datetime import date, datetime

from .rowreader import (_FLOAT_NUMBER, _SHORT_INT, _STR_ESCAPE, SITE_DT,
                        scalar)

_INTEGERS = r"%s(?:,%s)*" % (_SHORT_INT, _SHORT_INT)
#: dt()'s text as the writers write it (aware_dt() adds the UTC offset).
_DATETIME = (r"[0-9]{4}-[0-9]{2}-[0-9]{2} [0-9]{2}:[0-9]{2}:[0-9]{2}"
             r"(?:\.(?!000000)[0-9]{6})?")
_HEX = "[0-9a-f]"
#: rowreader's str literal, written so that the characters between
#: escapes are matched as one run (much faster with Python's re).
_STR = (r"'[^'\\\x00-\x1f\x7f]*(?:{e}[^'\\\x00-\x1f\x7f]*)*'|"
        r'"[^"\\\x00-\x1f\x7f]*(?:{e}[^"\\\x00-\x1f\x7f]*)*"').format(
            e=_STR_ESCAPE)

#: The argument that a worker renders, per kind of column: one group
#: (None matches too, without a group).  Decimals and UUIDs only as the
#: writer writes them: that text is the number or UUID that the drivers
#: send (mysqlclient's literals of them are even the same bytes).
PATTERNS = {
    "int": "(%s)" % _SHORT_INT,
    "str": "(%s)" % _STR,
    "bool": "(True|False)",
    "float": "(%s)" % _FLOAT_NUMBER,
    "datetime": r"dt\(('%s'|%s)\)" % (_DATETIME, _INTEGERS),
    "date": r"date\((%s)\)" % _INTEGERS,
    "decimal": r"Decimal\('(-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?)'\)",
    "uuid": r"UUID\('(%s{8}-%s{4}-%s{4}-%s{4}-%s{12})'\)" % ((_HEX,) * 5),
}
PATTERNS["uuid_hex"] = PATTERNS["uuid"]

#: Escapes of MariaDB's string literals, as mysql_real_escape_string()
#: writes them (UTF-8 needs no others); with NO_BACKSLASH_ESCAPES only
#: the quote is doubled.
MYSQL_ESCAPES = str.maketrans({
    "\\": "\\\\", "'": "\\'", '"': '\\"', "\x00": "\\0", "\n": "\\n",
    "\r": "\\r", "\x1a": "\\Z"})
MYSQL_QUOTE_ONLY = str.maketrans({"'": "''"})

#: Escapes of COPY's text format.
COPY_ESCAPES = str.maketrans({
    "\\": "\\\\", "\n": "\\n", "\r": "\\r", "\t": "\\t"})


class NotRendered(Exception):
    """A value whose row is read as values instead."""


class RenderedRows:
    """Consecutive rows of a table, each as the bytes that the fast path
    sends (see the dialects)."""

    __slots__ = ("rows",)

    def __init__(self, rows):
        self.rows = rows

    def __getstate__(self):
        return self.rows

    def __setstate__(self, rows):
        self.rows = rows

    def __len__(self):
        return len(self.rows)


class MySQLDialect:
    """A row of a multi-row INSERT, ``(v1,v2,...)``, with the literals that
    mysqlload.literal_writer() writes for the values: texts quoted and
    escaped as mysql_real_escape_string() does, booleans 1 and 0, floats
    as mysqlclient's Float2Str, datetimes and dates as Django's adapters
    (str() of the naive value; aware ones are in UTC, see renderplan.py),
    Decimals as mysqlclient's Decimal2Literal."""

    null = "NULL"
    true, false = "1", "0"

    def __init__(self, no_backslash_escapes=False):
        self.no_backslash_escapes = no_backslash_escapes
        self.escapes = (MYSQL_QUOTE_ONLY if no_backslash_escapes
                        else MYSQL_ESCAPES)

    def row(self, values):
        return "(%s)" % ",".join(values)

    def plain(self, token):
        """A str literal without escapes (no quote, backslash or control
        character); a double quote escaped as mysqlclient escapes it
        (not at all with NO_BACKSLASH_ESCAPES)."""
        if '"' not in token or self.no_backslash_escapes:
            return token
        return token.replace('"', '\\"')

    def text(self, value):
        return "'%s'" % value.translate(self.escapes)

    def quoted(self, text):
        return "'%s'" % text

    def float(self, value):
        text = repr(value)
        return text if "e" in text else text + "e0"

    def datetime_text(self, text, aware):
        return "'%s'" % text

    def uuid_hex(self, text):
        return "'%s'" % text.replace("-", "")


class CopyDialect:
    """A line of COPY's text format, with the texts that psycopg's text
    dumpers write for the values."""

    null = "\\N"
    true, false = "t", "f"

    def row(self, values):
        return "\t".join(values) + "\n"

    def plain(self, token):
        return token[1:-1]

    def text(self, value):
        if "\x00" in value:
            raise NotRendered()  # refused with its field by the usual path
        return value.translate(COPY_ESCAPES)

    def quoted(self, text):
        return text

    def float(self, value):
        return repr(value)

    def datetime_text(self, text, aware):
        return text + "+00:00" if aware else text

    def uuid_hex(self, text):
        return text.replace("-", "")


DIALECTS = {"mysql": MySQLDialect, "copy": CopyDialect}


class Rendering:
    """What a worker needs to render the rows of one table.

    `columns` lists, in the table's column order, ``[arg, kind,
    max_length, nullable]``: the position of the column's argument in a
    row, its kind (a key of PATTERNS), the longest text it takes (None:
    any) and whether it takes NULL.  `dialect` is ``[name, options]``
    (see DIALECTS).  It travels as JSON in the workers' spec.
    """

    def __init__(self, columns, dialect):
        self.columns = [list(column) for column in columns]
        self.dialect = list(dialect)

    def as_json(self):
        return {"columns": self.columns, "dialect": self.dialect}

    @classmethod
    def from_json(cls, data):
        return cls(data["columns"], data["dialect"])


class TableRenderer:
    """Renders the rows of one table from their text (a worker's part):
    one expression matches the arguments of a row that can be rendered;
    the texts of some kinds are rendered as they are, the others by a
    function of the column."""

    def __init__(self, rendering, helpers):
        name, options = rendering.dialect
        self.dialect = DIALECTS[name](**options)
        by_arg = sorted(rendering.columns)
        if [column[0] for column in by_arg] != list(range(len(by_arg))):
            raise ValueError("a rendering needs one column per argument")
        self.expression = re.compile(",".join(
            "(?:None|%s)" % PATTERNS[column[1]] for column in by_arg)
            + r"\)\)\n?\Z")
        self.functions = []
        for index, column in enumerate(by_arg):
            function = getattr(self, column[1] + "_function")(
                helpers, column[2])
            if function is not None:
                self.functions.append((index, function))
        self.required = [index for index, column in enumerate(by_arg)
                         if not column[3]]
        order = [column[0] for column in rendering.columns]
        self.order = None if order == sorted(order) else order

    def render(self, text, start):
        """The row's bytes, from its arguments at `start` of `text`; None
        where the row must be read as values."""
        found = self.expression.match(text, start)
        if found is None:
            return None
        values = list(found.groups())
        try:
            for index, function in self.functions:
                if values[index] is not None:
                    values[index] = function(values[index])
        except (NotRendered, ValueError, TypeError, OverflowError):
            return None  # the usual path converts or refuses it
        if None in values:
            for index in self.required:
                if values[index] is None:
                    return None  # the usual path names the column
            null = self.dialect.null
            values = [null if value is None else value for value in values]
        if self.order is not None:
            values = [values[arg] for arg in self.order]
        return self.dialect.row(values).encode()

    # The functions of the kinds, from the kind's group to the rendered
    # text; None where the group is the rendered text.

    def int_function(self, helpers, max_length):
        return None

    def decimal_function(self, helpers, max_length):
        local_helper(helpers, "Decimal")
        return None

    def uuid_function(self, helpers, max_length):
        local_helper(helpers, "UUID")
        return self.dialect.quoted

    def uuid_hex_function(self, helpers, max_length):
        local_helper(helpers, "UUID")
        return self.dialect.uuid_hex

    def bool_function(self, helpers, max_length):
        dialect = self.dialect
        return {"True": dialect.true, "False": dialect.false}.__getitem__

    def float_function(self, helpers, max_length):
        to_text = self.dialect.float
        return lambda text: to_text(float(text))

    def str_function(self, helpers, max_length):
        plain, text_literal = self.dialect.plain, self.dialect.text
        limit = 10 ** 9 if max_length is None else max_length

        def render(token):
            if token[0] == "'" and "\\" not in token:
                if len(token) - 2 > limit:
                    raise NotRendered()
                return plain(token)
            value = scalar("str", token, None)
            if len(value) > limit:
                raise NotRendered()
            return text_literal(value)
        return render

    def datetime_function(self, helpers, max_length):
        helper = local_helper(helpers, "dt")
        aware = helper is SITE_DT["aware"]
        to_text = self.dialect.datetime_text

        def render(group):
            if group[0] == "'":
                text = group[1:-1]
                datetime.fromisoformat(text)  # a valid date and time
                return to_text(text, aware)
            value = helper(*map(int, group.split(",")))
            text = value.isoformat(" ")
            return to_text(text[:-6] if aware else text, aware)
        return render

    def date_function(self, helpers, max_length):
        helper = local_helper(helpers, "date")
        quoted = self.dialect.quoted

        def render(group):
            value = helper(*map(int, group.split(",")))
            if type(value) is not date:
                raise NotRendered()
            return quoted(value.isoformat())
        return render


def local_helper(helpers, name):
    """The helper `name` where the worker evaluates the standard one
    itself; a table whose rows need another one is not rendered."""
    helper = helpers.get(name)
    if helper is None:
        raise ValueError("%s() is evaluated by the restoring process" % name)
    return helper
