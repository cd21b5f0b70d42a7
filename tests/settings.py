"""Settings of the test project (backend chosen by DUMPY_DB)."""
import os

from lino_dumpy.projects.dbconfig import database_from_environ

BASE_DIR = os.path.dirname(os.path.abspath(__file__))
SECRET_KEY = "tests-only"
USE_TZ = True
TIME_ZONE = "Europe/Brussels"
SITE_ID = 1
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
INSTALLED_APPS = [
    "django.contrib.contenttypes",
    "django.contrib.auth",
    "django.contrib.sites",
    "django.contrib.sessions",
    "lino_dumpy",
    "tests.fieldtypes",
]
DATABASES = {"default": database_from_environ(
    os.path.join(BASE_DIR, "test.sqlite3"))}
DUMPY_VERSION = os.environ.get("DUMPY_VERSION", "1.0")
