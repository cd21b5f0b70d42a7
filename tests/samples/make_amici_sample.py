"""Write the stored dump of Lino Amici 25.10.0's demo (run once).

Needs a virtualenv of the old release (Python 3.11), as it was built
(the latest lino, lino-xl and lino-react of October 2025; Django 5.2, so
lino_dumpy installs too; num2words, which Amici's calendar fixtures need,
is one of the packages ``manage.py install --list`` names):

    python -m venv oldenv
    oldenv/bin/pip install lino-amici==25.10.0 lino==25.10.6 \\
        lino-xl==25.10.6 lino-react==25.10.2 "Django>=5.2,<5.3" \\
        num2words -e .
    oldenv/bin/python tests/samples/make_amici_sample.py [WORKDIR]

WORKDIR reuses the demo database WORKDIR/db.sqlite3 of an earlier run
(``prep`` takes minutes).

It builds the demo database of tests/amici_site (Amici's amici1 demo) with
``prep``, deletes all comments but the first COMMENTS (the demo has 728,
which would make the dump 1.4 MB), and dumps it with lino_dumpy.
"""
import os
import shutil
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(
    os.path.abspath(__file__))))
TARGET = os.path.join(ROOT, "tests", "samples", "amici_25_10_0")
COMMENTS = 40
PRUNE = ("from lino.api import rt; "
         "qs = rt.models.comments.Comment.objects.filter(pk__gt=%d); "
         "qs.update(reply_to=None); qs.delete()" % COMMENTS)


def main(work=None):
    """Build the demo database in `work` (or reuse the one there)."""
    reuse = work is not None
    work = work or tempfile.mkdtemp()
    env = dict(os.environ, PYTHONPATH=ROOT, DUMPY_DB="sqlite",
               DUMPY_SQLITE_PATH=os.path.join(work, "db.sqlite3"),
               DJANGO_SETTINGS_MODULE="tests.amici_site.settings")
    steps = [["shell", "-c", PRUNE], ["dump2py", "--overwrite", TARGET]]
    for args in ([] if reuse else [["prep", "--noinput"]]) + steps:
        subprocess.run([sys.executable, "-m", "django"] + args, cwd=ROOT,
                       env=env, check=True, stdout=subprocess.DEVNULL)
    shutil.rmtree(work)
    print("wrote", TARGET)


if __name__ == "__main__":
    main(*sys.argv[1:])
