"""The values of a table file's first rows, read without running the file.

The drift preflight needs a few values per column (their type) and, for
text columns, their lengths, before the database is touched.  They are
read by the restricted reader of the restore (restore/rowreader.py), the
one that ``manage.py restore`` trusts with foreign dumps: nothing of the
file is evaluated.  A line outside the writer's grammar ends the scan of
its file (the safe restore refuses it later, naming the line; the trusted
restore compiles a hand-edited line), and a value the scan cannot know
reads as :data:`UNKNOWN`.
"""
from datetime import timezone

from ..exceptions import DumpFormatError
from ..restore.rowreader import BASE_HELPERS, read_rows
from ..restore.runtime import MissingModel, dt


class Unknown:
    """A value the scanner cannot know."""

    def __repr__(self):
        return "<unknown>"


UNKNOWN = Unknown()

#: How many rows of a file the preflight reads.
SAMPLE_ROWS = 20

CONSTRUCTORS = dict(BASE_HELPERS, dt=dt, timezone=timezone)


def dump_names(globals_dict):
    """The names a row of the dump may use, bound as the load binds them:
    its value helpers (a Lino dump defines its own ``dt``) and its model
    globals (content type columns name models)."""
    names = {name: globals_dict.get(name, value)
             for name, value in CONSTRUCTORS.items()}
    names.update((name, value) for name, value in globals_dict.items()
                 if is_model(value))
    return names


def is_model(value):
    return isinstance(value, MissingModel) or (
        isinstance(value, type) and hasattr(value, "_meta"))


def unknown_models(names):
    """`names` with the model globals read as UNKNOWN: a content type
    column's value is an id only once the load looks it up."""
    return {name: value if name in CONSTRUCTORS else UNKNOWN
            for name, value in names.items()}


def scan_rows(path, table, limit=None, names=None):
    """Yield the argument tuple of each of the first `limit` rows of the
    table file of `table` at `path`."""
    for lineno, values in numbered_rows(path, table, limit, names):
        yield values


def numbered_rows(path, table, limit=None, names=None):
    """Yield ``(line number, argument tuple)`` of the first `limit` rows.

    `names` (see dump_names) binds the value helpers and model globals;
    without them, only literals and the standard helpers are read.
    """
    names = names or dump_names({})
    helpers = {name: names[name] for name in CONSTRUCTORS if name in names}
    models = {name: value for name, value in names.items()
              if name not in CONSTRUCTORS}
    count = 0
    try:
        for lineno, values in read_rows(path, table, safe(helpers),
                                        names=models):
            if values is None:
                continue  # Lino's flush_deferred_objects() line
            yield lineno, tuple(values)
            count += 1
            if limit is not None and count >= limit:
                return
    except DumpFormatError:
        return


def safe(helpers):
    """`helpers` whose failures read as UNKNOWN: a value that the code
    cannot build is the load's to report, with its line."""
    def wrap(function):
        def call(*args):
            try:
                return function(*args)
            except Exception:
                return UNKNOWN
        return call
    return {name: wrap(function) for name, function in helpers.items()}
