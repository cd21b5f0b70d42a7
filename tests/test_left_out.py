"""Models a dump leaves out (issue 13, points 1 and 3).

A dump holds exactly the models that Django's ``migrate`` and ``flush``
consider for the database alias; ``restore.py`` names the others in
``EXCLUDED`` with the reason, and a restore keeps the rows of those
tables as they are, while still checking every foreign key into and out
of them.
"""
import datetime
import io
import os

import pytest
from django.db import connection
from django.test import override_settings

from lino_dumpy.exceptions import RestoreFailed
from lino_dumpy.ordering import left_out_models, stored_models
from lino_dumpy.restore import load_dump, restore_directory
from lino_dumpy.dump.writer import dump
from tests.fixtures_data import populate, snapshot

#: The tables of what ``--exclude fieldtypes.Membership --exclude auth``
#: leaves out.
EXCLUDED_TABLES = [
    "fieldtypes_membership", "auth_user", "auth_group", "auth_permission",
    "auth_user_groups", "auth_group_permissions",
    "auth_user_user_permissions"]

FEATURELESS = "%s lacks the required_db_features dumpy_test_feature"


def raw_rows(table):
    """The rows of `table` as the driver returns them, in column order."""
    quote = connection.ops.quote_name
    with connection.cursor() as cursor:
        cursor.execute("SELECT * FROM %s ORDER BY 1" % quote(table))
        return [tuple(bytes(v) if isinstance(v, memoryview) else v
                      for v in row) for row in cursor.fetchall()]


def restore_verbosely(directory):
    out = io.StringIO()
    restore_directory(str(directory), interactive=False, stdout=out)
    return out.getvalue()


def membership(owner_name, since):
    from tests.fieldtypes.models import Club, Membership, Owner
    owner = Owner.objects.create(name=owner_name)
    return Membership.objects.create(owner=owner, group=Club.objects.get(),
                                     since=since)


def test_excluded_tables_keep_their_rows_byte_for_byte(clean_db, tmp_path):
    from django.contrib.auth.models import User
    from tests.fieldtypes.models import Membership, Owner
    populate()
    report = dump(str(tmp_path / "d"),
                  excludes=["fieldtypes.Membership", "auth"])
    assert report.left_out["fieldtypes.Membership"] == "--exclude"
    assert report.left_out["auth.User_groups"] == "--exclude"
    excluded = load_dump(str(tmp_path / "d")).EXCLUDED
    assert excluded == report.left_out
    # Changes after the dump: in kept tables (which stay) and in a
    # replaced table (which the restore undoes).
    Membership.objects.update(since="1999-12-31")
    User.objects.create(username="ann", password="!")
    Owner.objects.filter(name="owner").update(name="renamed")
    kept = {table: raw_rows(table) for table in EXCLUDED_TABLES}
    assert kept["auth_user"][-1][4] == "ann"

    output = restore_verbosely(tmp_path / "d")

    assert {table: raw_rows(table) for table in EXCLUDED_TABLES} == kept
    assert list(Owner.objects.values_list("name", flat=True)) == ["owner"]
    assert "Kept the rows of fieldtypes.Membership (left out of the dump: " \
           "--exclude)." in output
    assert "Kept the rows of auth.User (left out of the dump: " \
           "--exclude)." in output


def test_a_kept_row_pointing_to_a_vanished_row_is_refused(clean_db,
                                                         tmp_path):
    """The restore would drop the Owner that a kept Membership points to:
    the error names both rows, and the database is unchanged."""
    populate()
    dump(str(tmp_path / "d"), excludes=["fieldtypes.Membership"])
    added = membership("joined later", "2021-02-03")
    before = snapshot()
    with pytest.raises(RestoreFailed) as raised:
        restore_directory(str(tmp_path / "d"), interactive=False)
    assert (
        "fieldtypes.Membership pk=%d (kept: the dump left its table out): "
        "owner=%d points to fieldtypes.Owner pk=%d, which the restored data "
        "does not hold" % (added.pk, added.owner_id, added.owner_id)
    ) in str(raised.value)
    assert "Nothing was changed." in str(raised.value)
    assert snapshot() == before


def test_a_dump_without_excluded_replaces_every_table(clean_db, tmp_path):
    """Dumps of earlier formats have no EXCLUDED: nothing is kept."""
    from tests.fieldtypes.models import Membership
    populate()
    dump(str(tmp_path / "d"))
    path = tmp_path / "d" / "restore.py"
    source = path.read_text(encoding="utf-8")
    start = source.index("EXCLUDED = {")
    end = source.index("}\n", start) + 2
    path.write_text(source[:start] + source[end:], encoding="utf-8")
    assert not hasattr(load_dump(str(tmp_path / "d")), "EXCLUDED")
    membership("joined later", "2021-02-03")
    restore_directory(str(tmp_path / "d"), interactive=False,
                      accept_edited=True)
    assert list(Membership.objects.values_list("since", flat=True)) == [
        datetime.date(2020, 1, 31)]


def test_models_without_a_table_are_left_out_with_the_reason(clean_db,
                                                              tmp_path):
    """Unmet required_db_features and an unmanaged model without a table:
    the dump and the restore go through and name them."""
    from tests.fieldtypes.models import Featureless, Unmanaged
    populate()
    assert Featureless not in stored_models()
    report = dump(str(tmp_path / "d"))
    assert report.left_out["fieldtypes.Featureless"] == \
        FEATURELESS % connection.display_name
    assert report.left_out["fieldtypes.Unmanaged"] == \
        "unmanaged (managed = False)"
    assert report.left_out["contenttypes.ContentType"] == \
        "content types are rebuilt by migrate"
    assert report.left_out["sessions.Session"] == "sessions are not dumped"
    files = {entry[1] for entry in load_dump(str(tmp_path / "d")).TABLE_FILES}
    assert "fieldtypes.Featureless" not in files
    assert "fieldtypes.Everything" in files
    restore_directory(str(tmp_path / "d"), interactive=False)
    assert Unmanaged not in stored_models()


@pytest.fixture
def unmanaged_table():
    """The table of the unmanaged model, created as a view would be."""
    quote = connection.ops.quote_name
    with connection.cursor() as cursor:
        cursor.execute("CREATE TABLE %s (id bigint PRIMARY KEY, name "
                       "varchar(20) NOT NULL)" % quote(
                           "fieldtypes_unmanaged_view"))
    yield "fieldtypes_unmanaged_view"
    with connection.cursor() as cursor:
        cursor.execute("DROP TABLE %s" % quote("fieldtypes_unmanaged_view"))


def test_an_unmanaged_table_keeps_its_rows(clean_db, unmanaged_table,
                                           tmp_path):
    from tests.fieldtypes.models import Unmanaged
    Unmanaged.objects.create(id=3, name="outside")
    dump(str(tmp_path / "d"))
    Unmanaged.objects.create(id=4, name="later")
    output = restore_verbosely(tmp_path / "d")
    assert raw_rows(unmanaged_table) == [(3, "outside"), (4, "later")]
    assert "Kept the rows of fieldtypes.Unmanaged (left out of the dump: " \
           "unmanaged (managed = False))." in output


def test_a_router_leaves_a_model_out_on_one_alias():
    from tests.fieldtypes.models import Routed
    routers = ["tests.routers.RoutedOff"]
    with override_settings(DATABASE_ROUTERS=routers,
                           DUMPY_TEST_ROUTED_OFF="other"):
        assert Routed in stored_models(using="default")
        assert Routed not in stored_models(using="other")
        assert left_out_models(using="other")["fieldtypes.Routed"] == \
            "the database routers do not migrate it on 'other'"
        assert "fieldtypes.Routed" not in left_out_models(using="default")


def routed_off(project, fresh_env):
    """`project` on a fresh database migrated without fieldtypes.Routed."""
    project.env.update(fresh_env, DUMPY_TEST_ROUTED_OFF="default")
    project.manage("migrate", "--verbosity", "0")
    return project


def test_dump_and_restore_where_a_router_gives_no_table(project, fresh_env,
                                                       tmp_path):
    routed_off(project, fresh_env)
    result = project.manage("dump2py", str(tmp_path / "d"))
    assert "Left out: fieldtypes.Routed (the database routers do not " \
           "migrate it on 'default')" in result.stdout
    assert "Left out: fieldtypes.Featureless (%s)" % (
        FEATURELESS % connection.display_name) in result.stdout
    project.python(str(tmp_path / "d" / "restore.py"), "--noinput")


def test_rows_of_a_model_without_a_table_are_refused(
        clean_db, project, fresh_env, tmp_path):
    """A dump with rows of Routed, restored where Routed has no table."""
    from tests.fieldtypes.models import Routed
    Routed.objects.create(name="routed")
    dump(str(tmp_path / "d"))
    routed_off(project, fresh_env)
    result = project.python(str(tmp_path / "d" / "restore.py"), "--noinput",
                            check=False)
    assert result.returncode == 1, result.stderr
    assert "The dump has 1 row of fieldtypes.Routed (in " \
           "fieldtypes_routed.py), but this model has no table on the " \
           "database 'default': the database routers do not migrate it " \
           "on 'default'." in result.stderr
    assert "Traceback" not in result.stderr


def test_dump2py_refuses_a_database_without_tables(project, fresh_env,
                                                   tmp_path):
    project.env.update(fresh_env)
    result = project.manage("dump2py", str(tmp_path / "d"), check=False)
    assert result.returncode != 0
    assert "it has not been migrated. Run `manage.py migrate --database " \
        "default` first" in result.stderr
    assert not os.path.exists(tmp_path / "d")


@pytest.fixture
def changed_membership_table(monkeypatch):
    """fieldtypes as an app without migrations whose Membership table has
    a column that its model lacks (the code changed since)."""
    from lino_dumpy.restore import schema
    monkeypatch.setattr(schema, "unmigrated_app_labels",
                        lambda: {"fieldtypes"})
    quote = connection.ops.quote_name
    table = quote("fieldtypes_membership")
    with connection.cursor() as cursor:
        cursor.execute("ALTER TABLE %s ADD COLUMN %s integer NULL" % (
            table, quote("dropped_field")))
    yield
    with connection.cursor() as cursor:
        cursor.execute("ALTER TABLE %s DROP COLUMN %s" % (
            table, quote("dropped_field")))


def test_a_kept_table_that_must_be_rebuilt_is_refused(
        clean_db, tmp_path, changed_membership_table):
    from lino_dumpy.exceptions import SchemaMismatch
    populate()
    dump(str(tmp_path / "d"), excludes=["fieldtypes.Membership"])
    before = snapshot()
    with pytest.raises(SchemaMismatch) as raised:
        restore_directory(str(tmp_path / "d"), interactive=False)
    assert str(raised.value).startswith(
        "The dump left out fieldtypes.Membership, so the restore must keep "
        "their rows, but their tables would have to be rebuilt")
    assert snapshot() == before


def test_loaddata_skips_rows_that_the_routers_keep_off(
        clean_db, project, fresh_env, tmp_path):
    """loaddata runs the restore's preflight, but it leaves the models that
    the routers keep off the database to loaddata, which skips their
    objects as in every fixture (the restore refuses them, see above)."""
    from tests.fieldtypes.models import Routed
    Routed.objects.create(name="routed")
    dump(str(tmp_path / "d"))
    routed_off(project, fresh_env)
    result = project.manage("loaddata", str(tmp_path / "d" /
                                            "fieldtypes_routed.py"))
    assert "Installed 0 object(s) (of 1) from 1 fixture(s)" in \
        result.stdout, result.stdout
