"""The drift preflight: every way the dump, after the planned steps, does
not fit the current models, found before anything is touched.

:func:`find_drift` compares the state of each table at the end of the
plan (state.py) with its model and returns a :class:`DriftReport`: models
that no longer exist, columns the model lacks, required fields the rows
lack (fieldrules.needs_value), a changed primary key, and values that
cannot fit (their type, or a text longer than the new ``max_length``,
read from the first rows of each table file: the load checks every
text's length, see restore/inserts.py), each with the operation that
would fix it.  makestep drafts a step from
the same report.
"""
import os
from collections import defaultdict
from dataclasses import dataclass, field as dataclass_field

from django.db import DatabaseError, connections, transaction

from ..exceptions import DumpyError
from .fieldrules import (fits_type, has_default, language_columns,
                         length_limit, needs_value, refuses_null, row_fields)
from ..restore.runtime import current_database
from .rows import object_row
from .rowscan import (SAMPLE_ROWS, UNKNOWN, numbered_rows, scan_rows,
                      unknown_models)


#: The kinds of drift, the keys of :attr:`Drift.kind`.
(VANISHED, UNKNOWN_FIELD, REQUIRED, PRIMARY_KEY, TYPE, TOO_LONG, NULL,
 FAILS) = ("vanished model", "unknown field", "required field",
           "primary key", "type", "too long", "null", "fails")


@dataclass
class Drift:
    """One problem: `dump_label` is the model as the dump names it."""
    dump_label: str
    kind: str
    problem: str
    fix: str
    field: str = None
    #: For makestep: the current model, the current field.
    model: object = None
    new_field: object = None
    sample: object = None


@dataclass
class DriftReport:
    """Every drift of a dump, plus what the restore fills or cannot see."""
    drifts: list = dataclass_field(default_factory=list)
    #: Lines: fields missing from the rows that get their default.
    defaults: list = dataclass_field(default_factory=list)
    #: Lines: tables that could only be checked by building a row.
    unchecked: list = dataclass_field(default_factory=list)
    #: Lines that say why there is drift (no migration class...).
    notes: list = dataclass_field(default_factory=list)
    states: list = dataclass_field(default_factory=list)

    def __bool__(self):
        return bool(self.drifts)

    def by_model(self):
        grouped = defaultdict(list)
        for drift in self.drifts:
            grouped[drift.dump_label].append(drift)
        return grouped

    def lines(self):
        """The report grouped by model, each problem with its fix."""
        for label, drifts in self.by_model().items():
            yield "%s:" % label
            for drift in drifts:
                yield "  - %s" % drift.problem
                yield "      fix: %s" % drift.fix
        for note in self.notes:
            yield note

    def message(self):
        return (
            "The dump does not fit the current models (%d problem%s); "
            "nothing was changed.\n%s\nAdd the operations to the migration "
            "step of the dump's version (manage.py makestep DIR drafts it), "
            "then restore again." % (
                len(self.drifts), "" if len(self.drifts) == 1 else "s",
                "\n".join(self.lines())))


def find_drift(states, scan=True):
    """The DriftReport of the table `states` (state.py); `scan` reads
    the values of the table files too."""
    report = DriftReport(states=list(states))
    for state in report.states:
        if state.rows and not state.removed:
            check_table(state, report, scan)
    return report


def check_table(state, report, scan):
    model = state.model
    if not isinstance(model, type):
        report.drifts.append(vanished(state))
        return
    if state.fields is None:
        probe(state, report)
        return
    columns = covered_columns(state)
    fields = row_fields(model)
    check_primary_key(state, model, columns, report)
    check_unknown(state, model, columns, report)
    check_missing(state, fields, columns, report)
    if scan:
        check_values(state, model, report)


def vanished(state):
    return Drift(
        state.dump_label, VANISHED,
        "the model no longer exists; the dump has %d row%s of it (in %s)"
        % (state.rows, "" if state.rows == 1 else "s",
           ", ".join(os.path.basename(path) for path in state.paths)),
        'RemoveModel("%s") or RenameModel("%s", "app_label.NewName")' % (
            state.dump_label, state.dump_label))


def covered_columns(state):
    """The model columns the rows fill: a multilingual column fills one
    column per language."""
    columns = set()
    for name in state.fields:
        if name in state.multilingual:
            columns.update(language_columns(name))
        columns.add(name)
    return columns


def names_of(field):
    return {field.name, field.attname}


def check_primary_key(state, model, columns, report):
    pk = model._meta.pk
    if names_of(pk) & columns or not state.fields:
        return
    old = state.fields[0]
    report.drifts.append(Drift(
        state.dump_label, PRIMARY_KEY,
        "the primary key is now %s; the rows carry %s in its place" % (
            pk.attname, old),
        'RenameField("%s", "%s", "%s"), or a hand-written step if the '
        'values change too' % (state.dump_label, old, pk.name),
        field=old, model=model, new_field=pk))
    columns.add(pk.attname)
    columns.discard(old)


def check_unknown(state, model, columns, report):
    known = {name for f in row_fields(model) for name in names_of(f)}
    pk_moved = any(d.kind == PRIMARY_KEY and d.dump_label == state.dump_label
                   for d in report.drifts)
    for name in state.fields:
        if name in known or (pk_moved and name == state.fields[0]):
            continue
        if name in state.multilingual and known & set(language_columns(name)):
            continue
        report.drifts.append(Drift(
            state.dump_label, UNKNOWN_FIELD,
            "the rows carry a field %s that %s no longer has" % (
                name, model._meta.label),
            'RemoveField("%s", "%s") or RenameField("%s", "%s", '
            '"new_name")' % (state.dump_label, field_name(name),
                             state.dump_label, field_name(name)),
            field=name, model=model))


def field_name(column):
    """The field name of a row column: ``author_id`` -> ``author``."""
    return column[:-3] if column.endswith("_id") else column


def check_missing(state, fields, columns, report):
    for field in fields:
        if names_of(field) & columns:
            continue
        if needs_value(field):
            report.drifts.append(Drift(
                state.dump_label, REQUIRED,
                "%s.%s is required (not null, no default) and the rows have "
                "no value for it" % (field.model._meta.label, field.name),
                'AddField("%s", "%s", <value or function of the row>)' % (
                    state.dump_label, field.attname),
                field=field.attname, model=field.model, new_field=field))
        elif has_default(field):
            report.defaults.append(
                "%s.%s: not in the dump, filled with its default %r." % (
                    field.model._meta.label, field.name,
                    field.get_default()))


def check_values(state, model, report):
    """Values of the table file that cannot fit their new field."""
    by_column = {f.attname: f for f in row_fields(model)}
    by_column.update({f.name: f for f in row_fields(model)})
    typed, reported = set(), set()
    connection = connections[current_database()]
    for where, row in migrated_rows(state, report):
        for column, value in row.items():
            field = by_column.get(column)
            if field is None or value is UNKNOWN or \
                    column in state.multilingual or column in reported:
                continue
            if value is None:
                if refuses_null(field, connection):
                    reported.add(column)
                    report.drifts.append(null_drift(state, field, column,
                                                    row, where))
                continue
            if column not in typed:
                typed.add(column)
                if not fits_type(field, value):
                    reported.add(column)
                    report.drifts.append(type_drift(state, field, column,
                                                    value, where))
                    continue
            if too_long(field, value):
                reported.add(column)
                report.drifts.append(length_drift(state, field, column,
                                                  value, row, where))


def too_long(field, value):
    """True if the text `value` is longer than `field` allows."""
    return isinstance(value, str) and len(value) > (
        length_limit(field) or len(value))


def type_drift(state, field, column, value, where):
    return Drift(
        state.dump_label, TYPE,
        "%s.%s is now a %s; the rows hold %s values (e.g. %r at %s)" % (
            field.model._meta.label, field.name, field.get_internal_type(),
            type(value).__name__, value, where),
        'ConvertValue("%s", "%s", <function or {old: new} mapping>)' % (
            state.dump_label, field_name(column)),
        field=column, model=field.model, new_field=field, sample=value)


def row_pk(state, field, row):
    return row.get(field.model._meta.pk.attname, row.get(state.columns[0]))


def null_drift(state, field, column, row, where):
    label = field.model._meta.label
    return Drift(
        state.dump_label, NULL,
        "%s.%s is required now (null=False); the row %s pk=%r (%s) has "
        "None" % (label, field.name, label, row_pk(state, field, row),
                  where),
        'ConvertValue("%s", "%s", lambda value: <value> if value is None '
        'else value), or ProcessRows("%s", <function that fills the row or '
        'returns None to drop it>)' % (
            state.dump_label, field_name(column), state.dump_label),
        field=column, model=field.model, new_field=field)


def length_drift(state, field, column, value, row, where):
    pk = row_pk(state, field, row)
    return Drift(
        state.dump_label, TOO_LONG,
        "%s.%s has max_length %d; the row %s pk=%r (%s) holds %d "
        "characters: %r" % (field.model._meta.label, field.name,
                            field.max_length, field.model._meta.label, pk,
                            where, len(value), value),
        'ConvertValue("%s", "%s", lambda text: text[:%d]), or a larger '
        'max_length' % (state.dump_label, field_name(column),
                        field.max_length),
        field=column, model=field.model, new_field=field, sample=value)


def migrated_rows(state, report):
    """The rows (dicts) of the rows of `state`'s table files, after the
    row operations of the plan; an operation that fails on a row is a
    drift."""
    operations = getattr(state.function, "row_operations", [])
    for path in state.paths:
        for lineno, values in numbered_rows(
                path, state.table, SAMPLE_ROWS, unknown_models(state.names)):
            if len(values) != len(state.columns):
                continue  # a damaged row: the load names it
            where = "%s:%d" % (path, lineno)
            row = dict(zip(state.columns, values))
            for operation in operations:
                try:
                    row = operation(row)
                except DumpyError as error:
                    if report is not None:
                        report.drifts.append(Drift(
                            state.dump_label, FAILS, "%s (at %s)" % (
                                error, where),
                            "complete the step's operation"))
                    return
                if row is None:
                    break
                row = row[1] if isinstance(row, tuple) else row
            if row is not None:
                yield where, row


def probe(state, report):
    """Build the first row of an opaque table to see what it produces
    (in a transaction that is rolled back: building may look up content
    types)."""
    first = next(scan_rows(state.paths[0], state.table, 1, state.names),
                 None) \
        if state.paths else None
    if first is None:
        return
    unknown = [name for name, value in zip(state.columns, first)
               if value is UNKNOWN]
    if unknown:
        report.unchecked.append(
            "%s: rows built by %s could not be checked: the first row's "
            "value of %s cannot be read without running the table file." % (
                state.dump_label, state.opaque, ", ".join(unknown)))
        return
    try:
        with rolled_back():
            obj = state.function(*first)
    except DatabaseError as error:
        report.unchecked.append(
            "%s: rows built by %s could not be checked before the schema "
            "is migrated (%s)." % (state.dump_label, state.opaque, error))
        return
    except Exception as error:
        report.drifts.append(Drift(
            state.dump_label, FAILS,
            "%s fails on the first row: %s: %s" % (
                state.opaque, type(error).__name__, error),
            "correct the hand-written function of the step"))
        return
    if obj is None:
        return
    model = type(obj)
    row = object_row(obj) if hasattr(model, "_meta") else {}
    missing = [f.name for f in row_fields(model) if needs_value(f)
               and not f.primary_key and row.get(f.attname) in (None, "")]
    if missing:
        report.drifts.append(Drift(
            state.dump_label, REQUIRED,
            "%s builds a %s without a value for %s" % (
                state.opaque, model._meta.label, ", ".join(missing)),
            "give these fields a value in the hand-written function"))
        return
    report.unchecked.append(
        "%s: rows built by %s; checked by building the first row only." % (
            state.dump_label, state.opaque))


class rolled_back(transaction.Atomic):
    """An atomic block of the restore's database that always rolls back."""

    def __init__(self):
        super().__init__(current_database(), savepoint=True, durable=False)

    def __exit__(self, exc_type, exc_value, traceback):
        transaction.set_rollback(True, using=self.using)
        return super().__exit__(exc_type, exc_value, traceback)


def chain_notes(recorded, source, current, has_migrator):
    """Why no step ran although the code changed, and what to set.

    `recorded` is the dump's own SOURCE_VERSION, `source` the version it
    was taken to be at (see ``--source-version``).
    """
    if source is None and current is not None:
        return [
            "The dump records no version (SOURCE_VERSION = None), so no "
            "migration step ran. Say which release wrote it: "
            "DUMPY_UNVERSIONED_DUMPS_ARE = '1.0' in the settings, or "
            "--source-version 1.0 (with the right version)."]
    if source is not None and str(source) != str(current) and \
            not has_migrator:
        return [
            "The dump is at version %s and the code at %s, but the site "
            "has no migration class, so no step ran. Write one (manage.py "
            "makestep DIR drafts it) and set DUMPY_MIGRATION_CLASS (or "
            "Site.migration_class in a Lino site)." % (source, current)]
    if recorded is not None and str(recorded) == str(current):
        return [
            "The dump is at the version of the code (%s), so no step ran "
            "although the models differ: the code's version was not "
            "raised. Raise DUMPY_VERSION (or Site.version) and write the "
            "step from %s." % (current, current)]
    return []
