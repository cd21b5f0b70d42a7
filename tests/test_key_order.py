"""The same rows dump to the same bytes on every backend (issue 13, point
10): text keys are ordered by their bytes whatever the collation.

fieldtypes.TextKeyed has a linguistic collation on PostgreSQL and MariaDB
(migration 0003), where 'é' sorts next to 'e'; fieldtypes.Keyed has a
uuid key, which MariaDB's native uuid type orders by the time of a
version 1 uuid.  Each pass of the suite compares the dump of its backend
with the expected order and with a dump of the same rows from SQLite.
"""
import os
import uuid

import pytest

from lino_dumpy.dump import reader
from lino_dumpy.dump.writer import dump
from tests.databases import fresh_database_env

KEYS = ["e", "E", "é", "É", "f", "u", "U", "Ü", "ü", "v", " leading space",
        "a", "Z", "z", "zz", "ÿ", "Ω", "😀", "-dash", "_under", "0", "10",
        "9", "Straße", "Strasse"]

UUIDS = [uuid.UUID(text) for text in (
    "aaaaaaaa-0000-1000-8000-000000000000",
    "00000000-0000-1001-8000-000000000000",
    "bbbbbbbb-0000-4000-8000-000000000000",
    "11111111-0000-4000-8000-000000000000",
    "00000000-ffff-1000-8000-000000000000")]

FILES = ["fieldtypes_textkeyed.py", "fieldtypes_keyed.py"]


def create_rows():
    """The rows of this test, in an order that is neither one of them."""
    from tests.fieldtypes.models import Keyed, TextKeyed
    for number, key in enumerate(reversed(KEYS)):
        TextKeyed.objects.create(key=key, note="n%d" % number)
    for number, key in enumerate(UUIDS):
        Keyed.objects.create(key=key, note="u%d" % number)


def dumped_keys(path):
    """The first argument of every row of a table file, as written."""
    return [line.split("(", 2)[2].split(",", 1)[0]
            for line in path.read_text(encoding="utf-8").splitlines()
            if line.startswith("loader.save(")]


@pytest.fixture
def rows(clean_db):
    create_rows()


@pytest.mark.parametrize("page_size", [reader.PAGE_SIZE, 2])
def test_text_keys_are_dumped_in_byte_order(rows, tmp_path, monkeypatch,
                                           page_size):
    """Also across pages: the keyset pagination compares as it orders."""
    monkeypatch.setattr(reader, "PAGE_SIZE", page_size)
    dump(str(tmp_path / "d"))
    expected = sorted(KEYS, key=lambda key: key.encode("utf-8"))
    assert dumped_keys(tmp_path / "d" / FILES[0]) == [
        repr(key) for key in expected]
    assert dumped_keys(tmp_path / "d" / FILES[1]) == [
        "UUID('%s')" % key for key in sorted(UUIDS, key=uuid_bytes)]


def uuid_bytes(value):
    return value.bytes


def test_worker_parts_split_text_keys_in_byte_order(rows, tmp_path):
    """The parts that dump workers write start after the keys that the
    dump's own order gives."""
    from lino_dumpy.dump.modelwriter import ModelWriter
    from lino_dumpy.dump.writer import Dumper
    from tests.fieldtypes.models import TextKeyed
    dumper = Dumper("default", 4, (), False, False)
    parts = list(dumper.located_parts(ModelWriter(TextKeyed, None),
                                      len(KEYS)))
    expected = sorted(KEYS, key=lambda key: key.encode("utf-8"))
    assert [part.after for part in parts] == [None] + expected[3:-1:4]


def test_the_same_rows_dump_to_the_same_bytes_as_from_sqlite(
        rows, project, tmp_path):
    dump(str(tmp_path / "here"))
    project.env.update(fresh_database_env(
        "sqlite", None, str(tmp_path / "sqlite.sqlite3")))
    project.manage("migrate", "--verbosity", "0")
    project.manage("shell", "--no-imports", "-c",
                   "from tests.test_key_order import create_rows; "
                   "create_rows()")
    project.manage("dump2py", str(tmp_path / "sqlite"))
    for name in FILES:
        here = (tmp_path / "here" / name).read_bytes()
        assert here == (tmp_path / "sqlite" / name).read_bytes(), name
    assert os.path.getsize(tmp_path / "here" / FILES[0]) > 0
