"""Invoke tasks for ``tasks.py`` (public path).

Kept because projects' ``tasks.py`` call ``lino_dumpy.invlib.add_tasks``;
the tasks live in :mod:`lino_dumpy.lino.tasks`.
"""
from .lino.tasks import (  # noqa: F401
    DemoProject, add_tasks, double_dump_tests)
