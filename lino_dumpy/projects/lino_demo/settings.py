"""Settings of the Lino demo project.

A small but real Lino site: users, countries, contacts, gfks, checkdata and
changes with their demo fixtures, three languages (so that babel fields
exist) and a ``version`` (so that dumps carry a ``SOURCE_VERSION``). The
database is chosen by environment variables (see
:func:`lino_dumpy.projects.dbconfig.database_from_environ`).
"""

from pathlib import Path

from lino.projects.std.settings import *  # noqa: F401,F403 (Lino's defaults)

from lino_dumpy.projects.dbconfig import database_from_environ

PROJECT_DIR = Path(__file__).resolve().parent

SECRET_KEY = "lino-dumpy-lino-demo-not-a-secret"
DEBUG = False
# Set before the Site is created: Lino sets USE_TZ = False when it is missing.
USE_TZ = True
TIME_ZONE = "UTC"


class Site(Site):  # noqa: F405 (the Site class comes from Lino's defaults)
    verbose_name = "Lino demo for lino_dumpy"
    version = "1.0"
    # Lino needs a web front end even for command-line work.
    default_ui = "lino_react.react"
    # Avoids Lino's "unsupported locale setting" message on stdout.
    site_locale = "C.UTF-8"
    languages = "en de fr"
    the_demo_date = 20260101
    demo_fixtures = "std demo demo2 demo_changes"

    def get_installed_plugins(self):
        yield super().get_installed_plugins()
        yield "lino.modlib.users"
        # gfks brings contenttypes; checkdata brings checkdata.Message,
        # which Lino's dump2py leaves out.
        yield "lino.modlib.gfks"
        yield "lino.modlib.checkdata"
        # changes.Change has two FKs to ContentType (see fixtures/).
        yield "lino.modlib.changes"
        yield "lino_xl.lib.countries"
        yield "lino_xl.lib.contacts"


SITE = Site(globals())

# Site.__init__ points DATABASES to a file in the project directory; replace
# it afterwards so that the test matrix can choose the backend.
DATABASES = {"default": database_from_environ(PROJECT_DIR / "default.sqlite3")}
