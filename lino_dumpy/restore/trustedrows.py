"""The rows of a trusted dump (``restore.py``, loaddata): read by the
restricted reader, compiled where the reader refuses a line.

Reading a row costs less than compiling it (benchmarks/README.md), and it
gives the same values, so the trusted restore reads its table files with
the restricted reader too.  A trusted dump may hold hand edits that the
reader refuses: such a file is compiled and run from its first refused
line on (the lines before it are one-line rows, whose reading equals their
execution), as before the reader existed.  Never for a dump whose author
is not trusted (``manage.py restore``): that one reads its rows with
:func:`~lino_dumpy.restore.rowpool.table_file_rows`, which refuses.
"""
import os
from collections.abc import Mapping

from django.db.models import Model

from ..exceptions import DumpFormatError
from .compiler import compiled_from
from .rowpool import table_file_rows
from .rowreader import BASE_HELPERS
from .runtime import MissingModel


class GlobalsView(Mapping):
    """The `names` of restore.py's globals (else of `builtins`) that a row
    may use, looked up when the row is read (a migration step may rebind
    them)."""

    def __init__(self, dump_globals, names, builtins=None):
        self.globals = dump_globals
        self.names = frozenset(names)
        self.builtins = builtins or {}

    def __getitem__(self, name):
        if name not in self.names:
            raise KeyError(name)
        try:
            return self.globals[name]
        except KeyError:
            return self.builtins[name]

    def __contains__(self, name):
        return name in self.names and (
            name in self.globals or name in self.builtins)

    def __iter__(self):
        return (name for name in self.names if name in self)

    def __len__(self):
        return sum(1 for _ in self)


def model_names(dump_globals):
    """The globals of restore.py that stand for models (content type
    pointers are written as these names)."""
    return [name for name, value in dump_globals.items()
            if isinstance(value, MissingModel) or (
                isinstance(value, type) and issubclass(value, Model))]


def table_file_steps(directory, entries, dump_globals, workers=None,
                     renderings=None):
    """Yield ``(path, table, lineno, args)`` for every row of the table
    files `entries` (TABLE_FILES), and ``(path, table, None, code)`` for
    the compiled chunks of a file from the line on that the reader refuses.
    `renderings` as for table_file_rows(), until a compiled chunk runs
    (its code may rebind what they are made of).
    """
    # float('inf') finds the builtin, as in exec().
    helpers = GlobalsView(dump_globals, list(BASE_HELPERS) + ["dt"],
                          {"float": float})
    names = GlobalsView(dump_globals, model_names(dump_globals))
    files = [(entry[0], entry[2]) for entry in entries]
    paths = {name: os.path.join(directory, name) for name, _ in files}
    while files:
        try:
            for filename, table, lineno, args in table_file_rows(
                    directory, files, helpers, names, workers, renderings):
                yield paths[filename], table, lineno, args
            return
        except DumpFormatError as error:
            path, lineno = error.filename, error.lineno
            remaining = [paths[name] for name, _ in files]
            if path not in remaining or not lineno:
                raise
            index = remaining.index(path)
            for code in compiled_from(path, lineno):
                yield path, files[index][1], None, code
            files = files[index + 1:]
            renderings = None
