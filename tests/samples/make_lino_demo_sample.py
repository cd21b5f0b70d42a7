"""Write the stored dump of release 0.9 of the Lino demo (run once).

Release 0.9 of lino_dumpy/projects/lino_demo (``DUMPY_LINO_DEMO_VERSION=0.9``)
builds its database with Lino's demo fixtures (``prep``) and lino_dumpy
dumps it.  The dump is kept under tests/samples/ forever: release 1.0 of
the demo, and every later one, must keep restoring it through the demo's
migrator (``migrate_from_0_9``).

    python tests/samples/make_lino_demo_sample.py
"""
import os
import shutil
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(
    os.path.abspath(__file__))))
PROJECT = os.path.join(ROOT, "lino_dumpy", "projects", "lino_demo")
TARGET = os.path.join(ROOT, "tests", "samples", "lino_demo_0_9")


def main():
    work = tempfile.mkdtemp()
    env = dict(os.environ, PYTHONPATH=ROOT, DUMPY_DB="sqlite",
               DUMPY_SQLITE_PATH=os.path.join(work, "db.sqlite3"),
               DUMPY_LINO_DEMO_VERSION="0.9")
    for args in (["prep", "--noinput"],
                 ["dump2py", "--overwrite", TARGET]):
        subprocess.run([sys.executable, "manage.py"] + args, cwd=PROJECT,
                       env=env, check=True, stdout=subprocess.DEVNULL)
    shutil.rmtree(work)
    print("wrote", TARGET)


if __name__ == "__main__":
    main()
