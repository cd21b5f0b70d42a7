"""Restore a dump: preflight, confirmation, schema, then one transaction.

``restore.py`` of a dump calls :func:`restore_main`; tools and tests call
:func:`restore` with the globals of a dump loaded by :func:`load_dump`.

Everything that can refuse the dump (missing or edited table files, the
version chain, models the code no longer has, a declined confirmation)
runs before the database is touched.  The data is then replaced in one
transaction with constraint checks deferred; any error rolls it back.
"""
import importlib.util
import logging
import os
import sys
import time
import traceback
from contextlib import contextmanager
from dataclasses import dataclass, field as dataclass_field

from django.apps import apps
from django.db import DatabaseError, connections, transaction
from django.utils.connection import ConnectionDoesNotExist
from tqdm import tqdm

from .. import conf
from ..cli import ask, count_of, database_error
from ..dumpformat import RESTORE_SCRIPT, factory_name, is_factory_name
from ..engines import check_restore, non_atomic_failure, non_atomic_note
from ..exceptions import (NOTHING_CHANGED, DumpFormatError, DumpyError,
                          FastLoadRefused, InvalidLocalTime, NoTable,
                          RestoreCancelled, RestoreFailed, SchemaDrift,
                          UnknownModel, was_interrupted)
from ..ordering import (
    REGENERATED_MODELS, SKIPPED_MODELS, has_table, left_out_models,
    model_label, no_table_reason, regenerated_models, stored_models)
from ..dumpstate import read_dump_state
from ..upgrade.drift import chain_notes, find_drift
from ..upgrade.migrator import install_migrations
from ..upgrade.state import plan_state
from . import dumpinfo
from .arguments import RestoreOptions, restore_options, restore_parser
from .datetimes import locate_refusal, restore_dt
from .directrows import direct_table
from .fastpaths import fast_path
from .integrity import (check_foreign_keys, data_counts, empty_tables,
                        recreate_auto_rows, reset_sequences)
from .keycheck import check_dump_keys
from .loader import Loader, using_database
from .trustedrows import table_file_steps
from .mediafiles import describe as describe_missing, missing_files
from .pgload import DroppedConstraints
from .planview import plan_lines
from .rendering import RenderedRows
from .runtime import MissingModel
from .schema import check_kept_tables, check_tables, schema_models
from .scriptcheck import canonical_shapes
from .schemastep import SchemaStep
from .sequences import keys_as_given
from .verify import check_table_files

logger = logging.getLogger(__name__)


#: Said after the schema changes made inside the restore's transaction,
#: so that "Nothing was changed" after a failure is not a surprise.
IN_TRANSACTION = ("These schema changes are part of the restore's "
                  "transaction: if the restore fails, they are undone too.")


@dataclass
class RestoreReport:
    """What a restore did; restore.py prints it."""
    directory: str
    steps: list = dataclass_field(default_factory=list)
    counts: dict = dataclass_field(default_factory=dict)
    seconds: float = 0.0
    #: Restored rows whose media file is not in the storage (MissingFile).
    missing_files: list = dataclass_field(default_factory=list)
    #: The DriftReport of the preflight (see upgrade/drift.py).
    drift: object = None

    @property
    def rows(self):
        return sum(self.counts.values())


def load_dump(directory, module_name=None):
    """Import a dump's restore.py as a module without restoring it."""
    path = os.path.join(os.path.abspath(directory), RESTORE_SCRIPT)
    if not os.path.isfile(path):
        raise DumpFormatError(
            "%s is not a dump: it has no restore.py. Give the directory "
            "that dump2py wrote." % directory)
    name = module_name or "lino_dumpy_dump_%x" % abs(hash(path))
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    try:
        spec.loader.exec_module(module)
    except SyntaxError as error:
        raise DumpFormatError("restore.py has a syntax error: %s" % error.msg,
                              error.filename, error.lineno) from error
    return module


def restore_main(globals_dict, argv=None):
    """The command line of a dump's restore.py (Lino's options kept)."""
    args = restore_parser().parse_args(
        argv if argv is not None else sys.argv[1:])
    options = restore_options(args)
    configure_logging(args.verbosity)
    with exit_on_failure(args.traceback, args.database):
        report = restore(globals_dict, options)
    if options.plan and report.drift:
        sys.exit(1)


@contextmanager
def exit_on_failure(show_traceback=False, using="default"):
    """Turn a failed or cancelled restore into a message and an exit code.

    Used where a restore runs as a script: restore.py of lino_dumpy's
    dumps, and the restore.py of Lino's dumps (see lino/compat.py).
    """
    try:
        yield
    except KeyboardInterrupt as error:
        exit_interrupted(error)
    except RestoreCancelled as error:
        sys.stderr.write("%s\n" % error)
        sys.exit(1)
    except DumpyError as error:
        if was_interrupted(error):
            exit_interrupted(error)
        sys.stderr.write("Restore failed: %s\n" % error)
        sys.exit(1)
    except DatabaseError as error:
        if was_interrupted(error):
            exit_interrupted(error)
        if show_traceback:
            raise
        sys.stderr.write(
            "Restore failed: %s If it is, run the restore again with "
            "--traceback to see where it happened, and report it.\n"
            % database_error(error, using, "restoring"))
        sys.exit(1)
    except ConnectionDoesNotExist as error:
        sys.stderr.write(
            "Restore failed: %s Give one of the aliases of DATABASES (%s) "
            "with --database. Nothing was changed.\n"
            % (error, ", ".join(connections)))
        sys.exit(1)
    except Exception as error:
        if was_interrupted(error):
            exit_interrupted(error)
        if show_traceback:
            raise
        sys.stderr.write(
            "Restore failed: an unexpected %s: %s. Run the restore again "
            "with --traceback to see where it happened, and report it.\n"
            % (type(error).__name__, error))
        sys.exit(1)


def exit_interrupted(error=None):
    note = getattr(error, "what_stays", None)
    if note:
        sys.stderr.write("Interrupted. The data transaction was rolled "
                         "back.\n%s\n" % note)
    else:
        sys.stderr.write(
            "Interrupted. The transaction was rolled back: the database "
            "holds what it held before.\n")
    sys.exit(130)


def configure_logging(verbosity):
    level = {0: logging.ERROR, 1: logging.WARNING}.get(verbosity, logging.INFO)
    logging.basicConfig(level=level, format="%(message)s")


def check_dump_format(globals_dict, directory):
    """Refuse a dump written in a newer format than this version reads
    (the same check as loaddata's, see dumpinfo.py)."""
    dumpinfo.check_dump_format(globals_dict.get("DUMP_FORMAT"),
                               os.path.join(directory, RESTORE_SCRIPT))


class Restorer:
    """One restore of one dump into one database.

    loaddata reuses its check of the dump and its table files with an
    AddingLoader (see serializer.py).
    """

    #: What the message of an error met while loading rows ends with.
    ROLLED_BACK = "The restore was rolled back."

    def __init__(self, globals_dict, options, loader=None):
        self.globals = globals_dict
        self.options = options
        self.directory = os.path.dirname(os.path.abspath(
            globals_dict["__file__"]))
        self.entries = globals_dict.get("TABLE_FILES")
        self.report = RestoreReport(self.directory)
        self.out = options.stdout or open(os.devnull, "w")
        self.loader = loader or Loader(options.using,
                                       full_clean=options.full_clean)
        self.started = time.monotonic()
        self.tables = None
        #: ``{label: reason}`` of the models the dump left out.
        self.excluded = globals_dict.get("EXCLUDED") or {}
        self.kept = []
        self.replaced = []
        #: The tables of the dump (its create_ functions, see schema.py).
        self.dump_tables = []
        #: ``{table: engine}`` without transactions (--non-atomic).
        self.unsafe_tables = {}
        self.loading = False
        #: The constraints dropped for the load (PostgreSQL).
        self.dropped = None
        #: The create_ functions before any migration step, and the
        #: shapes of those that are the writer's template (directrows.py).
        self.original_factories = {
            name: value for name, value in globals_dict.items()
            if is_factory_name(name)}
        self.shapes = None
        #: restore.py read as data (dumpstate.py), once: dump_state().
        self.state = None

    def say(self, message, level=1):
        if self.options.verbosity >= level:
            self.out.write(message + "\n")

    def preflight(self):
        """Every check that can refuse the dump; no database writes."""
        self.check_dump()
        using = self.options.using
        self.kept = kept_models(self.excluded, using)
        self.replaced = [model for model in stored_models(using=using)
                         if model not in self.kept]
        check_kept_tables(using, schema_models(using), self.kept)
        check_tables(using, schema_models(using))
        self.check_engines()
        if self.report.drift:
            return
        self.say("Preflight passed: %s with %s, intact and loadable by this "
                 "code." % (count_of(len(self.entries), "table file"),
                            count_of(sum(e[3] for e in self.entries), "row")))

    def check_dump(self):
        """The checks of the dump itself: its format, its table files, the
        migration steps (which run here) and its models."""
        if self.entries is None:
            raise DumpFormatError(
                "restore.py has no TABLE_FILES list, so it was not written "
                "by lino_dumpy. A Lino dump restores through the lino_dumpy "
                "Lino plugin.", os.path.join(self.directory, RESTORE_SCRIPT))
        check_dump_format(self.globals, self.directory)
        self.globals["dt"] = restore_dt(self.globals)
        check_table_files(self.directory, self.entries,
                          self.options.accept_edited)
        originals = {name: value for name, value in self.globals.items()
                     if is_factory_name(name)}
        recorded = self.globals.get("SOURCE_VERSION")
        self.dump_tables = [name[len(factory_name("")):]
                            for name in originals]
        self.report.steps = install_migrations(
            self.globals, self.loader, force=self.options.force,
            source_version=self.options.source_version)
        if not self.options.plan:
            for step in self.report.steps:
                for line in step.lines():
                    self.say(line)
        self.report.drift = self.check_drift(recorded)
        if not self.report.drift:
            self.check_models(originals)

    def check_drift(self, recorded):
        """Refuse rows that, after the steps, do not fit the models,
        listing every problem at once (see upgrade/drift.py)."""
        with using_database(self.options.using):
            report = find_drift(plan_state(self.globals, self.dump_state()))
        if report:
            report.notes += chain_notes(
                recorded, self.globals.get("SOURCE_VERSION"),
                conf.site_version(), bool(conf.migration_class_path()
                                          or conf.migration_module()))
            if not self.options.plan:
                raise SchemaDrift(report.message(), report)
        if not self.options.plan:
            for line in report.defaults:
                self.say(line)
        return report

    def check_engines(self):
        """Refuse tables without transactions unless --non-atomic."""
        self.unsafe_tables = check_restore(
            self.options.using, self.replaced + regenerated_models(),
            self.options.non_atomic)

    def check_models(self, originals):
        """Refuse rows of models that exist neither in the code nor in a
        migration step."""
        for filename, label, table, rows, _ in self.entries:
            if not rows:
                continue
            name = label.replace(".", "_")
            table_function = factory_name(table)
            model = self.globals.get(name)
            function = self.globals.get(table_function)
            replaced = function is not originals.get(table_function)
            if isinstance(model, MissingModel) and not replaced:
                raise UnknownModel(
                    "The dump has %s of %s (in %s), a model that does "
                    "not exist in this version of the code and that no "
                    "migration step handles. Write a migration step that "
                    "renames, converts or removes it." % (
                        count_of(rows, "row"), label, filename))
            if isinstance(model, type) and not replaced:
                self.check_has_table(model, rows, filename)

    def check_has_table(self, model, rows, filename):
        """Refuse rows of a model that has no table on the target."""
        using = self.options.using
        if has_table(model, using):
            return
        raise NoTable(
            "The dump has %s of %s (in %s), but this model has no "
            "table on the database %r: %s. Restore into a database where "
            "it has one, or add a migration step that removes these rows."
            " Nothing was changed." % (
                count_of(rows, "row"), model_label(model), filename, using,
                no_table_reason(model, using)), [model])

    def confirm(self):
        counts = data_counts(self.options.using, self.replaced)
        if not counts:
            return
        if not self.options.interactive:
            self.say("Replacing the data of the non-empty database (%s)."
                     % count_of(sum(counts.values()), "row"))
            return
        question = (
            "The database %r holds %s (%s). Restoring replaces ALL of "
            "them with the dump. Continue? [y/N] " % (
                self.options.using, count_of(sum(counts.values()), "row"),
                ", ".join("%s: %s" % (label, count_of(count, "row"))
                          for label, count in sorted(counts.items())[:5])
                + (", ..." if len(counts) > 5 else "")))
        if not ask(question, self.out):
            raise RestoreCancelled(
                "Restore cancelled; the database was not changed. Use "
                "--noinput to replace the data without asking.")

    def load(self):
        """Load on the backend's fast path; where the database refused a
        row there without naming it, load again on the default path,
        which names it (see fastpaths.py)."""
        fast = fast_path(connections[self.options.using])
        try:
            self.load_once(fast)
        except FastLoadRefused as error:
            self.say("The database refused a row of the fast load (%s); "
                     "loading again row by row to find it." % error)
            self.loader.reset()
            self.load_once(fast.careful())

    def load_once(self, fast):
        using = self.options.using
        connection = connections[using]
        models = self.replaced
        self.globals["loader"] = self.loader
        self.loader.fast = fast
        self.loading = True
        try:
            with keys_as_given(using), self.schema.transaction_ready(), \
                    fast.outside_transaction(), \
                    transaction.atomic(using=using), using_database(using):
                self.load_rows(connection, models, fast)
        except DatabaseError as error:
            if fast.refused(error):  # at the checks or the commit
                raise FastLoadRefused(str(error).strip()) from error
            raise

    def load_rows(self, connection, models, fast):
        """Inside the transaction: schema, rows, checks, sequences."""
        using = self.options.using
        with connection.constraint_checks_disabled():
            self.tables = self.schema.inside_transaction()
            self.prepare_tables(models)
            with fast.session(models):
                self.loader.initialize()
                self.run_table_files()
                self.loader.finish_rows()
                if self.dropped is not None:
                    self.dropped.rows_loaded()
                # after_load callbacks may create rows with new ids
                reset_sequences(using, models)
                self.loader.run_after_load()
        check_foreign_keys(using, models, self.kept)
        reset_sequences(using, models)
        recreate_auto_rows(using)
        if self.dropped is not None:
            self.dropped.recreate()

    def prepare_tables(self, models):
        """Inside the transaction: create or rebuild the tables of apps
        without migrations (see schema.py), then empty all tables."""
        using = self.options.using
        if self.tables is not None:
            lines = self.tables.describe()
            if lines and self.schema.transactional:
                lines.append(IN_TRANSACTION)
            for line in lines:
                self.say(line)
            self.tables.apply(using)
        emptied = models + regenerated_models()
        self.dropped = dropped_constraints(using, emptied)
        empty_tables(using, emptied, self.kept)

    def run_table_files(self, loader=None):
        loader = loader or self.loader
        total = sum(entry[3] for entry in self.entries)
        with tqdm(total=total, unit="rows", leave=False,
                  disable=None if self.options.verbosity else True) as bar:
            loader.progress = bar
            self.run_steps(self.table_file_steps())
            loader.progress = None

    def table_file_steps(self):
        """The rows of the table files and the compiled chunks where the
        reader refuses a line (see trustedrows.py)."""
        return table_file_steps(self.directory, self.entries, self.globals,
                                conf.compile_workers(), self.renderings)

    def renderings(self):
        """The tables whose rows the reader's workers may render for the
        loader's fast path, with their rendering.Rendering."""
        loader = self.globals["loader"]
        renderings = {}
        for table in {entry[2] for entry in self.entries}:
            direct = self.direct_table(loader, table)
            rendering = direct and loader.rendering(direct)
            if rendering:
                renderings[table] = rendering
        return renderings

    def check_before_touching(self):
        """Where tables cannot roll back, check the dump's keys before any
        row is deleted (see keycheck.py)."""
        if not self.unsafe_tables:
            return
        self.say(non_atomic_note(self.unsafe_tables))
        with using_database(self.options.using):
            check_dump_keys(self.run_table_files, self.globals,
                            self.options.using, self.replaced)

    def run_steps(self, steps):
        """Save the rows and run the compiled chunks of table_file_steps()
        (the steps of trustedrows.py); return how many steps ran."""
        loader = self.globals["loader"]
        path = lineno = None
        count = 0
        savers = {}
        try:
            for path, table, lineno, args in steps:
                count += 1
                if lineno is None:
                    self.run_table_file(path, args)
                    savers.clear()  # the chunk's code may rebind globals
                elif args is None:
                    loader.flush_deferred_objects()
                else:
                    save = savers.get(table)
                    if save is None:
                        save = savers[table] = self.row_saver(loader, table)
                    save(args, path, lineno)
        except FastLoadRefused:
            raise
        except DumpyError as error:
            if isinstance(error, InvalidLocalTime):
                raise self.row_failed(
                    error, getattr(error, "filename", None) or path,
                    getattr(error, "lineno", None) or lineno) from error
            if not getattr(error, "filename", None):
                raise self.row_failed(error, path, lineno) from error
            raise
        except Exception as error:
            raise self.row_failed(error, path, lineno) from error
        return count

    def row_saver(self, loader, table):
        """``save(args, path, lineno)`` for the rows of `table`: as values
        where directrows.py allows it, else the instance its create_
        function makes goes to the loader."""
        direct = self.direct_table(loader, table)
        if direct is not None:
            save_values = loader.save_values

            def save(args, path, lineno):
                if type(args) is RenderedRows:
                    loader.save_rendered(direct, args)
                else:
                    save_values(direct, args, path, lineno)
            return save
        factory = self.globals[factory_name(table)]
        save_row = loader.save_row

        def save(args, path, lineno):
            save_row(factory(*args), path, lineno)
        return save

    def direct_table(self, loader, table):
        """The DirectTable of `table`, or None (see directrows.py)."""
        if self.shapes is None:
            self.shapes = self.canonical_shapes()
        shape = self.shapes.get(table)
        return shape and direct_table(shape, self.globals,
                                      self.original_factories, loader)

    def canonical_shapes(self):
        """The create_ functions of the dump, as its restore.py defined
        them, that are exactly the writer's template (the others run as
        they are)."""
        try:
            state = self.dump_state()
        except DumpFormatError:
            return {}
        return canonical_shapes(state, self.original_factories)

    def dump_state(self):
        """The dump's restore.py read as data, for the drift check and the
        shapes of its create_ functions."""
        if self.state is None:
            self.state = read_dump_state(self.directory)
        return self.state

    def run_table_file(self, filename, code):
        try:
            exec(code, self.globals)
        except FastLoadRefused:
            raise
        except DumpyError as error:
            if getattr(error, "filename", None) and not isinstance(
                    error, InvalidLocalTime):
                raise
            raise self.row_failed(error, code.co_filename, table_file_line(
                error, code.co_filename)) from error
        except Exception as error:
            raise self.row_failed(error, code.co_filename, table_file_line(
                error, code.co_filename)) from error

    def row_failed(self, error, filename, lineno):
        """The RestoreFailed for `error`, met at a row of a table file."""
        if isinstance(error, InvalidLocalTime):
            return self.invalid_time(error, filename, lineno)
        if isinstance(error, DumpyError):
            return RestoreFailed("%s %s" % (error, self.ROLLED_BACK),
                                 filename=filename, lineno=lineno)
        return RestoreFailed(
            "%s: %s. %s" % (type(error).__name__, error, self.ROLLED_BACK),
            filename=filename, lineno=lineno)

    def invalid_time(self, error, filename, lineno):
        """RestoreFailed naming the row of an InvalidLocalTime."""
        message, label, pk, field = locate_refusal(
            error, self.globals, filename, lineno)
        return RestoreFailed(
            "%s %s" % (message, self.ROLLED_BACK), model=label, pk=pk,
            field=field, filename=filename, lineno=lineno)

    def run(self):
        self.preflight()
        if self.options.plan:
            for line in plan_lines(self):
                self.out.write(line + "\n")
            return self.report
        return self.replace_data()

    def say_left_out(self):
        """Name the tables whose rows stay, and the models without one."""
        for model in self.kept:
            label = model_label(model)
            level = 2 if model._meta.label_lower in SKIPPED_MODELS else 1
            self.say("Kept the rows of %s (left out of the dump: %s)." % (
                label, self.excluded[label]), level)
        for label, reason in left_out_models(
                using=self.options.using).items():
            if label not in self.excluded and reason not in \
                    SKIPPED_MODELS.values():
                self.say("Left out: %s (%s)." % (label, reason), 2)

    def replace_data(self):
        """Everything after the preflight: confirm, schema, load."""
        self.confirm()
        self.schema = SchemaStep(self.options.using,
                                 self.options.migrate_schema, self.say,
                                 self.dump_tables)
        with explained_failure(self):
            self.schema.before_transaction()
            self.check_engines()
            self.check_before_touching()
            self.say_left_out()
            self.load()
        self.schema.after_commit()
        self.report.counts = dict(self.loader.counts)
        self.report.seconds = time.monotonic() - self.started
        for label, count in sorted(self.report.counts.items()):
            self.say("  %s: %s" % (label, count_of(count, "row")), 2)
        self.say("Restored %s from %s in %.1f s." % (
            count_of(self.report.rows, "row"), self.directory,
            self.report.seconds))
        self.check_media_files()
        return self.report

    def check_media_files(self):
        """List the restored rows whose media file is missing."""
        restored = sorted(self.loader.inserters, key=model_label)
        self.report.missing_files = missing_files(self.options.using,
                                                  restored)
        for line in describe_missing(self.report.missing_files):
            self.say(line)


def failure_notes(restorer):
    """What stays changed after a failure: the schema step of MariaDB and
    MySQL (see schemastep.py), tables without transactions."""
    notes = [restorer.schema.left_behind()]
    if restorer.loading and restorer.unsafe_tables:
        notes.append(non_atomic_failure(restorer.unsafe_tables))
    return "\n".join(note for note in notes if note) or None


@contextmanager
def explained_failure(restorer):
    """Say in the error of a failed restore what stays changed, instead
    of "Nothing was changed"."""
    try:
        yield
    except BaseException as error:
        note = failure_notes(restorer)
        if note is None:
            raise
        if isinstance(error, DumpyError) and not was_interrupted(error):
            raise RestoreFailed("%s\n%s" % (
                str(error).replace(NOTHING_CHANGED, "").rstrip(), note)
            ) from error
        error.what_stays = note
        if not isinstance(error, KeyboardInterrupt):
            error.add_note(note)
        raise


def dropped_constraints(using, models):
    """Drop the foreign keys from and to the tables of `models`, and their
    plain indexes, where the backend loads faster without them; they are
    re-created after the load (see pgload.py).  None where nothing was
    dropped."""
    if connections[using].vendor != "postgresql":
        return None
    dropped = DroppedConstraints(using, models)
    dropped.drop()
    return dropped


def kept_models(excluded, using):
    """The models whose rows the restore keeps: those the dump left out
    (its EXCLUDED), as far as they exist in the code and have a table on
    `using`, except the ones whose rows are derived from the others."""
    result = []
    for label in excluded:
        try:
            model = apps.get_model(label)
        except (LookupError, ValueError):
            continue
        if model._meta.label_lower not in REGENERATED_MODELS and \
                has_table(model, using):
            result.append(model)
    return result


def table_file_line(error, filename):
    """The line of `filename` in the traceback of `error`, if any."""
    for frame, lineno in traceback.walk_tb(error.__traceback__):
        if frame.f_code.co_filename == filename:
            return lineno
    return None


@contextmanager
def loading_from_dump():
    """Lino's flag that tells models they are being restored."""
    site = conf.lino_site()
    if site is None:
        yield
        return
    previous = getattr(site, "loading_from_dump", None)
    site.loading_from_dump = True
    try:
        yield
    finally:
        site.loading_from_dump = previous or False


def restore(globals_dict, options=None):
    """Restore the dump whose restore.py globals are `globals_dict`."""
    with loading_from_dump():
        return Restorer(globals_dict, options or RestoreOptions()).run()


def restore_directory(directory, **options):
    """Restore the dump in `directory` (tools and tests use this)."""
    module = load_dump(directory)
    return restore(vars(module), RestoreOptions(**options))
