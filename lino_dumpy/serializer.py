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
be next to them and list them.

**A whole dump** (``loaddata DIR/restore.py``): the rows of every table
file.

A dump loads through the restore's pipeline (restore.py, loader.py): the
same checks before any row (format, table files, migration steps, models
the code lacks or without a table), the same table files and the same
loader, in "add rows" mode (AddingLoader) instead of "replace the data":
no table is emptied and nothing is asked; loaddata saves the objects that
the table files hand over, by primary key the way it writes every fixture
(a row whose primary key exists is updated, the others are inserted), with
the stored values as they are (``raw=True``: no ``save()``, no
``auto_now``).

Everything runs inside loaddata's transaction: any error rolls back all
fixtures of the command.  ``dumpdata --format py`` is refused; write dumps
with ``manage.py dump2py``.
"""
import logging
import os
import types
from contextlib import ExitStack
from itertools import islice

from django.core.management.base import CommandError
from django.core.serializers import base
from django.db import (DEFAULT_DB_ALIAS, connections, models, router,
                       transaction)

from .dumpformat import ROW_PREFIX_BYTES
from .exceptions import NOTHING_CHANGED, DumpyError, located
from .ordering import model_label
from .restore.dumpinfo import check_restore_py, lists_table_file
from .restore.integrity import reset_sequences
from .restore.loader import AddingLoader, Loader, describe, using_database
from .restore.restorer import (Restorer, RestoreOptions, load_dump,
                               loading_from_dump, table_file_line)
from .restore.trustedrows import table_file_steps

logger = logging.getLogger(__name__)

#: Rows of a dump's table files read and saved before loaddata gets
#: their objects.
HAND_OVER_ROWS = 100

#: What the message of a refused fixture ends with.
NOTHING_LOADED = "Nothing was loaded."


class FixtureError(DumpyError, base.DeserializationError, CommandError):
    """A ``.py`` fixture could not be loaded; nothing of it was saved.

    It is a CommandError too, so that ``manage.py loaddata`` prints the
    message (which names the fixture file and the object) instead of a
    traceback.
    """

    def __init__(self, message, filename=None, lineno=None):
        super().__init__(located(message, filename, lineno))
        self.filename = filename
        self.lineno = lineno

    @classmethod
    def wrap(cls, error, fixture):
        """A FixtureError for another lino_dumpy error met while loading."""
        message = str(error).replace(NOTHING_CHANGED, "").rstrip()
        if not message.endswith(NOTHING_LOADED):
            message += " " + NOTHING_LOADED
        filename = getattr(error, "filename", None)
        if not filename:
            return cls(message, fixture)
        # The message of `error` names its file already.
        result = cls(message)
        result.filename = filename
        result.lineno = getattr(error, "lineno", None)
        return result


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
    """The fixture file and the line that yielded an object."""

    def __init__(self, fixture, filename=None, lineno=None):
        self.fixture = fixture
        self.filename = filename
        self.lineno = lineno

    def __str__(self):
        if self.lineno is None:
            return self.fixture
        if self.filename in (None, self.fixture):
            return "%s:%s" % (self.fixture, self.lineno)
        return "%s (yielded at %s:%s)" % (self.fixture, self.filename,
                                          self.lineno)


class FixtureObject(base.DeserializedObject):
    """One object of a ``.py`` fixture, as loaddata receives it.

    loaddata decides whether to save it (``--exclude``, database routers)
    and calls :meth:`save`; how it is saved is up to the loader that
    produced it (its ``add(obj, where)``).
    """

    def __init__(self, loader, obj, where):
        super().__init__(obj)
        self.loader = loader
        self.where = where

    def save(self, save_m2m=True, using=None, **kwargs):
        try:
            self.loader.add(self.object, self.where)
        except FixtureError:
            raise
        except DumpyError as error:
            raise FixtureError.wrap(error, self.loader.fixture) from error


class ObjectsLoader(Loader):
    """The restore's loader for what the ``objects()`` of a fixture module
    yields: each object is validated and saved with its model's
    ``save()`` (Lino's convention), one at a time; one that cannot be
    saved yet is deferred and retried as in a restore.

    The protocol names are Lino's: objects get ``before_dumpy_save(loader)``
    called, and a fixture may yield ``FlushDeferredObjects`` (the class,
    from here or from ``lino.utils.dpy``) to retry the deferred objects
    before it goes on.
    """

    def __init__(self, fixture, using):
        super().__init__(using)
        self.fixture = fixture
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

    def add(self, obj, where):
        """Save `obj` (loaddata calls this), or defer it."""
        self.waiting.discard(id(obj))
        error = self.try_save(obj)
        if error is not None:
            logger.debug("Deferred %s: %s", describe(obj), error)
            self.waiting.add(id(obj))
            self.deferred.append((obj, where, error))

    retry = add

    def unsaved_dependencies(self, obj):
        """Objects that `obj` points to and that are not saved yet."""
        return [related for field, related in cached_relations(obj)
                if related.pk is None or id(related) in self.waiting]

    def try_save(self, obj):
        """Save `obj` or return the reason why it cannot be saved yet."""
        waiting_for = self.unsaved_dependencies(obj)
        if waiting_for:
            return WaitingFor(waiting_for)
        refresh_relations(obj)
        try:
            with transaction.atomic(using=self.using, savepoint=True):
                hook = getattr(obj, "before_dumpy_save", None)
                if hook is not None:
                    hook(self)
                obj._state.db = self.using
                obj.full_clean(exclude=null_values(obj))
                obj.save(using=self.using)
        except Exception as error:
            return error
        self.saved += 1
        return None

    def check_unsaved(self):
        """Name every object that could never be saved, with its error."""
        if not self.deferred:
            return
        lines = ["%d object(s) could not be saved:" % len(self.deferred)]
        for obj, where, error in self.deferred:
            reason = (str(error) if isinstance(error, WaitingFor)
                      else "%s: %s" % (type(error).__name__, error))
            lines.append("- %s: %s: %s" % (
                where, describe(obj, with_text=True), reason))
        lines.append(NOTHING_LOADED)
        raise FixtureError("\n".join(lines), self.fixture) from \
            self.deferred[0][2]


class WaitingFor(Exception):
    """The reason for deferring an object that points to unsaved ones."""

    def __init__(self, objects):
        super().__init__(
            "it points to %s, which %s not saved" % (
                ", ".join(describe(obj, with_text=True)
                          for obj in objects),
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


def yield_point(iterator, where):
    """Where a generator stopped: its innermost frame, else `where`."""
    frame = None
    while isinstance(iterator, types.GeneratorType) and iterator.gi_frame:
        frame = iterator.gi_frame
        iterator = iterator.gi_yieldfrom
    if frame is None:
        return where
    return Where(where.fixture, frame.f_code.co_filename, frame.f_lineno)


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
            return dump_objects(self.path, self.using)
        if os.path.isfile(restore_py) and lists_table_file(restore_py,
                                                           self.path):
            return dump_objects(restore_py, self.using, only=self.path)
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
                table_file_line(error, self.path)) from error
        return module

    def objects(self):
        if b"\n" + ROW_PREFIX_BYTES in b"\n" + self.source:
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
            loader.finish_rows()
            loader.check_unsaved()
        except DumpyError:
            raise
        except Exception as error:
            raise FixtureError(
                "objects() failed: %s: %s. %s" % (
                    type(error).__name__, error, NOTHING_LOADED), self.path,
                table_file_line(error, self.path)) from error


class DumpFixture(Restorer):
    """A dump that loaddata loads: the whole of it, or one table file.

    The restore's pipeline: the same checks of the dump (format, table
    files, migration steps, models), the same table files and the same
    loader, but in "add rows" mode (AddingLoader): loaddata saves each
    object that the table files hand over, inside its transaction, instead
    of the restore emptying the tables and inserting in batches.  It is
    the loader of the FixtureObjects it yields: their save runs here.
    """

    ROLLED_BACK = NOTHING_LOADED

    def __init__(self, restore_py, using, only=None):
        check_restore_py(restore_py)
        module = load_dump(os.path.dirname(restore_py))
        super().__init__(vars(module), RestoreOptions(using=using),
                         AddingLoader(using))
        self.restore_py = restore_py
        self.only = only
        self.fixture = only or restore_py
        if only is not None and self.entries is not None:
            self.entries = [entry for entry in self.entries
                            if entry[0] == os.path.basename(only)]

    def say(self, message, level=1):
        logger.info("%s", message)

    def check_has_table(self, model, rows, filename):
        """As in a restore, except for models that the database routers
        keep off this database: loaddata skips their objects, as it does
        in every fixture."""
        if router.allow_migrate_model(self.options.using, model):
            super().check_has_table(model, rows, filename)

    def context(self):
        """What the code of a dump runs in (as in a restore)."""
        stack = ExitStack()
        stack.enter_context(loading_from_dump())
        stack.enter_context(using_database(self.options.using))
        return stack

    def objects(self):
        loader = self.loader
        self.globals["loader"] = loader
        with self.context():
            self.check_dump()
            loader.initialize()
        yield from self.hand_over()
        steps = table_file_steps(self.directory, self.entries, self.globals, 0)
        while True:
            with self.context():
                count = self.run_steps(islice(steps, HAND_OVER_ROWS))
            yield from self.hand_over()
            if not count:
                break
        with self.context():
            loader.flush_deferred_objects()
        if self.only is None:
            yield from self.after_load()
        elif loader.after_load_handlers:
            logger.warning(
                "%d after_load callback(s) of the migration steps did not "
                "run: they need the whole dump (loaddata %s).",
                len(loader.after_load_handlers), self.restore_py)
        with self.context():
            loader.apply_parent_updates()
        loader.check_unsaved()

    def after_load(self):
        """The after_load callbacks, once the rows are in."""
        loader = self.loader
        if loader.after_load_handlers:
            with self.context():
                reset_sequences(self.options.using,
                                sorted(loader.models, key=model_label))
        for handler in loader.after_load_handlers:
            with self.context():
                loader.run_handler(handler, "after_load")
            yield from self.hand_over()
            with self.context():
                loader.flush_deferred_objects()

    def hand_over(self):
        """FixtureObjects for loaddata, of the objects saved so far."""
        for obj, where in self.loader.take_handed_over():
            yield FixtureObject(self, obj, where)

    def add(self, obj, where):
        """loaddata saves an object that was handed over."""
        with self.context():
            self.loader.add(obj, where)


def dump_objects(restore_py, using, only=None):
    """The objects of a dump (or of its table file `only`) for loaddata."""
    fixture = only or restore_py
    try:
        yield from DumpFixture(restore_py, using, only).objects()
    except FixtureError:
        raise
    except DumpyError as error:
        raise FixtureError.wrap(error, fixture) from error
    except Exception as error:
        raise FixtureError("%s: %s. %s" % (
            type(error).__name__, error, NOTHING_LOADED), fixture) from error


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
            loader.finish_rows()
            loader.check_unsaved()
        connection.check_constraints(
            table_names=[model._meta.db_table for model in touched])
    return loader.saved
