"""In-place upgrades of an app without Django migrations (tests/inplace).

Release 1.0 is dumped, the code becomes release 2.0 and the dump is
restored into the database of release 1.0, as the documented upgrade of a
Lino site does: the changed table (Author) and the one that points to it
(Book) are rebuilt, the new Review (which points to Author) is created,
the table of the vanished Gone is dropped once the restore succeeded, and
the unchanged Keep is left alone.  Every command runs in a subprocess.
"""
import pytest

from lino_dumpy.restore import restorer

from tests.conftest import VENDOR
from tests.test_atomicity import with_env

POPULATE = (
    "from django.core.management import call_command; "
    "call_command('migrate', run_syncdb=True, verbosity=0); "
    "from tests.inplace.models import Author, Book, Gone, Keep; "
    "a = Author.objects.create(name='Ann'); "
    "b = Book.objects.create(title='First', author=a); "
    "Gone.objects.create(name='gone', book=b); "
    "Keep.objects.create(name='kept')")

TABLES = (
    "from django.db import connection; "
    "print(sorted(t for t in connection.introspection.table_names() "
    "if t.startswith('inplace_')))")

CONTENT = (
    "from tests.inplace.models import Author, Book, Keep, Review; "
    "print([(a.name, a.born) for a in Author.objects.all()], "
    "[(b.title, b.author.name) for b in Book.objects.all()], "
    "[k.name for k in Keep.objects.all()], Review.objects.count())")


def release_pair(project, fresh_env, tmp_path, release, migrator):
    """(release 1.0, `release`) of the code on one database holding the
    data of 1.0, and a dump of it in tmp_path/old."""
    old = with_env(project, DUMPY_TEST_INPLACE="1", DUMPY_VERSION="1.0",
                   **fresh_env)
    new = with_env(project, DUMPY_TEST_INPLACE=release,
                   DUMPY_VERSION=release + ".0" if "." not in release
                   else release,
                   DUMPY_MIGRATION_CLASS="tests.inplace.migrate." + migrator,
                   **fresh_env)
    old.manage("shell", "-c", POPULATE)
    old.manage("dump2py", str(tmp_path / "old"))
    return old, new


@pytest.fixture
def releases(project, fresh_env, tmp_path):
    return release_pair(project, fresh_env, tmp_path, "2", "Migrator")


def shell(project, code):
    return project.manage("shell", "-c", code).stdout.strip().splitlines()[-1]


def test_restore_in_place_rebuilds_creates_and_drops(releases, tmp_path):
    old, new = releases
    result = new.python(str(tmp_path / "old" / "restore.py"), "--noinput",
                        check=False)
    if VENDOR == "mysql":
        assert result.returncode == 1, result.stdout
        assert result.stderr.startswith("Restore failed: ")
        assert "inplace.Author" in result.stderr
        assert "cannot undo a schema change" in result.stderr
        assert shell(old, TABLES) == str([
            "inplace_author", "inplace_book", "inplace_gone",
            "inplace_gone_tags", "inplace_keep"])
        return
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "Rebuilding the tables of inplace.Author, inplace.Book" in out
    assert "Creating the tables of inplace.Review." in out
    assert ("Dropping the tables inplace_gone, inplace_gone_tags: their "
            "models no longer exist") in out
    assert restorer.IN_TRANSACTION in out
    assert "Keep" not in out
    assert shell(new, TABLES) == str([
        "inplace_author", "inplace_author_kept", "inplace_book",
        "inplace_keep", "inplace_review"])
    assert shell(new, CONTENT) == (
        "[('Ann', None)] [('First', 'Ann')] ['kept'] 0")


def test_failed_restore_in_place_keeps_the_old_tables(releases, tmp_path):
    """A restore that fails after the schema step leaves release 1.0's
    tables, the vanished one included."""
    old, new = releases
    with open(tmp_path / "old" / "inplace_book.py", "a") as stream:
        stream.write("loader.save(create_inplace_book(1, 'dup', 1))\n")
    result = new.python(str(tmp_path / "old" / "restore.py"), "--noinput",
                        "--accept-edited", check=False)
    assert result.returncode == 1
    assert result.stderr.startswith("Restore failed: "), result.stderr
    assert "Traceback" not in result.stderr
    if VENDOR != "mysql":
        # The drop is announced, then undone with the rest.
        assert "Dropping the tables inplace_gone" in result.stdout
        assert restorer.IN_TRANSACTION in result.stdout
        assert "Nothing was changed" in result.stderr
    assert shell(old, TABLES) == str([
        "inplace_author", "inplace_book", "inplace_gone", "inplace_gone_tags",
        "inplace_keep"])


def test_vanished_tables_are_dropped_after_the_restore(project, fresh_env,
                                                       tmp_path):
    """Release 1.1 only lost Gone and gained Review: nothing to rebuild, so
    MariaDB restores in place too (creating Review beforehand, dropping
    Gone's tables after the commit)."""
    old, new = release_pair(project, fresh_env, tmp_path, "1.1",
                            "MinorMigrator")
    result = new.python(str(tmp_path / "old" / "restore.py"), "--noinput",
                        check=False)
    assert result.returncode == 0, result.stderr
    assert "inplace_gone, inplace_gone_tags" in result.stdout
    assert "Rebuilding" not in result.stdout
    if VENDOR == "mysql":
        assert "now that the data is committed" in result.stdout
    assert shell(new, TABLES) == str([
        "inplace_author", "inplace_book", "inplace_keep", "inplace_review"])
    assert shell(new, CONTENT.replace("a.born", "None")) == (
        "[('Ann', None)] [('First', 'Ann')] ['kept'] 0")


def test_unexpected_exception_prints_restore_failed(clean_db, tmp_path,
                                                    monkeypatch, capsys):
    """Whatever goes wrong inside the restore ends as one "Restore
    failed" line with its cause and exit status 1, never a traceback."""
    from lino_dumpy.dump.writer import dump
    from lino_dumpy.restore import restorer
    from tests.fixtures_data import populate
    populate()
    dump(tmp_path / "d", progress=False)

    def explode(self, models):
        raise LookupError("a random failure")
    monkeypatch.setattr(restorer.Restorer, "prepare_tables", explode)
    module = restorer.load_dump(tmp_path / "d")
    with pytest.raises(SystemExit) as exited:
        restorer.restore_main(vars(module), ["--noinput", "-v", "0"])
    assert exited.value.code == 1
    assert capsys.readouterr().err == (
        "Restore failed: an unexpected LookupError: a random failure. Run "
        "the restore again with --traceback to see where it happened, and "
        "report it.\n")


def test_unexpected_exception_in_a_step_of_every_entry_point(
        project, tmp_path):
    """An after_load handler that fails unexpectedly: ``python
    DIR/restore.py`` and ``manage.py run DIR/`` say "Restore failed"."""
    project.manage("dump2py", str(tmp_path / "d"))
    new = with_env(project, DUMPY_VERSION="2.0",
                   DUMPY_MIGRATION_CLASS="tests.inplace.migrate."
                                         "FailingMigrator")
    for result in (
            new.python(str(tmp_path / "d" / "restore.py"), "--noinput",
                       check=False),
            new.manage("run", str(tmp_path / "d"), "--noinput",
                       check=False)):
        assert result.returncode == 1
        assert result.stderr == (
            "Restore failed: the after_load handler explode of a migration "
            "step failed: ZeroDivisionError: boom in after_load.\n")
