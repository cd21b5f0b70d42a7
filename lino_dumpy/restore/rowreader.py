"""Read the rows of a dump's table files as data, without executing them.

A table file is Python source, and running it (``restore.py``, ``manage.py
run``, loaddata) executes whatever its author wrote.  This reader accepts
only the grammar that lino_dumpy's writer (:mod:`lino_dumpy.dump.values`)
and Lino's ``dump2py`` produce, one row per line::

    loader.save(create_<table>(<value>,<value>,...))

where a value is None, True, False, an int, a float (``-0.0``, ``1e+16``),
a str or bytes literal with the escapes that ``repr()`` writes, a list,
tuple or dict of values, a model name of the dump (content type pointers)
or a call of one of the dump's value helpers (``dt``, ``Decimal``,
``UUID``, ``date``, ``time``, ``timedelta``, ``float('inf')``...) with
scalar arguments.  Comments, blank lines, Lino's ``logger.info("Loading
...")`` line and its ``loader.flush_deferred_objects()`` are accepted too.
Anything else is refused with a DumpFormatError naming the file, the line
and what was found.  Every value read equals what Python's evaluation of
the same text gives.

The work per line is bounded: lines longer than ``Limits.line_bytes`` are
refused without reading them whole, and so are values nested deeper than
``Limits.depth`` and integers with more than ``Limits.int_digits`` digits.
"""
import codecs
import re
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone
from decimal import Decimal
from uuid import UUID

from ..dumpformat import ROW_PREFIX, factory_name
from ..exceptions import DumpFormatError, DumpyError

#: What every refusal ends with.
ADVICE = ("If you trust the author of this dump, restore it with "
          "`manage.py run DIR/restore.py` instead.")


@dataclass(frozen=True)
class Limits:
    """Bounds on the work that one line of a table file may cause."""
    #: Bytes of one line (a BinaryField of 8 MB is written in at most
    #: 32 MB); it also bounds the number of values of a row.
    line_bytes: int = 32 * 1024 * 1024
    #: Nesting of lists, tuples, dicts and calls (Python's parser stops
    #: at 200).
    depth: int = 100
    #: Digits of an integer literal (Python's own limit for converting
    #: text to int).
    int_digits: int = 4300


LIMITS = Limits()

#: The value helpers that need no site: callers add their ``dt``.
BASE_HELPERS = {
    "Decimal": Decimal,
    "UUID": UUID,
    "date": date,
    "time": time,
    "timedelta": timedelta,
    "datetime": datetime,
    "float": float,
}


def aware_dt(*args):
    """``dt()`` where the site uses time zones: the dump's UTC datetimes,
    aware (runtime.dt() chooses; this one needs no Django, for the
    reader's workers)."""
    if type(args[0]) is str:
        return datetime.fromisoformat(args[0] + "+00:00")
    return datetime(*args, tzinfo=timezone.utc)


def naive_dt(*args):
    """``dt()`` where the site does not use time zones."""
    if type(args[0]) is str:
        return datetime.fromisoformat(args[0])
    return datetime(*args)


#: ``dt()`` by the site's ``USE_TZ``.
SITE_DT = {"aware": aware_dt, "naive": naive_dt}

#: The escapes of ``repr()``: no others are accepted.
_STR_ESCAPE = r"""\\(?:[\\'"nrt]|x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8})"""
_BYTES_ESCAPE = r"""\\(?:[\\'"nrt]|x[0-9a-fA-F]{2})"""
_INT = r"-?(?:0|[1-9][0-9]*)"

TOKENS = re.compile(r"""
 [ ]*(?:
   (?P<str>'(?:[^'\\\x00-\x1f\x7f]|{se})*'|"(?:[^"\\\x00-\x1f\x7f]|{se})*")
  |(?P<bytes>b'(?:[\x20-\x26\x28-\x5b\x5d-\x7e]|{be})*'
            |b"(?:[\x20\x21\x23-\x5b\x5d-\x7e]|{be})*")
  |(?P<float>{int}(?:\.[0-9]+(?:e[+-]?[0-9]+)?|e[+-]?[0-9]+))
  |(?P<int>{int})
  |(?P<prefixed>[A-Za-z]{{1,2}})['"]
  |(?P<call>[A-Za-z_][A-Za-z0-9_]*)\(
  |(?P<name>[A-Za-z_][A-Za-z0-9_]*)
  |(?P<open>[\[{{(])
  |(?P<close>[\]}})])
  |(?P<comma>,)
  |(?P<colon>:)
  |(?P<end>$)
  |(?P<bad>[\s\S])
 )""".format(se=_STR_ESCAPE, be=_BYTES_ESCAPE, int=_INT), re.VERBOSE)

CONSTANTS = {"None": None, "True": True, "False": False}

#: One argument of a row in the shapes that make up nearly every row,
#: and the ',' or ')' after it: the fast path.  Each shape has its group,
#: and `lastindex` tells which one matched.  Rows with other shapes (lists,
#: dicts, spaces, long integers...) take the general parser.
_PLAIN = r"[^'\\\x00-\x1f\x7f]*"
_HELPER = r"[A-Za-z_][A-Za-z0-9_]*"
_SHORT_INT = r"-?(?:0|[1-9][0-9]{0,17})"
_ESCAPED_STR = (r"'(?:[^'\\\x00-\x1f\x7f]|" + _STR_ESCAPE + r")*'|"
                r'"(?:[^"\\\x00-\x1f\x7f]|' + _STR_ESCAPE + r')*"')
_FLOAT_NUMBER = _INT + r"(?:\.[0-9]+(?:e[+-]?[0-9]+)?|e[+-]?[0-9]+)"
_BYTES_STR = r"b'(?:[\x20-\x26\x28-\x5b\x5d-\x7e]|" + _BYTES_ESCAPE + r")*'"
FLAT_ARGUMENT = re.compile(r"""(?:
   '(?P<plain>%(plain)s)'
  |(?P<escaped>%(escaped)s)
  |(?P<int>%(int)s)
  |(?P<float>%(float)s)
  |(?P<constant>None|True|False)
  |(?P<helper>%(helper)s)\('(?P<text>%(plain)s)'\)
  |(?P<fields>%(helper)s)\((?P<numbers>%(int)s(?:,%(int)s)*)\)
  |(?P<bytes>%(bytes)s)
  |(?P<name>[A-Za-z_][A-Za-z0-9_]*)
 )[,)]""" % {"plain": _PLAIN, "escaped": _ESCAPED_STR, "int": _SHORT_INT,
             "helper": _HELPER, "float": _FLOAT_NUMBER, "bytes": _BYTES_STR},
    re.VERBOSE)
_PLAIN_STR, _ESCAPED, _INTEGER, _FLOAT, _CONSTANT, _HELPER_NAME, _TEXT, \
    _FIELDS_NAME, _NUMBERS, _BYTES, _NAME = range(1, 12)

#: The alternatives of FLAT_ARGUMENT by kind, each with one group, for
#: RowShape (which spells out the names of helpers and bare names).
SHAPE_PATTERNS = {
    _PLAIN_STR: "'(%s)'" % _PLAIN,
    _ESCAPED: "(%s)" % _ESCAPED_STR,
    _INTEGER: "(%s)" % _SHORT_INT,
    _FLOAT: "(%s)" % _FLOAT_NUMBER,
    _CONSTANT: "(None|True|False)",
    _BYTES: "(%s)" % _BYTES_STR,
}
#: The group of FLAT_ARGUMENT that names the helper, the bare name or the
#: constant of an argument of these kinds.
NAMED_BY = {_TEXT: _HELPER_NAME, _NUMBERS: _FIELDS_NAME, _NAME: _NAME,
            _CONSTANT: _CONSTANT}
#: How many row shapes a reader keeps for the rows of its table.
MAX_SHAPES = 4

#: Lines that the writers put into table files besides the rows.
LOGGER_LINE = re.compile(
    r'logger\.info\("Loading [0-9]+ objects( \(part [0-9]+ of [0-9]+\))? '
    r'to table [A-Za-z0-9_]+\.\.\."\)\n?\Z')
FLUSH_LINE = re.compile(r"loader\.flush_deferred_objects\(\)\n?\Z")
RAISE_LINE = re.compile(r"raise (?:DumpIncomplete|Exception)\((.*)\)\n?\Z")
CODING_LINE = re.compile(r"[ \t]*#.*?coding[:=][ \t]*([-\w.]+)")
BLANK_LINE = re.compile(r"[ \t]*(?:#[^\x00-\x08\x0a-\x1f\x7f]*)?\n?\Z")


class Refused(Exception):
    """Something in a line outside the grammar (internal: read_rows turns
    it into a DumpFormatError with the file and the line)."""


def read_rows(path, table, helpers, limits=LIMITS, names=None):
    """Yield (lineno, args) for every row line of the table file at `path`,
    whose lines must be ``loader.save(create_<table>(<literal args>))``.

    `helpers` maps the names of the dump's value helpers (``dt``,
    ``Decimal``, ...; see BASE_HELPERS) to the callables the restore uses
    for them, called with literal arguments only.  `names` maps the bare
    names a row may hold (the model globals of restore.py that content
    type pointers are written as) to their values.  Lino's
    ``loader.flush_deferred_objects()`` yields ``(lineno, None)``.
    """
    reader = LineReader(table, helpers, names or {}, limits)
    with open(path, "rb") as stream:
        yield from reader.rows(path, numbered_lines(stream, limits))


def numbered_lines(stream, limits=LIMITS, lineno=0):
    """Yield ``(lineno, data)`` for the lines of the binary `stream`,
    reading no line further than ``limits.line_bytes``: a longer line is
    yielded as its first ``line_bytes + 1`` bytes, which the reader
    refuses."""
    while True:
        data = stream.readline(limits.line_bytes + 1)
        if not data:
            return
        lineno += 1
        yield lineno, data


def located_call(path, lineno, function, *args):
    """``function(*args)``, whose errors name line `lineno` of `path`."""
    try:
        return function(*args)
    except Refused as error:
        raise refusal(path, lineno, str(error)) from None
    except DumpyError as error:
        if getattr(error, "filename", None) is None:
            error.filename, error.lineno = path, lineno
        raise
    except Exception as error:
        raise refusal(path, lineno, "%s: %s" % (
            type(error).__name__, error)) from error


def refusal(path, lineno, what):
    return DumpFormatError(
        "found %s. Dump writers do not write this; nothing of the dump "
        "was run. %s" % (what, ADVICE), path, lineno)


class RowShape:
    """The kinds of the arguments of a row that the fast path read, as one
    expression for the whole row and a converter per argument.

    The rows of a table file repeat a few shapes, so that matching one
    expression per row costs less than matching FLAT_ARGUMENT once per
    argument.  Every argument may also be None.  A row that no shape
    matches (a text with escapes where the shape has none, a number where
    it has a constant) takes the fast path, and its kinds, merged with
    those of the latest shape (merged_kinds()), become a new shape.  The
    values are those that flat_values() gives for the same text.
    """

    def __init__(self, kinds, helpers, names):
        self.kinds = kinds
        parts = []
        self.converters = []
        for kind, name in kinds:
            pattern, converter = self.argument(kind, name, helpers, names)
            parts.append(pattern if kind == _CONSTANT
                         else "(?:None|%s)" % pattern)
            self.converters.append(converter)
        self.expression = re.compile(",".join(parts) + r"\)\)\n?\Z")

    @staticmethod
    def argument(kind, name, helpers, names):
        """The pattern (one group) and the converter of its text (None:
        the text is the value) of an argument of `kind`."""
        if kind == _PLAIN_STR:
            return SHAPE_PATTERNS[kind], None
        if kind == _INTEGER:
            return SHAPE_PATTERNS[kind], int
        if kind == _FLOAT:
            return SHAPE_PATTERNS[kind], float
        if kind == _CONSTANT:
            return SHAPE_PATTERNS[kind], CONSTANTS.__getitem__
        if kind == _TEXT:
            return r"%s\('(%s)'\)" % (re.escape(name), _PLAIN), helpers[name]
        if kind == _NUMBERS:
            function = helpers[name]
            return r"%s\((%s(?:,%s)*)\)" % (
                re.escape(name), _SHORT_INT, _SHORT_INT), \
                lambda text: function(*map(int, text.split(",")))
        if kind == _NAME:
            return "(%s)" % re.escape(name), names.__getitem__
        scalar_kind = "str" if kind == _ESCAPED else "bytes"
        return SHAPE_PATTERNS[kind], \
            lambda text: scalar(scalar_kind, text, None)

    def values(self, text, pos):
        """The row's values, or None if the row has another shape."""
        found = self.expression.match(text, pos)
        if found is None:
            return None
        return tuple([text if convert is None or text is None
                      else convert(text) for convert, text in
                      zip(self.converters, found.groups())])


def merged_kinds(kinds, previous):
    """The `kinds` of a new shape, widened by those of the `previous` one
    where a shape accepts both: a column that was None in this row keeps
    its kind, and one with escapes in either row accepts them."""
    if len(kinds) != len(previous):
        return kinds
    return [old if new == (_CONSTANT, "None") or (
        new[0] == _PLAIN_STR and old[0] == _ESCAPED) else new
        for new, old in zip(kinds, previous)]


class LineReader:
    """Reads the lines of the table files of one table."""

    def __init__(self, table, helpers, names, limits):
        self.prefix = (ROW_PREFIX + factory_name(table) + "(").encode()
        self.helpers = helpers
        self.names = names
        self.limits = limits
        #: The RowShapes of the rows read so far, the latest first: only
        #: where the helpers cannot change while the file is read (a
        #: dict, as in the reader's workers; the restore's own mappings
        #: look the dump's globals up for every row).
        self.shapes = [] if type(helpers) is dict else None

    def rows(self, path, lines):
        """Yield (lineno, args) for the rows among the numbered `lines` of
        the table file at `path` (see read_rows)."""
        for lineno, data in lines:
            kind, args = self.located(path, lineno, data)
            if kind is not None:
                yield lineno, args

    def located(self, path, lineno, data):
        """read_line(), whose errors name the file and the line."""
        return located_call(path, lineno, self.read_line, data, lineno)

    def read_line(self, data, lineno):
        """``("row", args)``, ``("flush", None)`` or ``(None, None)``."""
        if len(data) > self.limits.line_bytes:
            raise Refused("a line longer than %d bytes" %
                          self.limits.line_bytes)
        if data.startswith(self.prefix):
            return "row", self.read_row(data)
        text = decode(data)
        if BLANK_LINE.match(text):
            if lineno <= 2:
                check_coding(text)
            return None, None
        if LOGGER_LINE.match(text):
            return None, None
        if FLUSH_LINE.match(text):
            return "flush", None
        raised = RAISE_LINE.match(text)
        if raised:
            message = self.read_args(raised.group(1) + ")", 0, (")",))
            raise Refused("the writer could not dump this table (%s)" %
                          ", ".join(map(str, message)))
        raise Refused("%s" % describe_line(text))

    def read_row(self, data):
        """The arguments of a row line: a known shape, else the fast path,
        else the general parser."""
        text = decode(data)
        start = len(self.prefix)
        shapes = self.shapes
        if shapes is None:
            values = self.flat_values(text, start)
        else:
            for shape in shapes:
                values = shape.values(text, start)
                if values is not None:
                    return values
            kinds = []
            values = self.flat_values(text, start, kinds)
            if values is not None:
                if shapes:
                    kinds = merged_kinds(kinds, shapes[0].kinds)
                shapes.insert(0, RowShape(kinds, self.helpers, self.names))
                del shapes[MAX_SHAPES:]
        if values is not None:
            return values
        return self.read_args(text, start, ("))", "))\n"))

    def flat_values(self, text, pos, kinds=None):
        """The arguments of a row whose arguments all have the shapes of
        FLAT_ARGUMENT (None for other rows), with the values that the
        general parser gives.  The list `kinds` receives ``(kind, name)``
        for each argument (name: of the helper, the bare name or the
        constant; None for other kinds)."""
        values = []
        append = values.append
        match = FLAT_ARGUMENT.match
        helpers = self.helpers
        while True:
            found = match(text, pos)
            if found is None:
                return None
            kind = found.lastindex
            if kinds is not None:
                named = NAMED_BY.get(kind)
                kinds.append((kind, named and found.group(named)))
            if kind == _PLAIN_STR:
                append(found.group(kind))
            elif kind == _INTEGER:
                append(int(found.group(kind)))
            elif kind == _CONSTANT:
                append(CONSTANTS[found.group(kind)])
            elif kind == _TEXT:
                function = helpers.get(found.group(_HELPER_NAME))
                if function is None:
                    return None
                append(function(found.group(kind)))
            elif kind == _NUMBERS:
                function = helpers.get(found.group(_FIELDS_NAME))
                if function is None:
                    return None
                append(function(*map(int, found.group(kind).split(","))))
            elif kind == _FLOAT:
                append(float(found.group(kind)))
            elif kind == _NAME:
                name = found.group(kind)
                if name not in self.names:
                    return None
                append(self.names[name])
            else:
                append(scalar(
                    "str" if kind == _ESCAPED else "bytes", found.group(kind),
                    self))
            pos = found.end()
            if text[pos - 1] == ")":
                if text[pos:] in (")", ")\n"):
                    return tuple(values)
                return None

    def read_args(self, text, start, endings):
        """The tuple of the values of the argument list that starts at
        `start` of `text`; the line must end with one of `endings`."""
        values, end = parse_values(text, start, self)
        if text[end - 1:] not in endings:
            raise Refused("%r after the arguments of the row" % shortened(
                text[end:].rstrip("\n"), 40))
        return values


def decode(data):
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise Refused("bytes that are not UTF-8 (%s)" % error.reason) \
            from None


def check_coding(text):
    match = CODING_LINE.match(text)
    if match and codecs.lookup(match.group(1)).name != "utf-8":
        raise Refused("a coding declaration of %s (the writers write "
                      "UTF-8)" % match.group(1))


def describe_line(text):
    """What a refused line holds, for the message."""
    call = re.match(r"loader\.save\((create_[A-Za-z0-9_]*)\(", text)
    if call:
        return "a call of %s() in the table file of another table" % \
            call.group(1)
    return "the line %r" % shortened(text.rstrip("\n"))


def shortened(text, width=60):
    return text if len(text) <= width else text[:width] + "..."


def parse_values(text, pos, reader):
    """Parse the values of the argument list that starts at `pos` of
    `text` up to its closing parenthesis; return ``(tuple, position
    after it)``.

    A stack machine rather than recursion, so that deep nesting costs
    no Python stack and is refused at Limits.depth.
    """
    helpers = reader.helpers
    limits = reader.limits
    # Each frame: [kind, items, callable, saw_comma]; kind is "(" for the
    # argument lists (the row's and the helpers'), "[", "{" or "t" (tuple).
    stack = []
    frame = ["(", [], None, False]
    expecting_value = True
    for match in TOKENS.finditer(text, pos):
        kind = match.lastgroup
        token = match.group(kind)
        if expecting_value:
            if kind == "close":
                if frame[1] and not frame[3]:
                    raise Refused("%r where a value belongs" % token)
                expecting_value = False
            elif kind == "open" or kind == "call":
                if len(stack) >= limits.depth:
                    raise Refused("values nested deeper than %d levels" %
                                  limits.depth)
                if kind == "call":
                    function = helpers.get(token)
                    if function is None or frame[2] is not None:
                        raise Refused(call_refusal(token, helpers))
                    new = ["(", [], function, False]
                else:
                    if frame[2] is not None:
                        raise Refused("a %r inside a call of %s()" % (
                            token, frame[2].__name__))
                    new = ["t" if token == "(" else token, [], None, False]
                stack.append(frame)
                frame = new
                continue
            else:
                frame[1].append(scalar(kind, token, reader))
                frame[3] = False
                expecting_value = False
                continue
        if kind == "comma":
            if frame[0] == "{" and len(frame[1]) % 2:
                raise Refused("',' where ':' belongs in a dict")
            frame[3] = True
            expecting_value = True
        elif kind == "colon":
            if frame[0] != "{" or not len(frame[1]) % 2:
                raise Refused("':' outside of a dict")
            expecting_value = True
        elif kind == "close":
            value = closed(frame, token)
            if not stack:
                return tuple(frame[1]), match.end()
            frame = stack.pop()
            frame[1].append(value)
            frame[3] = False
        else:
            raise Refused(unexpected(kind, token))
    raise Refused("a row without its closing parenthesis")


CLOSING = {"(": ")", "t": ")", "[": "]", "{": "}"}


def closed(frame, token):
    """The value of `frame`, closed by `token`."""
    kind, items, function, saw_comma = frame
    if CLOSING[kind] != token:
        raise Refused("%r where %r belongs" % (token, CLOSING[kind]))
    if kind == "(":
        if function is None:
            return items
        return function(*items)
    if kind == "[":
        return items
    if kind == "t":
        if len(items) == 1 and not saw_comma:
            return items[0]
        return tuple(items)
    if len(items) % 2:
        raise Refused("a dict key without a value")
    return dict(zip(items[::2], items[1::2]))


def scalar(kind, token, reader):
    """The value of a scalar token."""
    if kind == "str":
        body = token[1:-1]
        if "\\" not in body:
            return body
        return body.encode("latin-1", "backslashreplace").decode(
            "unicode_escape")
    if kind == "int":
        if len(token) - token.startswith("-") > reader.limits.int_digits:
            raise Refused("an integer of more than %d digits" %
                          reader.limits.int_digits)
        return int(token)
    if kind == "float":
        return float(token)
    if kind == "bytes":
        return codecs.escape_decode(token[2:-1].encode("ascii"))[0]
    if kind == "prefixed":
        raise Refused("a string with the prefix %s (an f-string or another "
                      "kind the writer does not write)" % token)
    if kind == "name":
        if token in CONSTANTS:
            return CONSTANTS[token]
        if token in reader.names:
            return reader.names[token]
        raise Refused("the name %s, which is not a value the writer "
                      "writes" % token)
    raise Refused(unexpected(kind, token))


def call_refusal(name, helpers):
    if name in helpers:
        return "a call of %s() inside a call of a value helper" % name
    return "a call of %s, which is not a value the writer writes" % name


def unexpected(kind, token):
    if kind == "end":
        return "a row that ends too early"
    if kind == "bad" and token in "'\"":
        return "a string with an escape or a character that repr() does " \
            "not write"
    if kind == "bad" and token in "-+*/%&|^~@<>=!.;`\\":
        return "the operator or punctuation %r, which is not a value the " \
            "writer writes" % token
    return "%r where the writer writes a value, ',' or ')'" % token
