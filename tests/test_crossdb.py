"""Cross-database restores: SQLite -> the tested backend -> SQLite.

Each pass of the suite (DUMPY_DB=sqlite, postgresql, mysql) moves the
edge-case data from a SQLite database into its own backend and back,
every hop in separate processes, and compares every value.
"""
import os

from lino_dumpy.testing.ddt import parse_rows
from lino_dumpy.restore import load_dump
from tests.conftest import VENDOR
from tests.databases import fresh_database_env

POPULATE = "from tests.fixtures_data import populate; populate()"


def values(directory):
    """``{table file: {pk: [python values]}}`` of a dump, evaluated in the
    namespace of its restore.py (content types are model classes there)."""
    module = load_dump(directory)
    namespace = vars(module)
    result = {}
    for entry in module.TABLE_FILES:
        rows = parse_rows(os.path.join(directory, entry[0]))
        result[entry[0]] = {
            key: [eval(value, namespace) for value in row]
            for key, row in rows.items()}
    return result


def hop(project, db_env, source, target):
    """Restore dump `source` into the database of `db_env`, dump it."""
    project.env.update(db_env)
    project.python(os.path.join(source, "restore.py"), "--noinput")
    project.manage("dump2py", target)


def test_sqlite_to_the_tested_backend_and_back(project, tmp_path):
    sqlite = fresh_database_env("sqlite", None, str(tmp_path / "a.sqlite3"))
    project.env.update(sqlite)
    project.manage("migrate", "--verbosity", "0")
    project.manage("shell", "--no-imports", "-c", POPULATE)
    project.manage("dump2py", str(tmp_path / "from_sqlite"))

    server = fresh_database_env(VENDOR, "dumpy_%d_old" % os.getpid(),
                                str(tmp_path / "b.sqlite3"))
    hop(project, server, str(tmp_path / "from_sqlite"),
        str(tmp_path / "from_backend"))
    back = fresh_database_env("sqlite", None, str(tmp_path / "c.sqlite3"))
    hop(project, back, str(tmp_path / "from_backend"),
        str(tmp_path / "back_in_sqlite"))

    original = values(str(tmp_path / "from_sqlite"))
    assert values(str(tmp_path / "from_backend")) == original
    assert values(str(tmp_path / "back_in_sqlite")) == original
    everything = original["fieldtypes_everything.py"]
    assert len(everything) == 3 and len(original) > 15
