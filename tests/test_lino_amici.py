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


def manage(db_path, *args, migrator=None, path=()):
    """Run a command of the Amici site on the SQLite file `db_path`, with
    another migration class ("" for none) whose module is in `path`."""
    path = os.pathsep.join(filter(None, [ROOT, *map(str, path),
                                         os.environ.get("PYTHONPATH")]))
    env = dict(os.environ, PYTHONPATH=path, DUMPY_DB="sqlite",
               DUMPY_SQLITE_PATH=str(db_path),
               DJANGO_SETTINGS_MODULE="tests.amici_site.settings")
    if migrator is not None:
        env["DUMPY_AMICI_MIGRATOR"] = migrator
    return subprocess.run(
        [sys.executable, "-m", "django"] + list(args), cwd=ROOT, env=env,
        capture_output=True, text=True, timeout=600)


def restore(db_path, *args, **kwargs):
    """Restore the sample into the SQLite file `db_path` in a subprocess."""
    return manage(db_path, "run", SAMPLE, "--noinput", *args, **kwargs)


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


#: The drift of Amici 25.10.0's data in Amici 26.10.0, as the drift
#: preflight reports it (model, the start of the line).
DRIFT = [
    ("lists.ListType", "the model no longer exists; the dump has 3 rows"),
    ("lists.List", "the model no longer exists; the dump has 8 rows"),
    ("lists.Member", "the model no longer exists; the dump has 133 rows"),
    ("tinymce.TextFieldTemplate", "the model no longer exists"),
    ("cal.EventType", "the rows carry a field attach_to_email"),
    ("cal.EventType", "the rows carry a field email_template"),
    ("excerpts.ExcerptType", "the rows carry a field attach_to_email"),
    ("excerpts.ExcerptType", "the rows carry a field email_template"),
    ("tickets.Ticket", "the rows carry a field summary"),
    ("tickets.Ticket", "the rows carry a field description"),
    ("blogs.Entry", "the rows carry a field entry_type_id"),
    ("uploads.Upload", "uploads.Upload.private is required"),
]


def needs_drift_preflight():
    pytest.importorskip("lino_dumpy.upgrade.drift",
                        reason="the drift preflight (issue 15) is not here")


def test_first_attempt_lists_every_drift_and_changes_nothing(tmp_path):
    needs_drift_preflight()
    db_path = tmp_path / "amici.sqlite3"
    result = restore(db_path, migrator="")
    output = result.stdout + result.stderr
    assert result.returncode != 0, output
    assert "(%d problems); nothing was changed" % len(DRIFT) in output
    for model, line in DRIFT:
        assert "\n%s:\n" % model in output and line in output, (
            model, line, output)
    assert "the site has no migration class" in output
    assert not db_path.exists() or not query(
        db_path, "SELECT name FROM sqlite_master")


def test_makestep_drafts_the_step(tmp_path):
    needs_drift_preflight()
    draft = tmp_path / "amici_draft.py"
    result = manage(tmp_path / "amici.sqlite3", "makestep", SAMPLE,
                    "--noinput", "--output", draft, migrator="")
    assert result.returncode == 0, result.stdout + result.stderr
    source = draft.read_text()
    assert "def migrate_from_25_10_0(self, globals_dict):" in source
    assert 'return "26.10.0"' in source
    for line in ['RemoveModel("lists.ListType")', 'RemoveModel("lists.List")',
                 'RemoveModel("lists.Member")',
                 'RemoveModel("tinymce.TextFieldTemplate")',
                 'RemoveField("cal.EventType", "attach_to_email")',
                 'RemoveField("tickets.Ticket", "summary")',
                 'AddField("uploads.Upload", "private", TODO(']:
        assert line in source, (line, source)
