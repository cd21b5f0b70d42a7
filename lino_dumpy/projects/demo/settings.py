"""Settings of the demo shop project.

The database backend is chosen by environment variables (see
:func:`lino_dumpy.projects.dbconfig.database_from_environ`) so that the
same project serves the tests on SQLite, PostgreSQL and MariaDB.
"""

from pathlib import Path

from lino_dumpy.projects.dbconfig import database_from_environ

PROJECT_DIR = Path(__file__).resolve().parent

SECRET_KEY = "lino-dumpy-demo-not-a-secret"
DEBUG = False
ALLOWED_HOSTS = []

INSTALLED_APPS = [
    "django.contrib.contenttypes",
    "django.contrib.auth",
    "django.contrib.sites",
    "django.contrib.sessions",
    "lino_dumpy",
    "lino_dumpy.projects.demo.shop",
]

DATABASES = {"default": database_from_environ(PROJECT_DIR / "default.sqlite3")}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

USE_TZ = True
TIME_ZONE = "Europe/Brussels"
USE_I18N = True
LANGUAGE_CODE = "en-us"

SITE_ID = 1

DUMPY_VERSION = "1.0"

# Needed for `manage.py loaddata demo_shop`: loaddata skips the files of
# formats it does not know.
SERIALIZATION_MODULES = {"py": "lino_dumpy.serializer"}
