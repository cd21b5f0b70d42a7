"""Declarative operations rewrite a real dump's create_ functions."""
import pytest

from lino_dumpy.exceptions import MigrationError
from lino_dumpy.migrate import Migrator, install_migrations, override
from lino_dumpy.operations import (
    AddField, ConvertValue, ProcessObjects, ProcessRows, RemoveField,
    RemoveModel, RenameField, RenameModel, SplitModel, apply_operations)
from lino_dumpy.restore import load_dump
from lino_dumpy.dump.writer import dump
from tests.fixtures_data import populate


@pytest.fixture(scope="module")
def dump_dir(tmp_path_factory):
    from django.db import connection, transaction
    from lino_dumpy.restore.integrity import empty_tables
    from lino_dumpy.ordering import stored_models
    with transaction.atomic(), connection.constraint_checks_disabled():
        empty_tables("default", stored_models())
        populate()
    path = tmp_path_factory.mktemp("ops") / "d"
    dump(path, progress=False)
    return path


@pytest.fixture
def dump_globals(dump_dir):
    """The globals of the dump's restore.py, as a migration step sees them."""
    globals_dict = vars(load_dump(dump_dir))
    install_migrations(globals_dict, loader=None)
    return globals_dict


def node(globals_dict, *args):
    return globals_dict["create_fieldtypes_node"](*args)


def test_process_rows_and_convert_value_compose(dump_globals):
    apply_operations(
        dump_globals,
        ProcessRows("fieldtypes.Node", lambda row: dict(row, name="n%(id)s"
                                                        % row)),
        ConvertValue("fieldtypes.Node", "name", str.upper))
    obj = node(dump_globals, 7, None, None, "root")
    assert (type(obj).__name__, obj.pk, obj.name) == ("Node", 7, "N7")


def test_rename_remove_and_add_fields(dump_globals):
    apply_operations(
        dump_globals,
        RemoveField("fieldtypes.Node", "owner"),
        RenameField("fieldtypes.Node", "parent", "owner"),
        AddField("fieldtypes.Node", "parent_id", lambda row: row["id"] - 1))
    obj = node(dump_globals, 3, 5, None, "kid")
    assert (obj.owner_id, obj.parent_id, obj.name) == (5, 2, "kid")


def test_rename_onto_an_existing_column_is_refused_when_planned(
        dump_globals):
    with pytest.raises(MigrationError,
                       match="already have a field 'owner_id'"):
        apply_operations(dump_globals,
                         RenameField("fieldtypes.Node", "parent", "owner"))


def test_operations_naming_a_missing_field_are_refused_when_planned(
        dump_globals):
    """The plan checks itself: a typo is refused listing the fields the
    rows have at that point, before any row is read."""
    with pytest.raises(MigrationError, match=(
            r"no field 'nme' at this point of the chain\. "
            r"They have: id, parent_id, owner_id, name\.")):
        apply_operations(dump_globals,
                         RenameField("fieldtypes.Node", "nme", "title"))
    apply_operations(dump_globals,
                     RenameField("fieldtypes.Node", "name", "title"))
    with pytest.raises(MigrationError, match="They have: id, parent_id, "
                                             "owner_id, title"):
        apply_operations(dump_globals,
                         RemoveField("fieldtypes.Node", "name"))


def test_an_unknown_model_is_refused_listing_the_dumps_models(
        dump_globals):
    with pytest.raises(MigrationError, match=r"The dump's models are: .*"
                                             r"fieldtypes\.Node"):
        apply_operations(dump_globals,
                         RemoveField("fieldtypes.Nod", "name"))


def test_operations_compose_with_a_hand_written_override(dump_globals):
    from tests.fieldtypes.models import Node

    @override(dump_globals)
    def create_fieldtypes_node(id, parent_id, owner_id, name):
        return Node(id=id, parent_id=parent_id, owner_id=owner_id,
                    name=name + "?")
    apply_operations(dump_globals,
                     ConvertValue("fieldtypes.Node", "name", str.upper))
    assert node(dump_globals, 1, None, None, "root").name == "ROOT?"


def test_override_of_an_unknown_function_is_an_error(dump_globals):
    with pytest.raises(MigrationError, match="create_fieldtypes_nodes"):
        @override(dump_globals)
        def create_fieldtypes_nodes(id):
            return None


def test_remove_model_skips_rows(dump_globals):
    apply_operations(dump_globals, RemoveModel("fieldtypes.Node"))
    assert node(dump_globals, 1, None, None, "root") is None


def test_rename_model_rebinds_the_model_global(dump_globals):
    from tests.fieldtypes.models import Club
    apply_operations(dump_globals,
                     RenameModel("fieldtypes.Place", "fieldtypes.Club"))
    obj = dump_globals["create_fieldtypes_place"](4, "square")
    assert (type(obj), obj.name) == (Club, "square")
    assert dump_globals["fieldtypes_Place"] is Club


def test_split_model_chooses_the_model_per_row(dump_globals):
    apply_operations(dump_globals, SplitModel(
        "fieldtypes.Place",
        lambda row: "fieldtypes.Club" if row["name"].startswith("c")
        else "fieldtypes.Place", ["fieldtypes.Club", "fieldtypes.Place"]))
    create = dump_globals["create_fieldtypes_place"]
    assert [type(create(1, name)).__name__ for name in ("club", "park")] == [
        "Club", "Place"]


def test_split_model_refuses_fields_the_target_lacks(dump_globals):
    apply_operations(dump_globals, SplitModel(
        "fieldtypes.Node", lambda row: "fieldtypes.Club"))
    with pytest.raises(MigrationError, match="Club has no field owner_id, "
                                             "parent_id"):
        node(dump_globals, 1, None, None, "root")


def test_process_objects(dump_globals):
    def mark(obj):
        obj.name += "*"
        return obj
    apply_operations(dump_globals, ProcessObjects("fieldtypes.Node", mark))
    assert node(dump_globals, 1, None, None, "root").name == "root*"


def test_multi_table_child_rows_keep_their_parent_link(dump_globals):
    apply_operations(dump_globals, ConvertValue(
        "fieldtypes.Restaurant", "serves_pizza", lambda value: not value))
    obj = dump_globals["create_fieldtypes_restaurant"](9, True)
    assert (obj.place_ptr_id, obj.serves_pizza) == (9, False)


def test_content_type_columns_are_still_remapped(dump_globals):
    from django.contrib.contenttypes.models import ContentType
    from tests.fieldtypes.models import Owner
    apply_operations(dump_globals, ConvertValue(
        "fieldtypes.Tagged", "label", str.title))
    obj = dump_globals["create_fieldtypes_tagged"](
        1, dump_globals["fieldtypes_Owner"], 5, "a tag")
    assert obj.content_type_id == ContentType.objects.get_for_model(Owner).pk
    assert obj.label == "A Tag"


def test_unknown_model_label_is_explained(dump_globals):
    with pytest.raises(MigrationError, match="no rows of a model shop.Nope"):
        apply_operations(dump_globals, RemoveField("shop.Nope", "x"))


def test_describe_lines_are_logged_for_the_restore(dump_globals):
    Migrator().apply(dump_globals, RenameField("fieldtypes.Node", "name",
                                               "title"),
                     AddField("fieldtypes.Node", "x", 1))
    assert dump_globals["DUMPY_LOG"][-2:] == [
        "Rename field fieldtypes.Node.name to title",
        "Add field fieldtypes.Node.x (1)"]


def test_lino_idioms_keep_working(dump_globals):
    """``create_x = noop`` and rebinding a model global, as Lino steps do."""
    from tests.fieldtypes.models import Club
    dump_globals["create_fieldtypes_node"] = lambda *args: None
    dump_globals["fieldtypes_Place"] = Club
    assert node(dump_globals, 1, None, None, "x") is None
    assert type(dump_globals["create_fieldtypes_place"](1, "c")) is Club


def restore_with(dump_dir, migrator):
    from django.test import override_settings
    from lino_dumpy.restore import restore_directory
    with override_settings(DUMPY_VERSION="2.0",
                           DUMPY_MIGRATION_CLASS="tests.migrators." + migrator):
        return restore_directory(dump_dir, interactive=False, verbosity=0)


def test_save_objects_saves_every_object_after_the_load(dump_dir):
    """SaveObjects calls save() on every row once all rows are in (a
    post_save receiver sees each one)."""
    from django.db.models.signals import post_save
    from tests.fieldtypes.models import Node
    saved = []

    def receiver(sender, instance, raw=False, **kwargs):
        if not raw:  # the load itself sends post_save(raw=True)
            saved.append((instance.pk, Node.objects.count()))
    post_save.connect(receiver, sender=Node)
    try:
        report = restore_with(dump_dir, "SaveNodes")
    finally:
        post_save.disconnect(receiver, sender=Node)
    nodes = Node.objects.count()
    assert nodes and saved == [(pk, nodes) for pk in sorted(
        Node.objects.values_list("pk", flat=True))]
    assert list(report.steps[0].lines())[1:] == [
        "  - After the load, call save() on every fieldtypes.Node"]


def test_save_objects_refuses_an_invalid_object(dump_dir):
    from lino_dumpy.exceptions import DumpyError
    from tests.fieldtypes.models import Node
    before = sorted(Node.objects.values_list("pk", "name"))
    with pytest.raises(DumpyError) as refused:
        restore_with(dump_dir, "SaveInvalidNodes")
    assert "fieldtypes.Node pk=" in str(refused.value)
    assert "is not valid after the load" in str(refused.value)
    assert "parent: This field cannot be blank." in str(refused.value)
    assert sorted(Node.objects.values_list("pk", "name")) == before
