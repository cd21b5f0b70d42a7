"""Helpers for the test suites of applications that use lino_dumpy.

:func:`restore_dump` restores a stored dump into a test database;
:func:`assert_double_dump` runs the double dump test (:mod:`.ddt`).
"""
from .helpers import assert_double_dump, restore_dump

__all__ = ["restore_dump", "assert_double_dump"]
