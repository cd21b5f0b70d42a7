"""Invoke tasks in the way of every Lino project (atelier's invlib).

``inv test`` runs the pytest suite on SQLite, PostgreSQL and MariaDB and
the double dump test of the shipped demo projects (tests/run_all.py).
"""
from atelier.invlib import setup_from_tasks

ns = setup_from_tasks(
    globals(), "lino_dumpy",
    test_command="python tests/run_all.py",
    doc_trees=["docs"])
