"""Settings of the non-deterministic demo project (tests only)."""
from pathlib import Path

from lino_dumpy.projects.dbconfig import database_from_environ

SECRET_KEY = "tests-only"
USE_TZ = True
TIME_ZONE = "UTC"
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
INSTALLED_APPS = [
    "django.contrib.contenttypes",
    "django.contrib.auth",
    "lino_dumpy",
    "tests.ddt_project.flaky",
]
DATABASES = {"default": database_from_environ(
    Path(__file__).resolve().parent / "flaky.sqlite3")}
SERIALIZATION_MODULES = {"py": "lino_dumpy.serializer"}
