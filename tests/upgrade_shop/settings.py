"""Settings of a shop in two releases that differ in every way a schema
can drift (tests/test_drift.py).  DUMPY_SHOP_RELEASE chooses 1 or 2;
DUMPY_MIGRATION_CLASS and DUMPY_UNVERSIONED_DUMPS_ARE come from the
environment when given."""
import os
from pathlib import Path

from lino_dumpy.projects.dbconfig import database_from_environ

RELEASE = os.environ.get("DUMPY_SHOP_RELEASE", "2")
DUMPY_VERSION = os.environ.get("DUMPY_VERSION", "%s.0" % RELEASE) or None
DUMPY_MIGRATION_CLASS = os.environ.get("DUMPY_MIGRATION_CLASS") or None
DUMPY_UNVERSIONED_DUMPS_ARE = os.environ.get("DUMPY_UNVERSIONED_DUMPS_ARE")

SECRET_KEY = "lino-dumpy-shop-not-a-secret"
INSTALLED_APPS = [
    "django.contrib.contenttypes",
    "django.contrib.auth",
    "lino_dumpy",
    "tests.upgrade_shop.v%s.shop" % RELEASE,
]
DATABASES = {"default": database_from_environ(
    Path(__file__).resolve().parent / "shop.sqlite3")}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
USE_TZ = True
TIME_ZONE = "UTC"
