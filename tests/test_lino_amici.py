"""A real Lino application across real releases: the demo of Lino Amici
25.10.0 (tests/samples/amici_25_10_0, made by make_amici_sample.py)
restores into Amici 26.10.0 through the step of tests/amici_site/migrate.py.

Runs where Lino Amici 26.10 is installed (the test extras).  Amici
26.10.0 does not start with Lino 26.10.4 or later as released (its user
detail shows users.Authority, which Lino 26.10.4 removed): the test site
drops that panel (tests/amici_site/layouts.py).
"""
import os
import sqlite3
import subprocess
import sys
from importlib import metadata

import pytest

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SAMPLE = os.path.join(ROOT, "tests", "samples", "amici_25_10_0")


def amici_version():
    try:
        return metadata.version("lino-amici")
    except metadata.PackageNotFoundError:
        return None


pytestmark = pytest.mark.skipif(
    not (amici_version() or "").startswith("26.10."),
    reason="needs Lino Amici 26.10 (pip install -e .[test])")


def restore(db_path, *args):
    """Restore the sample into the SQLite file `db_path` in a subprocess."""
    path = os.pathsep.join(filter(None, [ROOT, os.environ.get("PYTHONPATH")]))
    env = dict(os.environ, PYTHONPATH=path, DUMPY_DB="sqlite",
               DUMPY_SQLITE_PATH=str(db_path),
               DJANGO_SETTINGS_MODULE="tests.amici_site.settings")
    return subprocess.run(
        [sys.executable, "-m", "django", "run", SAMPLE, "--noinput"]
        + list(args), cwd=ROOT, env=env, capture_output=True, text=True,
        timeout=600)


def query(db_path, sql):
    with sqlite3.connect(db_path) as connection:
        return connection.execute(sql).fetchall()


def test_amici_25_10_dump_upgrades_to_26_10(tmp_path):
    db_path = tmp_path / "amici.sqlite3"
    result = restore(db_path)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Migrated from 25.10.0 to 26.10.0" in result.stdout
    # RenameField: tickets have a title and a body instead of a summary
    # and a description.
    assert query(db_path, "SELECT id, title, body FROM tickets_ticket "
                          "WHERE id IN (1, 2) ORDER BY id") == [
        (1, "Bar cannot baz", ""), (2, "Bars have no foo", "")]
    # AddField: the new required uploads.Upload.private.
    assert query(db_path, "SELECT id, private, file FROM uploads_upload "
                          "WHERE id = 1") == [
        (1, 0, "uploads/2019/12/crossroads.jpg")]
    # ProcessRows: the one broadcast message (no recipient) is dropped.
    assert query(db_path, "SELECT count(*), count(user_id) "
                          "FROM notify_message") == [(6, 6)]
    # RemoveModel: the lists plugin is gone with its 144 rows.
    assert not query(db_path, "SELECT name FROM sqlite_master "
                              "WHERE name LIKE 'lists_%'")
    # The rest is restored as it was dumped.
    assert query(db_path, "SELECT count(*) FROM contacts_partner") == [
        (133,)]
    assert query(db_path, "SELECT count(*) FROM comments_comment") == [
        (40,)]
    assert query(db_path, "SELECT username, user_type FROM users_user "
                          "ORDER BY id") == [
        ("robin", "900"), ("rolf", "900"), ("romain", "900"),
        ("andy", "100"), ("bert", "100"), ("chloe", "100")]
