"""Settings of the test project.

The backend of each alias is chosen by environment variables (see
lino_dumpy.projects.dbconfig): ``default`` by DUMPY_DB / DUMPY_DB_NAME /
DUMPY_SQLITE_PATH, ``other`` (a second database for restores into a
fresh database and cross-database tests) by the same names prefixed with
DUMPY_OTHER_ (falling back to the backend of ``default``).
"""
import os

from lino_dumpy.projects.dbconfig import database_from_environ

BASE_DIR = os.path.dirname(os.path.abspath(__file__))


def other_database():
    environ = dict(os.environ)
    environ["DUMPY_DB"] = os.environ.get(
        "DUMPY_OTHER_DB", os.environ.get("DUMPY_DB", "sqlite"))
    environ["DUMPY_DB_NAME"] = os.environ.get("DUMPY_OTHER_DB_NAME",
                                              "test_other")
    environ["DUMPY_SQLITE_PATH"] = os.environ.get(
        "DUMPY_OTHER_SQLITE_PATH", os.path.join(BASE_DIR, "other.sqlite3"))
    return database_from_environ(environ["DUMPY_SQLITE_PATH"], environ)


SECRET_KEY = "tests-only"
# Subprocess tests switch the time zone settings (tests/test_timezones.py).
USE_TZ = os.environ.get("DUMPY_USE_TZ", "1") == "1"
TIME_ZONE = os.environ.get("DUMPY_TIME_ZONE", "Europe/Brussels")
SITE_ID = 1
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
INSTALLED_APPS = [
    "django.contrib.contenttypes",
    "django.contrib.auth",
    "django.contrib.sites",
    "django.contrib.sessions",
    "lino_dumpy",
    "tests.fieldtypes",
    "tests.perapp",
]
if os.environ.get("DUMPY_TEST_EXTRA_APP"):
    INSTALLED_APPS.append("tests.extraapp")
# tests/test_inplace.py: an app without migrations in two releases.
if os.environ.get("DUMPY_TEST_INPLACE"):
    INSTALLED_APPS.append("tests.inplace")
# tests/test_composite_key.py: a model with a composite primary key.
if os.environ.get("DUMPY_TEST_COMPOSITE_KEY"):
    INSTALLED_APPS.append("tests.compositekey")

DATABASES = {
    "default": database_from_environ(os.path.join(BASE_DIR, "test.sqlite3")),
    "other": other_database(),
}
for alias in DATABASES:
    DATABASES[alias]["TEST"] = {"NAME": DATABASES[alias]["NAME"]}
# MariaDB session variables of a test (e.g. default_storage_engine=MyISAM,
# as Lino's installer sets it; tests/test_myisam.py).
if os.environ.get("DUMPY_TEST_SESSION_VARIABLES") and \
        "init_command" in DATABASES["default"].get("OPTIONS", {}):
    DATABASES["default"]["OPTIONS"]["init_command"] += ", " + os.environ[
        "DUMPY_TEST_SESSION_VARIABLES"]

DUMPY_VERSION = os.environ.get("DUMPY_VERSION", "1.0")
DUMPY_MIGRATION_CLASS = os.environ.get("DUMPY_MIGRATION_CLASS") or None

# .py fixtures through loaddata (tests/test_serializer.py).
SERIALIZATION_MODULES = {"py": "lino_dumpy.serializer"}

# Subprocess tests choose how many processes write a dump.
if os.environ.get("DUMPY_DUMP_WORKERS"):
    DUMPY_DUMP_WORKERS = int(os.environ["DUMPY_DUMP_WORKERS"])

# tests/test_left_out.py: no table for fieldtypes.Routed on this alias.
if os.environ.get("DUMPY_TEST_ROUTED_OFF"):
    DUMPY_TEST_ROUTED_OFF = os.environ["DUMPY_TEST_ROUTED_OFF"]
    DATABASE_ROUTERS = ["tests.routers.RoutedOff"]
