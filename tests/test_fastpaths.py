"""The backends' fast load paths refuse what the default path refuses.

On MariaDB the load runs with ``foreign_key_checks=0, unique_checks=0``;
into empty tables MariaDB then loads in bulk mode, where a duplicate key
fails without naming its row and the server rolls the whole transaction
back: the restore loads again on the default path to name it.  On SQLite
foreign keys are not enforced during the load and the non-unique indexes
are built after the rows.  Every refusal names
model, pk and field and leaves the database as it was; the session's
settings and the schema's indexes are the same afterwards.
"""
import pytest
from django.db import connection

from lino_dumpy.dump.writer import dump
from lino_dumpy.exceptions import RestoreFailed
from lino_dumpy.restore import restore_directory
from tests.conftest import VENDOR
from tests.fixtures_data import populate, snapshot, tree
from tests.test_failed_restore import break_positive_check, dangle_parent
from tests.test_atomicity import (assert_refused, node_pk, node_row_prefix,
                                  read_lines, row_index, run_restore,
                                  with_env, write_lines)

FAST_BACKENDS = ("mysql", "sqlite")

pytestmark = pytest.mark.skipif(
    VENDOR not in FAST_BACKENDS, reason="fast paths of MariaDB and SQLite")

#: What the restore says when MariaDB refused the fast load.
LOADING_AGAIN = "loading again row by row"


@pytest.fixture
def dumped(clean_db, tmp_path):
    populate()
    dump(tmp_path / "dump", progress=False)
    return tmp_path / "dump"


def duplicate_node(dump_dir):
    """Append a copy of the root node's row; return its pk."""
    path = dump_dir / "fieldtypes_node.py"
    lines = read_lines(path)
    root = node_pk("root")
    lines.append(lines[row_index(lines, node_row_prefix(root))])
    write_lines(path, lines)
    return root


def duplicate_owner_node(dump_dir):
    """Give a second row of the M2M table Owner.nodes (unique together
    owner, node) another pk and the first row's values; return its pk."""
    from tests.fieldtypes.models import Owner
    through = Owner.nodes.through
    first, second = through.objects.order_by("pk")[:2]
    path = dump_dir / "fieldtypes_owner_nodes.py"
    text = path.read_text(encoding="utf-8")
    old = "(%d,%d,%d)" % (second.pk, second.owner_id, second.node_id)
    new = "(%d,%d,%d)" % (second.pk, first.owner_id, first.node_id)
    assert text.count(old) == 1, text
    path.write_text(text.replace(old, new), encoding="utf-8")
    return second.pk


@pytest.fixture
def empty_target(project, fresh_env):
    """The project pointed at a new migrated database without rows of the
    dump's tables: where MariaDB loads in bulk mode."""
    target = with_env(project, **fresh_env)
    target.manage("migrate", "-v", "0")
    return target


def target_state(target, tmp_path, name):
    """The target database's rows, as a dump's files."""
    target.manage("dump2py", str(tmp_path / name))
    return tree(tmp_path / name)


@pytest.mark.parametrize("edit, messages", [
    (duplicate_node, ["fieldtypes.Node pk={pk} (field id): ",
                      "id={pk} is already taken by fieldtypes.Node pk={pk}."]),
    (duplicate_owner_node, ["fieldtypes.Owner_nodes pk={pk} (field owner, "
                            "node): "]),
])
def test_duplicates_are_refused_with_model_pk_and_field(
        dumped, empty_target, tmp_path, edit, messages):
    pk = edit(dumped)
    before = target_state(empty_target, tmp_path, "before")
    result = run_restore(empty_target, dumped, "--accept-edited")
    for message in messages:
        assert_refused(result, message.format(pk=pk))
    if VENDOR == "mysql":
        assert LOADING_AGAIN in result.stdout, result.stdout
    assert target_state(empty_target, tmp_path, "after") == before


@pytest.mark.parametrize("edit, messages", [
    (dangle_parent, ["fieldtypes.Node pk={pk}: parent=",
                     "points to a missing fieldtypes.Node"]),
    # On MariaDB the CHECK refuses a pipelined INSERT: loaded again.
    (break_positive_check, ["fieldtypes.Everything pk={pk}", "positive"]),
])
def test_other_refusals_name_model_pk_and_field(
        dumped, empty_target, tmp_path, edit, messages):
    pk = edit(dumped)
    before = target_state(empty_target, tmp_path, "before")
    result = run_restore(empty_target, dumped, "--accept-edited")
    for message in messages:
        assert_refused(result, message.format(pk=pk))
    if VENDOR == "mysql" and edit is break_positive_check:
        assert LOADING_AGAIN in result.stdout, result.stdout
    assert target_state(empty_target, tmp_path, "after") == before


def session_state():
    """The settings the fast path changes, and the indexes it rebuilds."""
    with connection.cursor() as cursor:
        if VENDOR == "mysql":
            cursor.execute("SELECT @@SESSION.foreign_key_checks, "
                           "@@SESSION.unique_checks, "
                           "@@SESSION.max_allowed_packet")
            return cursor.fetchone()
        state = []
        for name in ("foreign_keys", "cache_size", "temp_store"):
            cursor.execute("PRAGMA %s" % name)
            state.append(cursor.fetchone())
        cursor.execute("SELECT type, name, tbl_name, sql FROM sqlite_master "
                       "ORDER BY name")
        return state + cursor.fetchall()


@pytest.mark.parametrize("edit", [None, dangle_parent, duplicate_node])
def test_the_session_and_the_schema_are_as_before(dumped, edit):
    """After a restore, refused or not, the session's flags (MariaDB) or
    pragmas and indexes (SQLite) are as they were."""
    expected = snapshot()
    if edit:
        edit(dumped)
        from tests.fieldtypes.models import Node
        Node.objects.create(name="after dump")
        expected = snapshot()
    before = session_state()
    if edit:
        with pytest.raises(RestoreFailed):
            restore_directory(dumped, interactive=False, verbosity=0,
                              accept_edited=True)
    else:
        restore_directory(dumped, interactive=False, verbosity=0)
    assert session_state() == before
    assert snapshot() == expected


@pytest.mark.skipif(VENDOR != "mysql", reason="MariaDB's session flags")
def test_the_flags_are_off_during_the_load_and_back_after_a_failure():
    from lino_dumpy.restore.mysqlload import fast_session

    def flags():
        with connection.cursor() as cursor:
            cursor.execute("SELECT @@SESSION.foreign_key_checks, "
                           "@@SESSION.unique_checks")
            return cursor.fetchone()
    with connection.cursor() as cursor:
        cursor.execute("SET SESSION unique_checks=0")
    try:
        with pytest.raises(ZeroDivisionError):
            with fast_session(connection):
                assert flags() == (0, 0)
                1 / 0
        assert flags() == (1, 0)
    finally:
        with connection.cursor() as cursor:
            cursor.execute("SET SESSION unique_checks=1")


@pytest.mark.skipif(VENDOR != "mysql", reason="MariaDB's pipelined INSERTs")
def test_a_pipelined_insert_that_fails_refuses_the_fast_load():
    """The error of an INSERT sent without waiting surfaces at the next
    use of the connection, as a refusal of the fast load (the restore
    then loads again and names the row); the flags are back afterwards."""
    from django.db import transaction

    from lino_dumpy.exceptions import FastLoadRefused
    from lino_dumpy.restore.mysqlload import fast_session
    before = session_state()
    with pytest.raises(FastLoadRefused, match="dumpy_no_such_table"):
        with transaction.atomic(), fast_session(connection) as pipeline:
            pipeline.send(b"INSERT INTO dumpy_no_such_table VALUES (1)")
            assert pipeline.pending
            with connection.cursor() as cursor:
                cursor.execute("SELECT 1")  # waits for the INSERT first
    assert session_state() == before
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
        assert cursor.fetchone() == (1,)


@pytest.mark.skipif(VENDOR != "mysql", reason="MariaDB's pipelined INSERTs")
def test_another_error_during_a_pipelined_insert_is_the_one_reported():
    """An error (or Ctrl-C) while an INSERT is in flight does not turn
    into a refusal, which would load again; the flags are back."""
    from django.db import transaction

    from lino_dumpy.restore.mysqlload import fast_session
    before = session_state()
    with pytest.raises(ZeroDivisionError):
        with transaction.atomic(), fast_session(connection) as pipeline:
            pipeline.send(b"INSERT INTO dumpy_no_such_table VALUES (1)")
            1 / 0
    assert session_state() == before


@pytest.mark.parametrize("limit", [20, 64, 100, 10 ** 6])
def test_statements_fill_the_packet_and_keep_every_row(limit):
    from lino_dumpy.restore.mysqlload import statements
    prefix = b"INSERT INTO t VALUES "
    rows = [b"('%s')" % (b"x" * (i % 9 + 1)) for i in range(200)]
    sqls = list(statements(prefix, rows, limit))
    assert all(sql.startswith(prefix) for sql in sqls)
    parts = [sql[len(prefix):].split(b",") for sql in sqls]
    assert [row for part in parts for row in part] == rows
    for sql, part in zip(sqls, parts):
        assert len(sql) <= limit or len(part) == 1  # a longer row alone
    for sql, following in zip(sqls, parts[1:]):
        # full: the next statement's first row did not fit
        assert len(sql) + 1 + len(following[0]) > limit
