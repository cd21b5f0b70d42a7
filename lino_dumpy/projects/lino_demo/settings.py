"""Settings of the Lino demo project.

A small but real Lino site with the lino_dumpy plugin: users, countries,
contacts, gfks, checkdata and changes with their demo fixtures, three
languages (so that babel fields exist), a journal whose entries have
save() side effects (memo previews and mentions, see journal/), and a
``version`` with a migrator (``migration.py``): release 1.0 restores dumps
of release 0.9, which ``DUMPY_LINO_DEMO_VERSION=0.9`` runs.  The database
is chosen by environment variables (see
:func:`lino_dumpy.projects.dbconfig.database_from_environ`).
"""

import os
from pathlib import Path

from lino.projects.std.settings import *  # noqa: F401,F403 (Lino's defaults)

from lino_dumpy.projects.dbconfig import database_from_environ

PROJECT_DIR = Path(__file__).resolve().parent

SECRET_KEY = "lino-dumpy-lino-demo-not-a-secret"
DEBUG = False
# Set before the Site is created: Lino sets USE_TZ = False when it is missing.
# DUMPY_LINO_USE_TZ=0 runs the site as Lino's default does, with naive
# datetimes in local time (the tests use it).
USE_TZ = os.environ.get("DUMPY_LINO_USE_TZ", "1") == "1"
TIME_ZONE = "UTC" if USE_TZ else "Europe/Brussels"


class Site(Site):  # noqa: F405 (the Site class comes from Lino's defaults)
    verbose_name = "Lino demo for lino_dumpy"
    # DUMPY_LINO_DEMO_VERSION=0.9 runs the previous release of the demo
    # (see journal/), whose dumps version 1.0 restores through
    # migration.Migrator.
    version = os.environ.get("DUMPY_LINO_DEMO_VERSION", "1.0")
    migration_class = "lino_dumpy.projects.lino_demo.migration.Migrator"
    # Lino needs a web front end even for command-line work.
    default_ui = "lino_react.react"
    # Avoids Lino's "unsupported locale setting" message on stdout.
    site_locale = "C.UTF-8"
    languages = "en de fr"
    the_demo_date = 20260101
    demo_fixtures = "std demo demo2 demo_changes"

    def get_installed_plugins(self):
        yield super().get_installed_plugins()
        # lino_dumpy replaces Lino's dump2py, ddt, run and restore.
        yield "lino_dumpy"
        yield "lino.modlib.users"
        # gfks brings contenttypes; checkdata brings checkdata.Message,
        # which Lino's dump2py leaves out.
        yield "lino.modlib.gfks"
        yield "lino.modlib.checkdata"
        # changes.Change has two FKs to ContentType (see fixtures/).
        yield "lino.modlib.changes"
        yield "lino_xl.lib.countries"
        yield "lino_xl.lib.contacts"
        # A model whose save() has side effects (release 1.0: memo previews
        # and mentions).
        yield "lino_dumpy.projects.lino_demo.journal"


SITE = Site(globals())

# Site.__init__ points DATABASES to a file in the project directory; replace
# it afterwards so that the test matrix can choose the backend.
DATABASES = {"default": database_from_environ(PROJECT_DIR / "default.sqlite3")}

# The tests choose how many processes write a dump (see lino_dumpy.dump.workers).
if os.environ.get("DUMPY_DUMP_WORKERS"):
    DUMPY_DUMP_WORKERS = int(os.environ["DUMPY_DUMP_WORKERS"])
