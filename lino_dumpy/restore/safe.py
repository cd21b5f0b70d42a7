"""Restore a dump without running any of its code (``manage.py restore``).

``restore.py`` and ``manage.py run`` execute a dump: whoever wrote it runs
code with the site's database credentials.  The safe restore reads the
same dump as data instead:

- ``restore.py`` is parsed, never imported; it must hold only what its
  writer generates (scriptcheck.py), lino_dumpy's or Lino's dump2py;
- its globals are built as importing it would build them: the runtime
  names, its constants, its models, and ``create_`` functions compiled
  from lino_dumpy's own templates filled with the signatures read;
- the rows are read by the restricted reader (rowreader.py) and passed to
  those functions.

The site's code is trusted, so everything after that is the restore of
restorer.py unchanged: the migration steps (``migrate_from_X_Y``,
operations, ``@override``, rebinding a model global), ``before_dumpy_save``,
``after_load``, the preflight, the one transaction, the integrity check
and the sequences.
"""
import builtins
import linecache
import os

from .. import conf
from ..dumpformat import factory_name
from ..dumpstate import LINO, literal_constants, read_dump_state
from ..exceptions import UnsafeDump
from . import runtime
from .restorer import Restorer, RestoreOptions, loading_from_dump
from .rowpool import table_file_rows
from .rowreader import BASE_HELPERS
from .scriptcheck import check_restore_script
from .trustedrows import GlobalsView

#: The file name of the rebuilt create_ functions, in tracebacks.
REBUILT = "<create_ functions rebuilt by lino_dumpy from %s>"


def restore_safely(directory, options=None):
    """Restore the dump in `directory` without running its code; returns
    the RestoreReport.  UnsafeDump (a DumpFormatError) if the dump holds
    anything its writer does not generate."""
    globals_dict, state, shapes = read_dump(directory)
    with loading_from_dump():
        return SafeRestorer(globals_dict, options or RestoreOptions(),
                            state, shapes).run()


def read_dump(directory):
    """``(globals, state, shapes)`` of the dump in `directory`, read as
    data and checked against what its writer generates."""
    state = read_dump_state(directory)
    shapes = check_restore_script(state)
    return dump_globals(state, shapes), state, shapes


def dump_globals(state, shapes):
    """The globals that importing the dump's restore.py would give, built
    from its values and from lino_dumpy's templates of the `shapes`."""
    globals_dict = {"__name__": "lino_dumpy_safe_dump",
                    "__file__": state.restore_py,
                    "__builtins__": builtins}
    globals_dict.update(
        (name, getattr(runtime, name)) for name in runtime.__all__)
    globals_dict.update(literal_constants(state.tree))
    if state.languages:
        globals_dict["bv2kw"] = runtime.babel_keywords(state.languages)
    for name, label in state.model_globals.items():
        globals_dict[name] = runtime.resolve_model(label)
    source = "\n".join(shape.source() for shape in shapes.values())
    filename = REBUILT % state.restore_py
    # Migration operations read a create_ function's source (see
    # upgrade/rows.py), and tracebacks show it.
    linecache.cache[filename] = (len(source), None,
                                 source.splitlines(True), filename)
    exec(compile(source, filename, "exec"), globals_dict)
    if state.writer == LINO:
        add_lino_globals(globals_dict, state)
    return globals_dict


def add_lino_globals(globals_dict, state):
    """What lino_dumpy's DpyLoader adds to the globals of a Lino dump
    (see lino/compat.py): the table files of main() as TABLE_FILES, and
    ``SOURCE_VERSION = 'None'`` (an unversioned site) as None."""
    if globals_dict.get("SOURCE_VERSION") == "None":
        globals_dict["SOURCE_VERSION"] = None
    globals_dict["TABLE_FILES"] = [
        (f.filename, f.model, f.table, f.rows, None) for f in state.files]


class SafeRestorer(Restorer):
    """A Restorer that reads the rows of the table files as data."""

    def __init__(self, globals_dict, options, state, shapes,
                 loader=None):
        super().__init__(globals_dict, options, loader)
        self.state = state
        self.shapes = shapes

    def check_dump(self):
        self.check_table_entries()
        super().check_dump()

    def check_table_entries(self):
        """Refuse table files outside the dump's directory and tables
        without a create_ function (which the trusted path would fail on
        midway)."""
        for filename, label, table, rows, sha256 in self.entries:
            if os.path.basename(filename) != filename or \
                    not filename.endswith(".py") or filename.startswith("."):
                raise UnsafeDump(
                    "TABLE_FILES names %r, which is not a file of the dump "
                    "directory." % (filename,), self.state.restore_py)
            if factory_name(table) not in self.globals:
                raise UnsafeDump(
                    "TABLE_FILES lists %s for the table %s, which has no "
                    "create_%s() function." % (filename, table, table),
                    self.state.restore_py)

    def table_file_steps(self):
        """The rows of the table files, read by the restricted reader
        (in worker processes for large dumps); a line it refuses stops
        the restore, instead of being compiled as for a trusted dump."""
        helpers = GlobalsView(self.globals, list(BASE_HELPERS) + ["dt"])
        names = GlobalsView(self.globals, self.state.model_globals)
        files = [(entry[0], entry[2]) for entry in self.entries]
        paths = {name: os.path.join(self.directory, name) for name, _ in files}
        for filename, table, lineno, args in table_file_rows(
                self.directory, files, helpers, names,
                conf.compile_workers(), self.renderings):
            yield paths[filename], table, lineno, args

    def run_table_file(self, filename, code):
        raise UnsafeDump("the safe restore runs no code of a dump.", filename)
