"""The restricted reader of table files (restore/rowreader.py): what the
writers write reads as Python evaluates it; anything else is refused,
naming file and line, and nothing of it runs."""
import datetime
import glob
import math
import os
import re
import tracemalloc

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from lino_dumpy.dump.values import FIELD_RENDERERS, render_json, render_value
from lino_dumpy.exceptions import DumpFormatError
from lino_dumpy.restore.rowreader import (BASE_HELPERS, Limits, LineReader,
                                         numbered_lines, read_rows)
from lino_dumpy.restore.runtime import dt
from tests.conftest import ONCE

#: The reader reads files, not a database.
pytestmark = ONCE

SAMPLES = os.path.join(os.path.dirname(__file__), "samples")
HELPERS = dict(BASE_HELPERS, dt=dt)
UTC = datetime.timezone.utc


class Captured:
    """The ``loader`` of an evaluated table file: keeps what it gets."""

    def __init__(self):
        self.rows = []

    def save(self, args):
        self.rows.append(args)

    def flush_deferred_objects(self):
        self.rows.append(None)


class Logger:
    def info(self, *args):
        pass


def evaluated(path, table, names=None):
    """The rows of the table file at `path` as Python evaluates them."""
    loader = Captured()
    namespace = dict(HELPERS, **(names or {}))
    namespace.update(loader=loader, logger=Logger())
    namespace["create_" + table] = lambda *args: args
    with open(path, "rb") as stream:
        exec(compile(stream.read(), path, "exec"), namespace)
    return loader.rows


def read(path, table, names=None, limits=Limits()):
    return [args for lineno, args in
            read_rows(path, table, HELPERS, limits, names=names)]


def same(first, second):
    """Equal values of equal types, telling -0.0 from 0.0 and NaN from
    NaN apart as repr() does."""
    return repr(first) == repr(second) and type(first) is type(second)


@pytest.fixture
def table_file(tmp_path):
    """Write a table file of rows (texts of argument lists); return its
    path."""
    def write(*rows, table="shop_item", text=None):
        path = tmp_path / ("%s.py" % table)
        lines = ["# -*- coding: UTF-8 -*-\n", "# shop.Item: rows\n"]
        lines += ["loader.save(create_%s(%s))\n" % (table, row)
                  for row in rows]
        path.write_text(text if text is not None else "".join(lines),
                        encoding="utf-8")
        return str(path)
    return write


def assert_reads_as_evaluated(path, table="shop_item", names=None):
    got = read(path, table, names)
    expected = evaluated(path, table, names)
    assert same(got, expected), (got, expected)
    return got


# Values for every field type the writer renders, including the hostile
# and the extreme ones.
ANY_TEXT = st.text(st.characters(exclude_categories=()), max_size=40)
SCALAR_JSON = (st.none() | st.booleans() | st.integers()
               | st.floats(allow_nan=False, allow_infinity=False)
               | ANY_TEXT)
JSON = st.recursive(
    SCALAR_JSON,
    lambda inner: st.lists(inner, max_size=4)
    | st.dictionaries(ANY_TEXT, inner, max_size=4),
    max_leaves=30)
DATETIMES = st.datetimes(timezones=st.none() | st.just(UTC)) | st.datetimes(
    timezones=st.timezones())
INTEGERS = st.integers(-2 ** 63, 2 ** 63 - 1) | st.integers()

FIELD_VALUES = {
    "BooleanField": st.booleans(),
    "IntegerField": INTEGERS,
    "BigIntegerField": INTEGERS,
    "CharField": ANY_TEXT,
    "TextField": st.text(st.characters(exclude_categories=())),
    "FloatField": st.floats(),
    "DecimalField": st.decimals(),
    "DateTimeField": DATETIMES,
    "DateField": st.dates(),
    "TimeField": st.times(),
    "DurationField": st.timedeltas(),
    "UUIDField": st.uuids(),
    "BinaryField": st.binary(max_size=64),
}
assert set(FIELD_VALUES) <= set(FIELD_RENDERERS)

PROPERTY = settings(max_examples=150, deadline=None,
                    suppress_health_check=[HealthCheck.function_scoped_fixture])


@pytest.mark.parametrize("field_type", sorted(FIELD_VALUES))
def test_every_field_type_reads_as_evaluated(field_type, table_file):
    render = FIELD_RENDERERS[field_type]

    @PROPERTY
    @given(st.lists(FIELD_VALUES[field_type], min_size=1, max_size=3))
    def check(values):
        assert_reads_as_evaluated(table_file(",".join(map(render, values))))
    check()


@PROPERTY
@given(JSON)
def test_nested_json_reads_as_evaluated(table_file, value):
    assert_reads_as_evaluated(table_file("1," + render_json(value)))


@PROPERTY
@given(st.lists(st.one_of(*FIELD_VALUES.values()) | JSON, max_size=8))
def test_mixed_rows_read_as_evaluated(table_file, values):
    assert_reads_as_evaluated(table_file(",".join(map(render_value, values))))


#: The rows of one table: the field types of its columns, then rows of
#: values of those types, None in any column.
TABLE_ROWS = st.lists(st.sampled_from(sorted(FIELD_VALUES)), min_size=1,
                      max_size=5).flatmap(lambda types: st.tuples(
                          st.just(types), st.lists(st.tuples(*[
                              st.none() | FIELD_VALUES[name]
                              for name in types]), min_size=2, max_size=8)))


@PROPERTY
@given(TABLE_ROWS)
def test_rows_of_one_table_read_as_evaluated(table_file, table):
    """Rows that repeat the kinds of their arguments are read by the
    shapes the reader learns from them (RowShape)."""
    types, rows = table
    path = table_file(*(",".join(
        "None" if value is None else FIELD_RENDERERS[name](value)
        for name, value in zip(types, row)) for row in rows))
    assert_reads_as_evaluated(path)


def test_a_learned_row_shape_reads_the_next_rows(table_file):
    path = table_file(
        "1,'a',dt('2026-01-01 09:30:00'),None,shop_Tag,True",
        "2,None,dt('2026-01-02 09:30:00'),1.5,None,False",
        "3,'c\\'d',None,-0.0,shop_Tag,None",
        "4,'e',dt('2026-01-04 09:30:00'),2.5,shop_Tag,True")
    reader = LineReader("shop_item", HELPERS, {"shop_Tag": "the model"},
                        Limits())
    with open(path, "rb") as stream:
        got = [args for _, args in reader.rows(path, numbered_lines(stream))]
    assert same(got, evaluated(path, "shop_item", {"shop_Tag": "the model"}))
    # Each row widened the shape of the rows before it: the second gave
    # a float to the column that was None, the third an escape to a
    # text; the fourth row has the third's shape.
    assert len(reader.shapes) == 3


def test_extreme_numbers_read_as_evaluated(table_file):
    values = [0.0, -0.0, 5e-324, -5e-324, 1.7976931348623157e308, 1e16,
              1e-7, math.inf, -math.inf, math.nan, 10 ** 4299, -10 ** 4299,
              2 ** 63, -2 ** 63]
    got = assert_reads_as_evaluated(
        table_file(",".join(map(render_value, values))))
    assert math.copysign(1, got[0][1]) == -1


def test_lino_forms_read_as_evaluated(table_file):
    path = table_file(text=(
        '# -*- coding: UTF-8 -*-\n'
        'logger.info("Loading 2 objects (part 1 of 3) to table shop_item...")\n'
        '# fields: id, name, when, price\n'
        "loader.save(create_shop_item(1,['a', 'b'],dt(2026,1,1,9,30,0),"
        "'1.5',time(9,0,0),date(2024,2,29),shop_Tag,None))\n"
        "\n"
        "loader.flush_deferred_objects()\n"))
    assert_reads_as_evaluated(path, names={"shop_Tag": "the model"})


def test_tuples_and_trailing_commas_read_as_evaluated(table_file):
    assert_reads_as_evaluated(table_file(
        "(),(1,),(1),(1, 2,),[1,],{'a': 1,},{1: 'x', True: 'y'},",
        "1, 'spaced' , [ 2 , 3 ]"))


@pytest.mark.parametrize("directory", sorted(
    os.path.dirname(path) for path in
    glob.glob(os.path.join(SAMPLES, "*", "restore.py"))))
def test_sample_table_files_read_as_evaluated(directory):
    with open(os.path.join(directory, "restore.py"), encoding="utf-8") as f:
        names = {name: "model " + name for name in re.findall(
            r"^(\w+) = resolve_model\(", f.read(), re.M)}
    rows = 0
    for path in sorted(glob.glob(os.path.join(directory, "*.py"))):
        with open(path, encoding="utf-8") as f:
            match = re.search(r"^loader\.save\(create_(\w+?)\(", f.read(),
                              re.M)
        if match:
            rows += len(assert_reads_as_evaluated(
                path, match.group(1), names))
    assert rows > 40


# Attacks: each is refused naming the file and the line, and nothing of
# it runs (the marker file is not written).

ATTACKS = {
    "a call": ("1,__import__('os').system('touch {marker}')",
               "a call of __import__, which is not a value"),
    "a call of a builtin": ("1,open('{marker}', 'w')", "a call of open"),
    "an attribute": ("1,shop_Tag.objects.all().delete()", "'.'"),
    "an attribute of a helper": ("1,dt.__globals__", "the name dt"),
    "a dunder name": ("1,__builtins__", "the name __builtins__"),
    "a lambda": ("1,(lambda: open('{marker}', 'w'))()", "the name lambda"),
    "an f-string": ("1,f'{{open(\"{marker}\", \"w\")}}'", "prefix f"),
    "a subscript": ("1,'abc'[0]", "'['"),
    "an operator": ("1,2+3", "'+'"),
    "a starred argument": ("1,*[open('{marker}', 'w')]", "'*'"),
    "a keyword argument": ("1,x=open('{marker}', 'w')", "the name x"),
    "a comprehension": ("1,[x for x in ()]", "the name x"),
    "a walrus": ("1,(x:=1)", "the name x"),
    "a helper call inside a helper": ("1,Decimal(dt('2024-01-01'))",
                                      "inside a call of a value helper"),
    "a list in a helper call": ("1,date(*[2024, 1, 1])", "'*'"),
    "a set": ("1,{{1, 2}}", "','"),
    "a unary minus on a call": ("1,-dt('2024-01-01')", "'-'"),
    "a double minus": ("1,--1", "'-'"),
    "an octal escape": (r"1,'\101'", "repr() does not write"),
    "a named escape": (r"1,'\N{{DIGIT ONE}}'", "repr() does not write"),
    "a hex integer": ("1,0x10", "'x10' where"),
    "a statement after the row": ("1)); open('{marker}', 'w'", "after the "
                                  "arguments"),
    "a deep nesting": ("1," + "[" * 150 + "]" * 150, "deeper than 100"),
    "a huge integer": ("1," + "9" * 5000, "more than 4300 digits"),
}


@pytest.mark.parametrize("attack", sorted(ATTACKS))
def test_attacks_are_refused(attack, table_file, tmp_path):
    marker = tmp_path / "marker"
    row, what = ATTACKS[attack]
    path = table_file("1,'first row'", row.format(marker=marker))
    with pytest.raises(DumpFormatError) as info:
        read(path, "shop_item", names={"shop_Tag": "the model"})
    assert info.value.filename == path and info.value.lineno == 4
    message = str(info.value)
    assert message.startswith("%s:4: " % path)
    assert what in message and "manage.py run" in message
    assert not marker.exists()


@pytest.mark.parametrize("line, what", [
    ("loader.save(create_auth_user(1,'root'))",
     "a call of create_auth_user() in the table file of another table"),
    ("import os", "the line 'import os'"),
    ("__import__('os').system('true')", "the line"),
    ("  loader.save(create_shop_item(1))", "the line"),
    ("loader.save(create_shop_item(1));loader.save(create_shop_item(2))",
     "after the arguments"),
    ("loader.save(create_shop_item(1)) # a comment", "after the arguments"),
    ("loader.save(create_shop_item(1,\n", "ends too early"),
    ("# a comment \r import os", "the line"),
    ("raise DumpIncomplete('database error in shop_item')",
     "could not dump this table (database error in shop_item)"),
])
def test_other_lines_are_refused(line, what, table_file):
    path = table_file(text="# -*- coding: UTF-8 -*-\n" + line + "\n")
    with pytest.raises(DumpFormatError, match=re.escape(what)) as info:
        read(path, "shop_item")
    assert info.value.lineno == 2


def test_other_codings_are_refused(table_file):
    path = table_file(text="# -*- coding: latin-1 -*-\n")
    with pytest.raises(DumpFormatError, match="coding declaration"):
        read(path, "shop_item")


def test_a_long_line_is_refused_without_reading_it(tmp_path):
    path = tmp_path / "shop_item.py"
    with open(path, "wb") as stream:
        stream.write(b"loader.save(create_shop_item(1,'")
        for _ in range(100):
            stream.write(b"x" * 1024 * 1024)
        stream.write(b"'))\n")
    limits = Limits(line_bytes=1024 * 1024)
    tracemalloc.start()
    try:
        with pytest.raises(DumpFormatError, match="longer than 1048576 "
                           "bytes") as info:
            read(str(path), "shop_item", limits=limits)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert info.value.lineno == 1
    assert peak < 4 * 1024 * 1024
    with pytest.raises(DumpFormatError, match="longer than"):
        read(str(path), "shop_item")


def test_helper_errors_name_the_line(table_file):
    path = table_file("1,date(2024,2,30)")
    with pytest.raises(DumpFormatError, match="ValueError: day is out of "
                       "range") as info:
        read(path, "shop_item")
    assert info.value.lineno == 3


def test_unhashable_keys_are_refused(table_file):
    with pytest.raises(DumpFormatError, match="unhashable"):
        read(table_file("{[1]: 2}"), "shop_item")


def test_flush_lines_yield_none(table_file):
    path = table_file(text="loader.save(create_shop_item(1))\n\n"
                      "loader.flush_deferred_objects()\n")
    assert list(read_rows(path, "shop_item", HELPERS)) == [
        (1, (1,)), (3, None)]
