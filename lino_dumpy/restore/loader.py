"""The loader that a dump's table files feed: ``loader.save(obj)``.

Objects are collected per model and inserted in batches with
``executemany``, writing the stored values as they are (see inserts.py).  The caller runs the loader
inside one transaction with constraint checks deferred;
:func:`lino_dumpy.restore.integrity.check_foreign_keys` verifies them before the
commit.

Lino's protocol is kept: an object's ``before_dumpy_save(loader)`` runs
before it is inserted, and if it raises, the object is deferred and retried
in a second pass once more rows are in (``flush_deferred_objects``).

:class:`Loader` replaces the data (the restore); :class:`AddingLoader` is
the same loader in "add rows" mode, for ``loaddata`` (see serializer.py).
"""
import copy
import logging
import re
import sys
from collections import Counter
from contextlib import contextmanager, nullcontext

from django.db import (DatabaseError, OperationalError, connections, models,
                       transaction)
from django.core.exceptions import ObjectDoesNotExist, ValidationError

from .. import conf
from ..exceptions import (NOTHING_CHANGED, DumpyError, FastLoadRefused,
                          MigrationStepFailed, RestoreFailed, UnsavedObjects)
from .conflicts import describe_conflict
from .fastpaths import FastPath
from .inserts import UnfitValue
from ..ordering import model_label

logger = logging.getLogger(__name__)

_databases = ["default"]


def current_database():
    """The alias of the database that the running restore writes to."""
    return _databases[-1]


@contextmanager
def using_database(alias):
    _databases.append(alias)
    try:
        yield
    finally:
        _databases.pop()


def code_line(code, offset):
    """The source line of the instruction at `offset` in `code`."""
    for start, end, line in code.co_lines():
        if start <= offset < end:
            return line
    return None


class Where:
    """The place in a table file that produced an object (for messages).

    Only the code object and the instruction offset are kept: computing a
    frame's line number scans the line table of the code object, which
    for a table file of 50,000 lines costs more than the row itself.
    """

    __slots__ = ("code", "offset")

    def __init__(self, code, offset):
        self.code = code
        self.offset = offset

    @property
    def filename(self):
        return self.code.co_filename

    @property
    def lineno(self):
        return code_line(self.code, self.offset)

    def __str__(self):
        return "%s:%s" % (self.filename, self.lineno)


class RowPlace:
    """The line of a table file whose row the restricted reader read (it
    has no code object)."""

    __slots__ = ("filename", "lineno")

    def __init__(self, filename, lineno):
        self.filename = filename
        self.lineno = lineno

    def __str__(self):
        return "%s:%s" % (self.filename, self.lineno)


def is_row_problem(error, connection):
    """False for errors that no row caused: a cancelled statement (Ctrl-C
    reaches the database server too), a lost connection, or a transaction
    already broken."""
    if connection.needs_rollback or isinstance(error, OperationalError):
        return isinstance(error, UnfitValue)
    return True


#: How the backends say that a NOT NULL column got no value.
NOT_NULL = re.compile(r"NOT NULL constraint|null value in column|"
                      r"cannot be null|doesn't have a default value", re.I)


def refusal_hint(error):
    """What to check when the database refuses a row."""
    if NOT_NULL.search(str(error)):
        return ("A required field got no value: give it one in a "
                "migration step (AddField if the rows lack the field, "
                "ConvertValue or ProcessRows if they hold None).")
    return ("Check for a duplicate primary key or a value that does not "
            "fit its field.")


def describe(obj, with_text=False):
    """``shop.Product pk=3``, with its text if asked and short:
    ``shop.Product pk=3 ('Red mug')``."""
    result = "%s pk=%r" % (model_label(type(obj)), obj.pk)
    if with_text:
        try:
            text = str(obj)
        except Exception:
            text = None
        if text and len(text) <= 60:
            result += " (%r)" % text
    return result


class Loader:
    """Collects objects from table files and inserts them in batches.

    `full_clean` validates every object (except its foreign keys, which
    the integrity check verifies once all rows are in).
    """

    def __init__(self, using="default", full_clean=False, batch_size=None):
        self.using = using
        self.connection = connections[using]
        self.full_clean = full_clean
        self.batch_size = batch_size or conf.batch_size()
        self.pending = {}
        #: Rows given as values (see directrows.py), per DirectTable.
        self.pending_rows = {}
        #: Rows rendered by the reader's workers (rendering.py), per
        #: DirectTable.
        self.pending_rendered = {}
        self.inserters = {}
        self.deferred = []
        #: Objects whose full_clean() looked up a row not loaded yet.
        self.deferred_validation = []
        self.parent_updates = []
        self.counts = Counter()
        self.count_objects = 0
        self.after_load_handlers = []
        self.before_load_handlers = []
        self.progress = None
        self.fast = FastPath(self.connection)

    def reset(self):
        """Forget the rows of a load that was rolled back, to load again."""
        self.pending, self.inserters, self.deferred = {}, {}, []
        self.pending_rows, self.pending_rendered = {}, {}
        self.parent_updates = []
        self.counts = Counter()
        self.count_objects = 0

    # Lino's name for the list of after_load callbacks.
    @property
    def AFTER_LOAD_HANDLERS(self):
        return self.after_load_handlers

    def save(self, obj):
        """Save one object, an iterable of objects, or nothing (None)."""
        if obj is None:
            return
        if isinstance(obj, models.Model):
            frame = sys._getframe(1)
            where = Where(frame.f_code, frame.f_lasti)
            self.save_instance(obj, where)
        elif hasattr(obj, "__iter__"):
            for item in obj:
                self.save(item)
        else:
            raise RestoreFailed(
                "loader.save() got %r, which is neither a model instance "
                "nor an iterable of them." % (obj,))

    def save_row(self, obj, filename, lineno):
        """save() of the object that the create_ function made of the row
        at line `lineno` of table file `filename`."""
        if isinstance(obj, models.Model):
            self.save_instance(obj, RowPlace(filename, lineno))
        else:
            self.save(obj)

    def takes_direct_rows(self):
        """Whether rows may come as values instead of instances (see
        directrows.py): only into this class, which inserts them as they
        are, and without --full-clean, which validates instances."""
        return type(self) is Loader and not self.full_clean

    def save_values(self, direct, args, filename, lineno):
        """Stage the row `args` of the DirectTable `direct`, read at line
        `lineno` of table file `filename`."""
        batch = self.pending_rows.get(direct)
        if batch is None:
            if direct in self.pending_rendered:  # keep the rows' order
                self.flush_rendered(direct)
            batch = self.pending_rows[direct] = []
        batch.append((args, RowPlace(filename, lineno)))
        if len(batch) >= self.batch_size:
            self.flush_rows(direct)

    def rendering(self, direct):
        """The rendering.Rendering of the rows of the DirectTable `direct`
        on the current fast path, or None."""
        return self.fast.rendering(self.inserter(direct.model), direct)

    def save_rendered(self, direct, rendered):
        """Stage the rows of `direct` that the reader's workers rendered
        (a rendering.RenderedRows)."""
        batch = self.pending_rendered.get(direct)
        if batch is None:
            if direct in self.pending_rows:  # keep the rows' order
                self.flush_rows(direct)
            batch = self.pending_rendered[direct] = []
        batch.extend(rendered.rows)
        if len(batch) >= self.batch_size:
            self.flush_rendered(direct)

    def save_instance(self, obj, where):
        hook = getattr(obj, "before_dumpy_save", None)
        if hook is not None:
            self.flush()
            try:
                hook(self)
            except Exception as error:
                logger.debug("Deferred %s: %s", describe(obj), error)
                self.deferred.append((obj, where, error))
                return
        self.stage(obj, where)

    def stage(self, obj, where):
        if self.full_clean:
            self.validate(obj, where)
        model = type(obj)
        batch = self.pending.get(model)
        if batch is None:
            batch = self.pending[model] = []
        batch.append((obj, where))
        if len(batch) >= self.batch_size:
            self.flush_model(model)

    def validate(self, obj, where, deferrable=True):
        """Report what full_clean() finds, never alter what is restored:
        ``clean_fields()`` assigns cleaned values, so a copy is cleaned."""
        local = set(obj._meta.local_concrete_fields)
        exclude = [f.name for f in obj._meta.concrete_fields
                   if f.is_relation or f not in local]
        try:
            copy.copy(obj).full_clean(exclude=exclude, validate_unique=False,
                                      validate_constraints=False)
        except ObjectDoesNotExist as error:
            # Lino's clean() methods read related rows (a Place's parent),
            # which may come later in the dump: validate once all are in.
            if deferrable:
                self.deferred_validation.append((obj, where))
                return
            raise RestoreFailed(
                "%s is not valid (--full-clean): its validation looked up a "
                "row that the dump does not hold: %s" % (describe(obj), error),
                model=model_label(type(obj)), pk=obj.pk,
                filename=where.filename, lineno=where.lineno) from error
        except ValidationError as error:
            problems = getattr(error, "message_dict", None) or {
                None: error.messages}
            fields = sorted(name for name in problems if name)
            raise RestoreFailed(
                "%s is not valid (--full-clean): %s" % (describe(obj), "; ".join(
                    "%s: %s" % (name, " ".join(messages)) if name else
                    " ".join(messages)
                    for name, messages in sorted(problems.items(),
                                                 key=lambda i: str(i[0])))),
                model=model_label(type(obj)), pk=obj.pk,
                field=", ".join(fields) or None,
                filename=where.filename, lineno=where.lineno) from error

    def flush(self):
        """Insert every collected object."""
        for model in list(self.pending):
            self.flush_model(model)
        for direct in list(self.pending_rows):
            self.flush_rows(direct)
        for direct in list(self.pending_rendered):
            self.flush_rendered(direct)

    def inserter(self, model):
        inserter = self.inserters.get(model)
        if inserter is None:
            inserter = self.inserters[model] = self.fast.inserter(
                model, self.connection)
        return inserter

    def flush_model(self, model):
        batch = self.pending.pop(model, None)
        if not batch:
            return
        inserter = self.inserter(model)
        objs = [obj for obj, where in batch]
        self.write_batch(inserter, inserter.insert, objs, lambda: batch)
        self.written(model, objs)

    def flush_rows(self, direct):
        """Insert the rows staged by save_values() for `direct`."""
        batch = self.pending_rows.pop(direct, None)
        if not batch:
            return
        inserter = self.inserter(direct.model)
        rows = [direct.values(args) for args, where in batch]
        self.write_batch(inserter, inserter.insert_values, rows, lambda: [
            (direct.instance(args), where) for args, where in batch])
        self.count_rows(direct.model, len(rows))

    def flush_rendered(self, direct):
        """Send the rows staged by save_rendered() for `direct`.  Only the
        fast paths that refuse without naming a row render, so a refusal
        here is a FastLoadRefused (the careful load names the row)."""
        batch = self.pending_rendered.pop(direct, None)
        if not batch:
            return
        inserter = self.inserter(direct.model)
        self.write_batch(inserter, inserter.write_rendered, batch, list)
        self.count_rows(direct.model, len(batch))

    def write_batch(self, inserter, insert, batch, located):
        """``insert(batch)``, in a savepoint where the fast path wants one;
        where the database refuses a row, find it among the ``(instance,
        place)`` pairs that `located()` gives."""
        savepoint = (transaction.atomic(using=self.using, savepoint=True)
                     if self.fast.batch_savepoints else nullcontext())
        try:
            with savepoint:
                insert(batch)
        except (DatabaseError, UnfitValue) as error:
            if self.fast.refused(error):
                raise FastLoadRefused(str(error).strip()) from error
            if not is_row_problem(error, self.connection):
                raise
            self.diagnose(inserter, located(), error)

    def written(self, model, objs):
        """Count rows just written, and keep their parents' updates."""
        for obj in objs:
            parent = getattr(obj, "_dumpy_parent_values", None)
            if parent is not None:
                self.parent_updates.append(parent)
        self.count_rows(model, len(objs))

    def count_rows(self, model, count):
        self.counts[model_label(model)] += count
        self.count_objects += count
        if self.progress is not None:
            self.progress.update(count)

    def diagnose(self, inserter, batch, batch_error):
        """Find the row of a failed batch that cannot be inserted."""
        for obj, where in batch:
            try:
                with transaction.atomic(using=self.using, savepoint=True):
                    inserter.insert([obj])
            except UnfitValue as error:
                raise RestoreFailed(
                    "%s: %s. Fix the value or convert it in a migration "
                    "step. %s" % (describe(obj), error, NOTHING_CHANGED),
                    model=model_label(type(obj)), pk=obj.pk,
                    field=error.attname, filename=where.filename,
                    lineno=where.lineno) from error
            except DatabaseError as error:
                taken, conflicting = describe_conflict(obj, self.using)
                field = inserter.refused_field(error) or conflicting
                raise RestoreFailed(
                    "The database refused %s%s: %s. %s%s %s" % (
                        describe(obj), " (field %s)" % field if field else "",
                        str(error).strip(), taken and taken + ". ",
                        refusal_hint(error), NOTHING_CHANGED),
                    model=model_label(type(obj)), pk=obj.pk, field=field,
                    filename=where.filename, lineno=where.lineno
                ) from error
        raise RestoreFailed(
            "The database refused a batch of %s rows: %s. %s"
            % (model_label(inserter.model),
               str(batch_error).strip().rstrip("."), NOTHING_CHANGED)
        ) from batch_error

    def flush_deferred_objects(self):
        """Retry deferred objects until a pass saves none of them."""
        while self.deferred:
            self.flush()
            retry, self.deferred = self.deferred, []
            for obj, where, _ in retry:
                self.retry(obj, where)
            if len(self.deferred) == len(retry):
                break
        self.flush()

    def retry(self, obj, where):
        """Save a deferred object, or defer it again."""
        try:
            obj.before_dumpy_save(self)
        except Exception as error:
            self.deferred.append((obj, where, error))
        else:
            self.stage(obj, where)

    def apply_parent_updates(self):
        """Write parent fields that a migrated create_mti_child() received."""
        for parent_model, pk, values in self.parent_updates:
            parent_model._base_manager.using(self.using).filter(
                pk=pk).update(**values)
        self.parent_updates = []

    def initialize(self):
        """Run the before_load callbacks (Lino's name)."""
        for handler in self.before_load_handlers:
            self.run_handler(handler, "before_load")

    def finish_rows(self):
        """Save what was deferred and apply the pending parent updates."""
        self.flush_deferred_objects()
        self.apply_parent_updates()
        validations, self.deferred_validation = self.deferred_validation, []
        for obj, where in validations:
            self.validate(obj, where, deferrable=False)

    def run_after_load(self):
        """Run the after_load callbacks; fail if objects remain unsaved."""
        for handler in self.after_load_handlers:
            self.run_handler(handler, "after_load")
            self.flush_deferred_objects()
        self.check_unsaved()

    def run_handler(self, handler, kind):
        """Run a before_load or after_load callback of a migration step."""
        name = getattr(handler, "__name__", repr(handler))
        logger.info("Running %s handler %s", kind, handler.__doc__ or name)
        try:
            handler(self)
        except DumpyError:
            raise
        except Exception as error:
            raise MigrationStepFailed(
                "the %s handler %s of a migration step failed: %s: %s."
                % (kind, name, type(error).__name__, error)) from error

    def check_unsaved(self):
        """Raise UnsavedObjects if deferred objects could never be saved."""
        if self.deferred:
            raise UnsavedObjects([
                "%s (%s): %s: %s" % (describe(obj), where,
                                     type(error).__name__, error)
                for obj, where, error in self.deferred])


class AddingLoader(Loader):
    """The loader in "add rows" mode, for ``loaddata`` of a dump.

    The restore's Loader replaces the data; this one adds the rows to it,
    the way Django's loaddata adds every fixture: loaddata owns the
    transaction, the constraint checks and the sequences, and decides
    which objects to save (``--exclude``, database routers).  So
    ``loader.save(obj)`` only hands the object over
    (:meth:`take_handed_over`), and loaddata's save calls :meth:`add`,
    which takes the restore's path (``before_dumpy_save``, deferred
    objects, parent fields) up to the write: one row at a time by primary
    key (an existing row with that key is updated), with the stored
    values as they are (``raw=True``: no ``save()``, no ``auto_now``).
    """

    def __init__(self, using="default"):
        super().__init__(using)
        self.handed_over = []
        #: The models of the rows written, for the sequences.
        self.models = set()

    def save_instance(self, obj, where):
        self.handed_over.append((obj, where))

    def take_handed_over(self):
        handed_over, self.handed_over = self.handed_over, []
        return handed_over

    def add(self, obj, where):
        """Save an object that was handed over (loaddata calls this)."""
        Loader.save_instance(self, obj, where)

    def flush(self):
        """Nothing waits for a batch: rows are written one at a time."""

    def stage(self, obj, where):
        try:
            models.Model.save_base(obj, using=self.using, raw=True)
        except Exception as error:
            raise RestoreFailed(
                "%s could not be saved: %s: %s." % (
                    describe(obj, with_text=True), type(error).__name__,
                    str(error).strip()),
                model=model_label(type(obj)), pk=obj.pk,
                filename=where.filename, lineno=where.lineno) from error
        self.models.add(type(obj))
        self.written(type(obj), [obj])
