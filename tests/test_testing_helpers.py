"""The helpers that application test suites use."""
import datetime
import decimal
import os

import pytest

from lino_dumpy.testing import assert_double_dump, restore_dump

SAMPLES = os.path.join(os.path.dirname(__file__), "samples")
SAMPLE = os.path.join(SAMPLES, "fieldtypes_1_0")


@pytest.mark.parametrize(
    "sample", ["fieldtypes_1_0", "fieldtypes_2_0", "fieldtypes_3_0"])
def test_a_stored_dump_of_an_earlier_release_restores(clean_db, sample):
    """fieldtypes_1_0 was written by lino_dumpy 0.1.0 (dump format 1),
    fieldtypes_2_0 by 0.2.0 (format 2), fieldtypes_3_0 by 0.4.0 (format
    3)."""
    from tests.fieldtypes.models import Everything, Stamped, Tagged
    report = restore_dump(os.path.join(SAMPLES, sample))
    assert report.counts["fieldtypes.Everything"] == 3
    first = Everything.objects.order_by("pk").first()
    assert first.when == datetime.datetime(
        2024, 2, 29, 23, 59, 59, 123456, tzinfo=datetime.timezone.utc)
    assert first.amount == decimal.Decimal("12345.6789012345")
    assert bytes(first.blob) == b"\x00\xff\x7f'\"\\"
    assert first.data["a"][-1] == "ü😀"
    assert Stamped.objects.get().modified.microsecond == 2
    assert [type(t.target).__name__ for t in Tagged.objects.order_by("pk")] \
        == ["Owner", "Club"]


def test_the_values_of_dump_format_3_restore(clean_db):
    """fieldtypes_3_0 holds what format 3 writes differently (see
    tests/samples/make_fieldtypes_sample.py: populate_format_3)."""
    from django.db import connection
    from tests.fieldtypes.models import (
        CleanedValue, Money, StoredValue, TextKeyed)
    restore_dump(os.path.join(SAMPLES, "fieldtypes_3_0"))
    at = datetime.datetime(2024, 10, 27, 0, 30, 0, 5,
                           tzinfo=datetime.timezone.utc)
    stored = StoredValue.objects.get()
    assert stored.moment == at
    assert stored.money == Money(decimal.Decimal("0.10"), "USD")
    assert stored.stamped == {"at": "2024-10-27T00:30:00.000Z",
                              "price": "1.10"}
    with connection.cursor() as cursor:
        cursor.execute("SELECT amount FROM fieldtypes_storedvalue")
        amount = cursor.fetchone()[0]
        cursor.execute("SELECT name FROM fieldtypes_cleanedvalue")
        name = cursor.fetchone()[0]
    # SQLite keeps the four places; numeric(12, 2) columns round them.
    expected = 781.4415 if connection.vendor == "sqlite" else \
        decimal.Decimal("781.44")
    assert amount == expected
    assert name == "MiXeD Case"
    assert CleanedValue.objects.count() == 1
    assert sorted(TextKeyed.objects.values_list("key", flat=True)) == \
        sorted(["\u00e9", "e", "\u00dc", "u", " leading", "E"])


def test_assert_double_dump_passes_on_restored_data(clean_db):
    restore_dump(SAMPLE)
    report = assert_double_dump()
    # The sample predates the models of migrations 0002 to 0005: their
    # permissions (add, change, delete, view) are created anew.
    from django.contrib.auth.models import Permission
    newer = ["ledgerentry", "featureless", "unmanaged", "routed",
             "textkeyed", "storedvalue", "cleanedvalue", "rendered"]
    added = Permission.objects.filter(content_type__model__in=newer)
    assert report.ok
    assert sorted(added.values_list("codename", flat=True)) == sorted(
        "%s_%s" % (action, model) for model in newer
        for action in ("add", "change", "delete", "view"))
    assert report.rows == report_rows(SAMPLE) + len(newer) * 4


def report_rows(directory):
    """Rows that the dump's TABLE_FILES list announces."""
    from lino_dumpy.restore import load_dump
    return sum(entry[3] for entry in load_dump(directory).TABLE_FILES)
