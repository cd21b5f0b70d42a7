"""Load ``.py`` fixtures with ``manage.py loaddata``.

Django's ``loaddata`` only knows the formats registered in the settings, and
it silently skips files of other formats, so a site that loads ``.py``
fixtures **must** have this line in its settings::

    SERIALIZATION_MODULES = {"py": "lino_dumpy.serializer"}

Three kinds of ``.py`` files load this way:

**Fixture modules** (Lino's convention): a module with an ``objects()``
function that yields unsaved model instances, iterables of them, or None.
Each object is validated (``full_clean()``; None is accepted in a nullable
field even without ``blank=True``) and saved with its model's ``save()``,
as Lino does.  An object that cannot be saved yet (it points
to an object that comes later, or its ``before_dumpy_save(loader)`` hook
raises) is deferred and retried once the others are in, until a pass
saves nothing more.  What still fails is an error naming the fixture file
and each object.

**Table files of a dump** (``loaddata DIR/shop_product.py``): the rows of
one table.  They need the globals of the dump's ``restore.py``, which must
be next to them; the dump's migration steps run first.

**A whole dump** (``loaddata DIR/restore.py``): the migration steps run,
then the rows of every table file are added.  Unlike ``restore.py`` this
does not replace the data: rows are written by primary key the way
``loaddata`` writes every fixture (a row whose primary key exists is
updated, the others are inserted) and stored values are kept as they are
(``raw=True``: no ``save()``, no ``auto_now``).

Everything runs inside loaddata's transaction: any error rolls back all
fixtures of the command.  ``dumpdata --format py`` is refused; write dumps
with ``manage.py dump2py``.
"""
import ast
import logging
import os
import sys
import types
from contextlib import ExitStack, contextmanager

from django.core.management.base import CommandError
from django.core.serializers import base
from django.db import DEFAULT_DB_ALIAS, connections, models, transaction

from . import conf
from .restore.datetimes import locate_refusal, restore_dt
from .restore.dumpinfo import check_restore_py, lists_table_file
from .exceptions import DumpyError, InvalidLocalTime
from .restore.loader import code_line
from .ordering import model_label

logger = logging.getLogger(__name__)

#: Statements of a table file executed between two hand-overs to loaddata.
CHUNK_SIZE = 1000


class FixtureError(DumpyError, base.DeserializationError, CommandError):
    """A ``.py`` fixture could not be loaded; nothing of it was saved.

    It is a CommandError too, so that ``manage.py loaddata`` prints the
    message (which names the fixture file and the object) instead of a
    traceback.
    """

    def __init__(self, message, filename=None, lineno=None):
        if filename:
            where = filename if lineno is None else "%s:%s" % (filename,
                                                               lineno)
            message = "%s: %s" % (where, message)
        super().__init__(message)
        self.filename = filename
        self.lineno = lineno

    @classmethod
    def wrap(cls, error, fixture):
        """A FixtureError for another lino_dumpy error met while loading."""
        filename = getattr(error, "filename", None)
        if filename:
            # The message of `error` names its file already.
            result = cls("%s Nothing was loaded." % error)
            result.filename = filename
            result.lineno = getattr(error, "lineno", None)
            return result
        return cls("%s Nothing was loaded." % error, fixture)


class FlushDeferredObjects:
    """Yielded by objects(): save the deferred objects before going on
    (Lino's ``lino.utils.dpy.FlushDeferredObjects`` works as well)."""


class Serializer(base.Serializer):
    """Refuses ``dumpdata --format py``: a dump is a directory.

    It exists because loaddata accepts only the formats whose serializer
    is public.
    """

    internal_use_only = False

    def serialize(self, queryset, **options):
        raise base.SerializationError(
            "Python dumps are directories, not single files: use "
            "`manage.py dump2py DIR` instead of `dumpdata --format py`.")


class Where:
    """The fixture file and the line that produced an object."""

    def __init__(self, fixture, filename=None, lineno=None, code=None,
                 offset=None):
        self.fixture = fixture
        self.filename = filename
        self._lineno = lineno
        self.code, self.offset = code, offset

    @property
    def lineno(self):
        """Computed only when needed: see lino_dumpy.loader.Where."""
        if self._lineno is None and self.code is not None:
            self._lineno = code_line(self.code, self.offset)
        return self._lineno

    def __str__(self):
        if self.lineno is None:
            return self.fixture
        if self.filename in (None, self.fixture):
            return "%s:%s" % (self.fixture, self.lineno)
        return "%s (yielded at %s:%s)" % (self.fixture, self.filename,
                                          self.lineno)


def describe(obj):
    """``shop.Product pk=3 ('Red mug')``: an object in a message."""
    try:
        text = str(obj)
    except Exception:
        text = None
    result = "%s pk=%r" % (model_label(type(obj)), obj.pk)
    if text and len(text) <= 60:
        result += " (%r)" % text
    return result


class FixtureObject(base.DeserializedObject):
    """One object of a ``.py`` fixture, as loaddata receives it.

    loaddata decides whether to save it (``--exclude``, database routers)
    and calls :meth:`save`; how it is saved is up to the loader that
    produced it.
    """

    def __init__(self, loader, obj, where):
        super().__init__(obj)
        self.loader = loader
        self.where = where

    def save(self, save_m2m=True, using=None, **kwargs):
        self.loader.save_object(self, using or self.loader.using)


class Deferred:
    """An object waiting for a second pass, with the reason why."""

    def __init__(self, item, using, error):
        self.item = item
        self.using = using
        self.error = error


class ObjectsLoader:
    """Saves what the ``objects()`` of a fixture module yields.

    The protocol names are Lino's: objects get ``before_dumpy_save(loader)``
    called, and a fixture may yield ``FlushDeferredObjects`` (the class,
    from here or from ``lino.utils.dpy``) to retry the deferred objects
    before it goes on.
    """

    quick = False

    def __init__(self, fixture, using):
        self.fixture = fixture
        self.using = using
        self.deferred = []
        self.waiting = set()
        self.saved = 0

    def expand(self, item, where):
        """Yield a FixtureObject for every model instance in `item`."""
        if item is None:
            return
        if isinstance(item, type) and item.__name__ == "FlushDeferredObjects":
            self.flush_deferred_objects()
        elif isinstance(item, models.Model):
            yield FixtureObject(self, item, where)
        elif isinstance(item, (str, bytes)) or not hasattr(item, "__iter__"):
            raise FixtureError(
                "objects() yielded %r, which is neither a model instance "
                "nor an iterable of them." % (item,), str(where))
        else:
            iterator = iter(item)
            while True:
                try:
                    value = next(iterator)
                except StopIteration:
                    return
                yield from self.expand(value, yield_point(iterator, where))

    def save_object(self, item, using):
        obj = item.object
        self.waiting.discard(id(obj))
        error = self.try_save(obj, using)
        if error is not None:
            logger.debug("Deferred %s: %s", describe(obj), error)
            self.waiting.add(id(obj))
            self.deferred.append(Deferred(item, using, error))

    def unsaved_dependencies(self, obj):
        """Objects that `obj` points to and that are not saved yet."""
        return [related for field, related in cached_relations(obj)
                if related.pk is None or id(related) in self.waiting]

    def try_save(self, obj, using):
        """Save `obj` or return the reason why it cannot be saved yet."""
        waiting_for = self.unsaved_dependencies(obj)
        if waiting_for:
            return WaitingFor(waiting_for)
        refresh_relations(obj)
        try:
            with transaction.atomic(using=using, savepoint=True):
                hook = getattr(obj, "before_dumpy_save", None)
                if hook is not None:
                    hook(self)
                obj._state.db = using
                if not self.quick:
                    obj.full_clean(exclude=null_values(obj))
                obj.save(using=using)
        except Exception as error:
            return error
        self.saved += 1
        return None

    def flush_deferred_objects(self):
        """Retry the deferred objects until a pass saves none of them."""
        while self.deferred:
            retry, self.deferred = self.deferred, []
            for deferred in retry:
                self.save_object(deferred.item, deferred.using)
            if len(self.deferred) == len(retry):
                return

    def finalize(self):
        self.flush_deferred_objects()
        if self.deferred:
            raise unsaved_error(self.fixture, self.deferred)


class WaitingFor(Exception):
    """The reason for deferring an object that points to unsaved ones."""

    def __init__(self, objects):
        super().__init__(
            "it points to %s, which %s not saved" % (
                ", ".join(describe(obj) for obj in objects),
                "is" if len(objects) == 1 else "are"))


def cached_relations(obj):
    """``(field, related object)`` for every relation set on `obj`."""
    meta = obj._meta
    for field in list(meta.concrete_fields) + list(meta.private_fields):
        if not field.is_relation or field.many_to_many:
            continue
        if not field.is_cached(obj):
            continue
        related = field.get_cached_value(obj, default=None)
        if related is not None:
            yield field, related


def null_values(obj):
    """Fields holding None where the column allows it.

    They are not validated: ``blank=False`` is a rule for forms, and
    ``full_clean()`` would refuse the NULL that the database accepts.
    """
    return [field.name for field in obj._meta.concrete_fields
            if field.null and getattr(obj, field.attname) is None]


def refresh_relations(obj):
    """Copy the primary keys of related objects saved after assignment.

    ``obj.author = author`` before ``author`` was saved leaves
    ``obj.author_id`` empty; validation (unlike ``save()``) does not look
    at the cached object, so the key is copied here.
    """
    for field, related in cached_relations(obj):
        if hasattr(field, "fk_field"):
            if getattr(obj, field.fk_field) is None:
                setattr(obj, field.name, related)
        elif getattr(obj, field.attname) in field.empty_values:
            setattr(obj, field.name, related)


def unsaved_error(fixture, deferred):
    lines = ["%d object(s) could not be saved:" % len(deferred)]
    for item in deferred:
        error = item.error
        reason = (str(error) if isinstance(error, WaitingFor)
                  else "%s: %s" % (type(error).__name__, error))
        lines.append("- %s: %s: %s" % (item.item.where,
                                      describe(item.item.object), reason))
    lines.append("Nothing was loaded.")
    error = FixtureError("\n".join(lines), fixture)
    error.__cause__ = deferred[0].error
    return error


def yield_point(iterator, where):
    """Where a generator stopped: its innermost frame, else `where`."""
    frame = None
    while isinstance(iterator, types.GeneratorType) and iterator.gi_frame:
        frame = iterator.gi_frame
        iterator = iterator.gi_yieldfrom
    if frame is None:
        return where
    return Where(where.fixture, frame.f_code.co_filename, frame.f_lineno)


class DumpLoader:
    """The ``loader`` that a dump's table files call while loaddata runs.

    ``loader.save(obj)`` collects the objects of the statements being
    executed; the deserializer hands them to loaddata, which saves them
    with :meth:`save_object`.  Lino's protocol is kept:
    ``before_dumpy_save(loader)`` defers an object when it raises, and the
    migration steps' ``before_load``/``after_load`` callbacks run.
    """

    quick = True

    def __init__(self, fixture, using):
        self.fixture = fixture
        self.using = using
        self.pending = []
        self.deferred = []
        self.parent_updates = []
        self.before_load_handlers = []
        self.after_load_handlers = []
        self.models = {}

    # Lino's name for the list of after_load callbacks.
    @property
    def AFTER_LOAD_HANDLERS(self):
        return self.after_load_handlers

    def save(self, obj):
        """Called by the table files: one object, an iterable, or None."""
        if obj is None:
            return
        if isinstance(obj, models.Model):
            frame = sys._getframe(1)
            self.pending.append(FixtureObject(self, obj, Where(
                self.fixture, frame.f_code.co_filename,
                code=frame.f_code, offset=frame.f_lasti)))
        elif hasattr(obj, "__iter__"):
            for item in obj:
                self.save(item)
        else:
            raise FixtureError(
                "loader.save() got %r, which is neither a model instance "
                "nor an iterable of them." % (obj,), self.fixture)

    def take_pending(self):
        pending, self.pending = self.pending, []
        return pending

    def save_object(self, item, using):
        obj = item.object
        hook = getattr(obj, "before_dumpy_save", None)
        if hook is not None:
            try:
                hook(self)
            except Exception as error:
                logger.debug("Deferred %s: %s", describe(obj), error)
                self.deferred.append(Deferred(item, using, error))
                return
        self.write(item, using)

    def write(self, item, using):
        """Save the stored values as they are (loaddata's raw save)."""
        obj = item.object
        try:
            models.Model.save_base(obj, using=using, raw=True)
        except Exception as error:
            raise FixtureError(
                "%s could not be saved: %s: %s. Nothing was loaded." % (
                    describe(obj), type(error).__name__,
                    str(error).strip()),
                item.where.filename, item.where.lineno) from error
        self.models.setdefault(using, set()).add(type(obj))
        parent = getattr(obj, "_dumpy_parent_values", None)
        if parent is not None:
            self.parent_updates.append((using, parent))

    def flush_deferred_objects(self):
        """Retry the deferred objects until a pass saves none of them."""
        while self.deferred:
            retry, self.deferred = self.deferred, []
            for deferred in retry:
                self.save_object(deferred.item, deferred.using)
            if len(self.deferred) == len(retry):
                return

    def reset_sequences(self):
        """Let new rows (of after_load callbacks) follow the loaded ones."""
        from .restore.integrity import reset_sequences
        for using, written in self.models.items():
            reset_sequences(using, sorted(written, key=model_label))

    def apply_parent_updates(self):
        """Write parent fields that a migrated create_mti_child() received."""
        for using, (parent_model, pk, values) in self.parent_updates:
            parent_model._base_manager.using(using).filter(pk=pk).update(
                **values)
        self.parent_updates = []


class Deserializer(base.Deserializer):
    """Django's entry point: yields the objects of one ``.py`` fixture.

    `stream_or_string` is the open fixture file (its ``name`` tells where
    it is) or the source of a fixture module.
    """

    def __init__(self, stream_or_string, *, using=DEFAULT_DB_ALIAS,
                 **options):
        super().__init__(stream_or_string, **options)
        self.using = using
        self.path = getattr(self.stream, "name", None)
        if isinstance(self.path, str):
            self.path = os.path.abspath(self.path)
        else:
            self.path = "<string>"
        self._iterator = None

    def __next__(self):
        if self._iterator is None:
            self._iterator = iter(self.objects())
        return next(self._iterator)

    def read_source(self):
        source = self.stream.read()
        if isinstance(source, str):
            source = source.encode("utf-8")
        return source

    def objects(self):
        if not os.path.isfile(self.path):
            return ModuleFixture(self.path, self.read_source(),
                                 self.using).objects()
        restore_py = os.path.join(os.path.dirname(self.path), "restore.py")
        if os.path.basename(self.path) == "restore.py":
            return DumpFixture(self.path, self.using).objects()
        if os.path.isfile(restore_py) and lists_table_file(restore_py,
                                                           self.path):
            return DumpFixture(restore_py, self.using,
                               only=self.path).objects()
        return ModuleFixture(self.path, self.read_source(),
                             self.using).objects()


class ModuleFixture:
    """A fixture module with an ``objects()`` function."""

    def __init__(self, path, source, using):
        self.path = path
        self.source = source
        self.using = using

    def load_module(self):
        try:
            code = compile(self.source, self.path, "exec", dont_inherit=True)
        except SyntaxError as error:
            raise FixtureError("syntax error: %s." % error.msg, self.path,
                               error.lineno) from error
        name = "lino_dumpy_fixture_%x" % abs(hash(self.path))
        module = types.ModuleType(name)
        module.__file__ = self.path
        try:
            exec(code, module.__dict__)
        except Exception as error:
            raise FixtureError(
                "importing the fixture failed: %s: %s" % (
                    type(error).__name__, error), self.path,
                error_line(error, self.path)) from error
        return module

    def objects(self):
        if b"\nloader.save(" in b"\n" + self.source:
            raise FixtureError(
                "this is a table file of a dump, but there is no restore.py "
                "of that dump next to it (or its TABLE_FILES does not list "
                "it). Load it from the dump's directory, or load the whole "
                "dump with `loaddata DIR/restore.py`.", self.path)
        module = self.load_module()
        function = getattr(module, "objects", None)
        if not callable(function):
            raise FixtureError(
                "a .py fixture must define a function objects() that yields "
                "the model instances to save.", self.path)
        loader = ObjectsLoader(self.path, self.using)
        where = Where(self.path)
        try:
            yield from loader.expand(function(), where)
            loader.finalize()
        except DumpyError:
            raise
        except Exception as error:
            raise FixtureError(
                "objects() failed: %s: %s. Nothing was loaded." % (
                    type(error).__name__, error), self.path,
                error_line(error, self.path)) from error


class DumpFixture:
    """A dump loaded by loaddata: the whole of it, or one table file."""

    def __init__(self, restore_py, using, only=None):
        self.restore_py = restore_py
        self.directory = os.path.dirname(restore_py)
        self.using = using
        self.only = only
        self.fixture = only or restore_py
        self._module = None

    @property
    def module(self):
        if self._module is None:
            from .restore.restorer import load_dump
            try:
                check_restore_py(self.restore_py)
                self._module = load_dump(self.directory)
            except DumpyError as error:
                raise FixtureError.wrap(error, self.restore_py) from error
        return self._module

    def entries(self):
        entries = getattr(self.module, "TABLE_FILES", None)
        if entries is None:
            raise FixtureError(
                "this restore.py has no TABLE_FILES list, so it was not "
                "written by lino_dumpy and cannot be loaded with loaddata. "
                "Run it with `manage.py run DIR/restore.py`.",
                self.restore_py)
        if self.only is None:
            return list(entries)
        name = os.path.basename(self.only)
        return [entry for entry in entries if entry[0] == name]

    def objects(self):
        loader = DumpLoader(self.fixture, self.using)
        try:
            with self.context():
                globals_dict = self.prepare(loader)
                self.run_handlers(loader.before_load_handlers, loader,
                                  "before_load")
            yield from loader.take_pending()
            for entry in self.entries():
                path = os.path.join(self.directory, entry[0])
                for code in table_file_chunks(path):
                    with self.context():
                        self.run(code, globals_dict, path)
                    yield from loader.take_pending()
            yield from self.finalize(loader)
        except FixtureError:
            raise
        except DumpyError as error:
            raise FixtureError.wrap(error, self.fixture) from error

    def context(self):
        """What the code of a dump runs in: the target database, and
        Lino's flag."""
        from .restore.loader import using_database
        stack = ExitStack()
        stack.enter_context(loading_from_dump())
        stack.enter_context(using_database(self.using))
        return stack

    def prepare(self, loader):
        """Verify the table files and run the dump's migration steps."""
        from .upgrade.migrator import install_migrations
        from .restore.verify import check_table_files
        globals_dict = vars(self.module)
        check_table_files(self.directory, self.entries())
        globals_dict["dt"] = restore_dt(globals_dict)
        globals_dict["loader"] = loader
        for step in install_migrations(globals_dict, loader):
            for line in step.lines():
                logger.info("%s", line)
        return globals_dict

    def run(self, code, globals_dict, path):
        try:
            exec(code, globals_dict)
        except InvalidLocalTime as error:
            lineno = error_line(error, path)
            message = locate_refusal(error, globals_dict, path, lineno)[0]
            raise FixtureError(message + " Nothing was loaded.", path,
                               lineno) from error
        except DumpyError:
            raise
        except Exception as error:
            raise FixtureError(
                "%s: %s. Nothing was loaded." % (type(error).__name__, error),
                path, error_line(error, path)) from error

    def run_handlers(self, handlers, loader, kind):
        for handler in handlers:
            name = handler.__doc__ or handler.__name__
            logger.info("Running %s handler %s", kind, name)
            try:
                handler(loader)
            except DumpyError:
                raise
            except Exception as error:
                raise FixtureError(
                    "the %s handler %s of a migration step failed: %s: %s. "
                    "Nothing was loaded." % (kind, handler.__name__,
                                             type(error).__name__, error),
                    self.restore_py) from error

    def finalize(self, loader):
        """Deferred objects, after_load callbacks, parent fields."""
        with self.context():
            loader.flush_deferred_objects()
        if self.only is None:
            if loader.after_load_handlers:
                with self.context():
                    loader.reset_sequences()
            for handler in loader.after_load_handlers:
                with self.context():
                    self.run_handlers([handler], loader, "after_load")
                yield from loader.take_pending()
                with self.context():
                    loader.flush_deferred_objects()
        elif loader.after_load_handlers:
            logger.warning(
                "%d after_load callback(s) of the migration steps did not "
                "run: they need the whole dump (loaddata %s).",
                len(loader.after_load_handlers), self.restore_py)
        with self.context():
            loader.apply_parent_updates()
        if loader.deferred:
            raise unsaved_error(self.fixture, loader.deferred)


def table_file_chunks(path):
    """Compiled chunks of CHUNK_SIZE statements of a table file."""
    with open(path, "rb") as stream:
        source = stream.read()
    try:
        tree = ast.parse(source, path)
    except SyntaxError as error:
        raise FixtureError(
            "syntax error: %s. The file is damaged; copy the dump again."
            % error.msg, path, error.lineno) from error
    for start in range(0, len(tree.body), CHUNK_SIZE):
        chunk = ast.Module(body=tree.body[start:start + CHUNK_SIZE],
                           type_ignores=[])
        yield compile(chunk, path, "exec", dont_inherit=True)


def error_line(error, path):
    """The last line of `path` in the traceback of `error`, if any."""
    lineno = None
    tb = error.__traceback__
    while tb is not None:
        if tb.tb_frame.f_code.co_filename == path:
            lineno = tb.tb_lineno
        tb = tb.tb_next
    return lineno


@contextmanager
def loading_from_dump():
    """Lino's flag that tells models they are being restored."""
    site = conf.lino_site()
    if site is None:
        yield
        return
    previous = getattr(site, "loading_from_dump", False)
    site.loading_from_dump = True
    try:
        yield
    finally:
        site.loading_from_dump = previous


def load_objects(objects, using=DEFAULT_DB_ALIAS, fixture="<objects>"):
    """Save what an ``objects()`` generator yields, as loaddata would.

    For code that builds fixture data with parameters (e.g.
    ``populate_demo --size 3``): one transaction, constraint checks
    deferred and verified at the end, deferred saves.  Returns the number
    of objects saved.
    """
    connection = connections[using]
    loader = ObjectsLoader(fixture, using)
    touched = set()
    with transaction.atomic(using=using):
        with connection.constraint_checks_disabled():
            for item in loader.expand(objects, Where(fixture)):
                touched.add(type(item.object))
                item.save(using=using)
            loader.finalize()
        connection.check_constraints(
            table_names=[model._meta.db_table for model in touched])
    return loader.saved
