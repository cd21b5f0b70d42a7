"""What the commands print, run in subprocesses as a new user runs them
(issue 13, point 11).

Every failure ends with one paragraph and a non-zero exit, never with a
traceback; Django's global options work anywhere on the command line; the
output at each verbosity is what docs/usage.rst says.
"""
import re
import sys

import pytest

from lino_dumpy.dump.writer import dump
from tests.conftest import PREFIX, VENDOR
from tests.fixtures_data import change_database, populate, snapshot
from tests.test_cli import output, with_env


def assert_one_paragraph(result, *fragments):
    """Non-zero exit; stderr is one paragraph holding every fragment."""
    assert result.returncode != 0, output(result)
    for fragment in fragments:
        assert fragment in result.stderr, (fragment, output(result))
    assert "Traceback" not in result.stderr, output(result)
    assert len(result.stderr.strip().splitlines()) == 1, output(result)


@pytest.fixture
def dumped(clean_db, tmp_path):
    populate()
    before = snapshot()
    dump(tmp_path / "dump", progress=False)
    change_database()
    return tmp_path / "dump", before


# A database that has not been migrated ---------------------------------------

@pytest.mark.parametrize("command", [["dump2py", "DIR"], ["ddt", "--noinput"]],
                         ids=["dump2py", "ddt"])
def test_unmigrated_database(project, fresh_env, tmp_path, command):
    target = tmp_path / "snapshot"
    args = [str(target) if arg == "DIR" else arg for arg in command]
    result = with_env(project, **fresh_env).manage(*args, check=False)
    assert_one_paragraph(
        result, "has no table for ", "it has not been migrated",
        "Run `manage.py migrate --database default` first")
    assert not target.exists()


@pytest.fixture
def unreachable_env(tmp_path):
    if VENDOR == "sqlite":
        return {"DUMPY_SQLITE_PATH": str(tmp_path / "no" / "such.sqlite3")}
    return {"DUMPY_DB_NAME": PREFIX + "_never_created"}


@pytest.mark.parametrize("command", [["dump2py", "DIR"], ["ddt", "--noinput"]],
                         ids=["dump2py", "ddt"])
def test_database_that_cannot_be_opened(project, unreachable_env, tmp_path,
                                        command):
    target = tmp_path / "snapshot"
    args = [str(target) if arg == "DIR" else arg for arg in command]
    result = with_env(project, **unreachable_env).manage(*args, check=False)
    assert_one_paragraph(result, "The database 'default' (",
                         "failed while listing its tables: ",
                         "Check that the database exists and that")
    assert not target.exists()


# Questions without a terminal ------------------------------------------------

def test_ddt_without_a_terminal_cancels_cleanly(dumped, project):
    _, before = dumped
    changed = snapshot()
    result = project.manage("ddt", check=False, input="")
    assert_one_paragraph(result, "Cancelled; nothing was changed.",
                         "Use --noinput")
    assert "EOFError" not in result.stderr
    assert snapshot() == changed != before


def test_restore_without_a_terminal_cancels_cleanly(dumped, project):
    dump_dir, before = dumped
    changed = snapshot()
    result = project.python(str(dump_dir / "restore.py"), check=False,
                            input="")
    assert_one_paragraph(result, "Restore cancelled; the database was not "
                                 "changed.")
    assert snapshot() == changed != before


# Django's global options anywhere --------------------------------------------

@pytest.mark.parametrize("how", ["manage.py run", "python restore.py"])
def test_django_options_after_the_script(dumped, project, how):
    """``--settings`` and friends after the dump's path, with
    DJANGO_SETTINGS_MODULE unset: the restore uses them."""
    dump_dir, before = dumped
    bare = with_env(project, remove=["DJANGO_SETTINGS_MODULE"])
    options = ["--noinput", "--settings", "tests.settings", "--traceback",
               "--no-color", "-v", "1"]
    if how == "manage.py run":
        result = bare.manage("run", str(dump_dir / "restore.py"), *options,
                             check=False)
    else:
        result = bare.python(str(dump_dir / "restore.py"), *options,
                             check=False)
    assert result.returncode == 0, output(result)
    assert snapshot() == before


def test_pythonpath_option_is_applied(dumped, project, tmp_path):
    dump_dir, before = dumped
    (tmp_path / "elsewhere").mkdir()
    (tmp_path / "elsewhere" / "site_x_settings.py").write_text(
        "from tests.settings import *  # noqa\n", encoding="utf-8")
    bare = with_env(project, remove=["DJANGO_SETTINGS_MODULE"])
    result = bare.python(str(dump_dir / "restore.py"), "--noinput",
                         "--settings", "site_x_settings", "--pythonpath",
                         str(tmp_path / "elsewhere"), check=False)
    assert result.returncode == 0, output(result)
    assert snapshot() == before


# What each verbosity prints --------------------------------------------------

ROW_LINE = re.compile(r"^  ([a-z_]+\.[A-Za-z_]+): (\d+) rows?$", re.M)


@pytest.mark.parametrize("verbosity", ["0", "1", "2"])
def test_restore_output_per_verbosity(dumped, project, verbosity):
    dump_dir, before = dumped
    result = project.python(str(dump_dir / "restore.py"), "--noinput",
                            "-v", verbosity)
    stdout = result.stdout
    if verbosity == "0":
        assert stdout == "", output(result)
        return
    assert re.search(r"^Preflight passed: \d+ table files? with \d+ rows?, "
                     r"intact and loadable by this code\.$", stdout, re.M), \
        output(result)
    rows = sum(len(rows) for rows in before.values())
    assert re.search(r"^Restored %d rows from .* in [\d.]+ s\.$" % rows,
                     stdout, re.M), output(result)
    lines = ROW_LINE.findall(stdout)
    if verbosity == "1":
        assert lines == [], output(result)
        return
    expected = {label: len(rows) for label, rows in before.items() if rows}
    found = dict(lines)
    assert {label: int(count) for label, count in found.items()} == expected
    assert not re.search(r"\b1 rows\b", stdout), output(result)
    assert re.search(r": 1 row$", stdout, re.M), output(result)


def test_count_of():
    from lino_dumpy.cli import count_of
    assert [count_of(n, "row") for n in (0, 1, 2)] == [
        "0 rows", "1 row", "2 rows"]


@pytest.mark.parametrize("umask", [0o077, 0o022])
def test_a_dump_has_the_permissions_of_the_umask(clean_db, project, tmp_path,
                                                 umask):
    """A dump holds password hashes: with ``umask 077`` nobody else may
    read it."""
    populate()
    target = tmp_path / "d"
    result = project.run(
        ["sh", "-c", 'umask %03o && exec "$0" -m django dump2py "$1"' % umask,
         sys.executable, str(target)])
    assert result.returncode == 0, output(result)
    modes = {path.name: path.stat().st_mode & 0o777
             for path in [target] + list(target.iterdir())}
    assert modes[target.name] == 0o777 & ~umask
    assert set(modes.values()) <= {0o777 & ~umask, 0o666 & ~umask}, modes
