"""Old-style migration modules: steps as module-level functions.

Lino sites once kept their migrations as functions in a module
(``def migrate_from_0_9(globals_dict): ...; return '1.0'``) and their
dumps ended with ``from myapp.migrate import install; install(globals())``.
This module plugs such functions into the same chain as Migrator methods,
so ancient dumps stay restorable.
"""
import importlib
import inspect

from .upgrade.chain import PREFIX, Step
from .exceptions import MigrationError


def module_steps(module):
    """The steps of an old-style module (a module object or dotted name)."""
    if isinstance(module, str):
        try:
            module = importlib.import_module(module)
        except ImportError as error:
            raise MigrationError(
                "Cannot import the old-style migration module %r: %s"
                % (module, error)) from error
    steps = []
    for name, function in inspect.getmembers(module, inspect.isfunction):
        if name.startswith(PREFIX):
            steps.append(Step(name, function, module.__name__))
    return steps


def install(globals_dict):
    """The shim that very old dumps call at their end.

    ``from myapp.migrate import install; install(globals())``: such a
    module re-exports this function, which runs the whole chain (class
    steps and old-style steps) on the dump's globals, once.
    """
    from .upgrade.migrator import install_migrations
    return install_migrations(globals_dict)
