"""Old-style migration modules: steps as module-level functions.

Lino sites once kept their migrations as functions in a module
(``def migrate_from_0_9(globals_dict): ...; return '1.0'``, named by the
``migration_module`` setting or a Migrator's ``old_migration_modules``)
and their dumps ended with ``from myapp.migrate import install;
install(globals())``.  The chain finds such functions beside the Migrator
methods (:func:`lino_dumpy.upgrade.chain.collect_steps`); this module keeps
the one name those old dumps and modules import, ``install``.
"""
from .upgrade.migrator import install_migrations


def install(globals_dict):
    """The shim that very old dumps call at their end.

    ``from myapp.migrate import install; install(globals())``: such a
    module re-exports this function, which runs the whole chain (class
    steps and old-style steps) on the dump's globals, once.
    """
    return install_migrations(globals_dict)
