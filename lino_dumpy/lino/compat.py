"""Restoring dumps written by Lino's own ``dump2py``, atomically.

A Lino 26.10 ``restore.py`` runs this ``main()``::

    loader = DpyLoader(globals(), quick=args.quick, strict=True)
    call_command('initdb', interactive=args.interactive)
    os.chdir(os.path.dirname(__file__))
    loader.initialize()
    execfile("contacts_partner.py", *args)      # one line per table file
    ...
    loader.finalize()
    call_command('resetsequences')

Lino saves row by row after ``initdb`` has dropped the database, so a bad
row leaves a half-restored database.  With the lino_dumpy plugin each line
keeps its meaning but the work is lino_dumpy's:

- ``DpyLoader`` (this module's class, which the plugin puts in the place
  of ``lino.utils.dpy.DpyLoader``) adapts the dump's globals and runs the
  preflight: the table
  files named by the ``execfile`` lines exist, the version chain from
  ``SOURCE_VERSION`` to ``Site.version`` runs (``Site.migration_class``),
  every model with rows exists.  Nothing is written yet.
- ``initdb`` (lino_dumpy's command, which comes first) sees the restore in
  progress and, instead of dropping the database, replaces the data:
  confirmation unless ``--noinput``, ``migrate``, then one transaction that
  runs the table files with raw inserts.
- ``execfile``, ``initialize`` and ``finalize`` then have nothing to do;
  ``resetsequences`` does again what the restore did.

``--quick`` is accepted and changes nothing: rows are never validated one
by one, because Lino's ``full_clean()`` methods change values (a Person's
name, a Partner's zip code), and a restore must give back what was dumped.
"""
import os
import sys
from functools import wraps

from .. import conf
from ..dumpstate import read_dump_state
from ..exceptions import DumpFormatError
from ..restore.planview import plan_lines
from ..restore.restorer import Restorer, exit_on_failure
from ..restore.runtime import (create_mti_child, new_content_type_id,
                               resolve_model)
from ..upgrade.migrator import Migrator, install_migrations as run_chain
from .arguments import requested_arguments, requested_options

#: The restore in progress in this process, between the DpyLoader that
#: prepared it and the ``initdb`` call that carries it out.
_running = None

#: ``lino_dumpy.lino.compat.PluginMigrator_<app_label>`` is the Migrator
#: class of a Lino plugin that defines its own steps (see __getattr__).
PLUGIN_MIGRATOR = "PluginMigrator_"


def __getattr__(name):
    """``PluginMigrator_<app_label>``: a plugin's steps as a Migrator class.

    Lino planned per-plugin steps, ``migrate_from_X(self, migrator,
    globals_dict)`` on the Plugin, but never called them.  The lino_dumpy
    plugin points the ``dumpy_migration_class`` of such a plugin here, so
    that they run in the plugin's own chain (its ``dumpy_version``, the
    dump's ``SOURCE_VERSIONS``).
    """
    if name.startswith(PLUGIN_MIGRATOR):
        plugin = conf.lino_site().plugins.get(name[len(PLUGIN_MIGRATOR):])
        if plugin is not None:
            return plugin_migrator_class(plugin)
    raise AttributeError("module %r has no attribute %r" % (__name__, name))


def plugin_migrator_class(plugin):
    """A Migrator subclass whose steps call the steps of `plugin`."""

    def step(method):
        @wraps(method)
        def call(migrator, globals_dict):
            return method(migrator, globals_dict)
        return call

    steps = {name: step(getattr(plugin, name)) for name in dir(type(plugin))
             if name.startswith("migrate_from_")}
    return type(PLUGIN_MIGRATOR + plugin.app_label, (Migrator,), steps)


def running_restore():
    """The Lino dump restore waiting for ``initdb``, or None."""
    return _running


def install_migrations(site, globals_or_loader):
    """``Site.install_migrations`` for both shapes Lino has used.

    Older dumps and scripts pass their globals; Lino 26.10's loader passes
    itself (with a ``globals_dict``).  Either way lino_dumpy's chain runs
    with ``Site.version`` and ``Site.migration_class``.  Returns the steps
    that ran.
    """
    if isinstance(globals_or_loader, dict):
        globals_dict = globals_or_loader
        loader = globals_dict.get("loader")
    else:
        loader = globals_or_loader
        globals_dict = loader.globals_dict
        if not hasattr(loader, "after_load_handlers"):
            # Lino's LoaderBase names the list AFTER_LOAD_HANDLERS.
            loader.after_load_handlers = loader.AFTER_LOAD_HANDLERS
    normalize_source_version(globals_dict)
    site.loading_from_dump = True
    return run_chain(globals_dict, loader)


def normalize_source_version(globals_dict):
    """Lino writes ``SOURCE_VERSION = 'None'`` for an unversioned site."""
    if globals_dict.get("SOURCE_VERSION") == "None":
        globals_dict["SOURCE_VERSION"] = None


def skip_table_file(filename, *args):
    """Replaces restore.py's ``execfile``: initdb loaded every table file."""


class DpyLoader:
    """Replaces ``lino.utils.dpy.DpyLoader`` in a site with the plugin.

    Constructing it runs the preflight of the dump whose globals are
    `globals_dict`; lino_dumpy's ``initdb`` then calls
    :meth:`replace_data`.  A refused or failed restore prints why and
    exits with status 1, leaving the database as it was.
    """

    def __init__(self, globals_dict, quick=None, strict=True):
        global _running
        self.globals_dict = globals_dict
        self.quick = quick
        self.strict = strict
        self.site = conf.lino_site()
        self.done = False
        self.site.loading_from_dump = True
        self.arguments = requested_arguments()
        try:
            with self.exit_on_failure():
                adapt_globals(globals_dict)
                self.restorer = Restorer(globals_dict, requested_options())
                self.restorer.preflight()
        except BaseException:
            self.site.loading_from_dump = False
            raise
        _running = self
        if self.restorer.options.plan:
            self.show_plan()

    def show_plan(self):
        """``--plan``: print the plan and exit before main() calls
        initdb, so that nothing is touched; status 1 if the dump does
        not fit the models."""
        global _running
        _running = None
        self.site.loading_from_dump = False
        for line in plan_lines(self.restorer):
            self.restorer.out.write(line + "\n")
        sys.exit(1 if self.restorer.report.drift else 0)

    def exit_on_failure(self):
        """exit_on_failure() with the --traceback and --database of the
        command line."""
        return exit_on_failure(self.arguments.traceback,
                               self.arguments.database)

    @property
    def count_objects(self):
        return self.restorer.loader.count_objects

    @property
    def AFTER_LOAD_HANDLERS(self):
        return self.restorer.loader.after_load_handlers

    @property
    def before_load_handlers(self):
        return self.restorer.loader.before_load_handlers

    def replace_data(self, interactive=True):
        """Confirm, migrate the schema and load the dump in one transaction."""
        global _running
        self.restorer.options.interactive = interactive
        try:
            with self.exit_on_failure():
                self.restorer.replace_data()
        finally:
            self.site.loading_from_dump = False
            _running = None
        self.done = True

    def initialize(self):
        """Nothing to do: the before_load handlers ran inside the restore."""

    def save(self, obj):
        self.restorer.loader.save(obj)

    def flush_deferred_objects(self):
        self.restorer.loader.flush_deferred_objects()

    def finalize(self):
        """Refuse a restore.py whose main() never called initdb."""
        global _running
        if self.done:
            return
        _running = None
        self.site.loading_from_dump = False
        with self.exit_on_failure():
            raise DumpFormatError(
                "main() did not call initdb, which is where lino_dumpy "
                "loads the rows of a Lino dump. Nothing was changed. Run "
                "an unmodified restore.py.",
                self.globals_dict.get("__file__"))


def adapt_globals(globals_dict):
    """Make a Lino dump's globals speak lino_dumpy's protocol.

    Unknown models become MissingModel (which the preflight refuses
    unless a migration step handles them), the helpers that write to the
    database become lino_dumpy's, and the table files of main() are listed
    as TABLE_FILES.
    """
    # Lino is optional: only a Lino site restores a Lino dump.
    from lino.core.utils import UnresolvedModel
    normalize_source_version(globals_dict)
    for name, value in list(globals_dict.items()):
        if isinstance(value, UnresolvedModel):
            # Resolved before Django was set up (python DIR/restore.py),
            # or a model the code no longer has.
            globals_dict[name] = resolve_model(value.model_spec)
    globals_dict.update(
        create_mti_child=create_mti_child,
        new_content_type_id=new_content_type_id,
        execfile=skip_table_file)
    globals_dict["TABLE_FILES"] = table_entries(
        os.path.abspath(globals_dict["__file__"]), globals_dict)


def table_entries(path, globals_dict):
    """TABLE_FILES of a Lino dump, from the execfile() lines of its main().

    Lino writes no checksums (the SHA-256 is None, so only the presence of
    each file is checked); the rows are the ``loader.save(`` lines.
    """
    state = read_dump_state(os.path.dirname(path))
    return [(f.filename, f.model, f.table, f.rows, None) for f in state.files]
