"""The safe restore inserts the rows of plain tables as values
(lino_dumpy/restore/directrows.py), and the result and every refusal are
the same as through instances."""
import pytest
from django.db.models import signals

from lino_dumpy.exceptions import RestoreFailed
from lino_dumpy.restore.directrows import direct_table
from lino_dumpy.restore.loader import Loader
from lino_dumpy.restore.safe import SafeRestorer, read_dump, restore_safely
from lino_dumpy.testing import restore_dump
from tests.fieldtypes.models import Club
from tests.test_safe_restore import (line_of, planted, quiet, sample,
                                     snapshot)

CLUB_ROW = "loader.save(create_fieldtypes_club(1,'club'))\n"


@pytest.fixture
def dump():
    """A SafeRestorer of the fieldtypes_3_0 sample (not run)."""
    globals_dict, state, shapes = read_dump(sample("fieldtypes_3_0"))
    return SafeRestorer(globals_dict, quiet(), state, shapes)


def direct(restorer, table, loader=None):
    return direct_table(restorer.shapes[table], restorer.globals,
                        restorer.original_factories, loader or Loader())


def test_plain_tables_go_direct_and_others_not(dump):
    club = direct(dump, "fieldtypes_club")
    assert club is not None and club.model is Club
    assert club.values((1, "club")) == (1, "club")
    # Multi-table inheritance: the child's row needs its parent's.
    assert direct(dump, "fieldtypes_restaurant") is None


@pytest.mark.parametrize("name", ["create_fieldtypes_club", "fieldtypes_Club",
                                  "instantiate"])
def test_a_changed_factory_or_global_goes_through_instances(dump, name):
    """As a migration step, ``@override`` or a rebound global does."""
    assert direct(dump, "fieldtypes_club") is not None
    dump.globals[name] = lambda *args, **kwargs: None
    assert direct(dump, "fieldtypes_club") is None


def test_save_signals_and_full_clean_need_instances(dump):
    def listener(**kwargs):
        pass
    signals.pre_save.connect(listener, sender=Club)
    try:
        assert direct(dump, "fieldtypes_club") is None
    finally:
        signals.pre_save.disconnect(listener, sender=Club)
    assert direct(dump, "fieldtypes_club",
                  Loader(full_clean=True)) is None
    assert direct(dump, "fieldtypes_club") is not None


@pytest.fixture
def staged(monkeypatch):
    """The models of the rows staged as values, one entry per row."""
    models = []
    save_values = Loader.save_values

    def counting(self, direct, args, filename, lineno):
        models.append(direct.model)
        return save_values(self, direct, args, filename, lineno)
    monkeypatch.setattr(Loader, "save_values", counting)
    return models


def test_both_restores_go_direct_and_give_the_same_rows(clean_db, staged):
    restore_dump(sample("fieldtypes_3_0"))
    trusted = snapshot()
    assert Club in staged
    del staged[:]
    restore_safely(sample("fieldtypes_3_0"), quiet())
    assert Club in staged
    assert snapshot() == trusted


def test_a_hand_edited_create_function_runs_as_written(
        clean_db, staged, tmp_path):
    """A trusted dump's own code is run, not replaced by the template."""
    directory = planted(tmp_path, "restore.py",
                        "fieldtypes_Club,\n        id=id,\n        name=name,",
                        "fieldtypes_Club,\n        id=id,\n"
                        "        name=name.upper(),")
    restore_dump(directory)
    assert Club not in staged
    assert list(Club.objects.values_list("name", flat=True)) == ["CLUB"]


def refusal(directory, safe):
    with pytest.raises(RestoreFailed) as failure:
        if safe:
            restore_safely(directory, quiet())
        else:
            restore_dump(directory)
    return str(failure.value)


def test_a_duplicate_key_names_the_row_as_the_trusted_restore(
        clean_db, tmp_path):
    directory = planted(tmp_path, "fieldtypes_club.py", CLUB_ROW,
                        CLUB_ROW + CLUB_ROW)
    before = snapshot()
    message = refusal(directory, safe=True)
    lineno = line_of(directory, "fieldtypes_club.py", "loader.save(") + 1
    assert "fieldtypes_club.py:%d" % lineno in message
    assert "fieldtypes.Club" in message and "pk=1" in message, message
    assert message == refusal(directory, safe=False)
    assert snapshot() == before


def test_a_too_long_text_names_the_field_and_the_row(clean_db, tmp_path):
    """Beyond the rows that the preflight reads, the load refuses it."""
    rows = "".join("loader.save(create_fieldtypes_club(%d,%r))\n" % (
        pk, "club" if pk < 30 else "c" * 21) for pk in range(1, 31))
    directory = planted(tmp_path, "fieldtypes_club.py", CLUB_ROW, rows)
    before = snapshot()
    message = refusal(directory, safe=True)
    lineno = line_of(directory, "fieldtypes_club.py", "c" * 21)
    assert "fieldtypes_club.py:%d" % lineno in message
    assert "pk=30" in message and "max_length 20" in message, message
    assert message == refusal(directory, safe=False)
    assert snapshot() == before
