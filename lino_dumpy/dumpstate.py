"""What a dump holds, read from its ``restore.py`` as data.

The one description of a dump that every reader shares: the safe restore
(``manage.py restore``), which must not run the dump's code; the drift
preflight and ``--plan``, which compare the dump with the current models
before anything is touched; and ``makestep``, which drafts the step that
makes them fit.  Nothing here imports the dump or the site's models: the
syntax tree of ``restore.py`` is the only source.

Two writers are understood: lino_dumpy (``TABLE_FILES`` lists the table
files) and Lino's own ``dump2py`` (``main()`` runs one ``execfile()`` per
table file; multilingual fields pass through ``bv2kw()``).
"""
import ast
import os
import re
from dataclasses import dataclass, field

from .dumpformat import RESTORE_SCRIPT, is_factory_name, table_of_factory
from .exceptions import DumpFormatError

#: The writers of a dump.
LINO_DUMPY = "lino_dumpy"
LINO = "lino"

#: The module-level constants that a restore.py may assign.
CONSTANTS = ("SOURCE_VERSION", "SOURCE_VERSIONS", "DUMP_FORMAT",
             "TABLE_FILES", "EXCLUDED", "USE_TZ", "TIME_ZONE")

#: ``contacts_partner_2.py`` is a chunk of the table ``contacts_partner``.
CHUNK_SUFFIX = re.compile(r"_\d+$")


@dataclass(frozen=True)
class Factory:
    """A ``create_<table>()`` function of the dump: the schema of its rows.

    `fields` are the argument names in the order of the values of a row.
    `multilingual` names the arguments that arrive as one value per
    language (Lino's ``bv2kw()``).  `node` is the function's syntax, for
    readers that check it against what the writer generates.
    """
    table: str
    model: str
    fields: tuple
    lineno: int
    multilingual: tuple = ()
    node: ast.FunctionDef = field(default=None, compare=False, repr=False)


@dataclass(frozen=True)
class TableFile:
    """One table file, in load order.  `sha256` is None for Lino dumps,
    which carry no checksums; `rows` is then counted from the file."""
    filename: str
    model: str
    table: str
    rows: int
    sha256: str = None


@dataclass
class DumpState:
    """A dump as data: its settings, its schema and its table files."""
    directory: str
    writer: str
    dump_format: int
    source_version: object = None
    source_versions: dict = field(default_factory=dict)
    use_tz: bool = None
    time_zone: str = None
    excluded: dict = field(default_factory=dict)
    #: Lino dumps: the languages of a multilingual value, in order.
    languages: tuple = ()
    #: ``{global name: app_label.ModelName}`` of the resolve_model() lines.
    model_globals: dict = field(default_factory=dict)
    #: ``{table: Factory}`` in the order of restore.py.
    factories: dict = field(default_factory=dict)
    files: list = field(default_factory=list)
    tree: ast.Module = field(default=None, repr=False)

    @property
    def restore_py(self):
        return os.path.join(self.directory, RESTORE_SCRIPT)

    def tables(self):
        """The factories of the tables that have table files, in load
        order (a table split into chunks counts once)."""
        seen = []
        for table_file in self.files:
            if table_file.table not in seen:
                seen.append(table_file.table)
        return [self.factories[table] for table in seen
                if table in self.factories]

    def rows_of(self, table):
        """How many rows the dump holds for `table`."""
        return sum(f.rows for f in self.files if f.table == table)

    def factory_of_model(self, label):
        """The factory of the model `label` (as the dump names it)."""
        for factory in self.factories.values():
            if factory.model.lower() == label.lower():
                return factory
        return None


def read_dump_state(directory):
    """The DumpState of the dump in `directory`; DumpFormatError if
    restore.py is missing, unreadable, or written by neither writer."""
    directory = os.path.abspath(directory)
    path = os.path.join(directory, RESTORE_SCRIPT)
    if not os.path.isfile(path):
        raise DumpFormatError(
            "%s is not a dump: it has no %s. Give the directory that "
            "dump2py wrote." % (directory, RESTORE_SCRIPT))
    tree = parse_file(path)
    constants = literal_constants(tree)
    model_globals = resolve_model_lines(tree)
    if "TABLE_FILES" in constants:
        writer, files = LINO_DUMPY, dumpy_table_files(constants, path)
    else:
        writer, files = LINO, None
    languages = babel_languages(tree)
    factories = read_factories(tree, model_globals)
    if files is None:
        files = lino_table_files(tree, path, factories)
    return DumpState(
        directory=directory, writer=writer,
        dump_format=constants.get("DUMP_FORMAT") or 1,
        source_version=constants.get("SOURCE_VERSION"),
        source_versions=dict(constants.get("SOURCE_VERSIONS") or {}),
        use_tz=constants.get("USE_TZ"), time_zone=constants.get("TIME_ZONE"),
        excluded=dict(constants.get("EXCLUDED") or {}),
        languages=languages, model_globals=model_globals,
        factories=factories, files=files, tree=tree)


def parse_file(path):
    """The syntax tree of `path`; DumpFormatError names file and line."""
    try:
        with open(path, "rb") as stream:
            return ast.parse(stream.read(), path)
    except OSError as error:
        raise DumpFormatError("cannot read it: %s." % error.strerror,
                              path) from error
    except (SyntaxError, ValueError) as error:
        raise DumpFormatError(
            "syntax error: %s. The file is damaged; copy the dump again."
            % getattr(error, "msg", error), path,
            getattr(error, "lineno", None)) from error


def literal_constants(tree):
    """The CONSTANTS that the module assigns as literals."""
    found = {}
    for node in tree.body:
        name = assigned_name(node)
        if name in CONSTANTS:
            try:
                found[name] = ast.literal_eval(node.value)
            except ValueError:
                continue
    return found


def assigned_name(node):
    """``X`` of a module-level ``X = ...``, else None."""
    if isinstance(node, ast.Assign) and len(node.targets) == 1 and \
            isinstance(node.targets[0], ast.Name):
        return node.targets[0].id
    return None


def resolve_model_lines(tree):
    """``{global name: label}`` of the ``X = resolve_model('label')``
    lines (both writers spell them so)."""
    found = {}
    for node in tree.body:
        name = assigned_name(node)
        call = getattr(node, "value", None)
        if name and isinstance(call, ast.Call) and \
                getattr(call.func, "id", None) == "resolve_model" and \
                len(call.args) == 1 and \
                isinstance(call.args[0], ast.Constant) and \
                isinstance(call.args[0].value, str):
            found[name] = call.args[0].value
    return found


def read_factories(tree, model_globals):
    """``{table: Factory}`` of the module-level ``create_<table>`` defs."""
    factories = {}
    for node in tree.body:
        if isinstance(node, ast.FunctionDef) and is_factory_name(node.name):
            table = table_of_factory(node.name)
            factories[table] = Factory(
                table=table, model=factory_model(node, model_globals),
                fields=tuple(arg.arg for arg in node.args.args),
                lineno=node.lineno, multilingual=bv2kw_fields(node),
                node=node)
    return factories


def factory_model(node, model_globals):
    """The label of the model a factory returns: the last model global
    its body names (``instantiate(X, ...)``, ``X(**kw)`` or
    ``create_mti_child(Parent, pk, X, ...)``)."""
    label = None
    for child in ast.walk(node):
        if isinstance(child, ast.Name) and child.id in model_globals:
            label = model_globals[child.id]
    return label or table_of_factory(node.name)


def bv2kw_fields(node):
    """The arguments a Lino factory passes through ``bv2kw('name', x)``."""
    return tuple(
        call.args[0].value for call in ast.walk(node)
        if isinstance(call, ast.Call)
        and getattr(call.func, "id", None) == "bv2kw" and call.args
        and isinstance(call.args[0], ast.Constant))


def babel_languages(tree):
    """The languages of the babel values, in their order: lino_dumpy
    writes ``bv2kw = babel_keywords(['en', 'de'])``; Lino's ``bv2kw()``
    calls ``babelkw(fieldname, en=values[0], de=values[1])``."""
    for node in tree.body:
        if assigned_name(node) == "bv2kw" and \
                isinstance(node.value, ast.Call) and node.value.args:
            try:
                return tuple(ast.literal_eval(node.value.args[0]))
            except (ValueError, TypeError):
                return ()
        if isinstance(node, ast.FunctionDef) and node.name == "bv2kw":
            for call in ast.walk(node):
                if isinstance(call, ast.Call) and call.keywords:
                    return tuple(keyword.arg for keyword in call.keywords)
    return ()


def dumpy_table_files(constants, path):
    """TABLE_FILES of a lino_dumpy dump as TableFile objects."""
    files = []
    for entry in constants["TABLE_FILES"]:
        if not (isinstance(entry, (list, tuple)) and len(entry) == 5):
            raise DumpFormatError(
                "TABLE_FILES has an entry that is not (file, model, table, "
                "rows, sha256): %r. restore.py was edited; copy the dump "
                "again." % (entry,), path)
        files.append(TableFile(*entry))
    return files


def lino_table_files(tree, path, factories):
    """The table files of a Lino dump, from the ``execfile("x.py", ...)``
    calls of its main(); rows are counted from the files."""
    from .restore.verify import file_digest
    directory = os.path.dirname(path)
    files = []
    for filename in main_execfile_names(tree, path):
        table = table_of_file(filename, factories, path)
        full = os.path.join(directory, filename)
        rows = file_digest(full)[1] if os.path.isfile(full) else 0
        files.append(TableFile(filename, factories[table].model, table, rows))
    return files


def main_execfile_names(tree, path):
    """The file names of the ``execfile("x.py", ...)`` calls in main()."""
    main = next((node for node in tree.body
                 if isinstance(node, ast.FunctionDef) and node.name == "main"),
                None)
    if main is None:
        raise DumpFormatError(
            "restore.py has neither TABLE_FILES nor a main() function, so "
            "it was written neither by lino_dumpy nor by Lino's dump2py.",
            path)
    return [
        node.args[0].value for node in ast.walk(main)
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
        and node.func.id == "execfile" and node.args
        and isinstance(node.args[0], ast.Constant)]


def table_of_file(filename, factories, path):
    """The table of a Lino table file: ``<table>.py`` or ``<table>_<i>.py``."""
    stem = filename[:-3] if filename.endswith(".py") else filename
    for table in (stem, CHUNK_SUFFIX.sub("", stem)):
        if table in factories:
            return table
    raise DumpFormatError(
        "main() loads %s, but the dump has no create_%s() function for it."
        % (filename, stem), path)

