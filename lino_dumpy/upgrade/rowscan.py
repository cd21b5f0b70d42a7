"""The values of a table file's rows, read without running the file.

The drift preflight needs a few values per column (their type) and, for
text columns, their lengths, before the database is touched.  A table
file is one ``loader.save(create_<table>(v1, v2, ...))`` per row; each
argument is a literal or a call of a value constructor (``Decimal(...)``,
``dt(...)``...), evaluated here with those constructors only.  Anything
else (a model global naming a content type) reads as :data:`UNKNOWN`,
unless the scan is given the dump's own names (:func:`dump_names`).
"""
import ast
from datetime import date, datetime, time, timedelta, timezone
from decimal import Decimal
from uuid import UUID

from ..restore.runtime import MissingModel, dt


class Unknown:
    """A value the scanner cannot evaluate."""

    def __repr__(self):
        return "<unknown>"


UNKNOWN = Unknown()

#: How many rows of a file have all their values evaluated.
SAMPLE_ROWS = 20

CONSTRUCTORS = {
    "dt": dt, "date": date, "datetime": datetime, "time": time,
    "timedelta": timedelta, "timezone": timezone, "Decimal": Decimal,
    "UUID": UUID,
}


class Names(dict):
    """The names a row's values may use; any other name is UNKNOWN."""

    def __missing__(self, name):
        return UNKNOWN


def dump_names(globals_dict):
    """The names a row of the dump may use, bound as the load binds them:
    its value helpers (a Lino dump defines its own ``dt``) and its model
    globals (content type columns name models)."""
    names = Names({name: globals_dict.get(name, value)
                   for name, value in CONSTRUCTORS.items()})
    names.update((name, value) for name, value in globals_dict.items()
                 if is_model(value))
    return names


def is_model(value):
    return isinstance(value, MissingModel) or (
        isinstance(value, type) and hasattr(value, "_meta"))


def scan_rows(path, limit=None, names=None):
    """Yield the argument tuple of each row of the table file at `path`,
    at most `limit` of them."""
    for lineno, values in numbered_rows(path, limit, names=names):
        yield values


def numbered_rows(path, limit=None, evaluated=SAMPLE_ROWS, names=None):
    """Yield ``(line number, argument tuple)`` of each row of `path`.

    Literals are read in every row; other values (``Decimal('1.5')``,
    ``dt(...)``) are evaluated in the first `evaluated` rows only and are
    UNKNOWN after that, which keeps a scan of a large file cheap.
    """
    names = Names(CONSTRUCTORS)
    count = 0
    with open(path, encoding="utf-8") as stream:
        pending, first = "", None
        for lineno, line in enumerate(stream, 1):
            if not pending and "(" not in line:
                continue
            pending += line
            first = first or lineno
            try:
                tree = ast.parse(pending)
            except SyntaxError:
                continue
            for call in row_calls(tree):
                scope = names if count < evaluated else None
                yield first, tuple(evaluate(arg, scope) for arg in call.args)
                count += 1
                if limit is not None and count >= limit:
                    return
            pending, first = "", None


def row_calls(tree):
    """The ``create_<table>(...)`` calls inside ``loader.save(...)``."""
    for node in tree.body:
        call = getattr(node, "value", None)
        if isinstance(call, ast.Call) and call.args and \
                isinstance(call.args[0], ast.Call) and \
                getattr(call.args[0].func, "id", "").startswith("create_"):
            yield call.args[0]


def evaluate(node, names):
    """The value of one argument, or UNKNOWN (always for a value that is
    not a literal when there are no `names`)."""
    if isinstance(node, ast.Constant):
        return node.value
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.USub) \
            and isinstance(node.operand, ast.Constant):
        return -node.operand.value
    if names is None:
        return UNKNOWN
    try:
        return eval(compile(ast.Expression(node), "<row>", "eval"),
                    {"__builtins__": {}}, names)
    except Exception:
        return UNKNOWN
