"""Every renderer round-trips its values through the dump's namespace."""
import datetime
import decimal
import math
import uuid

import pytest

from lino_dumpy import dumpfile
from lino_dumpy.exceptions import DumpError
from lino_dumpy.dump.values import render_value

UTC = datetime.timezone.utc

CASES = [
    None, True, False, 0, -1, 2 ** 63 - 1, -2 ** 63, 10 ** 40,
    "", "plain", "it's \"quoted\"", "back\\slash", "new\nline\r\n\ttab",
    "emoji 😀 and ü and 中文", "\u2028 line separator", "\x01 control",
    "\ud800 lone surrogate",
    0.1, -0.0, 1e308, 5e-324, 1 / 3,
    decimal.Decimal("10.50"), decimal.Decimal("-0.000001"),
    decimal.Decimal("12345678901234567890.1234567890"),
    decimal.Decimal("1E+2"),
    datetime.date(1, 1, 1), datetime.date(9999, 12, 31),
    datetime.time(0, 0), datetime.time(23, 59, 59, 999999),
    datetime.timedelta(0), datetime.timedelta(days=-1, microseconds=1),
    datetime.timedelta(days=999999999, seconds=86399,
                       microseconds=999999),
    uuid.UUID(int=0), uuid.UUID("12345678-1234-5678-1234-567812345678"),
    b"", b"\x00\xff\x7f'\"\\", bytearray(b"ab"), memoryview(b"mv"),
    {"a": [1, 2.5, None, True, "ü😀"], "b": {"c": {}}, "": "'\""},
    [], [[[]]], {"n": 10 ** 30},
]


def evaluate(source):
    return eval(source, vars(dumpfile))


@pytest.mark.parametrize("value", CASES, ids=repr)
def test_value_round_trip(value):
    restored = evaluate(render_value(value))
    expected = bytes(value) if isinstance(value, (bytearray, memoryview)) \
        else value
    assert restored == expected
    assert type(restored) is type(expected)
    if isinstance(value, float):
        assert math.copysign(1, restored) == math.copysign(1, value)


@pytest.mark.parametrize("value", [float("inf"), float("-inf")])
def test_infinite_floats(value):
    assert evaluate(render_value(value)) == value


def test_nan():
    assert math.isnan(evaluate(render_value(float("nan"))))


@pytest.mark.parametrize("value", [
    datetime.datetime(2024, 2, 29, 23, 59, 59, 999999, tzinfo=UTC),
    datetime.datetime(1, 1, 1, 0, 0, tzinfo=UTC),
    datetime.datetime(2024, 3, 31, 2, 30, tzinfo=datetime.timezone(
        datetime.timedelta(hours=5, minutes=30))),
])
def test_aware_datetimes_keep_the_instant_and_microseconds(value):
    restored = evaluate(render_value(value))
    assert restored == value
    assert restored.utcoffset() == datetime.timedelta(0)
    assert restored.microsecond == value.microsecond


def test_unknown_type_is_refused_with_a_clear_message():
    with pytest.raises(DumpError, match="type object"):
        render_value(object())


@pytest.mark.parametrize("source", [
    "dt('2024-03-31 01:30:00.000001')", "dt(2024,3,31,1,30,0,1)"])
def test_datetimes_as_text_and_as_numbers_are_the_same(source):
    """Format 2 writes text; format 1 and Lino's dumps write numbers."""
    expected = datetime.datetime(2024, 3, 31, 1, 30, 0, 1, tzinfo=UTC)
    assert evaluate(source) == expected
    assert evaluate(source).tzinfo is UTC
    from django.test import override_settings
    with override_settings(USE_TZ=False):
        assert evaluate(source) == expected.replace(tzinfo=None)
