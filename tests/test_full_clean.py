"""--full-clean reports what full_clean() finds and never alters a value."""
from django.db import connection

from lino_dumpy.restore import restore_directory
from lino_dumpy.dump.writer import dump


def stored_names():
    from tests.fieldtypes.models import CleanedValue
    table = connection.ops.quote_name(CleanedValue._meta.db_table)
    with connection.cursor() as cursor:
        cursor.execute("SELECT id, name FROM %s ORDER BY id" % table)
        return cursor.fetchall()


def test_full_clean_restores_values_unchanged(clean_db, tmp_path):
    """LowerCaseField cleans 'MiXeD Case' to 'mixed case' (rows stored
    before the field lowercased); the restore must write what was stored,
    not what cleaning made of it."""
    from tests.fieldtypes.models import CleanedValue
    table = connection.ops.quote_name(CleanedValue._meta.db_table)
    with connection.cursor() as cursor:
        # Raw SQL: saving through the field would lowercase already.
        cursor.executemany("INSERT INTO %s (id, name) VALUES (%%s, %%s)"
                           % table, [(1, "MiXeD Case"), (2, "ÜBER"),
                                     (3, "lower")])
    before = stored_names()
    assert [name for _, name in before] == ["MiXeD Case", "ÜBER", "lower"]
    dump(tmp_path / "d", progress=False)
    restore_directory(tmp_path / "d", interactive=False, verbosity=0,
                      full_clean=True)
    assert stored_names() == before
