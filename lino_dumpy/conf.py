"""The one place that reads settings and Lino Site attributes (and the
CPUs the machine gives this process).

A plain Django project configures lino_dumpy with ``DUMPY_*`` settings; a
Lino site is configured by its ``Site`` object (``version``,
``migration_class``), exactly as Lino's own dump machinery reads it.
"""
import os

from django.apps import apps
from django.conf import settings

DEFAULT_BATCH_SIZE = 1000
DEFAULT_MAX_ROW_COUNT = 50000


def lino_site():
    """The Lino ``Site`` object, or None in a plain Django project."""
    return getattr(settings, "SITE", None)


def use_tz():
    """Whether the site stores aware datetimes (Django's ``USE_TZ``)."""
    return bool(settings.USE_TZ)


def time_zone():
    """The site's ``TIME_ZONE`` (the zone of naive datetimes)."""
    return settings.TIME_ZONE


def settings_module():
    """The dotted name of the settings module (written into a dump)."""
    return settings.SETTINGS_MODULE


def site_version():
    """The data version of the running code (a string, or None)."""
    site = lino_site()
    if site is not None and getattr(site, "version", None) is not None:
        return str(site.version)
    version = getattr(settings, "DUMPY_VERSION", None)
    return None if version is None else str(version)


def unversioned_dumps_are():
    """The version of dumps that record none (``SOURCE_VERSION = None``:
    a site that never set a version), from ``DUMPY_UNVERSIONED_DUMPS_ARE``,
    or None: such dumps are then not migrated."""
    version = getattr(settings, "DUMPY_UNVERSIONED_DUMPS_ARE", None)
    return None if version is None else str(version)


def migration_class_path():
    """Dotted path of the site's Migrator subclass, or None."""
    site = lino_site()
    path = getattr(site, "migration_class", None) if site is not None else None
    return path or getattr(settings, "DUMPY_MIGRATION_CLASS", None)


def migration_module():
    """Dotted name of an old-style module of step functions, or None."""
    site = lino_site()
    module = getattr(site, "migration_module", None) if site else None
    return module or getattr(settings, "DUMPY_MIGRATION_MODULE", None)


def app_versions():
    """Per-app data versions: ``{app_label: version}`` for apps that have one.

    An app declares its version with a ``dumpy_version`` attribute on its
    AppConfig (or its Lino Plugin class) and its chain with
    ``dumpy_migration_class``.
    """
    result = {}
    for config in apps.get_app_configs():
        version = app_attribute(config.label, "dumpy_version")
        if version is not None:
            result[config.label] = str(version)
    return dict(sorted(result.items()))


def app_attribute(app_label, name):
    """An attribute of an app's Lino plugin or, failing that, its AppConfig."""
    site = lino_site()
    plugins = getattr(site, "plugins", None)
    plugin = getattr(plugins, app_label, None) if plugins is not None else None
    if plugin is not None and getattr(plugin, name, None) is not None:
        return getattr(plugin, name)
    try:
        config = apps.get_app_config(app_label)
    except LookupError:
        return None
    return getattr(config, name, None)


def batch_size():
    return getattr(settings, "DUMPY_BATCH_SIZE", DEFAULT_BATCH_SIZE)


def compile_workers():
    """Processes that compile table files during a restore (None: automatic,
    0: none)."""
    return getattr(settings, "DUMPY_COMPILE_WORKERS", None)


def dump_workers():
    """Processes that write the table files of a dump (None: automatic,
    0 or 1: the dump's own process)."""
    return getattr(settings, "DUMPY_DUMP_WORKERS", None)


def available_cpus():
    """The CPUs this process may use (the default number of workers)."""
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0))
    return os.cpu_count() or 1
