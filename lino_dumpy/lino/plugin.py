"""lino_dumpy as a Lino plugin: ``yield "lino_dumpy"`` in
``Site.get_installed_plugins()``.

Lino has its own dump machinery, reachable by three doors; the plugin
turns each of them to lino_dumpy without the site changing anything else:

- ``manage.py dump2py``, ``ddt``, ``run`` and ``initdb``: Django takes a
  command from the first app in INSTALLED_APPS that has it, and Lino always
  puts ``lino`` first, so the plugin moves itself in front of it.
- ``settings.SITE.install_migrations(globals())`` (older dumps, scripts)
  and ``install_migrations(loader)`` (Lino 26.10's loader): the site gets
  an instance attribute that shadows the method and runs lino_dumpy's
  version chain.
- ``lino.utils.dpy.DpyLoader``, which a Lino 26.10 ``restore.py`` imports
  once the site is set up: replaced by a function that returns a
  :class:`lino_dumpy.lino.compat.DpyLoader`, which restores the dump
  atomically.

Plugins may define their own steps, ``migrate_from_X(self, migrator,
globals_dict)``, with a ``dumpy_version``: they run in the plugin's chain
(see compat.plugin_migrator_class).

Nothing is imported at startup but this module: compat.py and the
restore machinery are imported when a restore happens.
"""
from lino.core.plugin import Plugin as LinoPlugin


class Plugin(LinoPlugin):
    """The Lino plugin of lino_dumpy (Python dumps and their migrations)."""

    verbose_name = "Python dumps"

    def on_plugins_loaded(self, site):
        move_to_front(site, self.app_name)
        site.install_migrations = SiteMigrations(site)
        from .arguments import adopt_running_script
        adopt_running_script(loader_after_setup)

    def post_site_startup(self, site):
        from lino.utils import dpy
        dpy.DpyLoader = DpyLoader
        for plugin in site.installed_plugins:
            point_to_plugin_steps(plugin)


def point_to_plugin_steps(plugin):
    """Run a plugin's own ``migrate_from_X(migrator, globals_dict)`` steps
    in its chain, unless it names a migration class of its own."""
    if getattr(plugin, "dumpy_migration_class", None) is not None:
        return
    if any(name.startswith("migrate_from_") for name in dir(type(plugin))):
        plugin.dumpy_migration_class = (
            "lino_dumpy.lino.compat.PluginMigrator_" + plugin.app_label)


def move_to_front(site, app_name):
    """Put `app_name` first in INSTALLED_APPS so that its commands win.

    ``site.installed_plugins`` keeps Lino's order; only Django's app
    registry (commands, templates, ready() order) sees lino_dumpy first.
    lino_dumpy has no models and its AppConfig.ready() does nothing, so
    running before ``lino`` is safe.
    """
    settings = site.django_settings
    others = [name for name in settings["INSTALLED_APPS"] if name != app_name]
    settings["INSTALLED_APPS"] = (app_name, *others)


def DpyLoader(globals_dict, quick=None, strict=True):
    """``lino.utils.dpy.DpyLoader`` in a site with the plugin.

    Imports lino_dumpy.lino.compat (the whole restore) only when a Lino
    dump is being restored: the plugin itself is imported while Lino
    loads the settings.
    """
    from .compat import DpyLoader as Loader
    return Loader(globals_dict, quick=quick, strict=strict)


def loader_after_setup(globals_dict, quick=None, strict=True):
    """The DpyLoader of ``python DIR/restore.py``: sets Django up first,
    which Lino's restore.py does not do (see arguments.py)."""
    import django
    from django.apps import apps
    if not apps.ready:
        django.setup()
    return DpyLoader(globals_dict, quick=quick, strict=strict)


class SiteMigrations:
    """Replaces ``Site.install_migrations`` on the site instance.

    Accepts both shapes Lino has used: a dump's globals dict, or a loader
    with a ``globals_dict`` attribute.
    """

    def __init__(self, site):
        self.site = site

    def __call__(self, globals_or_loader):
        from .compat import install_migrations
        return install_migrations(self.site, globals_or_loader)
