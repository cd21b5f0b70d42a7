"""The Migrator base class and the version chain (public path).

Kept because applications subclass ``lino_dumpy.migrate.Migrator`` and
dumps and Lino sites call ``install_migrations`` from here; the code lives
in :mod:`lino_dumpy.upgrade.migrator`.
"""
from .upgrade.migrator import (Migrator, install_migrations,  # noqa: F401
                               load_migrator, override)
