"""The reader's workers render the rows of plain tables for the fast
paths of MariaDB and PostgreSQL (lino_dumpy/restore/rendering.py): the
database gets what the insert of the values would send, and every row
that does not fit is read as values, converted, refused and named as
before."""
import datetime
import decimal
import os
import re
import uuid
from collections import Counter

import pytest
from django.db import connection
from django.test import override_settings

from lino_dumpy.dump.writer import dump
from lino_dumpy.exceptions import RestoreFailed
from lino_dumpy.restore.inserts import TableInserter
from lino_dumpy.restore.loader import Loader
from lino_dumpy.restore.rendering import Rendering, TableRenderer
from lino_dumpy.restore.rowreader import BASE_HELPERS, SITE_DT
from lino_dumpy.restore.rowworker import DeferredValues
from lino_dumpy.restore.safe import restore_safely
from lino_dumpy.testing import restore_dump
from tests.fieldtypes.models import Club, Rendered
from tests.test_safe_restore import quiet, sign, snapshot

SERVERS = pytest.mark.skipif(
    connection.vendor not in ("mysql", "postgresql"),
    reason="only the fast paths of MariaDB and PostgreSQL render rows")

UTC = datetime.timezone.utc
TEXTS = ["plain", 'say "hi"', "it's", "back\\slash", "new\nline", "tab\there",
         "cr\rlf", "ctrl-z\x1a", "ünïcødé €", "emoji 😀", "", "x" * 30]


#: More rows than the preflight reads (rowscan.SAMPLE_ROWS).
ROWS = 3 * len(TEXTS)


def rendered_rows():
    """Rows of Rendered with the values whose text matters."""
    rows = []
    for index in range(ROWS):
        text = TEXTS[index % len(TEXTS)]
        rows.append(Rendered(
            big=(-1) ** index * 10 ** (index % 13 + 5),
            maybe_int=index or None,
            flag=bool(index % 2), maybe_flag=[True, False, None][index % 3],
            code=text[:8], note=text if index % 4 else None, text=text * 3,
            ratio=[0.1, -0.0, 1e16, 1.5e-300, None, 2.5][index % 6],
            amount=[decimal.Decimal("1234567890.1234"), decimal.Decimal(
                "-0.0001"), decimal.Decimal("0"), None][index % 4],
            day=datetime.date(1999 + index, 12, 31) if index % 3 else None,
            moment=datetime.datetime(2020, 2, 29, 23, 59, 58, [
                0, 1, 999999][index % 3], tzinfo=UTC) if index % 5 else None,
            uid=uuid.UUID(int=index * 7919) if index % 2 else None))
    return rows


def raw_rows():
    """The Rendered rows as the driver reads the table."""
    table = connection.ops.quote_name(Rendered._meta.db_table)
    with connection.cursor() as cursor:
        cursor.execute("SELECT * FROM %s ORDER BY id" % table)
        return cursor.fetchall()


@pytest.fixture
def counted(monkeypatch):
    """How many rows of each model the loader received rendered, and
    how many times a refused fast load loaded again ("reloads")."""
    counts = Counter()
    save_rendered, reset = Loader.save_rendered, Loader.reset

    def counting(self, direct, rendered):
        counts[direct.model] += len(rendered)
        return save_rendered(self, direct, rendered)

    def counting_reset(self):
        counts["reloads"] += 1
        return reset(self)
    monkeypatch.setattr(Loader, "save_rendered", counting)
    monkeypatch.setattr(Loader, "reset", counting_reset)
    return counts


@pytest.fixture
def dumped(clean_db, tmp_path):
    Club.objects.create(pk=1, name="club")
    rows = rendered_rows()
    for row in rows[::2]:
        row.club_id = 1
    Rendered.objects.bulk_create(rows)
    before = raw_rows()
    dump(tmp_path / "d", progress=False)
    return tmp_path / "d", before


def restored_with(directory, workers, safe=False):
    """The Rendered rows after a trusted restore (restore.py) or a safe
    one (manage.py restore) with `workers` reader workers."""
    with override_settings(DUMPY_COMPILE_WORKERS=workers):
        if safe:
            restore_safely(directory, quiet())
        else:
            restore_dump(directory)
    return raw_rows()


@SERVERS
@pytest.mark.parametrize("safe", [False, True])
def test_rendered_rows_are_stored_as_their_values(dumped, counted, safe):
    directory, before = dumped
    assert restored_with(directory, 0, safe) == before
    assert not counted
    assert restored_with(directory, 2, safe) == before
    assert counted == {Rendered: ROWS, Club: 1}  # and no reload


@SERVERS
def test_a_row_written_otherwise_goes_as_values(dumped, counted):
    """A row that the expression does not match is read as values."""
    directory, before = dumped
    edited(directory, r"Decimal\('0\.0000'\)", "Decimal('0E-4')")
    assert restored_with(directory, 2) == before
    assert counted == {Rendered: ROWS - 1, Club: 1}


@pytest.mark.skipif(connection.vendor != "mysql",
                    reason="a sql_mode of MariaDB and MySQL")
def test_no_backslash_escapes_on_mariadb(dumped, counted):
    """A site whose connections set NO_BACKSLASH_ESCAPES: quotes doubled,
    backslashes and double quotes as they are."""
    directory, before = dumped
    with connection.cursor() as cursor:
        cursor.execute("SELECT @@SESSION.sql_mode")
        mode = cursor.fetchone()[0]
        cursor.execute("SET SESSION sql_mode = %s",
                       [mode + ",NO_BACKSLASH_ESCAPES"])
    try:
        assert restored_with(directory, 2) == before
        with connection.cursor() as cursor:
            cursor.execute("SELECT @@SESSION.sql_mode")
            assert "NO_BACKSLASH_ESCAPES" in cursor.fetchone()[0]
    finally:
        with connection.cursor() as cursor:
            cursor.execute("SET SESSION sql_mode = %s", [mode])
    assert counted == {Rendered: ROWS, Club: 1}


def edited(directory, pattern, replacement):
    """Replace the first match of `pattern` in the last row of the
    Rendered table file that has one (after the rows that the preflight
    reads); return the number of its line."""
    path = os.path.join(directory, "fieldtypes_rendered.py")
    with open(path, encoding="utf-8") as stream:
        lines = stream.readlines()
    for number in range(len(lines), 0, -1):
        line = lines[number - 1]
        if line.startswith("loader.save(") and re.search(pattern, line):
            lines[number - 1] = re.sub(pattern, replacement, line, 1)
            break
    else:
        raise AssertionError("%r is in no row" % pattern)
    with open(path, "w", encoding="utf-8") as stream:
        stream.writelines(lines)
    sign(directory)
    return number


@SERVERS
@pytest.mark.parametrize("safe", [False, True])
@pytest.mark.parametrize("edit, field", [
    ((r"'plain'", "'plain-too-long'"), "code"),
    ((r"\((\d+),-?\d+,", r"(\1,None,"), "big"),
])
def test_unfit_rows_are_named_as_without_workers(dumped, edit, field, safe):
    directory, _ = dumped
    lineno = edited(directory, *edit)
    before = snapshot()
    messages = []
    for workers in (0, 2):
        with pytest.raises(RestoreFailed) as failure:
            restored_with(directory, workers, safe)
        messages.append(str(failure.value))
        assert snapshot() == before
    assert messages[0] == messages[1]
    assert failure.value.field == field
    assert "fieldtypes_rendered.py:%d" % lineno in messages[1]


@SERVERS
def test_a_duplicate_key_among_rendered_rows_is_named(dumped, counted):
    """The fast load is refused, and the careful load (which renders
    nothing) names the row."""
    directory, _ = dumped
    path = os.path.join(directory, "fieldtypes_rendered.py")
    with open(path, encoding="utf-8") as stream:
        lines = stream.readlines()
    rows = [line for line in lines if line.startswith("loader.save(")]
    lines.append(rows[0])
    pk = re.search(r"\((\d+),", rows[0]).group(1)
    with open(path, "w", encoding="utf-8") as stream:
        stream.writelines(lines)
    sign(directory)
    before = snapshot()
    with pytest.raises(RestoreFailed) as failure:
        restored_with(directory, 2)
    assert counted[Rendered] > 0 and counted["reloads"] == 1
    assert "fieldtypes.Rendered pk=%s" % pk in str(failure.value)
    assert "fieldtypes_rendered.py:%d" % len(lines) in str(failure.value)
    assert snapshot() == before


def renderer(dialect, use_tz=True, **helpers):
    """A TableRenderer of Rendered's rows as the worker makes it."""
    values = DeferredValues(sorted(BASE_HELPERS), [], [],
                            "aware" if use_tz else "naive")
    values.local.update(helpers)
    inserter = TableInserter(Rendered, connection)
    kinds = ["int", "int", "int", "bool", "bool", "str", "str", "str",
             "float", "decimal", "date", "datetime", "uuid", "int"]
    columns = [[index, kind, dict(inserter.limits).get(index),
                index not in inserter.not_null]
               for index, kind in enumerate(kinds)]
    return TableRenderer(Rendering(columns, dialect), values.local)


ROW = ("(7,123,None,True,None,'a\"c',None,'it\\'s',0.5,Decimal('1.50'),"
       "date(2020,2,29),dt('2020-02-29 10:00:00.000001'),"
       "UUID('00000000-0000-0000-0000-000000001ef7'),None))\n")


@pytest.mark.parametrize("dialect, expected", [
    (["mysql", {}], "(7,123,NULL,1,NULL,'a\\\"c',NULL,'it\\'s',0.5e0,1.50,"
     "'2020-02-29','2020-02-29 10:00:00.000001',"
     "'00000000-0000-0000-0000-000000001ef7',NULL)"),
    (["mysql", {"no_backslash_escapes": True}],
     "(7,123,NULL,1,NULL,'a\"c',NULL,'it''s',0.5e0,1.50,'2020-02-29',"
     "'2020-02-29 10:00:00.000001','00000000-0000-0000-0000-000000001ef7',"
     "NULL)"),
    (["copy", {}], "7\t123\t\\N\tt\t\\N\ta\"c\t\\N\tit's\t0.5\t1.50\t"
     "2020-02-29\t2020-02-29 10:00:00.000001+00:00\t"
     "00000000-0000-0000-0000-000000001ef7\t\\N\n"),
])
def test_a_row_in_each_dialect(dialect, expected):
    assert renderer(dialect).render(ROW, 1).decode() == expected


@pytest.mark.parametrize("old, new", [
    ("(7,123,", "(7,None,"),  # None where the column refuses it
    ("'a\"c'", "'a\"cdefghi'"),  # longer than max_length 8
    ("'it\\'s'", "'nul\\x00'"),  # PostgreSQL refuses NUL (with its field)
    ("date(2020,2,29)", "date(2021,2,29)"),  # no such day
    ("dt('2020-02-29 10:00:00.000001')", "dt('2021-02-29 10:00:00')"),
    ("Decimal('1.50')", "Decimal('NaN')"),
    ("Decimal('1.50')", "Decimal('15E-1')"),
    ("0.5,", "float('inf'),"),
    ("0.5,", "5,"),  # an int in a float column: the field converts it
    ("True,None,", "True,1,"),  # an int in a boolean column
    ("UUID('00000000", "UUID('AAAAAAAA"),
])
def test_rows_that_do_not_fit_are_not_rendered(old, new):
    assert old in ROW
    row = ROW.replace(old, new, 1)
    dialect = ["copy", {}] if "x00" in new else ["mysql", {}]
    assert renderer(dialect).render(ROW, 1) is not None
    assert renderer(dialect).render(row, 1) is None


def test_a_helper_of_the_restoring_process_renders_no_rows():
    """A site's own dt() is evaluated by the restoring process: rows with
    dt() are not rendered, the table's renderer is not made."""
    values = DeferredValues(sorted(BASE_HELPERS), ["dt"], [], None)
    with pytest.raises(ValueError):
        TableRenderer(Rendering([[0, "datetime", None, True]],
                                ["mysql", {}]), values.local)


def test_naive_datetimes_are_rendered_without_offset():
    row = renderer(["copy", {}], use_tz=False).render(ROW, 1).decode()
    assert "\t2020-02-29 10:00:00.000001\t" in row
    assert SITE_DT["naive"]("2020-02-29 10:00:00").tzinfo is None


def test_columns_are_written_in_the_tables_order():
    """A factory whose arguments come in another order than the table's
    columns (directrows.DirectTable.order)."""
    columns = [[2, "int", None, False], [0, "str", 5, True],
               [1, "bool", None, True]]
    table = TableRenderer(Rendering(columns, ["copy", {}]), {})
    assert table.render("('ab',None,42))", 1) == b"42\tab\t\\N\n"
    assert table.render("(None,True,42))", 1) == b"42\t\\N\tt\n"


NAIVE_ROWS = """
import datetime
from tests.fieldtypes.models import Rendered
Rendered.objects.all().delete()
Rendered.objects.bulk_create([Rendered(
    pk=pk, big=pk, flag=True, code="n%d" % pk, text="",
    moment=datetime.datetime(2024, 3, 31, 2, 30, pk) if pk % 3 else None,
    day=datetime.date(2024, 2, 29)) for pk in range(1, 41)])
"""

RAW_ROWS = """
from django.db import connection
with connection.cursor() as cursor:
    cursor.execute("SELECT id, moment, day FROM fieldtypes_rendered "
                   "ORDER BY id")
    print(repr(cursor.fetchall()))
"""

COUNTED_RESTORE = """
import django
django.setup()
from django.test import override_settings
from lino_dumpy.restore.loader import Loader
from lino_dumpy.testing import restore_dump
counts = []
save_rendered = Loader.save_rendered

def counting(self, direct, rendered):
    counts.append(len(rendered))
    return save_rendered(self, direct, rendered)
Loader.save_rendered = counting
with override_settings(DUMPY_COMPILE_WORKERS=2):
    restore_dump(%r)
print(sum(counts))
"""


@SERVERS
def test_naive_datetimes_of_a_site_without_time_zones(clean_db, project,
                                                      tmp_path):
    """USE_TZ = False (Lino's default): dt() is naive, its text goes to
    the database as the site's local time, as the values path sends it
    (2024-03-31 02:30 does not exist in Brussels: kept as it is)."""
    from tests.test_timezones import site
    naive = site(project, use_tz=False)
    naive.manage("shell", "-c", NAIVE_ROWS)
    before = naive.manage("shell", "-c", RAW_ROWS).stdout
    naive.manage("dump2py", str(tmp_path / "d"))
    naive.manage("shell", "-c", "from tests.fieldtypes.models import "
                 "Rendered; Rendered.objects.all().delete()")
    result = naive.python("-c", COUNTED_RESTORE % str(tmp_path / "d"))
    assert int(result.stdout.split()[-1]) >= 40
    assert naive.manage("shell", "-c", RAW_ROWS).stdout == before


@pytest.mark.skipif(connection.vendor != "mysql",
                    reason="mysqlclient's literals")
def test_mariadb_rows_are_the_literals_of_their_values(dumped):
    """Byte for byte what the values path sends: mysqlclient's literals
    of the values that the insert converted."""
    from lino_dumpy.restore.directrows import DirectTable
    from lino_dumpy.restore.mysqlload import (MySQLInserter, literal_writer,
                                              rendering_dialect)
    from lino_dumpy.restore.renderplan import table_rendering
    from lino_dumpy.restore.rowreader import read_rows
    directory, _ = dumped
    inserter = MySQLInserter(Rendered, connection)
    rendering = table_rendering(inserter, DirectTable(Rendered, None, None),
                                rendering_dialect(connection))
    helpers = dict(BASE_HELPERS, dt=SITE_DT["aware"])
    table = TableRenderer(rendering, helpers)
    row_literal = literal_writer(connection.connection)
    path = os.path.join(directory, "fieldtypes_rendered.py")
    prefix = len("loader.save(create_fieldtypes_rendered(")
    with open(path, encoding="utf-8") as stream:
        lines = [line for line in stream if line.startswith("loader.save")]
    rows = list(read_rows(path, "fieldtypes_rendered", helpers))
    assert len(rows) == len(lines) == ROWS
    for line, (_, values) in zip(lines, rows):
        expected = row_literal(inserter.converted(values))
        assert table.render(line, prefix) == expected, line
