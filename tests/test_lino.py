"""lino_dumpy in a real Lino site: lino_dumpy/projects/lino_demo.

Every command runs in a subprocess of the demo site, as a site maintainer
runs it.  The demo database is built once with Lino's own demo fixtures
(``prep``, on SQLite, because Lino's ``initdb`` writes migrations into
package folders on PostgreSQL); on a server backend lino_dumpy then
restores it there, so that every test runs on the tested backend.

Databases are compared table by table with plain DB-API connections,
outside Django and Lino: every column of every row, including the journal
previews that the model's save() would render differently and the
memo.Mention rows it would create.
"""
import datetime
import os
import re
import shutil
import sqlite3
import sys

import lino_xl  # noqa: F401  (a broken Lino install fails, never skips)
import pytest

from tests import forkserver
from tests.conftest import PREFIX, ROOT, VENDOR
from tests.databases import drop_database, fresh_database_env
from tests.fixtures_data import tree

PROJECT = os.path.join(ROOT, "lino_dumpy", "projects", "lino_demo")
SAMPLES = os.path.join(ROOT, "tests", "samples")
LINO_SAMPLE = os.path.join(SAMPLES, "lino_26_10_demo")
OLD_RELEASE_SAMPLE = os.path.join(SAMPLES, "lino_demo_0_9")

#: Lino's own dump2py, which the plugin's command of the same name hides.
LINO_DUMP2PY = (
    "from django.core.management import call_command; "
    "from lino.management.commands.dump2py import Command; "
    "call_command(Command(), %r, verbosity=0, max_row_count=%d)")

#: Lino's writer drops the microseconds of datetimes (``dt(y,m,d,H,M,S)``);
#: in the demo only the users' ``created`` and ``modified`` have some.
LINO_TRUNCATED_COLUMNS = {("users_user", "created"),
                          ("users_user", "modified")}


class LinoDemo:
    """The demo site on one database, driven through manage.py."""

    def __init__(self, db_env, version=None):
        self.db_env = db_env
        self.env = dict(os.environ, PYTHONPATH=ROOT, **db_env)
        self.env.pop("DJANGO_SETTINGS_MODULE", None)
        if version:
            self.env["DUMPY_LINO_DEMO_VERSION"] = version

    def release(self, version):
        """The same database with another release of the code."""
        return LinoDemo(self.db_env, version)

    def without_use_tz(self):
        """The same site and database, run as Lino runs a site by default:
        USE_TZ = False, naive datetimes in local time (Europe/Brussels)."""
        naive = LinoDemo(self.db_env)
        naive.env["DUMPY_LINO_USE_TZ"] = "0"
        return naive

    def manage(self, *args, check=True):
        result = forkserver.run(
            [sys.executable, "manage.py"] + [str(a) for a in args],
            self.env, PROJECT, kind="lino")
        if check and result.returncode:
            raise AssertionError("manage.py %s exited with %d\n%s\n%s" % (
                " ".join(map(str, args)), result.returncode, result.stdout,
                result.stderr))
        return result

    def restore(self, path, check=True):
        return self.manage("run", path, "--noinput", check=check)

    def safe_restore(self, path, check=True):
        """``manage.py restore``, which runs none of the dump's code."""
        return self.manage("restore", path, "--noinput", check=check)

    def lino_dump2py(self, target, max_row_count=50000):
        self.manage("shell", "-c", LINO_DUMP2PY % (str(target), max_row_count))

    def snapshot(self):
        return snapshot(self.db_env)


def connect(db_env):
    """A DB-API connection to the database of `db_env`, without Django."""
    if db_env["DUMPY_DB"] == "sqlite":
        return sqlite3.connect(db_env["DUMPY_SQLITE_PATH"])
    if db_env["DUMPY_DB"] == "postgresql":
        import psycopg
        return psycopg.connect(host="127.0.0.1", port=5432, user="postgres",
                               dbname=db_env["DUMPY_DB_NAME"])
    import MySQLdb
    return MySQLdb.connect(host="127.0.0.1", port=3306, user="root",
                           passwd="", db=db_env["DUMPY_DB_NAME"],
                           charset="utf8mb4")


TABLE_NAMES = {
    "sqlite": "SELECT name FROM sqlite_master WHERE type = 'table' "
              "AND name NOT LIKE 'sqlite_%'",
    "postgresql": "SELECT table_name FROM information_schema.tables "
                  "WHERE table_schema = 'public'",
    "mysql": "SHOW TABLES",
}


def snapshot(db_env):
    """``{table: (columns, sorted rows)}`` of every table."""
    connection = connect(db_env)
    try:
        cursor = connection.cursor()
        cursor.execute(TABLE_NAMES[db_env["DUMPY_DB"]])
        tables = sorted(row[0] for row in cursor.fetchall())
        quote = "`%s`" if db_env["DUMPY_DB"] == "mysql" else '"%s"'
        result = {}
        for table in tables:
            cursor.execute("SELECT * FROM %s" % (quote % table))
            columns = tuple(d[0] for d in cursor.description)
            result[table] = (columns, sorted(cursor.fetchall(), key=repr))
        return result
    finally:
        connection.close()


def rows(tables, table):
    """The rows of `table` in a snapshot, as dicts."""
    columns, values = tables[table]
    return [dict(zip(columns, row)) for row in values]


def differences(old, new):
    """``{(table, column)}`` of every column whose values differ."""
    found = set()
    for table in sorted(set(old) | set(new)):
        if table not in old or table not in new:
            found.add((table, None))
            continue
        (columns, old_rows), (_, new_rows) = old[table], new[table]
        if len(old_rows) != len(new_rows):
            found.add((table, None))
            continue
        by_key_old = {row[0]: row for row in old_rows}
        by_key_new = {row[0]: row for row in new_rows}
        for key, row in by_key_old.items():
            other = by_key_new.get(key)
            if other is None:
                found.add((table, None))
                continue
            found.update((table, column) for column, a, b in zip(
                columns, row, other) if a != b)
    return found


def without_microseconds(value):
    if isinstance(value, datetime.datetime):
        return value.replace(microsecond=0)
    if isinstance(value, str):
        return re.sub(r"^(\d{4}-\d\d-\d\d[ T]\d\d:\d\d:\d\d)\.\d+", r"\1",
                      value)
    return value


def truncate(tables, columns):
    """A copy of a snapshot with the microseconds of `columns` dropped."""
    result = dict(tables)
    for table, column in columns:
        names, values = result[table]
        index = names.index(column)
        result[table] = (names, sorted((
            tuple(without_microseconds(v) if i == index else v
                  for i, v in enumerate(row)) for row in values), key=repr))
    return result


@pytest.fixture
def seed(lino_seed):
    """The demo database built by Lino's fixtures, and a dump of it (built
    once per test session: tests/conftest.py)."""
    return lino_seed


def build_seed(work):
    """Build the demo database and its dump in `work`; yield `work`, then
    drop the server databases made of it."""
    site = LinoDemo({"DUMPY_DB": "sqlite",
                     "DUMPY_SQLITE_PATH": str(work / "prepped.sqlite3")})
    site.manage("prep", "--noinput")
    site.manage("dump2py", work / "seed")
    if VENDOR == "postgresql":
        # The databases of `site` are copies of this one.
        LinoDemo(fresh_database_env(VENDOR, LINO_TEMPLATE, None)).restore(
            work / "seed")
    yield work
    drop_database(VENDOR, PREFIX + "_lino")
    drop_database(VENDOR, LINO_TEMPLATE)


#: On PostgreSQL, the database that `seed` restores once and `site` copies.
LINO_TEMPLATE = PREFIX + "_lino_seed"


@pytest.fixture
def site(seed, tmp_path):
    """The demo site at release 1.0 on a database holding the demo data."""
    path = tmp_path / "db.sqlite3"
    template = LINO_TEMPLATE if VENDOR == "postgresql" else None
    db_env = fresh_database_env(VENDOR, PREFIX + "_lino", str(path),
                                template=template)
    demo = LinoDemo(db_env)
    if VENDOR == "sqlite":
        shutil.copy(seed / "prepped.sqlite3", path)
    elif template is None:
        demo.restore(seed / "seed")
    return demo


@pytest.fixture
def fresh_site(tmp_path):
    """The demo site on a new empty database."""
    return LinoDemo(fresh_database_env(
        VENDOR, PREFIX + "_lino", str(tmp_path / "fresh.sqlite3")))


def test_plugin_takes_over_lino_entry_points(seed):
    site = LinoDemo({"DUMPY_DB": "sqlite",
                     "DUMPY_SQLITE_PATH": str(seed / "prepped.sqlite3")})
    script = (
        "from django.conf import settings; "
        "from django.core.management import get_commands; "
        "import lino.utils.dpy; "
        "commands = get_commands(); "
        "print([commands[c] for c in ('dump2py', 'ddt', 'run', 'initdb')]); "
        "print(lino.utils.dpy.DpyLoader.__module__); "
        "print(settings.INSTALLED_APPS[:2])")
    out = site.manage("shell", "-c", script).stdout
    assert "['lino_dumpy', 'lino_dumpy', 'lino_dumpy', 'lino_dumpy']" in out
    assert "lino_dumpy.lino.plugin" in out
    assert "('lino_dumpy', 'lino')" in out


SHAPES_SCRIPT = """
from django.conf import settings
from lino.utils.dpy import LoaderBase
from lino_dumpy.dumpfile import babel_keywords
from lino_dumpy.restore.loader import Loader
from lino_dumpy.restore import load_dump
site = settings.SITE

lino_loader = LoaderBase()
lino_loader.globals_dict = vars(load_dump(%(sample)r, "lino_shape"))
steps = site.install_migrations(lino_loader)
print("loader:", [(s.source, s.target) for s in steps],
      len(lino_loader.AFTER_LOAD_HANDLERS), site.loading_from_dump)

site.loading_from_dump = False
globals_dict = vars(load_dump(%(sample)r, "dict_shape"))
globals_dict["loader"] = Loader()
steps = site.install_migrations(globals_dict)
print("dict:", [(s.source, s.target) for s in steps],
      len(globals_dict["loader"].after_load_handlers), site.loading_from_dump)

bv2kw = babel_keywords(["fr", "en", "es"])
print("babel:", sorted(bv2kw("name", ["Belgique", "Belgium", "Bélgica"])
                       .items()))
"""


def test_install_migrations_accepts_both_shapes(seed):
    """Site.install_migrations(globals()) of older dumps and scripts, and
    install_migrations(loader) of Lino 26.10's DpyLoader, both run
    lino_dumpy's chains (the site's and the journal plugin's)."""
    site = LinoDemo({"DUMPY_DB": "sqlite",
                     "DUMPY_SQLITE_PATH": str(seed / "prepped.sqlite3")})
    out = site.manage("shell", "-c", SHAPES_SCRIPT % {
        "sample": OLD_RELEASE_SAMPLE}).stdout
    assert "loader: [('0.9', '1.0'), ('1', '2')] 1 True" in out
    assert "dict: [('0.9', '1.0'), ('1', '2')] 1 True" in out
    # The dump's languages map to the site's by name (es is unknown).
    assert "babel: [('name', 'Belgium'), ('name_fr', 'Belgique')]" in out


NOI_ORDER_SCRIPT = """
from django.conf import settings
from lino_dumpy.exceptions import MigrationError
site = settings.SITE
site.version = "26.9.2"
site.migration_class = "tests.lino_noi_migrate.Migrator"
for source in ("25.7.3", "2017.02.0", "2016.12.0"):
    try:
        steps = site.install_migrations({"SOURCE_VERSION": source,
                                         "loader": None})
        print(source, "ok", steps)
    except MigrationError as error:
        print(source, "refused:", error)
"""


def test_lino_site_orders_versions_by_the_calendar(seed):
    """In a real Lino site, Lino Noi's migrator (tests/lino_noi_migrate.py,
    whose last step leads to 2017.02.0) accepts dumps of later releases
    numbered YY.M.N, and still refuses its real gap at 2016.12.0."""
    site = LinoDemo({"DUMPY_DB": "sqlite",
                     "DUMPY_SQLITE_PATH": str(seed / "prepped.sqlite3")})
    out = site.manage("shell", "-c", NOI_ORDER_SCRIPT).stdout
    assert "25.7.3 ok []" in out
    assert "2017.02.0 ok []" in out
    assert ("2016.12.0 refused: No migration step leads on from "
            "SOURCE_VERSION version 2016.12.0: a method "
            "migrate_from_2016_12_0() is missing") in out


def test_dump_restore_and_double_dump_test(site, tmp_path):
    """A lino_dumpy dump of a Lino site restores value for value.

    The journal entries' stored previews name "Mr Andreas Arens", who was
    renamed after they were saved: Entry.save() (Lino's Previewable)
    would render the new name and re-synchronize memo.Mention rows.
    lino_dumpy inserts the stored rows, so nothing changes.
    """
    before = site.snapshot()
    entries = rows(before, "journal_entry")
    assert "Mr Andreas Arens about" in entries[0]["body_short_preview"]
    assert [p["name"] for p in rows(before, "contacts_partner")
            if p["id"] == 13] == ["Arens-Altenberg Andreas"]
    assert len(rows(before, "memo_mention")) == 5

    site.manage("dump2py", tmp_path / "d")
    restored = site.restore(tmp_path / "d" / "restore.py").stdout
    assert "Restored 292 rows" in restored
    assert site.snapshot() == before

    site.restore(tmp_path / "d")
    assert site.snapshot() == before

    out = site.manage("ddt", "-b").stdout
    assert "Double dump test passed" in out
    assert site.snapshot() == before


def test_site_without_use_tz_keeps_its_naive_datetimes(fresh_site, tmp_path):
    """Lino's default is USE_TZ = False.  The naive datetimes of such a
    site (in its time zone, not UTC) go through the reader's row shapes,
    whose workers evaluate ``dt()`` themselves, and come back unchanged
    through restore.py and through ``manage.py restore``."""
    naive = fresh_site.without_use_tz()
    naive.manage("prep", "--noinput")
    before = naive.snapshot()
    # Lino gives users a time_zone only where the site uses time zones.
    assert "time_zone" not in before["users_user"][0]
    naive.manage("dump2py", tmp_path / "d")
    script = (tmp_path / "d" / "restore.py").read_text()
    assert "USE_TZ = False" in script
    assert "TIME_ZONE = 'Europe/Brussels'" in script
    users = (tmp_path / "d" / "users_user.py").read_text()
    assert re.search(r"dt\('\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d{6}'\)",
                     users), "no datetime with microseconds in the dump"

    naive.restore(tmp_path / "d")
    assert naive.snapshot() == before
    result = naive.safe_restore(tmp_path / "d")
    assert "Restored 292 rows" in result.stdout
    assert naive.snapshot() == before


def test_dump_workers_write_a_lino_site_as_one_process(site, tmp_path):
    """Worker processes forked from a Lino site write the same files."""
    site.env["DUMPY_DUMP_WORKERS"] = "0"
    single = site.manage("dump2py", "-m", "20", tmp_path / "single").stdout
    site.env["DUMPY_DUMP_WORKERS"] = "2"
    parallel = site.manage("dump2py", "-m", "20", tmp_path / "parallel")
    assert "worker processes" not in single
    shared = VENDOR in ("sqlite", "postgresql")
    assert ("(2 worker processes)" in parallel.stdout) is shared, \
        parallel.stdout
    assert tree(tmp_path / "parallel") == tree(tmp_path / "single")


def test_stored_lino_26_10_dump_restores(site, tmp_path):
    """Lino's dump of the restored database is byte for byte the sample."""
    out = site.restore(LINO_SAMPLE).stdout
    assert "Restored 283 rows" in out
    tables = site.snapshot()
    assert rows(tables, "journal_entry") == []
    site.lino_dump2py(tmp_path / "again")
    for name in sorted(os.listdir(LINO_SAMPLE)):
        if name == "restore.py" or not name.endswith(".py"):
            continue
        with open(os.path.join(LINO_SAMPLE, name), "rb") as stream:
            expected = stream.read()
        with open(tmp_path / "again" / name, "rb") as stream:
            assert stream.read() == expected, name


def test_fresh_dump_of_lino_dump2py_restores_table_by_table(site, tmp_path):
    """Everything comes back except what Lino's writer itself loses.

    checkdata.Message rows are not dumped (by Lino nor by lino_dumpy):
    the restore empties them, as Lino's restore does, and ``checkdata``
    finds the problems again.  Here they are the stale journal previews.
    """
    site.manage("checkdata")
    before = site.snapshot()
    assert len(rows(before, "checkdata_message")) == 3
    # Tables of more than 40 rows come in several files (<table>_<i>.py).
    site.lino_dump2py(tmp_path / "lino", max_row_count=40)
    assert (tmp_path / "lino" / "contacts_partner_3.py").exists()
    out = site.restore(tmp_path / "lino" / "restore.py").stdout
    assert "Restored 292 rows" in out
    after = site.snapshot()
    assert rows(after, "checkdata_message") == []
    del before["checkdata_message"], after["checkdata_message"]
    assert differences(before, after) == LINO_TRUNCATED_COLUMNS
    assert truncate(after, LINO_TRUNCATED_COLUMNS) == truncate(
        before, LINO_TRUNCATED_COLUMNS)


def test_failing_restore_of_a_lino_dump_changes_nothing(site, tmp_path):
    """Lino's restore would have dropped the database first (initdb)."""
    dump = tmp_path / "lino"
    site.lino_dump2py(dump)
    before = site.snapshot()

    roles = dump / "contacts_role.py"
    lines = roles.read_text(encoding="utf-8").splitlines(keepends=True)
    row = next(i for i, line in enumerate(lines)
               if line.startswith("loader.save("))
    lines.insert(row + 1, lines[row])
    roles.write_text("".join(lines), encoding="utf-8")
    result = site.restore(dump / "restore.py", check=False)
    assert result.returncode == 1, result.stderr
    assert "Restore failed" in result.stderr
    assert "contacts_role.py:%d" % (row + 2) in result.stderr
    assert site.snapshot() == before

    add_unknown_model(dump)
    result = site.restore(dump / "restore.py", check=False)
    assert result.returncode == 1, result.stderr
    assert re.search(r"shop\.Widget:\n  - the model no longer exists; the "
                     r"dump has 1 row of it \(in shop_widget.py\)",
                     result.stderr), result.stderr
    assert site.snapshot() == before


def add_unknown_model(dump):
    """Make a Lino dump hold rows of a model the site does not have."""
    restore = dump / "restore.py"
    text = restore.read_text(encoding="utf-8")
    text = text.replace(
        'users_User = resolve_model("users.User")\n',
        'users_User = resolve_model("users.User")\n'
        'shop_Widget = resolve_model("shop.Widget")\n'
        "\ndef create_shop_widget(id, name):\n"
        "    return shop_Widget(id=id, name=name)\n")
    text = text.replace(
        '    loader.finalize()\n',
        '    execfile("shop_widget.py", *args)\n    loader.finalize()\n')
    restore.write_text(text, encoding="utf-8")
    (dump / "shop_widget.py").write_text(
        "loader.save(create_shop_widget(1, 'gear'))\n", encoding="utf-8")


def assert_migrated_journal(tables, plugin_step):
    """Release 0.9's journal as release 1.0 holds it after migrate_from_0_9.

    The journal plugin's own step (its version 1 to 2) marks meetings; it
    runs only for dumps that record the plugin's version.
    """
    entries = rows(tables, "journal_entry")
    assert [(e["id"], e["title"], e["entry_type"]) for e in entries] == [
        (1, "Call [person 13] about the offer", "20"),
        (2, "Meeting with [company 2]", "30" if plugin_step else "10"),
        (3, "Note", "10"),
        (4, "Call back [person 15]", "20")]
    # The after_load handler rendered the previews with all rows present.
    assert "Mr Andreas Arens-Altenberg about the offer of Rumma" in \
        entries[0]["body_short_preview"]
    assert len(rows(tables, "memo_mention")) == 5


def test_old_release_dump_restores_into_current_release(site):
    """The stored dump of release 0.9 (lino_dumpy format) migrates."""
    out = site.restore(OLD_RELEASE_SAMPLE).stdout
    assert "Migrated from 0.9 to 1.0: Journal entries have a title" in out
    assert "Rename field journal.Entry.subject to title" in out
    assert ("After the load, call save() on every journal.Entry (previews "
            "and mentions)") in out
    assert "Migrated from 1 to 2: Entries titled \"Meeting ...\"" in out
    assert_migrated_journal(site.snapshot(), plugin_step=True)


def test_upgrade_in_place_with_a_lino_dump(fresh_site, tmp_path):
    """Dump with Lino's dump2py at 0.9, upgrade the code, restore.

    The demo's apps have no Django migrations, so the journal table of
    the 0.9 database has the old columns: the restore rebuilds it inside
    its transaction (a failing restore leaves the old table), except on
    MariaDB, which cannot roll back a schema change and refuses.
    """
    old = fresh_site.release("0.9")
    old.restore(OLD_RELEASE_SAMPLE)
    old.lino_dump2py(tmp_path / "lino09")
    before = old.snapshot()
    assert "subject" in before["journal_entry"][0]

    new = fresh_site.release("1.0")
    broken = tmp_path / "broken"
    shutil.copytree(tmp_path / "lino09", broken)
    with open(broken / "users_user.py", "a", encoding="utf-8") as stream:
        stream.write("loader.save(create_users_user(%s))\n" % ",".join(
            ["1"] + ["None"] * 21))
    result = new.restore(broken / "restore.py", check=False)
    assert result.returncode == 1, result.stderr
    assert new.snapshot() == before

    result = new.restore(tmp_path / "lino09" / "restore.py", check=False)
    if VENDOR == "mysql":
        assert result.returncode == 1
        assert "cannot undo a schema change" in result.stderr
        assert new.snapshot() == before
        new.manage("initdb", "--noinput")
        result = new.restore(tmp_path / "lino09" / "restore.py")
    else:
        assert result.returncode == 0, result.stderr
        assert "Rebuilding the tables of journal.Entry" in result.stdout
    assert "Migrated from 0.9 to 1.0" in result.stdout
    assert_migrated_journal(new.snapshot(), plugin_step=False)


@pytest.mark.parametrize("dump", [LINO_SAMPLE, OLD_RELEASE_SAMPLE],
                         ids=["lino_26_10_demo", "lino_demo_0_9"])
def test_safe_restore_of_a_stored_dump_equals_running_it(site, dump):
    """Lino 26.10's dump and release 0.9's lino_dumpy dump (with its
    migration steps, one of them a plugin's) give the same database
    through ``manage.py restore`` as through ``manage.py run``."""
    site.restore(dump)
    trusted = without_created_keys(site.snapshot())
    result = site.safe_restore(dump)
    assert "Restored" in result.stdout
    assert without_created_keys(site.snapshot()) == trusted


def without_created_keys(tables):
    """A snapshot without the keys of the rows that after_load handlers
    create (memo mentions): they come from the counter, which MariaDB
    does not move back when a table is emptied."""
    columns, values = tables["memo_mention"]
    tables["memo_mention"] = (columns[1:], sorted(
        (row[1:] for row in values), key=repr))
    return tables


def test_safe_restore_of_a_fresh_lino_dump(site, tmp_path):
    """Lino's dump2py, tables split into several files."""
    site.lino_dump2py(tmp_path / "lino", max_row_count=40)
    site.restore(tmp_path / "lino")
    trusted = site.snapshot()
    result = site.safe_restore(tmp_path / "lino")
    assert "Restored 292 rows" in result.stdout
    assert site.snapshot() == trusted


def test_safe_restore_refuses_a_hand_edited_lino_dump(site, tmp_path):
    dump = tmp_path / "lino"
    site.lino_dump2py(dump)
    before = site.snapshot()
    marker = tmp_path / "marker"
    restore = dump / "restore.py"
    text = restore.read_text(encoding="utf-8")
    restore.write_text(text.replace(
        "    loader.finalize()\n",
        "    open(%r, 'w').close()\n    loader.finalize()\n" % str(marker)),
        encoding="utf-8")
    result = site.safe_restore(dump, check=False)
    assert result.returncode == 1, result.stderr
    planted = text[:text.index("    loader.finalize()")].count("\n") + 1
    assert "restore.py:%d: `open(" % planted in result.stderr
    assert "is not what Lino's dump2py generates: the generated line is " \
        "`loader.finalize()`" in result.stderr
    assert "manage.py run DIR/" in result.stderr
    assert not marker.exists()
    assert site.snapshot() == before

    restore.write_text(text, encoding="utf-8")
    add_unknown_model(dump)
    result = site.safe_restore(dump, check=False)
    assert result.returncode == 1, result.stderr
    assert "`return shop_Widget(id=id, name=name)` is not what Lino's " \
        "dump2py generates" in result.stderr
    assert site.snapshot() == before


def test_plain_django_project_does_not_import_lino(project):
    script = ("import sys, django; django.setup(); "
              "from django.core.management import get_commands; "
              "get_commands(); print('lino' in sys.modules)")
    assert project.python("-c", script).stdout.strip() == "False"
    result = project.manage("initdb", "--noinput", check=False)
    assert result.returncode != 0
    assert "not one" in result.stderr, result.stderr
