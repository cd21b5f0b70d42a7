"""A real Lino application across real releases: the demo of Lino Amici
25.10.0, dumped by lino_dumpy (tests/samples/amici_25_10_0) and by Lino
25.10.6's own dump2py (tests/samples/amici_25_10_0_lino), restores into
Amici 26.10.0 through the step of tests/amici_site/migrate.py, into a fresh
database and in place into the database of 25.10.0 (its schema is
tests/samples/amici_25_10_0.sql).  make_amici_sample.py made all three.

Every test runs on SQLite files, whatever DUMPY_DB says: the old
database is SQLite's (its schema is SQLite's SQL).  So they run once,
in the SQLite session, and say so in the others.

Runs where Lino Amici 26.10 is installed (the test extras).  Amici
26.10.0 does not start with Lino 26.10.4 or later as released (its user
detail shows users.Authority, which Lino 26.10.4 removed): the test site
drops that panel (tests/amici_site/layouts.py).
"""
import hashlib
import os
import re
import shutil
import sqlite3
import sys
from importlib import metadata

import pytest

from tests import forkserver
from tests.conftest import VENDOR

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SAMPLES = os.path.join(ROOT, "tests", "samples")
SAMPLE = os.path.join(SAMPLES, "amici_25_10_0")
LINO_SAMPLE = os.path.join(SAMPLES, "amici_25_10_0_lino")
OLD_DATABASE = os.path.join(SAMPLES, "amici_25_10_0.sql")


def amici_version():
    try:
        return metadata.version("lino-amici")
    except metadata.PackageNotFoundError:
        return None


pytestmark = [
    pytest.mark.skipif(
        VENDOR != "sqlite", reason="restores into SQLite files whatever "
        "DUMPY_DB says; runs once, with DUMPY_DB=sqlite"),
    # The test extras install Amici wherever Lino runs: a CI run fails
    # without it instead of skipping.
    pytest.mark.skipif(
        not os.environ.get("CI")
        and not (amici_version() or "").startswith("26.10."),
        reason="needs Lino Amici 26.10 (pip install -e .[test])"),
]


def manage(db_path, *args, migrator=None, path=(), input=None):
    """Run a command of the Amici site on the SQLite file `db_path`, with
    another migration class ("" for none) whose module is in `path`."""
    path = os.pathsep.join(filter(None, [ROOT, *map(str, path),
                                         os.environ.get("PYTHONPATH")]))
    env = dict(os.environ, PYTHONPATH=path, DUMPY_DB="sqlite",
               DUMPY_SQLITE_PATH=str(db_path),
               DJANGO_SETTINGS_MODULE="tests.amici_site.settings")
    if migrator is not None:
        env["DUMPY_AMICI_MIGRATOR"] = migrator
    return forkserver.run([sys.executable, "-m", "django"] + list(args),
                          env, input=input, kind="lino")


def restore(db_path, *args, sample=SAMPLE, **kwargs):
    """Restore `sample` into the SQLite file `db_path` in a subprocess."""
    return manage(db_path, "run", sample, "--noinput", *args, **kwargs)


def query(db_path, sql):
    with sqlite3.connect(db_path) as connection:
        return connection.execute(sql).fetchall()


def assert_upgraded(db_path, result):
    """The sample, restored through a step like migrate.py, is Amici
    26.10's data."""
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
    # Content types are remapped to the target's ids.
    assert query(db_path, "SELECT app_label, model FROM comments_comment "
                          "JOIN django_content_type AS ct "
                          "ON owner_type_id = ct.id WHERE comments_comment.id "
                          "IN (1, 7) ORDER BY comments_comment.id") == [
        ("groups", "group"), ("blogs", "entry")]
    assert query(db_path, "SELECT username, user_type FROM users_user "
                          "ORDER BY id") == [
        ("robin", "900"), ("rolf", "900"), ("romain", "900"),
        ("andy", "100"), ("bert", "100"), ("chloe", "100")]


def test_amici_25_10_dump_upgrades_to_26_10(tmp_path):
    db_path = tmp_path / "amici.sqlite3"
    assert_upgraded(db_path, restore(db_path))


def test_lino_dump_of_amici_25_10_upgrades_to_26_10(tmp_path):
    """The dump written by Lino's dump2py: its restore.py hands the dump
    to lino_dumpy (``install_migrations``), which runs the same step."""
    db_path = tmp_path / "amici.sqlite3"
    result = restore(db_path, sample=LINO_SAMPLE)
    assert_upgraded(db_path, result)
    assert "Loaded 1374 objects" in result.stdout


#: What the restore in place does to the tables of Amici 25.10.0.
IN_PLACE = [
    "Rebuilding the tables of cal.Room, cal.EventType, system.SiteConfig, "
    "users.User, ",
    "Creating the tables of users.Authorization, contacts.UploadVCardFile, "
    "topics.Interest, publisher.PageType, sources.SourceRef, "
    "sources.AuthorCast.\n",
    "Dropping the tables blogs_entrytype, lists_list, lists_listtype, "
    "lists_member, tinymce_textfieldtemplate, users_authority: their "
    "models no longer exist",
]


def old_database(db_path):
    """The SQLite database of Amici 25.10.0's demo at `db_path`, without
    its data, and its content types."""
    with open(OLD_DATABASE, encoding="utf-8") as stream:
        connection = sqlite3.connect(db_path)
        try:
            connection.executescript(stream.read())
        finally:
            connection.close()
    assert "summary" in columns(db_path, "tickets_ticket")
    return query(db_path, "SELECT * FROM django_content_type")


def columns(db_path, table):
    return [row[1] for row in query(db_path, "PRAGMA table_info(%s)" % table)]


def assert_upgraded_in_place(db_path, result, content_types):
    """The database of 25.10.0 holds the data of 26.10, its changed tables
    rebuilt, the new ones created and those of vanished models dropped."""
    assert_upgraded(db_path, result)
    for line in IN_PLACE:
        assert line in result.stdout, (line, result.stdout)
    assert "title" in columns(db_path, "tickets_ticket")
    assert "summary" not in columns(db_path, "tickets_ticket")
    assert query(db_path, "SELECT name FROM sqlite_master WHERE name IN "
                          "('blogs_entrytype', 'tinymce_textfieldtemplate', "
                          "'users_authority', 'topics_interest')") == [
        ("topics_interest",)]
    # The rows of 25.10.0 that a restore keeps are kept.
    assert query(db_path, "SELECT * FROM django_content_type WHERE id <= %d"
                 % len(content_types)) == content_types
    assert query(db_path, "SELECT count(*) FROM django_migrations") == [(3,)]


def test_lino_dump_of_amici_25_10_upgrades_in_place(tmp_path):
    """Restored into the database of Amici 25.10.0, as a site is upgraded
    (test_makestep_drafts_the_step_that_upgrades_the_sample restores
    lino_dumpy's dump in place)."""
    db_path = tmp_path / "amici.sqlite3"
    content_types = old_database(db_path)
    assert_upgraded_in_place(db_path, restore(db_path, sample=LINO_SAMPLE),
                             content_types)


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
    ("notify.Message", "notify.Message.user is required now (null=False); "
                       "the row notify.Message pk=125 ("),
]


def test_first_attempt_lists_every_drift_and_changes_nothing(tmp_path):
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


def edited_sample(tmp_path, filename, old, new):
    """A copy of the sample with `old` replaced by `new` in one table
    file, its checksum in restore.py updated."""
    copy = tmp_path / "sample"
    shutil.copytree(SAMPLE, copy)
    path = copy / filename
    before = path.read_bytes()
    after = before.replace(old.encode(), new.encode(), 1)
    assert after != before
    path.write_bytes(after)
    restore_py = copy / "restore.py"
    restore_py.write_text(restore_py.read_text().replace(
        hashlib.sha256(before).hexdigest(),
        hashlib.sha256(after).hexdigest()))
    return copy


def test_plan_builds_the_first_row_of_an_opaque_table_with_its_values(
        tmp_path):
    """The step's ProcessRows makes notify.Message opaque: the preflight
    builds its first row, which here names a content type by its model
    global (tickets_Ticket), as most dumped messages do."""
    sample = edited_sample(
        tmp_path, "notify_message.py",
        "create_notify_message(125,dt('2019-12-15 05:48:00'),None,None,None,",
        "create_notify_message(125,dt('2019-12-15 05:48:00'),1,"
        "tickets_Ticket,1,")
    result = manage(tmp_path / "amici.sqlite3", "run", sample, "--plan")
    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    assert "fails on the first row" not in output
    assert "No drift: the dump fits the current models." in output
    assert "notify.Message: rows built by Process rows of notify.Message: " \
           "has_recipient" in output


#: makestep's rename questions on the sample, with the answers of the
#: step in migrate.py (Django's autodetector asks as few).
QUESTIONS = [
    ("cal.EventType.attach_to_email renamed to cal.EventType.is_hidden", "n"),
    ("cal.EventType.attach_to_email renamed to cal.EventType.send_reminders",
     "n"),
    ("tickets.Ticket.summary renamed to tickets.Ticket.body ", "n"),
    ("tickets.Ticket.summary renamed to tickets.Ticket.body_short_preview",
     "n"),
    ("tickets.Ticket.summary renamed to tickets.Ticket.body_full_preview",
     "n"),
    ("tickets.Ticket.summary renamed to tickets.Ticket.title ", "y"),
    ("tickets.Ticket.description renamed to tickets.Ticket.body ", "y"),
]

#: The step of migrate.py in the words of makestep's draft.
DRAFTED = [
    'RemoveModel("lists.ListType")', 'RemoveModel("lists.List")',
    'RemoveModel("lists.Member")', 'RemoveModel("tinymce.TextFieldTemplate")',
    'RemoveField("cal.EventType", "attach_to_email")',
    'RemoveField("cal.EventType", "email_template")',
    'RemoveField("excerpts.ExcerptType", "attach_to_email")',
    'RemoveField("excerpts.ExcerptType", "email_template")',
    'RenameField("tickets.Ticket", "summary", "title")',
    'RenameField("tickets.Ticket", "description", "body")',
    'RemoveField("blogs.Entry", "entry_type_id")',
    'AddField("uploads.Upload", "private", TODO(',
    'ConvertValue("notify.Message", "user", TODO(',
]


def fill_in(source):
    """What the user writes: private is False, and (as the hint of the
    placeholder offers) messages without a recipient are dropped."""
    source = re.sub(r'"private", TODO\(.*\)\),', '"private", False),',
                    source)
    source = re.sub(r'ConvertValue\("notify.Message", "user", TODO\(.*\)\),',
                    'ProcessRows("notify.Message", has_recipient),', source)
    assert "TODO(" not in source.split("import", 2)[-1]
    return ("from lino_dumpy.operations import ProcessRows\n"
            "from tests.amici_site.migrate import has_recipient\n" + source)


def test_makestep_drafts_the_step_that_upgrades_the_sample(tmp_path):
    """The filled-in draft upgrades the database of 25.10.0 in place."""
    draft = tmp_path / "amici_draft.py"
    db_path = tmp_path / "amici.sqlite3"
    content_types = old_database(db_path)
    answers = "".join(answer + "\n" for _, answer in QUESTIONS)
    result = manage(db_path, "makestep", SAMPLE, "--output", draft,
                    migrator="", input=answers)
    assert result.returncode == 0, result.stdout + result.stderr
    asked = re.findall(r"Was (.*?) \(", result.stdout)
    assert asked == [question.strip() for question, _ in QUESTIONS]
    source = draft.read_text()
    assert "def migrate_from_25_10_0(self, globals_dict):" in source
    assert 'return "26.10.0"' in source
    operations = re.findall(r"^ {12}(\w+\(.*),$", source, re.M)
    assert [op.split("TODO(")[0] + ("TODO(" if "TODO(" in op else "")
            for op in operations] == DRAFTED
    draft.write_text(fill_in(source))
    result = restore(db_path, migrator="amici_draft.Migrator",
                     path=[tmp_path])
    assert_upgraded_in_place(db_path, result, content_types)
