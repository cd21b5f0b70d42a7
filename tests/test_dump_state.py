"""A dump read as data (lino_dumpy.dumpstate) gives the same description
as the dump's own restore.py would, for both writers, without running it.
"""
import os
import shutil

import pytest

from lino_dumpy.dumpstate import LINO, LINO_DUMPY, read_dump_state
from lino_dumpy.exceptions import DumpFormatError

SAMPLES = os.path.join(os.path.dirname(__file__), "samples")


def sample(name):
    return os.path.join(SAMPLES, name)


def test_lino_dumpy_dump():
    state = read_dump_state(sample("fieldtypes_3_0"))
    assert state.writer == LINO_DUMPY
    assert (state.dump_format, state.source_version) == (3, "1.0")
    assert state.source_versions == {"perapp": "2"}
    assert (state.use_tz, state.time_zone) == (True, "Europe/Brussels")
    assert state.excluded["sessions.Session"] == "sessions are not dumped"
    person = state.factories["auth_user"]
    assert person.model == "auth.User"
    assert person.fields[:3] == ("id", "password", "last_login")
    restaurant = state.factories["fieldtypes_restaurant"]
    assert restaurant.model == "fieldtypes.Restaurant"
    assert restaurant.fields == ("place_ptr_id", "serves_pizza")
    assert state.rows_of("auth_permission") == 96
    assert [t.table for t in state.tables()][:2] == [
        "auth_permission", "auth_group"]
    assert state.factory_of_model("FIELDTYPES.everything").table == \
        "fieldtypes_everything"


def test_older_formats_default_to_format_1():
    state = read_dump_state(sample("fieldtypes_1_0"))
    assert state.writer == LINO_DUMPY
    assert state.dump_format == 1
    assert state.use_tz is None and state.excluded == {}
    assert state.files and all(f.sha256 for f in state.files)


def test_lino_dump():
    state = read_dump_state(sample("lino_26_10_demo"))
    assert state.writer == LINO
    assert state.languages == ("en", "de", "fr")
    company_type = state.factories["contacts_companytype"]
    assert company_type.model == "contacts.CompanyType"
    assert company_type.multilingual == ("name", "abbr")
    # An MTI child names its parent first: the model is the child.
    assert state.factories["contacts_person"].model == "contacts.Person"
    person_file = [f for f in state.files if f.table == "contacts_person"]
    assert person_file[0].rows == 69 and person_file[0].sha256 is None
    assert state.files[0].filename == "contacts_companytype.py"


def test_reading_runs_nothing(tmp_path):
    """A restore.py whose every statement would leave a mark is read
    without leaving one."""
    marker = tmp_path / "ran"
    directory = tmp_path / "dump"
    shutil.copytree(sample("fieldtypes_3_0"), directory)
    restore_py = directory / "restore.py"
    planted = "open(%r, 'w').write('x')\n" % str(marker)
    restore_py.write_text(planted + restore_py.read_text())
    state = read_dump_state(directory)
    assert state.source_version == "1.0"
    assert not marker.exists()


def test_not_a_dump(tmp_path):
    with pytest.raises(DumpFormatError, match="has no restore.py"):
        read_dump_state(tmp_path)
    (tmp_path / "restore.py").write_text("x = 1\n")
    with pytest.raises(DumpFormatError, match="neither by lino_dumpy"):
        read_dump_state(tmp_path)
    (tmp_path / "restore.py").write_text("def f(:\n")
    with pytest.raises(DumpFormatError, match="syntax error"):
        read_dump_state(tmp_path)
