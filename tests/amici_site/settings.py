"""Settings of Lino Amici's demo site ``amici1`` for the upgrade test.

The same file runs both releases: Amici 25.10.0 wrote the stored dump
(tests/samples/make_amici_sample.py), Amici 26.10.0 restores it through
``migrate.Migrator``.  As amici1, but without third-party authentication
(which needs Google credentials and the social-auth packages).
``DUMPY_AMICI_MIGRATOR`` replaces the migration class ("" for none).
"""
import os
from pathlib import Path

from lino_amici.lib.amici.settings import *  # noqa: F401,F403

from lino_dumpy.projects.dbconfig import database_from_environ

PROJECT_DIR = Path(__file__).resolve().parent


class Site(Site):  # noqa: F405 (Amici's Site)
    is_demo_site = True
    the_demo_date = 20191216
    languages = "en de fr"
    site_locale = "C.UTF-8"
    # DUMPY_AMICI_MIGRATOR="" runs the site without its step.
    migration_class = os.environ.get(
        "DUMPY_AMICI_MIGRATOR", "tests.amici_site.migrate.Migrator") or None
    custom_layouts_module = "tests.amici_site.layouts"

    def get_installed_plugins(self):
        yield super().get_installed_plugins()
        yield "lino_dumpy"


SITE = Site(globals())
DEBUG = True

DATABASES = {"default": database_from_environ(PROJECT_DIR / "default.db")}
