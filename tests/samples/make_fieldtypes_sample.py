"""Write tests/samples/NAME: a dump of the test project's edge cases,
kept so that every later version proves it still restores them.

    python tests/samples/make_fieldtypes_sample.py fieldtypes_2_0

fieldtypes_1_0 was written by lino_dumpy 0.1.0 (dump format 1),
fieldtypes_2_0 by lino_dumpy 0.2.0 (dump format 2), fieldtypes_3_0 by
lino_dumpy 0.4.0 (dump format 3, with the values of populate_format_3()).
Never rewrite a sample of a released version: write a new one.
"""
import os
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(
    os.path.abspath(__file__))))
sys.path.insert(0, ROOT)
os.environ.update(DJANGO_SETTINGS_MODULE="tests.settings", DUMPY_DB="sqlite",
                  DUMPY_SQLITE_PATH=os.path.join(tempfile.mkdtemp(), "db"))


def populate_format_3():
    """Rows of the models that dump format 3 writes differently: a SQLite
    decimal with more places than declared, JSON of custom coders, text
    keys that collate differently on each backend."""
    import datetime
    import decimal
    from django.db import connection
    from tests.fieldtypes.models import (
        CleanedValue, Money, StoredValue, TextKeyed)
    at = datetime.datetime(2024, 10, 27, 0, 30, 0, 5,
                           tzinfo=datetime.timezone.utc)
    StoredValue.objects.create(
        pk=1, stamped={"at": at, "price": decimal.Decimal("1.10")},
        money=Money(decimal.Decimal("0.10"), "USD"), moment=at)
    for key in ["\u00e9", "e", "\u00dc", "u", " leading", "E"]:
        TextKeyed.objects.create(key=key, note="key %r" % key)
    CleanedValue.objects.create(pk=1, name="")
    with connection.cursor() as cursor:
        # Raw SQL: the field lowercases what goes through Django.
        cursor.execute("UPDATE fieldtypes_storedvalue SET amount = 781.4415")
        cursor.execute(
            "UPDATE fieldtypes_cleanedvalue SET name = 'MiXeD Case'")


if __name__ == "__main__":
    import django
    django.setup()
    from django.core.management import call_command
    from lino_dumpy.writer import dump
    from tests.fixtures_data import populate
    call_command("migrate", verbosity=0)
    populate()
    populate_format_3()
    target = os.path.join(ROOT, "tests", "samples", sys.argv[1])
    if os.path.exists(target):
        sys.exit("%s exists; samples of released versions stay as written."
                 % target)
    dump(target, progress=False)
    print("wrote", target)
