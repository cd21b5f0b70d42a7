"""Invoke tasks for ``tasks.py`` (public path).

Kept because projects' ``tasks.py`` call ``lino_dumpy.invlib.add_tasks``;
the tasks live in :mod:`lino_dumpy.lino.tasks`.
"""
from .lino.tasks import DemoProject, add_tasks  # noqa: F401
from .lino.tasks import double_dump_tests  # noqa: F401
