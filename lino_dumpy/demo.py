"""A guided tour on SQLite: ``python -m lino_dumpy.demo``.

Builds the demo shop database, dumps it, restores the dump into a new
database, checks that a dump of the restored database is byte-identical,
and runs the double dump test.  Every step runs as a separate process,
the way a site maintainer runs it.
"""
import argparse
import filecmp
import os
import subprocess
import sys
import tempfile

SHOP = {"DJANGO_SETTINGS_MODULE": "lino_dumpy.projects.demo.settings"}
LIBRARY = {"DJANGO_SETTINGS_MODULE": "lino_dumpy.projects.library.settings"}


class Tour:
    def __init__(self, workdir):
        self.workdir = workdir
        self.step = 0
        self.project = SHOP

    def env(self, database):
        return dict(os.environ, DUMPY_DB="sqlite",
                    DUMPY_SQLITE_PATH=os.path.join(self.workdir, database),
                    **self.project)

    def say(self, text):
        self.step += 1
        print("%d. %s" % (self.step, text), flush=True)

    def run(self, args, database, show=True):
        command = [sys.executable] + args
        shown = " ".join(["python"] + args).replace(self.workdir + os.sep, "")
        if show:
            print("   $ %s" % shown, flush=True)
        result = subprocess.run(command, env=self.env(database),
                                cwd=self.workdir, capture_output=True,
                                text=True)
        for line in (result.stdout + result.stderr).splitlines():
            print("     " + line)
        if result.returncode:
            sys.exit("The demo failed at step %d (exit code %d)."
                     % (self.step, result.returncode))
        return result

    def manage(self, database, *args):
        return self.run(["-m", "django"] + list(args), database)

    def path(self, name):
        return os.path.join(self.workdir, name)


def same_tree(first, second):
    comparison = filecmp.dircmp(first, second)
    if comparison.left_only or comparison.right_only:
        return False
    return all(filecmp.cmp(os.path.join(first, name),
                           os.path.join(second, name), shallow=False)
               for name in comparison.common_files)


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--workdir", help="Directory for the databases and "
                        "dumps (default: a new temporary directory).")
    parser.add_argument("--size", type=int, default=1,
                        help="Scale of the demo data (default: 1).")
    args = parser.parse_args(argv)
    workdir = os.path.abspath(args.workdir or tempfile.mkdtemp(
        prefix="lino-dumpy-demo-"))
    os.makedirs(workdir, exist_ok=True)
    tour = Tour(workdir)
    print("lino_dumpy demo, working in %s" % workdir)

    tour.say("Build the demo shop database (SQLite, deterministic data).")
    tour.manage("shop.sqlite3", "migrate", "--verbosity", "0")
    tour.manage("shop.sqlite3", "populate_demo", "--size", str(args.size))

    tour.say("Dump it as Python source.")
    tour.manage("shop.sqlite3", "dump2py", tour.path("snapshot"),
                "--overwrite")

    tour.say("Restore the dump into a new, empty database (the schema is "
             "migrated first, then all rows are loaded in one transaction).")
    tour.run([os.path.join(tour.path("snapshot"), "restore.py"),
              "--noinput", "--verbosity", "2"], "restored.sqlite3")

    tour.say("Dump the restored database and compare with the first dump.")
    tour.manage("restored.sqlite3", "dump2py", tour.path("again"),
                "--overwrite")
    if not same_tree(tour.path("snapshot"), tour.path("again")):
        sys.exit("The two dumps differ: the restore was not exact.")
    print("     snapshot/ and again/ are byte-identical.")

    tour.say("Run the double dump test on the restored database.")
    tour.manage("restored.sqlite3", "ddt", "--noinput")

    migration_tour(tour)
    print("Done. Look at %s/restore.py and the table files next to it."
          % tour.path("snapshot"))


def migration_tour(tour):
    """Release 1 of the library writes a dump; release 3 restores it."""
    tour.say("Build the library example as release 1 shipped it.")
    tour.project = dict(LIBRARY, DUMPY_LIBRARY_VERSION="1")
    tour.manage("library1.sqlite3", "migrate", "--verbosity", "0")
    tour.manage("library1.sqlite3", "populate_library")
    tour.manage("library1.sqlite3", "dump2py", tour.path("library-1.0"),
                "--overwrite")

    tour.say("Upgrade to release 3 and restore the release 1 dump: the "
             "migrator's steps rewrite the rows on the way in.")
    tour.project = dict(LIBRARY, DUMPY_LIBRARY_VERSION="3")
    tour.run([os.path.join(tour.path("library-1.0"), "restore.py"),
              "--noinput"], "library3.sqlite3")
    tour.run(["-m", "django", "shell", "--no-imports", "-c", BOOKS],
             "library3.sqlite3", show=False)


BOOKS = """
from django.apps import apps
for book in apps.get_model("catalog.Book").objects.order_by("pk")[:3]:
    print("Book %d: name=%r format=%r language=%r" % (
        book.pk, book.name, book.format, book.language))
for loan in apps.get_model("catalog.Loan").objects.order_by("pk")[:2]:
    print("Loan %d: member=%s since=%s" % (loan.pk, loan.member.name,
                                          loan.since.isoformat()))
"""


if __name__ == "__main__":
    main()
