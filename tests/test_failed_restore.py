"""A failed restore into an empty database leaves what its message says.

On PostgreSQL and SQLite the schema step (``migrate``) runs inside the
restore's transaction: after a failure the database has no table and no
applied migration, and the message says that nothing was changed.  On
MariaDB ``migrate`` commits as it goes; the message lists the migrations
applied, the tables created and the rows added, and exactly those stay.
"""
import json
import re

import pytest

from lino_dumpy.dump.writer import dump
from tests.conftest import VENDOR
from tests.fixtures_data import populate
from tests.test_atomicity import (node_pk, node_row_prefix, read_lines,
                                  row_index, write_lines)

INSPECT = """
import json
from django.db import connection
tables = sorted(connection.introspection.table_names())
migrations, counts = [], {}
with connection.cursor() as cursor:
    if "django_migrations" in tables:
        cursor.execute("SELECT app, name FROM django_migrations")
        migrations = sorted("%s.%s" % row for row in cursor.fetchall())
    for table in ("django_content_type", "auth_permission", "django_site"):
        if table in tables:
            cursor.execute("SELECT COUNT(*) FROM %s" % table)
            counts[table] = cursor.fetchone()[0]
print(json.dumps({"tables": tables, "migrations": migrations,
                  "counts": counts}))
"""

#: The models whose rows the schema step adds, by table.
AUTO_ROWS = {"django_content_type": "contenttypes.ContentType",
             "auth_permission": "auth.Permission",
             "django_site": "sites.Site"}


def inspect(project):
    result = project.manage("shell", "-v", "0", "-c", INSPECT)
    return json.loads(result.stdout.splitlines()[-1])


@pytest.fixture
def broken_dump(clean_db, tmp_path):
    """A dump whose Node row points to a Node that is not in it."""
    populate()
    dump(tmp_path / "d", progress=False)
    dangle_parent(tmp_path / "d")
    return tmp_path / "d"


def dangle_parent(dump_dir):
    """Point the child node to a missing parent; return the child's pk."""
    path = dump_dir / "fieldtypes_node.py"
    lines = read_lines(path)
    child, root = node_pk("child"), node_pk("root")
    index = row_index(lines, node_row_prefix(child))
    lines[index] = lines[index].replace(
        "(%d,%d," % (child, root), "(%d,%d," % (child, root + child + 1000))
    write_lines(path, lines)
    return child


def break_positive_check(dump_dir):
    """Give the first Everything row a negative PositiveIntegerField (its
    CHECK refuses it); return the row's pk."""
    from tests.fieldtypes.models import Everything
    first = Everything.objects.order_by("pk").first()
    path = dump_dir / "fieldtypes_everything.py"
    lines = read_lines(path)
    index = row_index(lines, "loader.save(create_fieldtypes_everything(%d,"
                      % first.pk)
    lines[index] = lines[index].replace(",%d," % first.positive, ",-5,")
    assert ",-5," in lines[index]
    write_lines(path, lines)
    return first.pk


def restore_into_empty_database(project, fresh_env, dump_dir):
    """Run the broken dump's restore.py into a new empty database; return
    its result and what the database holds before and after."""
    fresh = type(project)(dict(project.env, **fresh_env))
    before = inspect(fresh)
    assert before["tables"] == [], before
    result = fresh.python(str(dump_dir / "restore.py"), "--noinput",
                          "--accept-edited", check=False)
    assert result.returncode == 1, result.stderr
    assert "points to a missing fieldtypes.Node" in result.stderr
    assert "Traceback" not in result.stderr, result.stderr
    return result.stderr, before, inspect(fresh)


@pytest.mark.skipif(VENDOR == "mysql", reason="MariaDB cannot roll back "
                    "schema changes: see the test below")
def test_nothing_stays_where_the_schema_step_rolls_back(
        broken_dump, project, fresh_env):
    message, before, after = restore_into_empty_database(
        project, fresh_env, broken_dump)
    assert after == before == {"tables": [], "migrations": [], "counts": {}}
    assert message.rstrip().endswith("Nothing was changed."), message
    assert "stays" not in message


def listed(message, what):
    """The names that the failure message lists after `what`."""
    found = re.search(r"%s: (.*?)(;|\. This is what)" % re.escape(what),
                      message)
    assert found, (what, message)
    return found.group(1).split(", ")


@pytest.mark.skipif(VENDOR != "mysql", reason="only MariaDB and MySQL "
                    "commit schema changes at once")
def test_the_message_lists_what_the_schema_step_left(
        broken_dump, project, fresh_env):
    message, before, after = restore_into_empty_database(
        project, fresh_env, broken_dump)
    assert "Nothing was changed" not in message, message
    assert "The data was not changed, but the schema step" in message
    tables = listed(message, "created %d table(s)" % len(after["tables"]))
    assert tables == after["tables"]
    assert "fieldtypes_node" in tables and "django_migrations" in tables
    migrations = listed(message, "applied %d migration(s)"
                        % len(after["migrations"]))
    assert migrations == after["migrations"]
    assert "fieldtypes.0001_initial" in migrations
    rows = dict(item.split(": ") for item in listed(message, "added rows"))
    for table, count in after["counts"].items():
        assert rows[AUTO_ROWS[table]] == str(count), (table, rows)
    assert int(rows["contenttypes.ContentType"]) > 10
