"""Write the stored dumps and the schema of Lino Amici 25.10.0's demo
(run once).

Needs a virtualenv of the old release (Python 3.11), as it was built
(the latest lino, lino-xl and lino-react of October 2025; Django 5.2, so
lino_dumpy installs too; num2words, which Amici's calendar fixtures need,
is one of the packages ``manage.py install --list`` names; PyMuPDF makes
the preview of the demo's PDF upload, without it ``prep`` fails):

    python -m venv oldenv
    oldenv/bin/pip install lino-amici==25.10.0 lino==25.10.6 \\
        lino-xl==25.10.6 lino-react==25.10.2 "Django>=5.2,<5.3" \\
        num2words "pymupdf<1.27" -e .
    oldenv/bin/python tests/samples/make_amici_sample.py [WORKDIR]

With WORKDIR, the demo database is WORKDIR/db.sqlite3 and stays there:
a later run reuses it (``prep`` takes minutes).

It builds the demo database of tests/amici_site (Amici's amici1 demo) with
``prep``, deletes all comments but the first COMMENTS (the demo has 728,
which would make each dump 1.4 MB), and writes, all from that database:

- amici_25_10_0/: the dump written by lino_dumpy's dump2py;
- amici_25_10_0_lino/: the dump written by Lino 25.10.6's own dump2py
  (lino_dumpy's plugin replaces the command of the site, so Lino's class
  is called directly);
- amici_25_10_0.sql: the database of the old release without its data, for
  the in-place upgrade: its schema (``sqlite3 db .schema``) and the rows
  that a restore keeps (the applied migrations, the content types).
"""
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(
    os.path.abspath(__file__))))
SAMPLES = os.path.join(ROOT, "tests", "samples")
TARGET = os.path.join(SAMPLES, "amici_25_10_0")
LINO_TARGET = os.path.join(SAMPLES, "amici_25_10_0_lino")
SCHEMA_TARGET = os.path.join(SAMPLES, "amici_25_10_0.sql")
COMMENTS = 40
PRUNE = ("from lino.api import rt; "
         "qs = rt.models.comments.Comment.objects.filter(pk__gt=%d); "
         "qs.update(reply_to=None); qs.delete()" % COMMENTS)
LINO_DUMP2PY = (
    "from django.core.management import call_command; "
    "from lino.management.commands.dump2py import Command; "
    "call_command(Command(), %r, overwrite=True, interactive=False)"
    % LINO_TARGET)
#: The tables whose rows amici_25_10_0.sql keeps.
KEPT_TABLES = ("django_migrations", "django_content_type")


def schema_statements(db_path):
    """The SQL statements that rebuild the database `db_path` without the
    rows of other tables than KEPT_TABLES."""
    inserts = tuple('INSERT INTO "%s" ' % table for table in KEPT_TABLES)
    with sqlite3.connect(db_path) as connection:
        for statement in connection.iterdump():
            if statement.startswith(("INSERT INTO ", "DELETE FROM ")) \
                    and not statement.startswith(inserts):
                continue
            yield statement


def write_schema(db_path, target=SCHEMA_TARGET):
    with open(target, "w", encoding="utf-8") as stream:
        stream.write(
            "-- The database of Lino Amici 25.10.0's demo (tests/amici_site)"
            " without its data:\n-- its schema and the rows of %s.\n"
            "-- Written by tests/samples/make_amici_sample.py.\n"
            % ", ".join(KEPT_TABLES))
        for statement in schema_statements(db_path):
            stream.write(statement + "\n")


def main(work=None):
    """Build the demo database in `work` (or reuse the one there)."""
    keep = work is not None
    work = work or tempfile.mkdtemp()
    db_path = os.path.join(work, "db.sqlite3")
    reuse = os.path.exists(db_path)
    env = dict(os.environ, PYTHONPATH=ROOT, DUMPY_DB="sqlite",
               DUMPY_SQLITE_PATH=db_path,
               DJANGO_SETTINGS_MODULE="tests.amici_site.settings")
    steps = [["shell", "-c", PRUNE], ["dump2py", "--overwrite", TARGET],
             ["shell", "-c", LINO_DUMP2PY]]
    for args in ([] if reuse else [["prep", "--noinput"]]) + steps:
        subprocess.run([sys.executable, "-m", "django"] + args, cwd=ROOT,
                       env=env, check=True, stdout=subprocess.DEVNULL)
    write_schema(db_path)
    if not keep:
        shutil.rmtree(work)
    for target in (TARGET, LINO_TARGET, SCHEMA_TARGET):
        print("wrote", target)


if __name__ == "__main__":
    main(*sys.argv[1:])
