"""Helpers for the test suites of applications that use lino_dumpy.

Every migration step deserves a test that restores a real dump of the old
version and looks at the migrated rows::

    from lino_dumpy.testing import restore_dump

    def test_release_2_migration(django_db_blocker):   # any DB access
        report = restore_dump("tests/dumps/release_1")
        assert report.counts["shop.Product"] == 40
        assert Product.objects.get(pk=1).unit_price == Decimal("9.90")

The restore runs in the test process, on the test database, with the
site's current version and migrators, exactly as ``restore.py`` would.
"""
from ..restore.restorer import restore_directory
from .ddt import double_dump_test


def restore_dump(directory, using="default", **options):
    """Restore the dump in `directory` into database `using`.

    The target's data is replaced without asking; `options` are those of
    restore.py (``full_clean``, ``accept_edited``, ``force``...).
    Returns the RestoreReport (``counts`` per model, ``steps`` that ran).
    """
    options.setdefault("interactive", False)
    options.setdefault("verbosity", 0)
    return restore_directory(directory, using=using, **options)


def assert_double_dump(using="default", workdir=None):
    """Run the double dump test on database `using` (replacing its data by
    a restored copy of itself) and fail with the differences if any::

        def test_double_dump(db):       # pytest-django, or any test DB
            load_my_demo_data()
            assert_double_dump()

    Returns the DoubleDumpReport (``rows``: how many rows were compared).
    """
    report = double_dump_test(using=using, workdir=workdir)
    if not report.ok:
        raise AssertionError("\n".join(report.lines()))
    return report
