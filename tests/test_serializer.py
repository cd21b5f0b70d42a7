"""``.py`` fixtures through ``manage.py loaddata`` (lino_dumpy.serializer).

The fixtures are written into temporary files and loaded by their
absolute path, in this process with call_command (loaddata's own
transaction) or in a subprocess for what a user sees on the command line.
"""
import io
import re
import textwrap

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.test.utils import override_settings

from lino_dumpy.exceptions import MigrationStepFailed, SchemaDrift
from lino_dumpy.migrate import Migrator
from lino_dumpy.operations import ConvertValue
from lino_dumpy.dump.writer import dump
from lino_dumpy.restore import restore_directory
from tests.fixtures_data import populate, snapshot


def write(path, source):
    path.write_text(textwrap.dedent(source), encoding="utf-8")
    return str(path)


def loaddata(*labels, **options):
    options.setdefault("verbosity", 0)
    call_command("loaddata", *labels, **options)


FORWARD_REFERENCES = """\
from datetime import date
from tests.fieldtypes.models import (
    Club, Membership, Node, Owner, Restaurant, Tagged)


def objects():
    root = Node(name="root")
    owner = Owner(name="owner")
    club = Club(name="club")
    # Each of these points to an object that comes later.
    yield Node(name="child", parent=root, owner=owner)
    yield Membership(owner=owner, group=club, since=date(2020, 1, 31))
    yield Tagged(target=owner, label="owner tag")
    # Iterables and None are accepted too.
    yield [owner, None, (club,)]
    yield root
    yield Restaurant(name="pizzeria", serves_pizza=True)
"""


def test_objects_may_point_to_objects_that_come_later(clean_db, tmp_path):
    from tests.fieldtypes.models import Membership, Node, Restaurant, Tagged
    loaddata(write(tmp_path / "forward.py", FORWARD_REFERENCES))
    child = Node.objects.get(name="child")
    assert (child.parent.name, child.owner.name) == ("root", "owner")
    membership = Membership.objects.get()
    assert (membership.owner.name, membership.group.name) == ("owner", "club")
    assert Tagged.objects.get().target.name == "owner"
    assert Restaurant.objects.get().name == "pizzeria"


def test_raw_ids_of_rows_that_come_later(clean_db, tmp_path):
    """A forward reference by primary key waits for its row (validation
    fails until then)."""
    from tests.fieldtypes.models import Node
    loaddata(write(tmp_path / "raw_ids.py", """\
        from tests.fieldtypes.models import Node

        def objects():
            yield Node(id=2, name="child", parent_id=1)
            yield Node(id=1, name="root")
        """))
    assert Node.objects.get(pk=2).parent.name == "root"


def test_before_dumpy_save_defers_until_it_succeeds(clean_db, tmp_path):
    """Lino's protocol: an object whose hook raises is retried later."""
    from tests.fieldtypes.models import Club
    loaddata(write(tmp_path / "hooks.py", """\
        from tests.fieldtypes.models import Club

        def needs_first(loader):
            if not Club.objects.filter(name="first").exists():
                raise Exception("the first club is not there yet")

        def objects():
            second = Club(name="second")
            second.before_dumpy_save = needs_first
            yield second
            yield Club(name="first")
        """))
    assert list(Club.objects.order_by("pk").values_list(
        "name", flat=True)) == ["first", "second"]


BROKEN = """\
from tests.fieldtypes.models import Club, Node


def objects():
    yield Club(name="fine")
    yield Node(name="ok")
    yield Node(name="a name that is far too long for its field")
    yield Club(name="also fine")
"""


def test_a_broken_fixture_names_the_file_and_object_and_saves_nothing(
        clean_db, tmp_path):
    from tests.fieldtypes.models import Club, Node
    path = write(tmp_path / "broken.py", BROKEN)
    with pytest.raises(CommandError) as info:
        loaddata(path)
    message = str(info.value)
    assert "%s: 1 object(s) could not be saved:" % path in message
    assert ("- %s:7: fieldtypes.Node pk=None ('Node object (None)'): "
            "ValidationError: {'name': ['Ensure this value has at most 20 "
            "characters (it has 41).']}" % path) in message
    assert (Club.objects.count(), Node.objects.count()) == (0, 0)


def test_an_object_that_is_never_saved_is_named(clean_db, tmp_path):
    from tests.fieldtypes.models import Node
    path = write(tmp_path / "missing.py", """\
        from tests.fieldtypes.models import Node

        def objects():
            yield Node(name="orphan", parent=Node(name="never yielded"))
        """)
    with pytest.raises(CommandError, match=(
            r"missing.py:4: fieldtypes.Node pk=None \('Node object \(None\)'"
            r"\): it points to fieldtypes.Node pk=None .*, which is not "
            r"saved")):
        loaddata(path)
    assert not Node.objects.exists()


@pytest.mark.parametrize("source, message", [
    ("def objects(:\n", r"bad.py:1: syntax error"),
    ("import no_such_module\n", r"bad.py:1: importing the fixture failed: "
                                r"ModuleNotFoundError"),
    ("OBJECTS = []\n", r"bad.py: a .py fixture must define a function "
                       r"objects\(\)"),
    ("def objects():\n    yield 42\n", r"bad.py:2: objects\(\) yielded 42"),
    ("def objects():\n    yield\n    1 / 0\n",
     r"bad.py:3: objects\(\) failed: ZeroDivisionError"),
])
def test_bad_fixture_modules(clean_db, tmp_path, source, message):
    with pytest.raises(CommandError, match=message):
        loaddata(write(tmp_path / "bad.py", source))


def test_loaddata_prints_the_error_without_a_traceback(
        clean_db, project, tmp_path):
    path = write(tmp_path / "broken.py", BROKEN)
    result = project.manage("loaddata", path, check=False)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert result.stderr.startswith("FixtureError: %s: 1 object(s)" % path)
    assert "broken.py:7: fieldtypes.Node" in result.stderr


@pytest.fixture
def populated(clean_db):
    populate()
    return snapshot()


def test_a_table_file_of_a_dump(populated, tmp_path):
    from tests.fieldtypes.models import Everything
    dump(tmp_path / "d", progress=False)
    call_command("flush", interactive=False, verbosity=0)
    loaddata(str(tmp_path / "d" / "fieldtypes_everything.py"))
    assert snapshot()["fieldtypes.Everything"] == \
        populated["fieldtypes.Everything"]
    assert Everything.objects.count() == 3


def test_a_table_file_needs_its_restore_py(populated, tmp_path):
    dump(tmp_path / "d", progress=False)
    lonely = tmp_path / "fieldtypes_everything.py"
    lonely.write_bytes((tmp_path / "d" / lonely.name).read_bytes())
    with pytest.raises(CommandError, match=(
            r"fieldtypes_everything.py: this is a table file of a dump, but "
            r"there is no restore.py")):
        loaddata(str(lonely))


def edit(directory, name, old, new, checksum=True):
    """Replace `old` by `new` in a table file, and (as someone who knows
    what they do) its checksum in restore.py."""
    from lino_dumpy.restore.verify import file_digest
    path = directory / name
    before = file_digest(str(path))[0]
    path.write_text(path.read_text(encoding="utf-8").replace(old, new, 1),
                    encoding="utf-8")
    if checksum:
        restore_py = directory / "restore.py"
        restore_py.write_text(restore_py.read_text(encoding="utf-8").replace(
            before, file_digest(str(path))[0]), encoding="utf-8")


def test_a_bad_row_in_a_table_file(populated, tmp_path):
    from tests.fieldtypes.models import Club, Everything
    dump(tmp_path / "d", progress=False)
    call_command("flush", interactive=False, verbosity=0)
    edit(tmp_path / "d", "fieldtypes_club.py",
         "loader.save(create_fieldtypes_club(",
         "loader.save(create_fieldtypes_club('x', ")
    with pytest.raises(CommandError, match=(
            r"fieldtypes_club.py:5: TypeError: create_fieldtypes_club\(\) "
            r"takes 2 positional arguments but 3 were given")):
        loaddata(str(tmp_path / "d" / "fieldtypes_everything.py"),
                 str(tmp_path / "d" / "fieldtypes_club.py"))
    assert (Club.objects.count(), Everything.objects.count()) == (0, 0)


def test_a_value_that_does_not_fit(populated, tmp_path):
    from tests.fieldtypes.models import Everything
    dump(tmp_path / "d", progress=False)
    call_command("flush", interactive=False, verbosity=0)
    edit(tmp_path / "d", "fieldtypes_everything.py", ",2147483647,", ",-5,")
    with pytest.raises(CommandError, match=(
            r"fieldtypes_everything.py:5: fieldtypes.Everything pk=\d+ "
            r"\('Everything object \(\d+\)'\) could not be saved: \w+")):
        loaddata(str(tmp_path / "d" / "fieldtypes_everything.py"))
    assert not Everything.objects.exists()


def test_an_edited_table_file_is_refused(populated, tmp_path):
    dump(tmp_path / "d", progress=False)
    edit(tmp_path / "d", "fieldtypes_club.py", "'club'", "'golf club'",
         checksum=False)
    with pytest.raises(CommandError, match=(
            r"fieldtypes_club.py: its content differs from what the dump "
            r"wrote \(SHA-256 mismatch\)")):
        loaddata(str(tmp_path / "d" / "fieldtypes_club.py"))


def canonical_auto_rows():
    """Empty the database the way a fresh ``migrate`` leaves it.

    ``flush`` recreates content types, permissions and the default site
    with the ids a fresh database gives them, so that the dump's rows of
    them match the target's.
    """
    call_command("flush", interactive=False, verbosity=0)


def test_a_whole_dump_is_added(clean_db, tmp_path):
    from tests.fieldtypes.models import Club
    canonical_auto_rows()
    populate()
    expected = snapshot()
    dump(tmp_path / "d", progress=False)
    canonical_auto_rows()
    extra = Club.objects.create(id=1000, name="not in the dump")
    loaddata(str(tmp_path / "d" / "restore.py"))
    loaded = snapshot()
    clubs = loaded.pop("fieldtypes.Club")
    assert clubs == expected.pop("fieldtypes.Club") + [
        {"id": extra.pk, "name": "not in the dump"}]
    assert loaded == expected


class UpperCaseClubs(Migrator):
    def migrate_from_1_0(self, globals_dict):
        """Club names are upper case."""
        self.apply(globals_dict, ConvertValue("fieldtypes.Club", "name",
                                              str.upper))
        self.after_load(self.count_clubs)
        return "1.1"

    def count_clubs(self, loader):
        from tests.fieldtypes.models import Club
        Club.objects.create(name="%d clubs" % Club.objects.count())


def test_the_migrations_of_a_whole_dump_run(clean_db, tmp_path):
    from tests.fieldtypes.models import Club
    canonical_auto_rows()
    populate()
    dump(tmp_path / "d", progress=False)
    canonical_auto_rows()
    with override_settings(
            DUMPY_VERSION="1.1",
            DUMPY_MIGRATION_CLASS="tests.test_serializer.UpperCaseClubs"):
        loaddata(str(tmp_path / "d" / "restore.py"))
    assert list(Club.objects.order_by("pk").values_list(
        "name", flat=True)) == ["CLUB", "1 clubs"]


def test_a_dump_that_needs_a_missing_step_is_refused(populated, tmp_path):
    from tests.fieldtypes.models import Club
    dump(tmp_path / "d", progress=False)
    canonical_auto_rows()
    with override_settings(DUMPY_VERSION="0.5"):
        with pytest.raises(CommandError, match=(
                r"restore.py: The dump holds data of version 1.0 of the "
                r"application, which is newer than the running code "
                r"\(version 0.5\)")):
            loaddata(str(tmp_path / "d" / "restore.py"))
    assert not Club.objects.exists()


def test_dumpdata_in_py_format_is_refused():
    with pytest.raises(CommandError, match=r"use `manage.py dump2py DIR`"):
        call_command("dumpdata", "fieldtypes", format="py")


def test_a_fixture_module_given_as_a_string(clean_db):
    """serializers.deserialize() accepts the source of a module."""
    from django.core import serializers
    from tests.fieldtypes.models import Club
    source = ("from tests.fieldtypes.models import Club\n"
              "def objects():\n    yield Club(name='from a string')\n")
    for item in serializers.deserialize("py", source):
        item.save()
    assert Club.objects.get().name == "from a string"


# The restore's pipeline (0.4.0): the same checks, the same loader ---------

@pytest.mark.parametrize("fixture", ["restore.py", "fieldtypes_club.py"])
def test_rows_of_a_model_the_code_lacks_are_refused_before_any_row(
        populated, tmp_path, fixture):
    """The restore's drift preflight: refused before any table file runs
    (until 0.4.0 loaddata failed at the first such row)."""
    from tests.fieldtypes.models import Club, Everything
    dump(tmp_path / "d", progress=False)
    call_command("flush", interactive=False, verbosity=0)
    restore_py = tmp_path / "d" / "restore.py"
    text = restore_py.read_text(encoding="utf-8")
    assert "resolve_model('fieldtypes.Club')" in text
    restore_py.write_text(text.replace(
        "resolve_model('fieldtypes.Club')",
        "resolve_model('fieldtypes.Vanished')"), encoding="utf-8")
    with pytest.raises(CommandError) as info:
        loaddata(str(tmp_path / "d" / "fieldtypes_everything.py"),
                 str(tmp_path / "d" / fixture))
    refusal = ("fieldtypes.Vanished:\n  - the model no longer exists; the "
               "dump has 1 row of it (in fieldtypes_club.py)\n      fix: "
               'RemoveModel("fieldtypes.Vanished") or RenameModel(')
    assert refusal in str(info.value)
    assert str(info.value).endswith("Nothing was loaded.")
    assert (Club.objects.count(), Everything.objects.count()) == (0, 0)
    with pytest.raises(SchemaDrift, match=re.escape(refusal)):
        restore_directory(str(tmp_path / "d"), interactive=False,
                          verbosity=0)
    assert (Club.objects.count(), Everything.objects.count()) == (0, 0)


def test_excluded_models_are_skipped(populated, tmp_path):
    """loaddata decides which objects to save (``--exclude``)."""
    from tests.fieldtypes.models import Everything
    dump(tmp_path / "d", progress=False)
    call_command("flush", interactive=False, verbosity=0)
    out = io.StringIO()
    call_command("loaddata", str(tmp_path / "d" / "fieldtypes_everything.py"),
                 exclude=["fieldtypes.Everything"], stdout=out)
    assert "Installed 0 object(s) (of 3) from 1 fixture(s)" in out.getvalue()
    assert not Everything.objects.exists()


class FailingAfterLoad(Migrator):
    def migrate_from_1_0(self, globals_dict):
        self.after_load(self.fail)
        return "1.1"

    def fail(self, loader):
        1 / 0


def test_a_failing_after_load_callback_is_named(clean_db, tmp_path):
    """The same message from loaddata and from the restore."""
    from tests.fieldtypes.models import Club
    canonical_auto_rows()
    populate()
    dump(tmp_path / "d", progress=False)
    canonical_auto_rows()
    message = ("the after_load handler fail of a migration step failed: "
               "ZeroDivisionError: division by zero.")
    with override_settings(
            DUMPY_VERSION="1.1",
            DUMPY_MIGRATION_CLASS="tests.test_serializer.FailingAfterLoad"):
        with pytest.raises(CommandError) as info:
            loaddata(str(tmp_path / "d" / "restore.py"))
        assert str(info.value) == "%s: %s Nothing was loaded." % (
            tmp_path / "d" / "restore.py", message)
        assert not Club.objects.exists()
        with pytest.raises(MigrationStepFailed) as info:
            restore_directory(str(tmp_path / "d"), interactive=False,
                              verbosity=0)
        assert str(info.value) == message
    assert not Club.objects.exists()
