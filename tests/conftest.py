"""Test session setup: databases on the selected backend, Django, helpers.

In-process tests use the aliases ``default`` and ``other`` of
tests.settings.  Subprocess tests (the way users run dump2py and
restore.py) get the same databases through the environment.
"""
import os
import shutil
import sys
import tempfile

import django
import pytest

from tests import databases, forkserver, lino_support

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SESSION_DIR = tempfile.mkdtemp(prefix="dumpy-tests-")
VENDOR = databases.backend()
PREFIX = "dumpy_%d" % os.getpid()
#: Why the Lino tests cannot run here (a Django that Lino does not
#: support), or None: then they run, and fail if Lino is missing.
LINO_NOT_APPLICABLE = lino_support.not_applicable_reason(django.__version__)
#: Why the Lino tests are left out of this run, or None: not applicable
#: here, or run on another backend of this combination (noxfile.py).
LINO_LEFT_OUT = LINO_NOT_APPLICABLE and "NOT APPLICABLE (%s)" % \
    LINO_NOT_APPLICABLE or lino_support.elsewhere_reason(VENDOR)


def pytest_configure(config):
    """Create this session's databases before Django is set up."""
    os.environ["DJANGO_SETTINGS_MODULE"] = "tests.settings"
    try:
        os.environ.update(databases.fresh_database_env(
            VENDOR, PREFIX + "_default",
            os.path.join(SESSION_DIR, "default.sqlite3")))
        os.environ.update(databases.fresh_database_env(
            VENDOR, PREFIX + "_other",
            os.path.join(SESSION_DIR, "other.sqlite3"), "DUMPY_OTHER_"))
    except databases.ServerUnreachable as error:
        pytest.exit("DUMPY_DB=%s was selected but %s" % (VENDOR, error),
                    returncode=3)
    import django
    django.setup()
    from django.core.management import call_command
    call_command("migrate", verbosity=0)
    call_command("migrate", database="other", verbosity=0)


def pytest_unconfigure(config):
    from django.db import connections
    connections.close_all()
    try:
        databases.drop_databases_of(VENDOR, PREFIX)
    except databases.ServerUnreachable:
        pass
    shutil.rmtree(SESSION_DIR, ignore_errors=True)


def pytest_report_header(config):
    lines = ["lino_dumpy database backend: %s, Django %s" % (
        VENDOR, django.__version__),
        "commands run in %s" % (
            "fresh interpreters" if forkserver.fresh_processes() else
            "processes forked from a warm interpreter (tests/forkserver.py;"
            " DUMPY_TEST_FRESH_PROCESSES=1 for fresh ones)")]
    if LINO_LEFT_OUT:
        lines.append(lino_tests_left_out())
    return lines


def pytest_ignore_collect(collection_path, config):
    """Leave the Lino tests out where Lino cannot be installed, or where
    they run on another backend of this combination."""
    if LINO_LEFT_OUT and \
            collection_path.name in lino_support.LINO_TEST_MODULES:
        return True
    return None


def pytest_terminal_summary(terminalreporter):
    if LINO_LEFT_OUT:
        terminalreporter.write_sep("=", lino_tests_left_out(), yellow=True)


def lino_tests_left_out():
    count = sum(lino_support.count_tests(os.path.join(ROOT, "tests", name))
                for name in lino_support.LINO_TEST_MODULES)
    return "Lino tests %s, %d left out: %s" % (
        LINO_LEFT_OUT, count, ", ".join(lino_support.LINO_TEST_MODULES))


#: For the modules that test no database: the shape of the package, the
#: docs, the packaging.  They run once per environment, on SQLite, and
#: say so on the other backends (tests/run_all.py runs every backend).
ONCE = pytest.mark.skipif(
    VENDOR != "sqlite", reason="tests no database; runs once, with "
    "DUMPY_DB=sqlite")


@pytest.fixture(scope="session")
def lino_seed(tmp_path_factory):
    """The Lino demo site's database and its dump, for every module of
    Lino tests (see tests/test_lino.py): Lino's ``prep`` runs once."""
    from tests.test_lino import build_seed
    yield from build_seed(tmp_path_factory.mktemp("lino_seed"))


@pytest.fixture
def clean_db():
    """The default database, migrated and without any data rows."""
    from django.db import connection, transaction
    from lino_dumpy.restore.integrity import empty_tables
    from lino_dumpy.ordering import stored_models
    with transaction.atomic(), connection.constraint_checks_disabled():
        empty_tables("default", stored_models())
    from lino_dumpy.restore.integrity import recreate_auto_rows
    recreate_auto_rows("default")
    yield "default"


class Project:
    """Runs the test project's commands in subprocesses, as users do."""

    def __init__(self, env):
        self.env = env

    def run(self, args, check=True, input=None, cwd=None):
        from django.db import connections
        connections.close_all()
        result = forkserver.run(args, self.env, cwd or ROOT, input)
        if check and result.returncode != 0:
            raise AssertionError(
                "%s exited with %d\nstdout:\n%s\nstderr:\n%s" % (
                    " ".join(map(str, args)), result.returncode,
                    result.stdout, result.stderr))
        return result

    def manage(self, *args, **kwargs):
        return self.run([sys.executable, "-m", "django"] + list(args),
                        **kwargs)

    def python(self, *args, **kwargs):
        return self.run([sys.executable] + list(args), **kwargs)


@pytest.fixture
def project():
    env = dict(os.environ, PYTHONPATH=ROOT, DUMPY_TEST_TAMPER="")
    return Project(env)


@pytest.fixture
def fresh_env(tmp_path):
    """Environment overrides pointing ``default`` at a new empty database."""
    return databases.fresh_database_env(
        VENDOR, PREFIX + "_fresh", str(tmp_path / "fresh.sqlite3"))
