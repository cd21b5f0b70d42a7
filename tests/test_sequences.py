"""Primary keys 0 and below restore exactly, and new rows follow them.

Django's loaddata resets a PostgreSQL sequence to ``max(pk)``, which fails
for a largest key of 0 ("setval: value 0 is out of bounds"); MariaDB turns
an inserted 0 into a new key; SQLite and MariaDB keep the counters of rows
that the restore deleted.
"""
import pytest
from django.db import connection

from lino_dumpy.restore import restore_directory
from lino_dumpy.restore.sequences import keys_as_given, reset_sequences
from lino_dumpy.dump.writer import dump
from tests.fixtures_data import snapshot

#: ``{label: rows}`` stored with raw SQL (the ORM refuses a key 0 on
#: MariaDB), and the key a new row of each model must get after a restore.
ROWS = {
    "fieldtypes.Place": ([(-7, "minus seven"), (0, "zero")], 1),
    "fieldtypes.Node": ([(-3, "minus three", 0), (0, "zero", None),
                         (5, "five", -3)], 6),
    "fieldtypes.Club": ([(-2, "only negative")], 1),
}


def insert(table, columns, rows):
    quote = connection.ops.quote_name
    sql = "INSERT INTO %s (%s) VALUES (%s)" % (
        quote(table), ", ".join(map(quote, columns)),
        ", ".join(["%s"] * len(columns)))
    with keys_as_given("default"), connection.cursor() as cursor:
        cursor.executemany(sql, rows)


@pytest.fixture
def low_keys(clean_db):
    """Rows with keys 0 and below (a Node points to the Node with key 0),
    and the snapshot of them."""
    from tests.fieldtypes.models import Club, Node, Place
    insert("fieldtypes_place", ["id", "name"], ROWS["fieldtypes.Place"][0])
    insert("fieldtypes_node", ["id", "name", "parent_id"],
           ROWS["fieldtypes.Node"][0][1::-1] + ROWS["fieldtypes.Node"][0][2:])
    insert("fieldtypes_club", ["id", "name"], ROWS["fieldtypes.Club"][0])
    # Keys given by hand do not move PostgreSQL's sequences.
    reset_sequences("default", [Club, Node, Place])
    return snapshot()


def used_higher_keys():
    """Create and delete rows so that every counter is past the keys of
    the dump, as in a database that held more rows than the dump."""
    from tests.fieldtypes.models import Club, Node, Place
    for model in (Place, Node, Club):
        created = [model.objects.create(name="later %d" % i).pk
                   for i in range(12)]
        assert max(created) > 6, created
        model.objects.filter(pk__in=created).delete()


def test_keys_zero_and_negative_restore_exactly(low_keys, tmp_path):
    dump(tmp_path / "d", progress=False)
    used_higher_keys()
    restore_directory(tmp_path / "d", interactive=False, verbosity=0)
    restored = snapshot()
    for label, (rows, _) in ROWS.items():
        assert [(row["id"], row["name"]) for row in restored[label]] == [
            row[:2] for row in sorted(rows)], label
    assert [row["parent_id"] for row in restored["fieldtypes.Node"]] == [
        0, None, -3]
    assert restored == low_keys


def test_new_rows_follow_the_restored_keys(low_keys, tmp_path):
    """The next key is the largest restored key plus one, or 1 where no
    restored key is positive, whatever keys the database used before."""
    from tests.fieldtypes.models import Club, Node, Place
    dump(tmp_path / "d", progress=False)
    used_higher_keys()
    restore_directory(tmp_path / "d", interactive=False, verbosity=0)
    for model in (Place, Node, Club):
        expected = ROWS[model._meta.label][1]
        assert model.objects.create(name="new").pk == expected, model


def test_restore_into_another_database(low_keys, tmp_path):
    """Into the second database (another connection, same backend)."""
    from tests.fieldtypes.models import Node
    dump(tmp_path / "d", progress=False)
    restore_directory(tmp_path / "d", using="other", interactive=False,
                      verbosity=0)
    assert snapshot("other")["fieldtypes.Node"] == low_keys["fieldtypes.Node"]
    assert Node.objects.using("other").create(name="new").pk == 6
