"""loaddata and the restore agree on what they read (issue 13, point 6).

One check of ``DUMP_FORMAT`` serves both, and whether an ``x.py`` fixture
belongs to a dump is decided by reading the ``TABLE_FILES`` of the
``restore.py`` beside it as data: no module is imported or executed for
that.
"""
import textwrap

import pytest
from django.core.management import call_command

from lino_dumpy.dumpformat import DUMP_FORMAT
from lino_dumpy.restore.dumpinfo import lists_table_file, read_dump_constants
from lino_dumpy.dump.writer import dump
from tests.fixtures_data import change_database, populate, snapshot


def output(result):
    return "exit code %s\nstdout:\n%s\nstderr:\n%s" % (
        result.returncode, result.stdout, result.stderr)


@pytest.fixture
def newer_dump(clean_db, tmp_path):
    """A dump whose restore.py says it is in the next format, and the
    database changed since (what every refusal must leave in place)."""
    populate()
    directory = tmp_path / "newer"
    dump(directory, progress=False)
    path = directory / "restore.py"
    text = path.read_text(encoding="utf-8")
    line = "\nDUMP_FORMAT = %d\n" % DUMP_FORMAT
    assert line in text
    path.write_text(text.replace(
        line, "\nDUMP_FORMAT = %d\n" % (DUMP_FORMAT + 1)), encoding="utf-8")
    return directory, change_database()


REFUSAL = ("the dump is in format %d, which this lino_dumpy" % (
    DUMP_FORMAT + 1), "it reads formats up to %d" % DUMP_FORMAT)


@pytest.mark.parametrize("fixture", ["restore.py", "fieldtypes_node.py"])
def test_loaddata_refuses_a_dump_in_a_newer_format(newer_dump, project,
                                                   fixture):
    directory, before = newer_dump
    result = project.manage("loaddata", str(directory / fixture),
                            check=False)
    assert result.returncode != 0, output(result)
    for fragment in REFUSAL + (str(directory / "restore.py"),
                               "Nothing was loaded."):
        assert fragment in result.stderr, (fragment, output(result))
    assert "Traceback" not in result.stderr, output(result)
    assert snapshot() == before


def test_restore_refuses_it_with_the_same_message(newer_dump, project):
    directory, before = newer_dump
    result = project.python(str(directory / "restore.py"), "--noinput",
                            check=False)
    assert result.returncode != 0, output(result)
    for fragment in REFUSAL:
        assert fragment in result.stderr, (fragment, output(result))
    assert snapshot() == before


# A restore.py that is not part of the fixture's dump -------------------------

HOSTILE_RESTORE = """\
import pathlib
pathlib.Path({marker!r}).write_text("imported")
raise SystemExit("this restore.py must never be imported")
TABLE_FILES = [("other.py", "fieldtypes.Node", "fieldtypes_node", 1, "0")]
"""

PLAIN_FIXTURE = """\
from tests.fieldtypes.models import Owner


def objects():
    yield Owner(name="from the fixture")
"""


def test_a_restore_py_beside_a_fixture_is_never_imported(clean_db,
                                                         tmp_path):
    """loaddata x.py next to a restore.py with a side effect whose
    TABLE_FILES does not list x.py: the restore.py is read as data only,
    and x.py loads as the plain fixture module it is."""
    from tests.fieldtypes.models import Owner
    marker = tmp_path / "imported"
    (tmp_path / "restore.py").write_text(
        textwrap.dedent(HOSTILE_RESTORE).format(marker=str(marker)),
        encoding="utf-8")
    fixture = tmp_path / "x.py"
    fixture.write_text(PLAIN_FIXTURE, encoding="utf-8")
    assert not lists_table_file(str(tmp_path / "restore.py"), str(fixture))
    assert lists_table_file(str(tmp_path / "restore.py"),
                            str(tmp_path / "other.py"))
    call_command("loaddata", str(fixture), verbosity=0)
    assert list(Owner.objects.values_list("name", flat=True)) == [
        "from the fixture"]
    assert not marker.exists()


def test_constants_are_read_without_running_the_file(tmp_path):
    marker = tmp_path / "imported"
    path = tmp_path / "restore.py"
    path.write_text(textwrap.dedent(HOSTILE_RESTORE).format(
        marker=str(marker)) + "DUMP_FORMAT = 7\nSOURCE_VERSION = '2.0'\n"
        "EXCLUDED = compute()\n", encoding="utf-8")
    assert read_dump_constants(str(path)) == {
        "DUMP_FORMAT": 7, "SOURCE_VERSION": "2.0", "TABLE_FILES": [
            ("other.py", "fieldtypes.Node", "fieldtypes_node", 1, "0")]}
    assert not marker.exists()


def test_a_garbled_restore_py_beside_a_fixture_is_not_a_dump(tmp_path):
    (tmp_path / "restore.py").write_text("def (:\n", encoding="utf-8")
    assert not lists_table_file(str(tmp_path / "restore.py"),
                                str(tmp_path / "x.py"))
