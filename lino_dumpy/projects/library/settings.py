"""Settings of the library project; the release is chosen by the
environment (DUMPY_LIBRARY_VERSION = 1, 2 or 3, default 3)."""
import os
from pathlib import Path

from lino_dumpy.projects.dbconfig import database_from_environ

RELEASE = os.environ.get("DUMPY_LIBRARY_VERSION", "3")
RELEASES = {
    "1": ("1.0", None),
    "2": ("2.0", "lino_dumpy.projects.library.v2.catalog.migrate.Migrator"),
    "3": ("3.0", "lino_dumpy.projects.library.v3.catalog.migrate.Migrator"),
}
if RELEASE not in RELEASES:
    raise ValueError("DUMPY_LIBRARY_VERSION must be 1, 2 or 3, not %r"
                     % RELEASE)
DUMPY_VERSION, DUMPY_MIGRATION_CLASS = RELEASES[RELEASE]
DUMPY_MIGRATION_CLASS = os.environ.get("DUMPY_MIGRATION_CLASS",
                                       DUMPY_MIGRATION_CLASS)
DUMPY_VERSION = os.environ.get("DUMPY_VERSION", DUMPY_VERSION)

SECRET_KEY = "lino-dumpy-library-not-a-secret"
INSTALLED_APPS = [
    "django.contrib.contenttypes",
    "django.contrib.auth",
    "lino_dumpy",
    "lino_dumpy.projects.library.v%s.catalog" % RELEASE,
]
DATABASES = {"default": database_from_environ(
    Path(__file__).resolve().parent / "library.sqlite3")}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
USE_TZ = True
TIME_ZONE = "UTC"
SERIALIZATION_MODULES = {"py": "lino_dumpy.serializer"}
