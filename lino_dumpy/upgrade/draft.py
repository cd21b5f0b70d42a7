"""Draft the missing migration step of a dump (``manage.py makestep``).

What makemigrations does for the schema, this does for a dump: the drift
preflight (drift.py) says what does not fit, and the draft turns it into
declarative operations.  Renames cannot be told from a removal and an
addition, so, like Django's autodetector, the draft asks: a vanished model
whose columns are those of a new model may have been renamed, and so may
a removed field whose values fit an added field of the same model.
Without questions (``--noinput``) nothing is taken for a rename.  What
only the user knows (the value of a new required field, how to convert a
value) becomes a ``TODO(...)`` placeholder, which the restore refuses
until it is filled in.
"""
import ast
import inspect
import os
import re
import sys
import textwrap
from dataclasses import dataclass, field as dataclass_field

from django.apps import apps
from django.conf import settings
from django.utils.module_loading import import_string

from .. import conf
from ..dumpstate import read_dump_state
from ..exceptions import DumpyError, MigrationError
from .chain import step_name
from .drift import (NULL, PRIMARY_KEY, REQUIRED, TOO_LONG, TYPE,
                    UNKNOWN_FIELD, VANISHED, covered_columns, field_name,
                    find_drift, migrated_rows, names_of, too_long)
from .fieldrules import INTEGER_TYPES, fits_type, row_fields
from .migrator import install_migrations
from .operations import (RemoveField, RemoveModel, RenameField, RenameModel,
                         apply_operations)
from .rowscan import UNKNOWN
from .state import plan_state

INDENT = " " * 12


@dataclass
class Draft:
    """A drafted ``migrate_from_X_Y`` step."""
    source: str
    target: str
    #: Python source of each operation, in order.
    operations: list = dataclass_field(default_factory=list)
    #: Comments for what no operation can express.
    comments: list = dataclass_field(default_factory=list)
    #: The version to put into DUMPY_VERSION / Site.version, if it must
    #: change.
    new_version: str = None

    @property
    def name(self):
        return step_name(self.source)

    def method_source(self):
        """The method, indented for a class body."""
        names = {re.match(r"\w+", code).group() for code in self.operations}
        if any("TODO(" in code for code in self.operations):
            names.add("TODO")
        lines = [
            "    def %s(self, globals_dict):" % self.name,
            '        """Drafted by makestep: the data of %s in the models '
            'of %s."""' % (self.source, self.target),
            "        from lino_dumpy.operations import (",
        ] + textwrap.wrap(", ".join(sorted(names)) + ")", 79,
                          initial_indent=INDENT, subsequent_indent=INDENT)
        lines += ["        # %s" % comment for comment in self.comments]
        lines += ["        self.apply(", "            globals_dict,"]
        lines += [INDENT + code + "," for code in self.operations]
        lines += ["        )", '        return "%s"' % self.target]
        return "\n".join(lines) + "\n"

    def module_source(self):
        return (
            '"""Data migrations of the site (lino_dumpy): one method per '
            'version\nof the dumps it restores, first drafted by '
            '``manage.py makestep``."""\n'
            "from lino_dumpy.migrate import Migrator as BaseMigrator\n\n\n"
            "class Migrator(BaseMigrator):\n\n" + self.method_source())


def draft_step(globals_dict, ask=None, source_version=None):
    """The Draft of the step the dump needs (`globals_dict`: the globals
    of its restore.py, see ``restore.load_dump``), or None if it fits the
    current models.  `ask(question)` answers the rename questions (None:
    no renames, as with ``--noinput``)."""
    ask = ask or (lambda question: False)
    dump_state = read_dump_state(os.path.dirname(globals_dict["__file__"]))
    install_migrations(globals_dict, source_version=source_version)
    report = drift_of(globals_dict, dump_state)
    if not report:
        return None
    draft = new_draft(globals_dict.get("SOURCE_VERSION"))
    renamed_models(globals_dict, dump_state, report, ask, draft)
    report = drift_of(globals_dict, dump_state)
    renamed_fields(globals_dict, dump_state, report, ask, draft)
    report = drift_of(globals_dict, dump_state)
    placeholders(report, draft)
    return draft


def drift_of(globals_dict, dump_state):
    return find_drift(plan_state(globals_dict, dump_state))


def new_draft(reached):
    """A Draft from the version the chain reached to the code's."""
    if reached is None:
        raise MigrationError(
            "The dump records no version (SOURCE_VERSION = None): say which "
            "release wrote it with --source-version (or "
            "DUMPY_UNVERSIONED_DUMPS_ARE in the settings), then run "
            "makestep again.")
    current = conf.site_version()
    if current is not None and current != str(reached):
        return Draft(str(reached), current)
    return Draft(str(reached), next_version(str(reached)),
                 new_version=next_version(str(reached)))


def next_version(version):
    """``1.0`` -> ``1.1``; ``26.10.2`` -> ``26.10.3``."""
    parts = version.split(".")
    for index in range(len(parts) - 1, -1, -1):
        if parts[index].isdigit():
            parts[index] = str(int(parts[index]) + 1)
            return ".".join(parts[:index + 1])
    return version + ".1"


def apply_decision(globals_dict, draft, operation, code):
    apply_operations(globals_dict, operation)
    draft.operations.append(code)


def renamed_models(globals_dict, dump_state, report, ask, draft):
    """RenameModel or RemoveModel for each vanished model."""
    targets = {state.model for state in report.states}
    for drift in report.drifts:
        if drift.kind != VANISHED:
            continue
        state = state_of(report, drift.dump_label)
        for model in apps.get_models():
            if model in targets or not same_columns(model, state.fields):
                continue
            label = model._meta.label
            if ask("Was the model %s renamed to %s? [y/N] " % (
                    drift.dump_label, label)):
                targets.add(model)
                apply_decision(globals_dict, draft,
                               RenameModel(drift.dump_label, label),
                               'RenameModel("%s", "%s")' % (
                                   drift.dump_label, label))
                break
        else:
            apply_decision(globals_dict, draft,
                           RemoveModel(drift.dump_label),
                           'RemoveModel("%s")' % drift.dump_label)


def same_columns(model, columns):
    return columns is not None and {
        f.attname for f in row_fields(model)} == set(columns)


def state_of(report, dump_label):
    return next(s for s in report.states if s.dump_label == dump_label)


def renamed_fields(globals_dict, dump_state, report, ask, draft):
    """RenameField or RemoveField for each column the model lacks."""
    removed = {}
    for drift in report.drifts:
        if drift.kind == UNKNOWN_FIELD:
            removed.setdefault(drift.dump_label, []).append(drift.field)
    for label, columns in removed.items():
        state = state_of(report, label)
        added = added_fields(state)
        samples = sample_values(state, columns)
        for column in columns:
            field = ask_rename(label, column, added, samples, ask)
            if field is not None:
                added.remove(field)
                new = field.attname if column.endswith("_id") and \
                    field.is_relation else field.name
                apply_decision(globals_dict, draft,
                               RenameField(label, column, new),
                               'RenameField("%s", "%s", "%s")' % (
                                   label, column, new))
            else:
                apply_decision(globals_dict, draft,
                               RemoveField(label, column),
                               'RemoveField("%s", "%s")' % (label, column))


def added_fields(state):
    """The fields of the state's model that its rows do not fill."""
    columns = covered_columns(state)
    return [f for f in row_fields(state.model)
            if not names_of(f) & columns]


def sample_values(state, columns, rows=20):
    """``{column: [values of the first rows]}`` (UNKNOWN left out)."""
    samples = {column: [] for column in columns}
    for count, (where, row) in enumerate(migrated_rows(state, None)):
        for column in columns:
            if row.get(column, UNKNOWN) is not UNKNOWN:
                samples[column].append(row[column])
        if count >= rows:
            break
    return samples


def ask_rename(label, column, added, samples, ask):
    """The added field that `column` was renamed to, if the user says so."""
    for field in added:
        if not may_be_renamed(column, samples.get(column, ()), field):
            continue
        if ask("Was %s.%s renamed to %s.%s (%s)? [y/N] " % (
                label, column, field.model._meta.label, field.name,
                field.get_internal_type())):
            return field
    return None


def may_be_renamed(column, values, field):
    """Whether the removed `column` may have become `field`.

    Django's autodetector asks only about fields that match; the dump
    knows the removed field by its values only, so these must fit: each
    sampled value fits the type (any text field takes text) and length
    of `field`, None only a nullable field, and a foreign key column
    (``..._id`` holding ids) only goes to a relation or an integer field.
    """
    if is_key_column(column, values) and not (
            field.is_relation or field.get_internal_type() in INTEGER_TYPES):
        return False
    return all(field.null if value is None else (
        fits_type(field, value) and not too_long(field, value))
        for value in values)


def is_key_column(column, values):
    return column.endswith("_id") and all(
        value is None or isinstance(value, int) for value in values)


def placeholders(report, draft):
    """TODO placeholders for what only the user knows."""
    for drift in report.drifts:
        hint = drift.problem
        if drift.kind == REQUIRED and drift.new_field is not None:
            draft.operations.append('AddField("%s", "%s", TODO(%r))' % (
                drift.dump_label, drift.field,
                "a value, or a function of the row, for %s" % describe(
                    drift.new_field)))
        elif drift.kind in (TYPE, TOO_LONG):
            draft.operations.append('ConvertValue("%s", "%s", TODO(%r))' % (
                drift.dump_label, drift.new_field.name,
                "a function or {old: new} mapping: %s" % hint))
        elif drift.kind == NULL:
            draft.operations.append('ConvertValue("%s", "%s", TODO(%r))' % (
                drift.dump_label, field_name(drift.field),
                "a function giving a value for None (or drop such rows "
                "with ProcessRows instead): %s" % hint))
        elif drift.kind == PRIMARY_KEY:
            draft.comments.append("%s: %s. Hint: %s" % (
                drift.dump_label, hint, drift.fix))
        else:
            draft.comments.append("%s: %s (%s)" % (drift.dump_label, hint,
                                                    drift.fix))


def describe(field):
    """``shop.Product.sku, a CharField(max_length=20)``."""
    extra = "(max_length=%d)" % field.max_length if field.max_length else ""
    return "%s.%s, a %s%s" % (field.model._meta.label, field.name,
                              field.get_internal_type(), extra)


def write_draft(draft, output=None):
    """Write `draft` into the site's migration class, or into a new
    module; return the lines that tell the user what was done and what to
    set."""
    path = conf.migration_class_path()
    if path and output is None:
        lines = add_method(import_string(path), draft)
    else:
        lines = new_module(draft, output)
    if draft.new_version:
        lines.append(
            "The dump is at the code's version %s: raise it, put "
            "DUMPY_VERSION = %r in the settings (Site.version in a Lino "
            "site)." % (draft.source, draft.new_version))
    lines.append("Fill in every TODO(...), then restore the dump again "
                 "(--plan shows what remains).")
    return lines


def add_method(cls, draft):
    """Insert the drafted method at the end of the class `cls`."""
    if hasattr(cls, draft.name):
        raise MigrationError(
            "%s already has %s(), and the dump still does not fit: add "
            "these operations to it:\n%s" % (
                cls.__qualname__, draft.name, draft.method_source()))
    filename = inspect.getsourcefile(cls)
    with open(filename, encoding="utf-8") as stream:
        source = stream.read()
    node = next(n for n in ast.walk(ast.parse(source))
                if isinstance(n, ast.ClassDef) and n.name == cls.__name__)
    lines = source.splitlines(keepends=True)
    lines.insert(node.end_lineno, "\n" + draft.method_source())
    with open(filename, "w", encoding="utf-8") as stream:
        stream.write("".join(lines))
    return ["Added %s() to %s in %s." % (draft.name, cls.__qualname__,
                                         filename)]


def new_module(draft, output):
    """Write a new migration module; say which setting names it."""
    if output is None:
        settings_file = sys.modules[settings.SETTINGS_MODULE].__file__
        output = os.path.join(os.path.dirname(settings_file),
                              "dumpy_migrate.py")
    if os.path.exists(output):
        raise DumpyError(
            "%s exists already. Give another file with --output, or set "
            "DUMPY_MIGRATION_CLASS to its Migrator class so that makestep "
            "adds the step to it." % output)
    with open(output, "w", encoding="utf-8") as stream:
        stream.write(draft.module_source())
    dotted = module_name(output) + ".Migrator"
    return ["Wrote %s with %s()." % (output, draft.name),
            "Add to the settings: DUMPY_MIGRATION_CLASS = %r (in a Lino "
            "site: migration_class = %r in the Site class)." % (dotted,
                                                                 dotted)]


def module_name(path):
    """The dotted module name of the file `path`, from sys.path."""
    path = os.path.abspath(path)[:-len(".py")]
    for entry in sorted(filter(None, sys.path), key=len, reverse=True):
        entry = os.path.abspath(entry)
        if path.startswith(entry + os.sep):
            return path[len(entry) + 1:].replace(os.sep, ".")
    return os.path.basename(path)
