"""The command line, run in subprocesses as users run it.

``python DIR/restore.py``, ``manage.py run DIR/restore.py``, ``manage.py
run DIR/``, the confirmation question, a missing or wrong settings module,
``manage.py ddt`` and a dump newer than the code.  Where a restore must
refuse, the database is first changed so that it no longer holds what
the dump holds: a restore that wrongly went through would show up.
"""
import os
import re

import pytest

from lino_dumpy.dump.writer import dump
from tests.fixtures_data import (LOAD_STARTED, PREFLIGHT_PASSED,
                                 change_database,
                                 populate, snapshot, tree)

def with_env(project, remove=(), **overrides):
    """The same project with some environment variables changed."""
    env = dict(project.env, **overrides)
    for name in remove:
        env.pop(name, None)
    return type(project)(env)


def output(result):
    return "exit code %s\nstdout:\n%s\nstderr:\n%s" % (
        result.returncode, result.stdout, result.stderr)


def assert_refused(result, *fragments):
    """Non-zero exit; stderr holds every fragment and no traceback."""
    assert result.returncode != 0, output(result)
    for fragment in fragments:
        assert fragment in result.stderr, (fragment, output(result))
    assert "Traceback" not in result.stderr, output(result)


@pytest.fixture
def populated(clean_db):
    populate()
    return snapshot()


@pytest.fixture
def dumped(populated, tmp_path):
    """A dump of the populated database, its snapshot, and the database
    changed since (so that a restore has something to undo)."""
    dump_dir = tmp_path / "dump"
    dump(dump_dir, progress=False)
    changed = change_database()
    assert changed != populated
    return dump_dir, populated, changed


# Running a restore -----------------------------------------------------------

def test_restore_script_into_a_fresh_database(populated, project, fresh_env,
                                              tmp_path):
    """``python DIR/restore.py --noinput`` with DJANGO_SETTINGS_MODULE set
    builds a new empty database (schema and data); dumping that database
    gives the very same files."""
    project.manage("dump2py", str(tmp_path / "original"))
    fresh = with_env(project, **fresh_env)
    result = fresh.python(str(tmp_path / "original" / "restore.py"),
                          "--noinput")
    rows = sum(len(rows) for rows in populated.values())
    assert "Restored %d rows" % rows in result.stdout, output(result)
    fresh.manage("dump2py", str(tmp_path / "copy"))
    original = tree(tmp_path / "original")
    assert "fieldtypes_everything.py" in original
    assert tree(tmp_path / "copy") == original


@pytest.mark.parametrize("target", ["restore.py", ""],
                         ids=["DIR/restore.py", "DIR/"])
def test_manage_py_run(dumped, project, target):
    """``manage.py run DIR/restore.py --noinput`` and ``manage.py run DIR/
    --noinput`` replace the data by the dump's."""
    dump_dir, dumped_data, _ = dumped
    result = project.manage("run", os.path.join(str(dump_dir), target),
                            "--noinput")
    assert LOAD_STARTED in result.stdout, output(result)
    assert snapshot() == dumped_data


def test_run_refuses_a_directory_that_is_not_a_dump(populated, project,
                                                    tmp_path):
    """``manage.py run`` of a directory without restore.py says so."""
    before = snapshot()
    result = project.manage("run", str(tmp_path), "--noinput", check=False)
    assert result.returncode != 0, output(result)
    assert os.path.join(str(tmp_path), "restore.py") in result.stderr, \
        output(result)
    assert snapshot() == before


# The confirmation ------------------------------------------------------------

@pytest.mark.parametrize("answer", ["n\n", "no\n", ""],
                         ids=["n", "no", "stdin empty"])
def test_declined_confirmation_changes_nothing(dumped, project, answer):
    """Without --noinput, a non-empty database is replaced only after a
    "y": any other answer, or no answer at all (stdin at its end),
    cancels with a non-zero exit and the data unchanged."""
    dump_dir, _, changed = dumped
    result = project.python(str(dump_dir / "restore.py"), input=answer,
                            check=False)
    assert snapshot() == changed
    assert "Continue? [y/N]" in result.stdout, output(result)
    assert_refused(result, "Restore cancelled", "--noinput")


def test_confirmed_restore_replaces_the_data(dumped, project):
    """Answering "y" to the question replaces the data by the dump's."""
    dump_dir, dumped_data, _ = dumped
    result = project.python(str(dump_dir / "restore.py"), input="y\n")
    assert "Continue? [y/N]" in result.stdout, output(result)
    assert snapshot() == dumped_data


# Settings --------------------------------------------------------------------

def test_restore_script_without_settings_module(dumped, project):
    """Without DJANGO_SETTINGS_MODULE restore.py cannot know the site: it
    says so and how to run it, and exits non-zero."""
    dump_dir, _, changed = dumped
    result = with_env(project, remove=["DJANGO_SETTINGS_MODULE"]).python(
        str(dump_dir / "restore.py"), "--noinput", check=False)
    assert_refused(result, "DJANGO_SETTINGS_MODULE is not set",
                   "manage.py run")
    assert snapshot() == changed


def test_restore_script_with_a_wrong_settings_module(dumped, project):
    """A settings module that does not import is named in the message."""
    dump_dir, _, changed = dumped
    result = with_env(
        project, DJANGO_SETTINGS_MODULE="tests.no_such_settings").python(
        str(dump_dir / "restore.py"), "--noinput", check=False)
    assert_refused(result, "tests.no_such_settings",
                   "DJANGO_SETTINGS_MODULE")
    assert snapshot() == changed


# Double dump test ------------------------------------------------------------

def test_ddt_passes_on_an_intact_restore(populated, project):
    """``manage.py ddt -b`` exits 0 when the restore reproduces the data."""
    result = project.manage("ddt", "-b")
    assert "Double dump test passed" in result.stdout, output(result)
    assert snapshot() == populated


def test_ddt_fails_when_the_restore_changes_data(populated, project):
    """With a pre_save receiver that alters Node names during the restore
    (DUMPY_TEST_TAMPER=1), ``manage.py ddt -b`` exits non-zero and names
    the table file, the pk and the field of each difference."""
    from tests.fieldtypes.models import Node
    root = Node.objects.get(name="root").pk
    result = with_env(project, DUMPY_TEST_TAMPER="1").manage(
        "ddt", "-b", check=False)
    assert result.returncode != 0, output(result)
    lines = (result.stdout + result.stderr).splitlines()
    assert "Double dump test failed" in result.stderr, output(result)
    assert [line for line in lines
            if ("fieldtypes.Node" in line or "fieldtypes_node" in line)
            and re.search(r"\bpk=%d\b" % root, line) and "name" in line
            and "'root'" in line and "'root!'" in line], output(result)


# Versions --------------------------------------------------------------------

def test_dump_newer_than_the_code_is_refused(populated, project, tmp_path):
    """A dump written by data version 2.0 does not restore into code at
    version 1.0: refused before the database is touched."""
    with_env(project, DUMPY_VERSION="2.0").manage(
        "dump2py", str(tmp_path / "newer"))
    changed = change_database()
    result = with_env(project, DUMPY_VERSION="1.0").python(
        str(tmp_path / "newer" / "restore.py"), "--noinput", check=False)
    assert snapshot() == changed
    assert_refused(result, "2.0", "newer than the running code")
    assert PREFLIGHT_PASSED not in result.stdout, output(result)
