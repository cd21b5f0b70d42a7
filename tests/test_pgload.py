"""PostgreSQL's fast load (restore/pgload.py): COPY, and the foreign keys
and plain indexes dropped for the load and re-created after it.

Every refusal names model, pk and field, leaves the rows as they were,
and leaves the schema's constraints and indexes exactly as they were
(their definitions, names, DEFERRABLE mode and ON DELETE included).
"""
import datetime
import decimal
import math
import signal
import time

import pytest
from django.db import connection

from lino_dumpy.dump.writer import dump
from lino_dumpy.restore import restorer
from lino_dumpy.restore.restorer import restore_directory
from lino_dumpy.exceptions import RestoreFailed
from tests.conftest import VENDOR
from tests.fixtures_data import LOAD_STARTED, snapshot
from tests.test_failed_restore import break_positive_check
from tests.test_atomicity import (
    assert_rolled_back, dumped, interrupt, node_pk, node_row_prefix,
    output, populated, read_lines, row_index, run_restore, start, wait_for,
    write_lines)

pytestmark = pytest.mark.skipif(VENDOR != "postgresql",
                                reason="PostgreSQL's fast load")

__all__ = ["dumped", "populated"]  # fixtures used here

SCHEMA = """
SELECT 'constraint', c.conrelid::regclass::text, c.conname,
       pg_get_constraintdef(c.oid) || ' ' || c.condeferrable::text
       || ' ' || c.condeferred::text || ' ' || c.convalidated::text
FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace
WHERE n.nspname = current_schema()
UNION ALL
SELECT 'index', tablename, indexname, indexdef FROM pg_indexes
WHERE schemaname = current_schema()
ORDER BY 1, 2, 3"""


def schema():
    """Every constraint and index of the schema, with its definition."""
    with connection.cursor() as cursor:
        cursor.execute(SCHEMA)
        return cursor.fetchall()


def assert_unchanged(result, rows, definitions, *fragments):
    assert_rolled_back(result, *fragments)
    assert snapshot() == rows
    assert schema() == definitions


def test_constraints_are_the_same_after_a_restore(dumped, project):
    dump_dir, _ = dumped
    before = schema()
    assert any("DEFERRABLE INITIALLY DEFERRED" in row[3] for row in before)
    result = run_restore(project, dump_dir)
    assert result.returncode == 0, output(result)
    assert schema() == before


def point_to_a_missing_node(dump_dir):
    """Edit the child Node's parent to a pk that is not in the dump."""
    path = dump_dir / "fieldtypes_node.py"
    lines = read_lines(path)
    root, child = node_pk("root"), node_pk("child")
    missing = root + child + 1000
    index = row_index(lines, node_row_prefix(child))
    lines[index] = lines[index].replace(
        "(%d,%d," % (child, root), "(%d,%d," % (child, missing))
    write_lines(path, lines)
    return child, missing


def test_dangling_foreign_key_is_refused(dumped, project):
    dump_dir, rows = dumped
    definitions = schema()
    child, missing = point_to_a_missing_node(dump_dir)
    result = run_restore(project, dump_dir, "--accept-edited")
    assert_unchanged(result, rows, definitions,
                     "fieldtypes.Node pk=%d: parent=%d points to a missing "
                     "fieldtypes.Node" % (child, missing))


def test_duplicate_primary_key_is_refused(dumped, project):
    dump_dir, rows = dumped
    definitions = schema()
    path = dump_dir / "fieldtypes_node.py"
    lines = read_lines(path)
    root = node_pk("root")
    lines.append(lines[row_index(lines, node_row_prefix(root))])
    write_lines(path, lines)
    result = run_restore(project, dump_dir, "--accept-edited")
    assert_unchanged(result, rows, definitions, "%s:%d" % (path, len(lines)),
                     "fieldtypes.Node pk=%d (field id)" % root)


def test_unique_violation_is_refused(dumped, project):
    from django.contrib.auth.models import User
    dump_dir, rows = dumped
    definitions = schema()
    path = dump_dir / "auth_user.py"
    lines = read_lines(path)
    joe = User.objects.get(username="joe").pk
    prefix = "loader.save(create_auth_user(%d," % joe
    copy = lines[row_index(lines, prefix)].replace(
        prefix, "loader.save(create_auth_user(%d," % (joe + 100))
    lines.append(copy)
    write_lines(path, lines)
    result = run_restore(project, dump_dir, "--accept-edited")
    assert_unchanged(result, rows, definitions,
                     "auth.User pk=%d (field username)" % (joe + 100))


def test_nul_character_in_text_is_refused(dumped, project):
    """PostgreSQL cannot store NUL in text (with or without COPY): the
    restore names the field instead of the server's words."""
    from tests.fieldtypes.models import Everything
    dump_dir, rows = dumped
    definitions = schema()
    path = dump_dir / "fieldtypes_everything.py"
    lines = read_lines(path)
    first = Everything.objects.order_by("pk").first()
    index = row_index(lines, "loader.save(create_fieldtypes_everything(%d,"
                      % first.pk)
    lines[index] = lines[index].replace("'a-b'", "'a\\x00b'")
    assert "\\x00b" in lines[index]
    write_lines(path, lines)
    result = run_restore(project, dump_dir, "--accept-edited")
    assert_unchanged(result, rows, definitions,
                     "fieldtypes.Everything pk=%d" % first.pk, "slug=",
                     "NUL character")


def test_violation_found_by_the_server_names_model_pk_and_field(
        dumped, monkeypatch):
    """Where lino_dumpy's own check does not see a broken key, the
    refused constraint is translated into rows, and rolled back."""
    dump_dir, rows = dumped
    definitions = schema()
    child, missing = point_to_a_missing_node(dump_dir)
    monkeypatch.setattr(restorer, "check_foreign_keys", lambda *a: None)
    with pytest.raises(RestoreFailed) as caught:
        restore_directory(dump_dir, interactive=False, accept_edited=True,
                          verbosity=0)
    assert "fieldtypes.Node pk=%d: parent=%d points to a missing row " \
        "of fieldtypes.Node" % (child, missing) in str(caught.value)
    assert snapshot() == rows
    assert schema() == definitions


SPECIAL = [
    dict(ratio=math.inf, text="\\N", char="\\", slug="tab\tnew\nline\r"),
    dict(ratio=-math.inf, text="", char=None,
         amount=decimal.Decimal("-99999999999999999999.9999999999")),
    dict(ratio=-0.0, amount=decimal.Decimal("0E-10"),
         when=datetime.datetime(2000, 1, 1, 0, 0, tzinfo=datetime.timezone(
             datetime.timedelta(hours=14)))),
    dict(ratio=math.nan, blob=bytes(range(256)), data="\\N",
         when=datetime.datetime(9999, 12, 31, 23, 59, 59, 999999,
                                tzinfo=datetime.timezone.utc),
         span=datetime.timedelta(days=99999, microseconds=999999)),
    dict(data={"\\": ["\t", "\u2028", None, 1e308]}, blob=b"\\N",
         clock=datetime.time(0, 0), ip="::ffff:1.2.3.4", big=0, small=0),
]


def comparable(row):
    """NaN equals itself here."""
    return {key: "NaN" if isinstance(value, float) and math.isnan(value)
            else (value, math.copysign(1, value))
            if isinstance(value, float) else value
            for key, value in row.items()}


def test_special_values_survive_copy(clean_db, tmp_path):
    from tests.fieldtypes.models import Everything
    for values in SPECIAL:
        Everything.objects.create(**values)
    before = [comparable(row) for row in Everything.objects.order_by(
        "pk").values()]
    dump(tmp_path / "d", progress=False)
    Everything.objects.all().delete()
    restore_directory(tmp_path / "d", interactive=False, verbosity=0)
    after = [comparable(row) for row in Everything.objects.order_by(
        "pk").values()]
    assert after == before
    assert after[0]["text"] == "\\N" and after[3]["data"] == "\\N"


PAUSE_IN_RECREATE = """
import runpy, sys, time
from lino_dumpy.restore import pgload
add = pgload.DroppedConstraints.add
def paused(self, constraint):
    add(self, constraint)
    print("RE-CREATING", flush=True)
    time.sleep(60)
pgload.DroppedConstraints.add = paused
sys.argv = [sys.argv[1], "--noinput"]
runpy.run_path(sys.argv[0], run_name="__main__")
"""


def test_kill_during_constraint_recreation_changes_nothing(
        dumped, project, tmp_path):
    """SIGKILL after the first foreign key was re-created: the server
    rolls the transaction back, rows and constraints as they were."""
    dump_dir, rows = dumped
    definitions = schema()
    connection.close()
    process = start(project, ["-c", PAUSE_IN_RECREATE,
                              str(dump_dir / "restore.py")])
    lines = []

    def recreating():
        line = process.stdout.readline()
        lines.append(line)
        return line.startswith("RE-CREATING")
    wait_for(recreating, process, "constraints are re-created")
    time.sleep(0.2)
    code, stdout, stderr = interrupt(process, signal.SIGKILL)
    assert code == -signal.SIGKILL, (code, stdout, stderr)
    assert LOAD_STARTED in "".join(lines)
    assert snapshot() == rows
    assert schema() == definitions


def test_check_constraint_violation_names_the_field(dumped, project):
    """A negative value of a PositiveIntegerField breaks its CHECK."""
    dump_dir, rows = dumped
    definitions = schema()
    pk = break_positive_check(dump_dir)
    result = run_restore(project, dump_dir, "--accept-edited")
    assert_unchanged(result, rows, definitions,
                     "fieldtypes.Everything pk=%d (field positive)" % pk)


COPY_TEMP = "COPY dumpy_copied (id) FROM STDIN"


def create_copied_table():
    """The table that COPY_TEMP fills, for the caller's transaction."""
    with connection.cursor() as cursor:
        cursor.execute("CREATE TEMPORARY TABLE dumpy_copied "
                       "(id integer PRIMARY KEY) ON COMMIT DROP")


def test_an_open_copy_that_fails_refuses_the_fast_load(clean_db):
    """The rows of a table go in as one COPY that stays open; its error
    surfaces when the connection is used next, as a refusal of the fast
    load (the restore then loads again with a COPY per batch, which names
    the row)."""
    from django.db import transaction

    from lino_dumpy.exceptions import FastLoadRefused
    from lino_dumpy.restore.pgload import copy_session
    with pytest.raises(FastLoadRefused, match="duplicate key"):
        with transaction.atomic(), copy_session(connection) as stream:
            create_copied_table()
            stream.write(COPY_TEMP, [(1,), (1,)])
            assert stream.sql == COPY_TEMP  # open
            with connection.cursor() as cursor:
                cursor.execute("SELECT 1")  # ends the COPY first
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
        assert cursor.fetchone() == (1,)


def test_another_error_during_an_open_copy_is_the_one_reported(clean_db):
    """An error (or Ctrl-C) while a COPY is open ends the COPY without
    turning into a refusal, which would load again."""
    from django.db import transaction

    from lino_dumpy.restore.pgload import copy_session
    with pytest.raises(ZeroDivisionError):
        with transaction.atomic(), copy_session(connection) as stream:
            create_copied_table()
            stream.write(COPY_TEMP, [(1,), (1,)])
            1 / 0
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
        assert cursor.fetchone() == (1,)


def test_a_copy_that_cannot_start_refuses_the_fast_load(clean_db):
    from django.db import transaction

    from lino_dumpy.exceptions import FastLoadRefused
    from lino_dumpy.restore.pgload import copy_session
    with pytest.raises(FastLoadRefused, match="dumpy_no_such_table"):
        with transaction.atomic(), copy_session(connection) as stream:
            stream.write("COPY dumpy_no_such_table (id) FROM STDIN", [(1,)])
    assert stream.sql is None
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
        assert cursor.fetchone() == (1,)
