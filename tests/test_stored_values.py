"""A dump carries what the database holds, not what Django's converters
make of it (issue 13, point 5): compared as raw column contents."""
import datetime
import decimal
import os

from django.db import connection

from lino_dumpy.restore import restore_directory
from lino_dumpy.dump.writer import dump

AMOUNTS = {1: "781.4415", 2: "10.50", 3: "-0.005", 4: "1234567890.12",
           5: "0.1", 6: "7"}


def table():
    from tests.fieldtypes.models import StoredValue
    return connection.ops.quote_name(StoredValue._meta.db_table)


def stored(column):
    """``[(id, value)]`` of `column` as the database driver returns it;
    JSON as the text the database holds."""
    expression = column
    if column in ("stamped", "money") and connection.vendor == "postgresql":
        expression = column + "::text"
    with connection.cursor() as cursor:
        cursor.execute("SELECT id, %s FROM %s ORDER BY id" % (
            expression, table()))
        return cursor.fetchall()


def amount_sum():
    with connection.cursor() as cursor:
        cursor.execute("SELECT SUM(amount) FROM %s" % table())
        return cursor.fetchone()[0]


def dump_and_restore(tmp_path):
    dump(tmp_path / "d", progress=False)
    restore_directory(tmp_path / "d", interactive=False, verbosity=0)
    return tmp_path / "d"


def test_decimals_are_restored_as_stored(clean_db, tmp_path):
    """SQLite keeps 781.4415 in a column of two decimal places; Django's
    converter would read 781.44.  The other backends round on insert."""
    with connection.cursor() as cursor:
        cursor.executemany(
            "INSERT INTO %s (id, amount) VALUES (%%s, %%s)" % table(),
            [(pk, decimal.Decimal(text)) for pk, text in AMOUNTS.items()])
    before, total = stored("amount"), amount_sum()
    if connection.vendor == "sqlite":
        assert dict(before)[1] == 781.4415
        assert dict(before)[3] == -0.005
    else:
        assert dict(before)[1] == decimal.Decimal("781.44")
    directory = dump_and_restore(tmp_path)
    assert stored("amount") == before
    assert amount_sum() == total
    with open(os.path.join(directory, "fieldtypes_storedvalue.py")) as f:
        text = f.read()
    # Values that fit the field keep their usual form.
    assert "Decimal('10.50')" in text and "Decimal('7.00')" in text
    if connection.vendor == "sqlite":
        assert "Decimal('781.4415')" in text


def test_json_with_custom_encoder_and_decoder_is_restored_as_stored(
        clean_db, tmp_path):
    """DjangoJSONEncoder stores datetimes and decimals as strings;
    MoneyDecoder returns objects that the dump could not write."""
    from tests.fieldtypes.models import Money, StoredValue
    at = datetime.datetime(2024, 3, 31, 0, 30, 0, 123456,
                           tzinfo=datetime.timezone.utc)
    StoredValue.objects.create(
        pk=1, stamped={"at": at, "day": at.date(), "price": decimal.Decimal(
            "1.10"), "n": [1, 2.5, None, "ü"]},
        money={"wallet": [Money(decimal.Decimal("781.4415"), "EUR")],
               "note": {"amount": 1}})
    StoredValue.objects.create(pk=2, stamped=at,
                               money=Money(decimal.Decimal("0.10"), "USD"))
    before = stored("stamped"), stored("money")
    assert "2024-03-31T00:30:00.123Z" in before[0][0][1]
    dump_and_restore(tmp_path)
    assert (stored("stamped"), stored("money")) == before
    restored = StoredValue.objects.get(pk=2)
    assert restored.money == Money(decimal.Decimal("0.10"), "USD")
    assert StoredValue.objects.get(pk=1).money["wallet"] == [
        Money(decimal.Decimal("781.4415"), "EUR")]
