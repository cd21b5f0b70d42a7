"""Rows whose media files are missing are restored, and listed.

A dump holds the database, not the media files.  The restore keeps every
row exactly as dumped and names each row whose file is not in the
storage (model, pk, field, path) in its report and output.
"""
import io

import pytest
from django.test import override_settings

from lino_dumpy.restore.mediafiles import MissingFile
from lino_dumpy.restore import restore_directory
from lino_dumpy.dump.writer import dump
from tests.fixtures_data import populate, snapshot

MISSING_NOTE = "name a media file that is not in the storage"


@pytest.fixture
def dumped(clean_db, tmp_path):
    """A dump whose rows name 25 files besides populate()'s one."""
    from tests.fieldtypes.models import Everything
    populate()
    Everything.objects.bulk_create([
        Everything(upload="scans/%02d.pdf" % i) for i in range(25)])
    dump(tmp_path / "d", progress=False)
    return tmp_path / "d", snapshot()


def restore_with_media(dump_dir, media_root):
    out = io.StringIO()
    with override_settings(MEDIA_ROOT=str(media_root)):
        report = restore_directory(dump_dir, interactive=False, stdout=out)
    return report, out.getvalue()


def uploads():
    from tests.fieldtypes.models import Everything
    return list(Everything.objects.exclude(upload="").exclude(
        upload__isnull=True).order_by("pk").values_list("pk", "upload"))


def test_missing_files_are_listed_and_the_rows_restored(dumped, tmp_path):
    dump_dir, before = dumped
    media = tmp_path / "media"
    (media / "scans").mkdir(parents=True)
    (media / "scans" / "03.pdf").write_bytes(b"%PDF")
    expected = [MissingFile("fieldtypes.Everything", pk, "upload", name)
                for pk, name in uploads() if name != "scans/03.pdf"]
    assert len(expected) == 25
    report, output = restore_with_media(dump_dir, media)
    assert snapshot() == before
    assert report.missing_files == expected
    lines = output.splitlines()
    start = lines.index(
        "25 restored row(s) %s; the rows were restored as they are. Copy "
        "these files from the old site (MEDIA_ROOT):" % MISSING_NOTE)
    assert lines[start + 1:start + 22] == [
        "  %s" % item for item in expected[:20]] + ["  (and 5 more)"]
    assert "fieldtypes.Everything pk=%r upload: files/a b.txt" % (
        expected[0].pk) == str(expected[0])


def test_nothing_is_listed_when_every_file_is_there(dumped, tmp_path):
    dump_dir, before = dumped
    media = tmp_path / "media"
    for _, name in uploads():
        (media / name).parent.mkdir(parents=True, exist_ok=True)
        (media / name).write_bytes(b"x")
    report, output = restore_with_media(dump_dir, media)
    assert snapshot() == before
    assert report.missing_files == []
    assert MISSING_NOTE not in output
