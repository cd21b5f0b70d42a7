"""MariaDB tables without transactions (MyISAM, as Lino's installer makes
them): refused without ``--non-atomic``; with it, dump2py locks the tables
and the restore checks the dump's keys before it touches any row.

Two tables without foreign keys (fieldtypes_everything, fieldtypes_stamped)
are converted to MyISAM for each test and back to InnoDB afterwards.
"""
import threading

import pytest
from django.db import connection

from lino_dumpy.dump import modelwriter
from lino_dumpy.dump.writer import dump
from tests.conftest import VENDOR
from tests.fixtures_data import (LOAD_STARTED, change_database, populate,
                                 snapshot, tree)
from tests.test_atomicity import (assert_refused, node_pk, node_row_prefix,
                                  output, put_a_string_into_big, read_lines,
                                  row_index, run_restore, write_lines)

pytestmark = pytest.mark.skipif(
    VENDOR != "mysql", reason="storage engines exist only on MariaDB/MySQL")

MYISAM = ["fieldtypes_everything", "fieldtypes_stamped"]
LISTED = "fieldtypes_everything (MyISAM), fieldtypes_stamped (MyISAM)"


def set_engine(engine):
    with connection.cursor() as cursor:
        for table in MYISAM:
            cursor.execute("ALTER TABLE %s ENGINE=%s" % (table, engine))


@pytest.fixture
def myisam(clean_db, tmp_path):
    """The populated database, dumped (InnoDB), then two tables converted
    to MyISAM and the data changed; yields the dump and the snapshot."""
    populate()
    dump(tmp_path / "innodb", progress=False)
    set_engine("MyISAM")
    try:
        yield tmp_path / "innodb", change_database()
    finally:
        set_engine("InnoDB")


def test_restore_is_refused_without_the_option(myisam, project):
    dump_dir, before = myisam
    result = run_restore(project, dump_dir)
    assert_refused(result, LISTED, "A restore cannot roll them back",
                   "ALTER TABLE `fieldtypes_everything` ENGINE=InnoDB; "
                   "ALTER TABLE `fieldtypes_stamped` ENGINE=InnoDB;",
                   "--non-atomic", "Nothing was changed.")
    assert LOAD_STARTED not in result.stdout, output(result)
    assert snapshot() == before


def test_dump2py_is_refused_without_the_option(myisam, project, tmp_path):
    target = tmp_path / "myisam"
    result = project.manage("dump2py", str(target), check=False)
    assert_refused(result, LISTED, "cannot read them in one snapshot",
                   "ALTER TABLE `fieldtypes_everything` ENGINE=InnoDB;",
                   "dump2py --non-atomic")
    assert not target.exists()


def test_dump2py_with_the_option_locks_the_tables(myisam, project, tmp_path,
                                                  monkeypatch):
    """The dump of the same data is the same as the InnoDB dump, and a
    writer on another connection waits for the dump's lock."""
    dump_dir, _ = myisam
    dump(tmp_path / "expected", progress=False, non_atomic=True)
    result = project.manage("dump2py", "--non-atomic", str(tmp_path / "d"))
    assert "LOCK TABLES ... READ" in result.stdout and LISTED in \
        result.stdout, output(result)
    assert tree(tmp_path / "d") == tree(tmp_path / "expected")
    blocked = []
    original = modelwriter.ModelWriter.render_row

    def render_row(writer, row):
        if not blocked:
            blocked.append(write_from_another_connection())
        return original(writer, row)
    monkeypatch.setattr(modelwriter.ModelWriter, "render_row", render_row)
    dump(tmp_path / "locked", progress=False, non_atomic=True)
    assert blocked[0].startswith("Lock wait timeout exceeded"), blocked


def write_from_another_connection():
    """Try to insert a row from another connection (in a thread, as the
    dump's process holds the lock); return how it ended."""
    from django.conf import settings
    outcome = []

    def insert():
        import MySQLdb
        other = MySQLdb.connect(
            host="127.0.0.1", port=3306, user="root", passwd="",
            db=settings.DATABASES["default"]["NAME"])
        try:
            cursor = other.cursor()
            cursor.execute("SET SESSION lock_wait_timeout = 1")
            cursor.execute("INSERT INTO fieldtypes_stamped (name, created, "
                           "modified) VALUES ('x', NOW(), NOW())")
            outcome.append("inserted")
        except MySQLdb.OperationalError as error:
            outcome.append(error.args[1])
        finally:
            other.close()
    thread = threading.Thread(target=insert)
    thread.start()
    thread.join(30)
    return outcome[0] if outcome else "no answer"


def test_restore_with_the_option(myisam, project):
    """The restore (here through ``manage.py run``) goes through, says
    what is at risk, and restores."""
    dump_dir, _ = myisam
    expected_dump = tree(dump_dir)
    result = project.manage("run", str(dump_dir), "--noinput",
                            "--non-atomic", check=False)
    assert result.returncode == 0, output(result)
    assert "--non-atomic: the tables %s do not support transactions" % (
        LISTED) in result.stdout, output(result)
    dump(dump_dir.parent / "after", progress=False, non_atomic=True)
    assert tree(dump_dir.parent / "after") == expected_dump


def test_dangling_key_is_refused_before_any_row_is_touched(myisam, project):
    """The issue's case: a dangling foreign key, found after the MyISAM
    rows were replaced.  Now found first; the MyISAM table keeps its
    rows (change_database() changed fieldtypes_everything)."""
    dump_dir, before = myisam
    path = dump_dir / "fieldtypes_node.py"
    lines = read_lines(path)
    child, root = node_pk("child"), node_pk("root")
    index = row_index(lines, node_row_prefix(child))
    missing = root + child + 1000
    lines[index] = lines[index].replace("(%d,%d," % (child, root),
                                        "(%d,%d," % (child, missing))
    write_lines(path, lines)
    result = run_restore(project, dump_dir, "--non-atomic",
                         "--accept-edited")
    assert_refused(result, "checked before any row was touched",
                   "fieldtypes.Node pk=%d: parent=%d points to a missing "
                   "fieldtypes.Node" % (child, missing),
                   "Nothing was changed.")
    assert snapshot() == before


def test_failure_during_the_load_says_what_is_at_risk(myisam, project):
    """A value the key check cannot see (a string in an integer column)
    fails the load: the message says which tables do not roll back."""
    dump_dir, _ = myisam
    first, _ = put_a_string_into_big(dump_dir / "fieldtypes_everything.py")
    result = run_restore(project, dump_dir, "--non-atomic",
                         "--accept-edited")
    assert_refused(result, "fieldtypes.Everything pk=%d" % first.pk,
                   "the tables %s do not support transactions" % LISTED,
                   "they lost their previous rows and may hold part of the "
                   "dump. Fix the cause and restore again")
    assert "Nothing was changed" not in result.stderr, output(result)


def test_tables_to_be_created_with_a_default_myisam_engine(
        clean_db, project, fresh_env, tmp_path):
    """Into an empty database whose default engine is MyISAM (Lino's
    installer sets it), the restore is refused before migrate runs."""
    populate()
    dump(tmp_path / "d", progress=False)
    env = dict(project.env, **fresh_env,
               DUMPY_TEST_SESSION_VARIABLES="default_storage_engine=MyISAM")
    fresh = type(project)(env)
    result = run_restore(fresh, tmp_path / "d")
    assert_refused(result, "fieldtypes_node (MyISAM, to be created)",
                   "remove default_storage_engine=MyISAM from the OPTIONS",
                   "Nothing was changed.")
    tables = fresh.manage("shell", "-v", "0", "-c", (
        "from django.db import connection; "
        "print(connection.introspection.table_names())")).stdout
    assert tables.strip() == "[]", tables
