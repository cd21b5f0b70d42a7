"""Migration operations (public path).

Kept because migrators import ``from lino_dumpy.operations import
RenameField``; the operations live in :mod:`lino_dumpy.upgrade.operations`.
"""
from .upgrade.operations import *  # noqa: F401,F403
from .upgrade.operations import __all__  # noqa: F401
