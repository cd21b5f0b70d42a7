"""Write the stored dumps of old library releases (run once per release).

These dumps are kept under tests/samples/ forever: every later version of
lino_dumpy and of the library example must keep restoring them.

    python tests/samples/make_library_samples.py
"""
import os
import shutil
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.dirname(
    os.path.abspath(__file__)))))

from tests.library import Release, sample  # noqa: E402


def write(name, release, version, prices_in_cents=False):
    work = tempfile.mkdtemp()
    db = {"DUMPY_DB": "sqlite",
          "DUMPY_SQLITE_PATH": os.path.join(work, "db.sqlite3")}
    site = Release(release, db, DUMPY_VERSION=version)
    site.build(prices_in_cents)
    target = sample(name)
    shutil.rmtree(target, ignore_errors=True)
    site.manage("dump2py", target)
    shutil.rmtree(work)
    print("wrote", target)


def write_restored(name, source, release):
    """A dump of `release` made by restoring the sample `source` into it."""
    work = tempfile.mkdtemp()
    db = {"DUMPY_DB": "sqlite",
          "DUMPY_SQLITE_PATH": os.path.join(work, "db.sqlite3")}
    site = Release(release, db)
    site.restore(sample(source))
    target = sample(name)
    shutil.rmtree(target, ignore_errors=True)
    site.manage("dump2py", target)
    shutil.rmtree(work)
    print("wrote", target)


if __name__ == "__main__":
    write("library_0_9", 1, "0.9", prices_in_cents=True)
    write("library_1_0", 1, "1.0")
    write_restored("library_2_0", "library_1_0", 2)
