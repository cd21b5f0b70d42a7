"""Dump and restore every field type and relation shape, value for value."""
import pytest
from django.contrib.contenttypes.models import ContentType

from lino_dumpy.restore import restore_directory
from lino_dumpy.dump.writer import dump
from tests.fixtures_data import populate, snapshot


@pytest.fixture
def populated(clean_db):
    populate()
    return snapshot()


def test_restore_into_the_same_database_keeps_every_value(populated,
                                                          tmp_path):
    dump(tmp_path / "d", progress=False)
    restore_directory(tmp_path / "d", interactive=False, verbosity=0)
    assert snapshot() == populated


def test_restore_into_another_database_keeps_every_value(populated,
                                                         tmp_path):
    """Content type ids may differ between the databases: references are
    compared by the model they stand for."""
    dump(tmp_path / "d", progress=False)
    restore_directory(tmp_path / "d", using="other", interactive=False,
                      verbosity=0)
    restored = by_model(snapshot("other"), "other")
    for label, rows in by_model(populated, "default").items():
        if label == "auth.Permission":
            assert len(restored[label]) == len(rows)
        else:
            assert restored[label] == rows, label


def by_model(snapshot, using):
    """`snapshot` with content type ids replaced by ``app_label.model``."""
    names = {ct.pk: "%s.%s" % (ct.app_label, ct.model)
             for ct in ContentType.objects.using(using)}
    for rows in snapshot.values():
        for row in rows:
            if "content_type_id" in row:
                row["content_type_id"] = names[row["content_type_id"]]
    return snapshot


def test_auto_now_values_are_the_stored_ones(populated, tmp_path):
    from tests.fieldtypes.models import Stamped
    dump(tmp_path / "d", progress=False)
    restore_directory(tmp_path / "d", interactive=False, verbosity=0)
    stamped = Stamped.objects.get()
    assert (stamped.created.year, stamped.modified.year) == (2001, 2002)
    assert stamped.modified.microsecond == 2


def test_content_types_are_remapped_by_model(populated, tmp_path):
    """Content type ids differ between databases; references follow the
    model, not the id."""
    from django.contrib.contenttypes.management import create_contenttypes
    from django.apps import apps
    from tests.fieldtypes.models import Tagged
    dump(tmp_path / "d", progress=False)
    other = ContentType.objects.db_manager("other")
    other.filter(app_label="fieldtypes").delete()
    ContentType.objects.clear_cache()
    create_contenttypes(apps.get_app_config("fieldtypes"), verbosity=0,
                        using="other")
    before = {ct.model: ct.pk for ct in other.filter(app_label="fieldtypes")}
    restore_directory(tmp_path / "d", using="other", interactive=False,
                      verbosity=0)
    ContentType.objects.clear_cache()
    tags = Tagged.objects.using("other").order_by("pk")
    assert [(t.label, type(t.target).__name__, t.target.name) for t in tags] \
        == [("owner tag", "Owner", "owner"), ("club tag", "Club", "club")]
    assert tags[0].content_type_id == before["owner"]


def test_site_and_permission_rows_replace_the_auto_created_ones(
        populated, tmp_path):
    from django.contrib.auth.models import Group, Permission
    from django.contrib.sites.models import Site
    dump(tmp_path / "d", progress=False)
    restore_directory(tmp_path / "d", interactive=False, verbosity=0)
    assert list(Site.objects.values_list("pk", "domain")) == [
        (1, "shop.example.com")]
    permissions = populated["auth.Permission"]
    assert Permission.objects.count() == len(permissions)
    assert sorted(Group.objects.get().permissions.values_list(
        "codename", flat=True)) == sorted(
        p.codename for p in Permission.objects.filter(
            group__name="editors"))


def test_sequences_continue_after_the_restored_rows(populated, tmp_path):
    from tests.fieldtypes.models import Node
    dump(tmp_path / "d", progress=False)
    restore_directory(tmp_path / "d", interactive=False, verbosity=0)
    highest = max(row["id"] for row in populated["fieldtypes.Node"])
    assert Node.objects.create(name="new").pk > highest


def test_full_clean_mode_restores_valid_data(populated, tmp_path):
    dump(tmp_path / "d", progress=False)
    restore_directory(tmp_path / "d", interactive=False, verbosity=0,
                      full_clean=True)
    assert snapshot() == populated


def test_many_files_per_table(populated, tmp_path):
    report = dump(tmp_path / "d", progress=False, max_row_count=1)
    node_files = [t for t in report.tables if t.label == "fieldtypes.Node"]
    assert node_files[0].files == ["fieldtypes_node_1.py",
                                   "fieldtypes_node_2.py"]
    restore_directory(tmp_path / "d", interactive=False, verbosity=0)
    assert snapshot() == populated


def test_full_clean_mode_refuses_invalid_rows(populated, tmp_path):
    from lino_dumpy.exceptions import RestoreFailed
    from tests.fieldtypes.models import Everything
    first = Everything.objects.order_by("pk").first()
    Everything.objects.filter(pk=first.pk).update(email="not an address")
    before = snapshot()
    dump(tmp_path / "d", progress=False)
    with pytest.raises(RestoreFailed, match=r"fieldtypes_everything.py:5: "
                       r"fieldtypes.Everything pk=\d+ is not valid "
                       r"\(--full-clean\): email: Enter a valid email"):
        restore_directory(tmp_path / "d", interactive=False, verbosity=0,
                          full_clean=True)
    assert snapshot() == before
