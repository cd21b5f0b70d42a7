"""Versioned data migrations of a dump: the Migrator and the version chain.

A dump records the data version of the code that wrote it
(``SOURCE_VERSION``, and per app ``SOURCE_VERSIONS``).  Before any row is
loaded, :func:`install_migrations` walks from that version to the version
of the running code, calling ``migrate_from_X_Y(globals_dict)`` steps that
rewrite the dump's ``create_<table>`` functions and model globals.  Each
step returns the version it migrated to.

Unlike Lino, a gap in the chain or a dump newer than the code is refused
before the database is touched.
"""
import logging

from django.utils.module_loading import import_string

from .. import conf
from ..dumpformat import is_factory_name
from ..exceptions import MigrationError
from .chain import collect_steps, plan_and_run, version_order
from .versions import calendar_key, pep440_key
from .operations.base import apply_operations
from .rows import dump_models

logger = logging.getLogger(__name__)


class Migrator:
    """Base class of the migration classes of sites and apps.

    Subclasses define ``migrate_from_<X_Y_Z>(self, globals_dict)`` steps
    (dots of the version replaced by underscores) that return the version
    they migrate to.  The signature of ``__init__`` is Lino's.

    :meth:`version_key` orders the versions of the chain.
    """

    #: Dotted names of modules with old-style function steps
    #: (``def migrate_from_0_9(globals_dict)``), see upgrade/chain.py.
    old_migration_modules = ()

    def __init__(self, site=None, loader=None):
        self.site = site
        self.loader = loader

    def version_key(self, version):
        """The sort key of `version` (a string) in this chain's order.

        The chain rule uses it to tell a dump newer than the code, a gap
        inside the chain and a release after the last step apart.  The
        default is :func:`default_version_order`: Lino's calendar order in
        a Lino site, PEP 440 elsewhere.  Override it for another
        numbering; keys must be comparable with each other, and versions
        that are the same point of the order must have equal keys.
        """
        return default_version_order(self.site)(version)

    def apply(self, globals_dict, *operations):
        """Apply declarative operations (see lino_dumpy.operations)."""
        apply_operations(globals_dict, *operations)

    def after_load(self, todo):
        """Call `todo(loader)` after all rows are loaded (Lino's API)."""
        if not callable(todo):
            raise TypeError("after_load() needs a callable, not %r" % (todo,))
        self.loader.after_load_handlers.append(todo)
        return todo

    def before_load(self, todo):
        """Call `todo(loader)` before the first row is loaded (Lino's API)."""
        if not callable(todo):
            raise TypeError("before_load() needs a callable, not %r" % (todo,))
        self.loader.before_load_handlers.append(todo)
        return todo


def override(globals_dict):
    """Decorator replacing a dump's ``create_<table>`` function (Lino's API).

    The decorated function must have the name of an existing function of
    the dump; a typo is an error instead of a silent no-op.
    """
    def decorator(function):
        if function.__name__ not in globals_dict:
            raise MigrationError(
                "Cannot override %s(): the dump has no function of that "
                "name." % function.__name__)
        globals_dict[function.__name__] = function
        return function
    return decorator


def default_version_order(site=None):
    """The default order of versions: Lino's calendar order
    (:func:`lino_dumpy.upgrade.versions.calendar_key`) when there is a Lino
    site (`site`, or the ``SITE`` setting), PEP 440
    (:func:`lino_dumpy.upgrade.versions.pep440_key`) in a plain Django
    project."""
    if site is None:
        site = conf.lino_site()
    return pep440_key if site is None else calendar_key


def chain_order(migrator):
    """The order of `migrator`'s chain: its ``version_key``, or for a
    migrator that has none (a subclass of Lino's ``lino.utils.dpy
    .Migrator``, such as Lino Noi's) the default order of the site."""
    return version_order(migrator, default_version_order())


def load_migrator(path, loader):
    """Instantiate the migration class at dotted `path`.

    Without a class, a site may still name an old-style module of step
    functions (``DUMPY_MIGRATION_MODULE`` or Lino's ``migration_module``);
    then the base Migrator runs those.
    """
    if not path:
        migrator = Migrator(conf.lino_site(), loader)
        module = conf.migration_module()
        if module:
            migrator.old_migration_modules = [module]
        return migrator
    try:
        cls = import_string(path)
    except ImportError as error:
        raise MigrationError(
            "Cannot import the migration class %r: %s. Check "
            "DUMPY_MIGRATION_CLASS (or Site.migration_class)."
            % (path, error)) from error
    return cls(conf.lino_site(), loader)


def install_migrations(globals_dict, loader=None, force=False,
                       source_version=None):
    """Run every migration step the dump in `globals_dict` needs.

    Returns the reports of the steps that ran.  A dump is migrated once:
    a second call (old dumps call ``install()`` themselves) does nothing.
    A dump without a version is taken to be at `source_version` (the
    ``--source-version`` option) or ``DUMPY_UNVERSIONED_DUMPS_ARE``.
    """
    if globals_dict.get("DUMPY_MIGRATED"):
        return []
    if loader is None:
        loader = globals_dict.get("loader")
    globals_dict.setdefault("loader", loader)
    globals_dict.setdefault("DUMPY_GENERATED", {
        name: value for name, value in globals_dict.items()
        if is_factory_name(name) and callable(value)})
    dump_models(globals_dict)
    steps = []
    migrator = load_migrator(conf.migration_class_path(), loader)
    source = globals_dict.get("SOURCE_VERSION")
    if source is None:
        source = source_version or conf.unversioned_dumps_are()
        globals_dict["SOURCE_VERSION"] = source
    steps += plan_and_run(collect_steps(migrator), globals_dict,
                          "SOURCE_VERSION", source, conf.site_version(),
                          force, order=chain_order(migrator))
    steps += run_app_chains(globals_dict, loader, force)
    globals_dict["DUMPY_MIGRATED"] = True
    return steps


def run_app_chains(globals_dict, loader, force):
    """Run the independent chain of every app that declares a version."""
    recorded = globals_dict.get("SOURCE_VERSIONS") or {}
    steps = []
    for app_label, current in conf.app_versions().items():
        source = recorded.get(app_label)
        if source is None:
            logger.info("The dump has no version for app %s: no migration "
                        "for it.", app_label)
            continue
        path = conf.app_attribute(app_label, "dumpy_migration_class")
        migrator = load_migrator(path, loader)
        versions = globals_dict.setdefault("SOURCE_VERSIONS", {})
        steps += plan_and_run(
            collect_steps(migrator), globals_dict, app_label, source, current,
            force,
            record=lambda version, app=app_label: versions.__setitem__(
                app, version),
            order=chain_order(migrator))
    return steps
