"""Invoke tasks in the way of every Lino project (atelier's invlib).

``inv test``   the test matrix of noxfile.py, then a summary of every
               session's parts and failed tests (tests/run_matrix.py);
               each session runs tests/run_all.py (the pytest suite on
               its backend, the double dump test of every demo project)
``inv ddt``    the double dump test of the demo projects (``--prep`` builds
               their databases first)
``inv prep``   build the demo databases
``inv bd``     build the docs (warnings are errors)
``inv clean``  remove generated files
"""
import shlex
from pathlib import Path

from atelier.invlib import setup_from_tasks
from atelier.projects import get_project_from_path

from lino_dumpy import __version__
from lino_dumpy.invlib import DemoProject, add_tasks

ROOT = Path(__file__).resolve().parent
LIBRARY_DUMP = ROOT / "lino_dumpy" / "fixtures" / "library_1_0" / "restore.py"

DEMO_PROJECTS = [
    # Plain Django: the shop, from its .py fixture.
    DemoProject("lino_dumpy.projects.demo", prep=(
        "migrate --noinput --verbosity 0", "flush --noinput",
        "loaddata demo_shop")),
    # Release 3 of the library example, holding the data of a release 1
    # dump that its migrator converts on the way in.
    DemoProject("lino_dumpy.projects.library", prep=(
        "run %s --noinput" % shlex.quote(str(LIBRARY_DUMP)),)),
    # A real Lino site (Lino's prep: initdb and its demo fixtures).
    DemoProject("lino_dumpy.projects.lino_demo", prep=("prep --noinput",)),
]

ns = setup_from_tasks(
    globals(), "lino_dumpy",
    test_command="python tests/run_matrix.py",
    demo_projects=[project.name for project in DEMO_PROJECTS],
    doc_trees=["docs"],
    build_dir_name="_build",
    cleanable_files=["lino_dumpy/projects/*/*.sqlite3", "tests/*.sqlite3"])
# setup.py calls setup() when it is executed, so atelier cannot read the
# project's SETUP_INFO from it (`inv bd` would fail); tell it directly.
get_project_from_path(ROOT).SETUP_INFO = {"name": "lino_dumpy",
                                          "version": __version__}
add_tasks(ns, DEMO_PROJECTS)
