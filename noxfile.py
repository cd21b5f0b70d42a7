"""The test matrix: one nox session per supported Python and Django release
and database backend, each in its own virtualenv (``nox -l`` lists them,
``inv test`` runs them all and prints one summary at the end).

The main combination (the first) runs the suite on SQLite, PostgreSQL and
MariaDB and the demo projects' double dump tests; the others run it on
SQLite and PostgreSQL.  Every SQLite session also runs the demo tour of
the README's quick start.  Lino is installed where Lino supports the
session's Django (tests/lino_support.py); without it, the Lino tests
report that they are not applicable.  They run on every backend in the
main combination and on SQLite in the others (``lino_backends``).  As many sessions run at a time as
the machine has cores (``nox -j 1`` runs them one by one); one session
per backend keeps both cores busy until the end.
"""
import glob
import os
import sys
from dataclasses import dataclass

import nox

ROOT = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, ROOT)
from tests.lino_support import lino_supports  # noqa: E402

nox.options.default_venv_backend = "uv|venv"
nox.options.error_on_missing_interpreters = True
nox.options.error_on_external_run = True
nox.options.parallel = os.cpu_count() or 1

# The suite starts hundreds of Python processes (dump2py, restore.py, Lino
# sites).  Where PYTHONDONTWRITEBYTECODE is set (as on the CI machine) none
# of them caches what it compiled, so each one compiled Django, Lino and
# lino_dumpy again (the suite took about 2.5 times as long).  The sessions'
# processes write the bytecode of what they import, once (compiling all of
# every virtualenv at install time with UV_COMPILE_BYTECODE costs more),
# into a tree of its own: no __pycache__ appears in the stored dumps that
# the tests read (a repair script may import a dump's restore.py).
os.environ.pop("PYTHONDONTWRITEBYTECODE", None)
os.environ["PYTHONPYCACHEPREFIX"] = os.path.join(ROOT, ".nox", "pycache")


@dataclass(frozen=True)
class Combination:
    python: str
    django: str
    backends: tuple = ("sqlite", "postgresql")
    ddt: bool = False
    #: Where the Lino tests run (None: on every backend).  The Lino tests
    #: are the slowest part of the suite (a Lino site starts in each of
    #: their subprocesses); on PostgreSQL they run in the main combination,
    #: which keeps the CI run within its time.
    lino_backends: tuple = ("sqlite",)

    @property
    def name(self):
        return "py%s-django%s" % (self.python, self.django)

    @property
    def lino(self):
        return lino_supports(self.django)


MATRIX = [
    Combination("3.11", "5.2", ("sqlite", "postgresql", "mysql"), ddt=True,
                lino_backends=None),
    Combination("3.12", "6.0"),
    Combination("3.13", "6.0"),
    Combination("3.12", "6.1"),
    Combination("3.13", "6.1"),
]


def interpreter(version):
    """Python `version` from pyenv when it has it (its shims only serve the
    global version), else nox finds it on the PATH."""
    root = os.environ.get("PYENV_ROOT", os.path.expanduser("~/.pyenv"))
    found = glob.glob(os.path.join(
        root, "versions", version + ".*", "bin", "python" + version))
    return max(found, key=release, default=version)


def release(path):
    """(3, 12, 10) for .../versions/3.12.10/bin/python3.12."""
    name = os.path.basename(os.path.dirname(os.path.dirname(path)))
    return tuple(int(part) if part.isdigit() else -1
                 for part in name.split("."))


def tests(session, combination, backend):
    extra = "test" if combination.lino else "test-core"
    session.install("-e", ".[%s]" % extra,
                    "Django==%s.*" % combination.django)
    if combination.lino_backends:
        session.env["DUMPY_LINO_BACKENDS"] = ",".join(
            combination.lino_backends)
    session.run("python", "-m", "django", "--version")
    args = ["python", "tests/run_all.py", "--backends", backend,
            "--summary", summary_path(session.name)]
    if not (combination.ddt and backend == "sqlite"):
        args.append("--no-ddt")
    if backend != "sqlite":
        args.append("--no-demo")
    session.run(*args, *session.posargs)


def summary_path(name):
    """Where a session's run_all.py writes what it ran (for ``inv test``'s
    summary, see tests/run_matrix.py)."""
    return os.path.join(ROOT, ".nox", "summaries", name + ".json")


def add_session(combination, backend):
    def run(session):
        tests(session, combination, backend)
    run.__doc__ = "Python %s, Django %s, %s, on %s" % (
        combination.python, combination.django,
        "Lino 26.10" if combination.lino else "without Lino", backend)
    nox.session(name="%s-%s" % (combination.name, backend),
                python=interpreter(combination.python),
                download_python="never", allow_parallel=True)(run)


for item in MATRIX:
    for name in item.backends:
        add_session(item, name)
