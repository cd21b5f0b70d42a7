"""Upgrades: every drift found in one attempt, --plan, makestep.

Release 1 of a shop writes a dump; release 2 differs from it in every way
a schema drifts (tests/upgrade_shop): a removed model, a renamed model, a
removed field, a renamed field, a new required field without default, a
new field with default, a new nullable field, a type change and a shorter
max_length.  Each release runs in its own process.
"""
import json
import os
import re
import shutil

import pytest

from tests.conftest import VENDOR
from tests.databases import drop_database, fresh_database_env
from tests.library import ROOT, Release

POPULATE = """
from tests.upgrade_shop.v1.shop.models import *
Category.objects.create(name="Tools")
Category.objects.create(name="Food")
anna = Customer.objects.create(name="Anna")
bjorn = Customer.objects.create(name="Björn")
hammer = Product.objects.create(name="Hammer", body="A good hammer",
                                legacy=7, price="12.50")
espresso = Product.objects.create(name="Espresso machine",
                                  body="Makes coffee", legacy=8,
                                  price="249.00")
Order.objects.create(customer=anna, product=hammer, quantity=2,
                     note="Gift wrap")
Order.objects.create(customer=bjorn, product=espresso, quantity=1)
"""

#: Every table and its rows, read with plain SQL (any release).
SNAPSHOT = """
import json
from django.db import connection
tables = sorted(connection.introspection.table_names())
result = {}
with connection.cursor() as cursor:
    for table in tables:
        cursor.execute("SELECT * FROM %s" % connection.ops.quote_name(table))
        result[table] = sorted(map(repr, cursor.fetchall()))
print(json.dumps(result))
"""

ROWS = """
import json
from django.apps import apps
print(json.dumps({m._meta.label: list(m.objects.order_by("pk").values())
                  for m in apps.get_app_config("shop").get_models()},
                 default=str))
"""

DRIFT_LINES = [
    "shop.Category:",
    "  - the model no longer exists; the dump has 2 rows of it (in "
    "shop_category.py)",
    "shop.Customer:",
    'RemoveModel("shop.Customer") or RenameModel("shop.Customer", ',
    "shop.Product:",
    "the rows carry a field body that shop.Product no longer has",
    'RemoveField("shop.Product", "body") or RenameField("shop.Product", '
    '"body", "new_name")',
    "the rows carry a field legacy that shop.Product no longer has",
    "shop.Product.description is required (not null, no default) and the "
    "rows have no value for it",
    "shop.Product.sku is required (not null, no default) and the rows "
    "have no value for it",
    'AddField("shop.Product", "sku", <value or function of the row>)',
    "shop.Product.price is now a DecimalField; the rows hold str values "
    "(e.g. '12.50' at ",
    'ConvertValue("shop.Product", "price", ',
    "shop.Product.name has max_length 10; the row shop.Product pk=2 (",
    "shop_product.py:6) holds 16 characters: 'Espresso machine'",
    "shop.Order:",
    "shop.Order.note is required now (null=False); the row shop.Order "
    "pk=2 (",
    'shop_order.py:6) has None',
    'ConvertValue("shop.Order", "note", lambda value: <value> if value is '
    'None else value), or ProcessRows("shop.Order", ',
    "the site has no migration class, so no step ran",
]

#: What the user writes in place of the TODO placeholders.
FILLED = {
    "shop.Product.sku": 'lambda row: "SKU-%d" % row["id"]',
    "shop.Product.price is now": "Decimal",
    "shop.Product.name has max_length": "lambda text: text[:10]",
    "shop.Order.note is required now": 'lambda value: value or ""',
}


class Shop(Release):
    """One release of the shop on one database."""

    def __init__(self, release, db_env, **env):
        super().__init__(release, db_env,
                         DJANGO_SETTINGS_MODULE="tests.upgrade_shop.settings",
                         DUMPY_SHOP_RELEASE=str(release), **env)

    def shell(self, script):
        return json.loads(self.manage("shell", "--no-imports", "-c",
                                      script).stdout)

    def snapshot(self):
        return self.shell(SNAPSHOT)

    def rows(self):
        return self.shell(ROWS)


@pytest.fixture
def old_env(tmp_path):
    return fresh_database_env(VENDOR, "dumpy_%d_old" % os.getpid(),
                              str(tmp_path / "old.sqlite3"))


@pytest.fixture
def new_env(tmp_path):
    return fresh_database_env(VENDOR, "dumpy_%d_new" % os.getpid(),
                              str(tmp_path / "new.sqlite3"))


def populated(shop):
    shop.manage("migrate", "--verbosity", "0")
    shop.manage("shell", "--no-imports", "-c", POPULATE)
    return shop


@pytest.fixture(scope="module")
def release_1(tmp_path_factory):
    """Release 1's shop with its data on a database of its own, and its
    dump: (the database's environment, the dump's directory).  The
    tests only read both."""
    work = tmp_path_factory.mktemp("shop_1")
    name = "dumpy_%d_shop_1" % os.getpid()
    env = fresh_database_env(VENDOR, name, str(work / "shop_1.sqlite3"))
    populated(Shop(1, env)).manage("dump2py", str(work / "dump"))
    yield env, work / "dump"
    drop_database(VENDOR, name)


@pytest.fixture
def dump_1(release_1):
    """The dump of release 1's shop."""
    return release_1[1]


@pytest.fixture
def old_shop_env(release_1, tmp_path):
    """A database of the test's own holding release 1's shop and data: a
    copy of release_1's (of its file on SQLite, TEMPLATE on PostgreSQL),
    filled again on MariaDB."""
    source, _ = release_1
    name, path = "dumpy_%d_old" % os.getpid(), tmp_path / "old.sqlite3"
    if VENDOR == "sqlite":
        shutil.copy(source["DUMPY_SQLITE_PATH"], path)
        return {"DUMPY_DB": "sqlite", "DUMPY_SQLITE_PATH": str(path)}
    if VENDOR == "postgresql":
        return fresh_database_env(VENDOR, name, str(path),
                                  template=source["DUMPY_DB_NAME"])
    env = fresh_database_env(VENDOR, name, str(path))
    populated(Shop(1, env))
    return env


def assert_every_drift(output):
    for line in DRIFT_LINES:
        assert line in output, line
    assert "The dump does not fit the current models (9 problems)" in output
    assert "duplicate primary key" not in output


def test_one_attempt_lists_every_drift_and_changes_nothing(dump_1, new_env):
    new = Shop(2, new_env)
    before = new.snapshot()
    result = new.restore(dump_1, check=False)
    assert result.returncode == 1
    assert_every_drift(result.stderr)
    assert new.snapshot() == before == {}


def test_drift_in_place_leaves_the_old_database_as_it_was(dump_1,
                                                         old_shop_env):
    new = Shop(2, old_shop_env)
    before = new.snapshot()
    assert before["shop_product"]
    result = new.restore(dump_1, check=False)
    assert result.returncode == 1
    assert_every_drift(result.stderr)
    assert new.snapshot() == before


def test_plan_prints_the_plan_and_the_drift_and_changes_nothing(
        dump_1, old_shop_env):
    new = Shop(2, old_shop_env)
    before = new.snapshot()
    for args in ([str(dump_1 / "restore.py"), "--plan"],
                 ["-m", "django", "run", str(dump_1) + "/", "--plan"]):
        result = new.run(args, check=False)
        assert result.returncode == 1, result.stderr
        assert "Plan for restoring %s" % dump_1 in result.stdout
        assert "  shop.Product: 2 rows" in result.stdout
        assert "shop.Product.currency: not in the dump, filled with its " \
               "default 'EUR'." in result.stdout
        assert "Kept: the rows of contenttypes.ContentType" in result.stdout
        assert_every_drift(result.stdout)
    assert new.snapshot() == before


def draft(dump, env, tmp_path, answers):
    """Run makestep with `answers` to its questions; the new module."""
    package = tmp_path / "steps"
    package.mkdir(exist_ok=True)
    (package / "__init__.py").write_text("")
    output = package / "shop_migrate.py"
    shop = Shop(2, env, PYTHONPATH="%s:%s" % (ROOT, tmp_path))
    result = shop.manage("makestep", str(dump), "--output", str(output),
                         input=answers)
    return shop, output, result.stdout


def fill_in(text):
    """Replace each TODO(...) placeholder with what the user would write."""
    def value(match):
        hint = match.group(0)
        return next(code for key, code in FILLED.items() if key in hint)
    return re.sub(r"TODO\((?:'[^']*'|\"[^\"]*\")\)", value, text)


def test_makestep_drafts_a_step_that_restores_every_value(
        dump_1, new_env, tmp_path):
    shop, output, said = draft(dump_1, new_env, tmp_path, "n\ny\ny\nn\n")
    assert "DUMPY_MIGRATION_CLASS = 'steps.shop_migrate.Migrator'" in said
    step = output.read_text()
    for line in ('RemoveModel("shop.Category")',
                 'RenameModel("shop.Customer", "shop.Client")',
                 'RenameField("shop.Product", "body", "description")',
                 'RemoveField("shop.Product", "legacy")',
                 'AddField("shop.Product", "sku", TODO(',
                 'ConvertValue("shop.Product", "price", TODO(',
                 'ConvertValue("shop.Product", "name", TODO(',
                 'ConvertValue("shop.Order", "note", TODO(',
                 'return "2.0"'):
        assert line in step, line
    fixed = Shop(2, new_env, PYTHONPATH="%s:%s" % (ROOT, tmp_path),
                 DUMPY_MIGRATION_CLASS="steps.shop_migrate.Migrator")
    before = fixed.snapshot()
    refused = fixed.restore(dump_1, check=False)
    assert refused.returncode == 1
    assert "the drafted step still has the placeholder TODO(" in \
        refused.stderr
    assert fixed.snapshot() == before
    output.write_text("from decimal import Decimal\n" + fill_in(step))
    result = fixed.restore(dump_1)
    assert "shop.Product.currency: not in the dump, filled with its " \
           "default 'EUR'." in result.stdout
    rows = fixed.rows()
    assert [(c["id"], c["name"]) for c in rows["shop.Client"]] == [
        (1, "Anna"), (2, "Björn")]
    assert [(p["id"], p["name"], p["description"], p["price"], p["sku"],
             p["currency"], p["weight"]) for p in rows["shop.Product"]] == [
        (1, "Hammer", "A good hammer", "12.50", "SKU-1", "EUR", None),
        (2, "Espresso m", "Makes coffee", "249.00", "SKU-2", "EUR", None)]
    assert [(o["customer_id"], o["product_id"], o["quantity"], o["note"])
            for o in rows["shop.Order"]] == [(1, 1, 2, "Gift wrap"),
                                             (2, 2, 1, "")]
    again = fixed.manage("makestep", str(dump_1), "--noinput")
    assert "No drift: the dump fits the current models." in again.stdout


def test_makestep_without_input_takes_nothing_for_a_rename(
        dump_1, new_env, tmp_path):
    _, output, _ = draft(dump_1, new_env, tmp_path, "")
    step = output.read_text()
    assert 'RemoveModel("shop.Customer")' in step
    assert 'RemoveField("shop.Product", "body")' in step
    assert 'AddField("shop.Product", "description", TODO(' in step


def test_an_unversioned_dump_migrates_once_its_version_is_stated(
        old_env, new_env, tmp_path):
    old = populated(Shop(1, old_env, DUMPY_VERSION=""))
    old.manage("dump2py", str(tmp_path / "dump"))
    migrator = "tests.upgrade_shop.filled.Migrator"
    new = Shop(2, new_env, DUMPY_MIGRATION_CLASS=migrator)
    result = new.run([str(tmp_path / "dump" / "restore.py"), "--plan"],
                     check=False)
    assert result.returncode == 1
    assert "The dump records no version (SOURCE_VERSION = None)" in \
        result.stdout
    result = new.run([str(tmp_path / "dump" / "restore.py"), "--plan",
                      "--source-version", "1.0"], check=False)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "No drift: the dump fits the current models." in result.stdout
    stated = Shop(2, new_env, DUMPY_MIGRATION_CLASS=migrator,
                  DUMPY_UNVERSIONED_DUMPS_ARE="1.0")
    stated.restore(tmp_path / "dump")
    assert [p["sku"] for p in stated.rows()["shop.Product"]] == [
        "SKU-1", "SKU-2"]


def test_makestep_adds_the_step_to_the_sites_migrator(
        dump_1, new_env, tmp_path):
    """A site with a migration class whose version was not raised: the
    plan says so, makestep adds the method to the class and says which
    version to set."""
    package = tmp_path / "steps"
    package.mkdir()
    (package / "__init__.py").write_text("")
    (package / "site_migrate.py").write_text(
        "from lino_dumpy.migrate import Migrator as Base\n\n\n"
        "class Migrator(Base):\n    \"\"\"The shop's steps.\"\"\"\n\n\n"
        "AFTER = 1\n")
    shop = Shop(2, new_env, PYTHONPATH="%s:%s" % (ROOT, tmp_path),
                DUMPY_VERSION="1.0",
                DUMPY_MIGRATION_CLASS="steps.site_migrate.Migrator")
    plan = shop.run([str(dump_1 / "restore.py"), "--plan"], check=False)
    assert plan.returncode == 1
    assert "the code's version was not raised" in plan.stdout
    said = shop.manage("makestep", str(dump_1), "--noinput").stdout
    assert "Added migrate_from_1_0() to Migrator in %s" % (
        package / "site_migrate.py") in said
    assert "put DUMPY_VERSION = '1.1' in the settings" in said
    source = (package / "site_migrate.py").read_text()
    assert source.index("def migrate_from_1_0") < source.index("AFTER = 1")
    assert 'return "1.1"' in source


def test_a_none_that_only_the_load_sees_names_row_and_field(
        dump_1, new_env):
    """The preflight builds only the first row of an opaque table; the
    load checks every row for None in a NOT NULL column (MariaDB without
    strict mode would store '' instead)."""
    new = Shop(2, new_env,
               DUMPY_MIGRATION_CLASS="tests.upgrade_shop.opaque.Migrator")
    before = new.snapshot()
    result = new.restore(dump_1, check=False)
    assert result.returncode == 1, result.stdout
    assert "shop_order.py:6" in result.stderr
    assert "shop.Order pk=2: note=None does not fit its field: " \
           "shop.Order.note is required (null=False) and the row has " \
           "None: give a value with ConvertValue(" in result.stderr
    after = new.snapshot()
    if VENDOR == "mysql":
        # MariaDB commits the schema step at once; the message says so.
        assert "The data was not changed, but the schema step" in \
            result.stderr
        assert not any(after[table] for table in after
                       if table.startswith("shop_"))
    else:
        assert after == before


def test_rename_questions_only_where_the_values_fit():
    from django.contrib.auth.models import Permission, User
    from django.db import models
    from lino_dumpy.upgrade.draft import may_be_renamed
    username = User._meta.get_field("username")  # CharField(150)
    content_type = Permission._meta.get_field("content_type")
    cases = [
        ("entry_type_id", [1, None], username, False),
        ("entry_type_id", [1, 2], content_type, True),
        ("entry_type_id", [1, None], content_type, False),
        ("entry_type_id", [2], models.IntegerField(), True),
        ("summary", ["Bar cannot baz"], models.TextField(), True),
        ("summary", ["Bar cannot baz"], username, True),
        ("summary", ["x" * 151], username, False),
        ("summary", [None], username, False),
        ("summary", [None], models.TextField(null=True), True),
        ("legacy", [7], username, False),
        ("external_id", ["A-1"], username, True),
    ]
    for column, values, field, expected in cases:
        assert may_be_renamed(column, values, field) is expected, (
            column, values, field)
