"""``manage.py restore DIR`` restores a dump without running its code.

The stored samples restore through it with the same values as through
their restore.py.  Planted code, in restore.py or in a table file, is
refused naming the file and the line; it never runs (a marker file that
it would create stays absent), and the database keeps its rows.  An
attacker rewrites the SHA-256 sums of TABLE_FILES too, so every planted
dump here has matching sums.
"""
import os
import re
import shutil

import pytest

from lino_dumpy.exceptions import DumpFormatError, UnsafeDump
from lino_dumpy.restore.restorer import RestoreOptions
from lino_dumpy.restore.safe import restore_safely
from lino_dumpy.restore.verify import file_digest
from lino_dumpy.testing import restore_dump

SAMPLES = os.path.join(os.path.dirname(__file__), "samples")
FIELDTYPES = ["fieldtypes_1_0", "fieldtypes_2_0", "fieldtypes_3_0"]


def sample(name):
    return os.path.join(SAMPLES, name)


#: Rows the restore creates, not the dump (the permissions of models added
#: since): their keys come from the counter, which MariaDB does not move
#: back when a table is emptied, so they are compared without them.
CREATED_ROWS = {"auth.Permission"}


def snapshot(using="default"):
    """``{model label: [row tuples]}`` of every model with a table."""
    from lino_dumpy.ordering import model_label, stored_models
    result = {}
    for model in stored_models(using=using):
        label = model_label(model)
        rows = model._base_manager.using(using).order_by("pk").values_list()
        if label in CREATED_ROWS:
            rows = sorted(row[1:] for row in rows)
        result[label] = list(rows)
    return result


def quiet():
    return RestoreOptions(interactive=False, verbosity=0)


@pytest.mark.parametrize("name", FIELDTYPES)
def test_stored_sample_restores_as_through_its_restore_py(clean_db, name):
    restore_dump(sample(name))
    trusted = snapshot()
    report = restore_safely(sample(name), quiet())
    assert report.counts["fieldtypes.Everything"] == 3
    assert snapshot() == trusted


def sign(directory):
    """Rewrite the row counts and SHA-256 sums of TABLE_FILES to match
    the table files, as an attacker would."""
    path = os.path.join(directory, "restore.py")
    with open(path, encoding="utf-8") as stream:
        text = stream.read()

    def entry(match):
        digest, rows = file_digest(os.path.join(directory, match.group(2)))
        return "%s%d, %r)" % (match.group(1), rows, digest)
    text = re.sub(r"(\('([^']+\.py)', '[^']+', '[^']+', )\d+, '[0-9a-f]+'\)",
                  entry, text)
    with open(path, "w", encoding="utf-8") as stream:
        stream.write(text)


def planted(tmp_path, filename, old, new, count=1):
    """A copy of fieldtypes_3_0 with `old` replaced by `new` in
    `filename`, its sums signed; returns the directory."""
    directory = str(tmp_path / "dump")
    shutil.copytree(sample("fieldtypes_3_0"), directory)
    path = os.path.join(directory, filename)
    with open(path, encoding="utf-8") as stream:
        text = stream.read()
    assert old in text
    with open(path, "w", encoding="utf-8") as stream:
        stream.write(text.replace(old, new, count))
    sign(directory)
    return directory


def line_of(directory, filename, text):
    """The number of the first line of `filename` that contains `text`."""
    with open(os.path.join(directory, filename), encoding="utf-8") as stream:
        for number, line in enumerate(stream, 1):
            if text in line:
                return number
    raise AssertionError("%r is not in %s" % (text, filename))


@pytest.fixture
def restored(clean_db):
    """The default database holding fieldtypes_3_0, and its snapshot."""
    restore_dump(sample("fieldtypes_3_0"))
    return snapshot()


CLUB_ROW = "loader.save(create_fieldtypes_club(1,"
CLUB_FACTORY = "def create_fieldtypes_club(id, name):\n"
IMPORT_LINE = "from lino_dumpy.dumpfile import *"


def script_attacks(marker):
    """``(id, file, old, new, text of the refused line)`` planted in
    restore.py; each would create `marker` when restore.py runs."""
    touch = "open(%r, 'w').close()" % marker
    return [
        ("extra statement", "restore.py", IMPORT_LINE,
         IMPORT_LINE + "\n" + touch, "open("),
        ("hand-written step", "restore.py", IMPORT_LINE,
         IMPORT_LINE + "\ndef migrate_from_1_0(globals_dict):\n    "
         + touch + "\n", "def migrate_from_1_0"),
        ("changed create_ body", "restore.py", CLUB_FACTORY,
         CLUB_FACTORY + "    " + touch + "\n", "open("),
        ("changed create_ model", "restore.py",
         "        fieldtypes_Club,\n", "        fieldtypes_Place,\n",
         "def create_fieldtypes_club"),
        ("decorated create_", "restore.py", CLUB_FACTORY,
         "@print\n" + CLUB_FACTORY, "def create_fieldtypes_club"),
        ("argument named as a helper", "restore.py",
         "def create_fieldtypes_club(id, name):\n    return instantiate(\n"
         "        fieldtypes_Club,\n        id=id,\n        name=name,\n",
         "def create_fieldtypes_club(instantiate, name):\n"
         "    return instantiate(\n        fieldtypes_Club,\n"
         "        instantiate=instantiate,\n        name=name,\n",
         "def create_fieldtypes_club"),
        ("constant computed", "restore.py", "DUMP_FORMAT = 3",
         "DUMP_FORMAT = len(%r)" % touch, "DUMP_FORMAT"),
        ("model global computed", "restore.py",
         "fieldtypes_Club = resolve_model('fieldtypes.Club')",
         "fieldtypes_Club = resolve_model(%r)" % touch, "fieldtypes_Club ="),
    ]


def row_attacks(marker):
    """``(id, table file, new first argument, refused text)`` planted as
    the first value of a row of fieldtypes_club.py."""
    return [
        ("call", "__import__('os').system('touch %s')" % marker),
        ("attribute", "loader.using"),
        ("dunder", "__builtins__"),
        ("lambda", "(lambda: open(%r, 'w'))()" % marker),
        ("f-string", "f'{open(%r, \"w\")}'" % marker),
        ("operator", "1+1"),
        ("comprehension", "[x for x in ()]"),
        ("deep nesting", "[" * 5000 + "]" * 5000),
        ("huge integer", "1" * 100000),
        ("starred", "*open(%r, 'w')" % marker),
    ]


@pytest.mark.parametrize("index", range(8), ids=[
    case[0] for case in script_attacks("m")])
def test_planted_code_in_restore_py_is_refused(restored, tmp_path, index):
    marker = str(tmp_path / "marker")
    _, filename, old, new, found = script_attacks(marker)[index]
    directory = planted(tmp_path, filename, old, new)
    with pytest.raises(UnsafeDump) as refusal:
        restore_safely(directory, quiet())
    message = str(refusal.value)
    lineno = line_of(directory, filename, found)
    assert message.startswith("%s:%d: " % (
        os.path.join(directory, filename), lineno)), message
    assert "manage.py run DIR/" in message
    assert not os.path.exists(marker)
    assert snapshot() == restored


@pytest.mark.parametrize("index", range(10), ids=[
    case[0] for case in row_attacks("m")])
def test_planted_code_in_a_table_file_is_refused(restored, tmp_path, index):
    marker = str(tmp_path / "marker")
    _, argument = row_attacks(marker)[index]
    directory = planted(tmp_path, "fieldtypes_club.py", CLUB_ROW,
                        "loader.save(create_fieldtypes_club(%s," % argument)
    with pytest.raises(DumpFormatError) as refusal:
        restore_safely(directory, quiet())
    lineno = line_of(directory, "fieldtypes_club.py", "loader.save(")
    assert str(refusal.value).startswith("%s:%d: " % (
        os.path.join(directory, "fieldtypes_club.py"), lineno))
    assert not os.path.exists(marker)
    assert snapshot() == restored


def test_a_table_file_calling_another_tables_create(restored, tmp_path):
    directory = planted(
        tmp_path, "fieldtypes_club.py", CLUB_ROW,
        "loader.save(create_fieldtypes_place(7,'x'))\n" + CLUB_ROW)
    with pytest.raises(DumpFormatError, match=(
            r"fieldtypes_club.py:5: found a call of "
            r"create_fieldtypes_place\(\) in the table file of another "
            r"table")):
        restore_safely(directory, quiet())
    assert snapshot() == restored


def test_a_statement_in_a_table_file(restored, tmp_path):
    marker = str(tmp_path / "marker")
    directory = planted(tmp_path, "fieldtypes_club.py", CLUB_ROW,
                        "open(%r, 'w').close()\n%s" % (marker, CLUB_ROW))
    with pytest.raises(DumpFormatError, match=r"fieldtypes_club.py:5: "):
        restore_safely(directory, quiet())
    assert not os.path.exists(marker)
    assert snapshot() == restored


def test_table_files_outside_the_dump_are_refused(restored, tmp_path):
    shutil.copy(os.path.join(sample("fieldtypes_3_0"), "fieldtypes_club.py"),
                tmp_path)
    directory = planted(tmp_path, "restore.py", "('fieldtypes_club.py'",
                        "('../fieldtypes_club.py'")
    with pytest.raises(UnsafeDump, match="not a file of the dump"):
        restore_safely(directory, quiet())
    assert snapshot() == restored


class TestCommand:
    """``python -m django restore DIR`` in a subprocess, as users run it."""

    def test_restores_a_sample(self, project, clean_db):
        result = project.manage("restore", sample("fieldtypes_3_0"),
                                "--noinput")
        assert "Restored 128 rows from" in result.stdout
        safe = snapshot()
        restore_dump(sample("fieldtypes_3_0"))
        assert snapshot() == safe

    def test_refuses_planted_code_that_restore_py_would_run(
            self, project, restored, tmp_path):
        marker = str(tmp_path / "marker")
        directory = planted(tmp_path, "restore.py", IMPORT_LINE,
                            IMPORT_LINE + "\nopen(%r, 'w').close()" % marker)
        result = project.manage("restore", directory, "--noinput",
                                check=False)
        assert result.returncode == 1, result.stderr
        assert "Restore failed: %s:%d: `open(" % (
            os.path.join(directory, "restore.py"),
            line_of(directory, "restore.py", "open(")) in result.stderr
        assert "manage.py run DIR/" in result.stderr
        assert not os.path.exists(marker)
        assert snapshot() == restored
        # The same dump, run as a program, runs the planted line.
        project.manage("run", directory, "--noinput")
        assert os.path.exists(marker)

    def test_plan_changes_nothing(self, project, restored):
        """--plan of the safe restore prints the plan of the dump and
        leaves the database as it was."""
        result = project.manage("restore", sample("fieldtypes_3_0"),
                                "--noinput", "--plan", check=False)
        assert result.returncode == 0, result.stderr
        assert "Plan for restoring" in result.stdout
        assert "fieldtypes_everything.py" in result.stdout
        assert snapshot() == restored

    def test_options_reach_the_restore(self, project, restored):
        result = project.manage(
            "restore", sample("fieldtypes_3_0"), "--database", "nowhere",
            check=False)
        assert result.returncode == 1
        assert "nowhere" in result.stderr
        result = project.manage("restore", sample("fieldtypes_3_0"),
                                check=False, input="n\n")
        assert result.returncode == 1
        assert "Restore cancelled" in result.stderr
        assert snapshot() == restored
