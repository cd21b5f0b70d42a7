"""Dumps of old library releases restore into the current one.

The old release writes the dump and the new release restores it, each in
its own process with its own settings, as in a real upgrade.
"""
import filecmp
import os

import pytest

from tests.conftest import VENDOR
from tests.databases import drop_database, fresh_database_env
from tests.library import Release, sample

MIGRATED_BOOKS = [
    # id, name, author_id, price, format, language
    (1, "The Dispossessed", 1, "12.50", "paperback", "en"),
    (2, "A Wizard of Earthsea", 1, "9.99", "paperback", "en"),
    (3, "Solaris", 2, "15.00", "hardcover", "en"),
    (4, "The Cyberiad", 2, "11.20", "paperback", "en"),
    (5, "Beowulf", 3, "7.00", "hardcover", "en"),
]


@pytest.fixture
def db_env(tmp_path):
    """A new empty database on the tested backend."""
    return fresh_database_env(VENDOR, "dumpy_%d_fresh" % os.getpid(),
                              str(tmp_path / "library.sqlite3"))


@pytest.fixture(params=[False, True], ids=["restore.py", "manage.py restore"])
def safe(request):
    """Restore by running restore.py, or by ``manage.py restore``."""
    return request.param


def books(rows):
    return [(b["id"], b["name"], b["author_id"], b["price"], b["format"],
             b["language"]) for b in rows["catalog.Book"]]


def assert_release_3(rows):
    """The catalog holds release 1's data in the shape of release 3."""
    assert books(rows) == MIGRATED_BOOKS
    assert [m["name"] for m in rows["catalog.Member"]] == [
        "Anna", "Björn", "Chloé"]
    assert [(loan["book_id"], loan["member_id"], loan["since"])
            for loan in rows["catalog.Loan"]] == [
        (1, 1, "2024-05-01 09:30:15.250000+00:00"),
        (3, 2, "2024-05-02 09:30:15.250000+00:00"),
        (4, 2, "2024-05-03 09:30:15.250000+00:00"),
        (5, 3, "2024-05-04 09:30:15.250000+00:00")]


def test_dump_of_release_1_restores_into_release_3(db_env, tmp_path, safe):
    """Release 1 writes the dump; release 3 runs two steps and loads it."""
    old = Release(1, db_env)
    old.build()
    old.manage("dump2py", str(tmp_path / "v1"))
    new = Release(3, db_env)
    result = new.restore(tmp_path / "v1", safe=safe)
    assert "Migrated from 1.0 to 2.0: Books have a name" in result.stdout
    assert "Rename model catalog.Reader to catalog.Member" in result.stdout
    assert_release_3(new.rows())


@pytest.mark.parametrize("name", ["library_1_0", "library_2_0"])
def test_stored_dumps_of_old_releases_keep_restoring(db_env, name, safe):
    """The dumps under tests/samples were written by earlier releases."""
    new = Release(3, db_env)
    new.restore(sample(name), safe=safe)
    assert_release_3(new.rows())


def test_old_style_function_step_then_class_steps(db_env, safe):
    """Release 0.9 stored prices in cents; its step is a module function."""
    new = Release(3, db_env)
    result = new.restore(sample("library_0_9"), safe=safe)
    assert "Migrated from 0.9 to 1.0: Before 1.0, book prices" in \
        result.stdout
    assert_release_3(new.rows())


def test_release_2_restores_a_release_1_dump_with_one_step(db_env, safe):
    new = Release(2, db_env)
    result = new.restore(sample("library_1_0"), safe=safe)
    assert "Migrated from 2.0" not in result.stdout
    rows = new.rows()
    assert [(b["name"], b["format"], b["language"])
            for b in rows["catalog.Book"]][:2] == [
        ("The Dispossessed", "pb", "en"), ("A Wizard of Earthsea", "pb", "en")]
    assert "notes" not in rows["catalog.Book"][0]


def test_release_without_data_changes_needs_no_step(db_env, tmp_path):
    """Release 3.2 changed no data: a 3.0 dump needs no step, and a 3.1
    dump (after the last step's target) needs none either."""
    Release(3, db_env).restore(sample("library_1_0"))
    for version in ("3.0", "3.1"):
        dump = str(tmp_path / version)
        Release(3, db_env, DUMPY_VERSION=version).manage("dump2py", dump)
        newer = Release(3, db_env, DUMPY_VERSION="3.2")
        result = newer.restore(dump)
        assert "Migrated" not in result.stdout
        assert_release_3(newer.rows())


class TestRefusals:
    """Each refusal names the problem, exits non-zero and changes nothing.

    The tests share one site (release 3 holding release 1's data): each
    checks that its refusal left the site's dump as it was.
    """

    @pytest.fixture(scope="class")
    @classmethod
    def shared(cls, tmp_path_factory):
        """(the site, its database's environment); the dump it started
        with is the class's `before`."""
        work = tmp_path_factory.mktemp("refusals")
        name = "dumpy_%d_refusals" % os.getpid()
        env = fresh_database_env(VENDOR, name, str(work / "library.sqlite3"))
        site = Release(3, env)
        site.restore(sample("library_1_0"))
        site.manage("dump2py", str(work / "before"))
        cls.before = work / "before"
        yield site, env
        drop_database(VENDOR, name)

    @pytest.fixture
    def site(self, shared):
        return shared[0]

    @pytest.fixture
    def db_env(self, shared):
        """The site's database (the refused restores go there)."""
        return shared[1]

    def assert_unchanged(self, site, tmp_path):
        site.manage("dump2py", str(tmp_path / "after"))
        comparison = filecmp.dircmp(self.before, tmp_path / "after")
        assert not comparison.diff_files and not comparison.left_only

    def dump_with_version(self, db_env, tmp_path, release, version):
        """A dump of `release`'s data that claims to be `version`."""
        writer = Release(release, db_env, DUMPY_VERSION=version)
        writer.manage("dump2py", str(tmp_path / version))
        return tmp_path / version

    def test_dump_newer_than_the_code(self, site, db_env, tmp_path):
        dump = self.dump_with_version(db_env, tmp_path, 3, "4.0")
        result = site.restore(dump, check=False)
        assert result.returncode == 1
        assert "The dump holds data of version 4.0 of the application, " \
            "which is newer than the running code (version " in result.stderr
        assert "SOURCE_VERSION" not in result.stderr
        self.assert_unchanged(site, tmp_path)

    def test_gap_inside_the_span_of_the_steps(self, site, db_env, tmp_path):
        dump = self.dump_with_version(db_env, tmp_path, 3, "1.5")
        result = site.restore(dump, check=False)
        assert result.returncode == 1
        assert "a method migrate_from_1_5() is missing" in result.stderr
        assert "migrate_from_0_9" in result.stderr
        assert "migrate_from_2_0" in result.stderr
        self.assert_unchanged(site, tmp_path)

    def test_gap_between_the_last_step_and_its_target(self, site, db_env,
                                                      tmp_path):
        dump = self.dump_with_version(db_env, tmp_path, 3, "2.5")
        result = site.restore(dump, check=False)
        assert "migrate_from_2_5() is missing" in result.stderr
        self.assert_unchanged(site, tmp_path)

    def test_dump_older_than_the_oldest_step(self, site, db_env, tmp_path):
        dump = self.dump_with_version(db_env, tmp_path, 3, "0.5")
        result = site.restore(dump, check=False)
        assert "version 0.5 is older than the oldest migration step" in \
            result.stderr
        self.assert_unchanged(site, tmp_path)

    def test_force_restores_despite_a_gap(self, site, db_env, tmp_path):
        dump = self.dump_with_version(db_env, tmp_path, 3, "2.5")
        site.restore(dump, "--force")
        assert_release_3(site.rows())

    def test_a_step_that_raises(self, site, db_env, tmp_path):
        failing = Release(3, db_env,
                          DUMPY_MIGRATION_CLASS="tests.migrators.FailingStep")
        result = failing.restore(sample("library_2_0"), check=False)
        assert result.returncode == 1
        assert "migration step migrate_from_2_0 (FailingStep) failed: " \
            "ValueError: the step is broken" in result.stderr
        self.assert_unchanged(site, tmp_path)

    def test_a_step_that_goes_backwards(self, site, db_env, tmp_path):
        backwards = Release(
            3, db_env, DUMPY_MIGRATION_CLASS="tests.migrators."
            "StepGoingBackwards")
        result = backwards.restore(sample("library_2_0"), check=False)
        assert "returned 1.5, which is not after 2.0" in result.stderr
        self.assert_unchanged(site, tmp_path)

    def test_an_unmapped_value_stops_the_load(self, site, tmp_path):
        """ConvertValue with a mapping refuses values it does not know."""
        old = Release(2, fresh_database_env(
            VENDOR, "dumpy_%d_old" % os.getpid(), str(tmp_path / "old.db")))
        old.restore(sample("library_1_0"))
        old.manage("shell", "-c", "from django.apps import apps; "
                   "apps.get_model('catalog.Book').objects.filter(pk=3)"
                   ".update(format='xx')")
        old.manage("dump2py", str(tmp_path / "odd"))
        result = site.restore(tmp_path / "odd", check=False)
        assert result.returncode == 1
        assert "catalog_book.py:7" in result.stderr
        assert "catalog.Book.format has the value 'xx'" in result.stderr
        self.assert_unchanged(site, tmp_path)


class TestKilled:
    """kill -9 while migration steps run, and after all rows are loaded
    (inside the transaction, before its commit): nothing changes."""

    @pytest.mark.parametrize("migrator, signal_line", [
        ("SlowStep", "migrating"), ("SlowAfterLoad", "loaded")])
    def test_kill_9(self, db_env, tmp_path, migrator, signal_line):
        import signal
        import subprocess
        import sys
        site = Release(3, db_env)
        site.restore(sample("library_1_0"))
        # A completed restore would undo this change:
        site.manage("shell", "--no-imports", "-c",
                    "from django.apps import apps; apps.get_model("
                    "'catalog.Author').objects.filter(pk=1).update("
                    "name='Changed after the dump')")
        site.manage("dump2py", str(tmp_path / "before"))
        assert "Changed after the dump" in (
            tmp_path / "before" / "catalog_author.py").read_text()
        slow = Release(3, db_env, DUMPY_MIGRATION_CLASS="tests.migrators."
                       + migrator, PYTHONUNBUFFERED="1")
        process = subprocess.Popen(
            [sys.executable, os.path.join(sample("library_2_0"),
                                          "restore.py"), "--noinput"],
            env=slow.env, stdout=subprocess.PIPE, text=True)
        for line in process.stdout:
            if line.strip() == signal_line:
                break
        process.send_signal(signal.SIGKILL)
        process.wait()
        assert process.returncode == -signal.SIGKILL
        site.manage("dump2py", str(tmp_path / "after"))
        comparison = filecmp.dircmp(tmp_path / "before", tmp_path / "after")
        assert not comparison.diff_files and not comparison.left_only
        assert sorted(os.listdir(tmp_path / "before")) == sorted(
            os.listdir(tmp_path / "after"))
