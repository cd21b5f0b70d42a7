"""A minimal Lino 26.10 site around the same ledger app.

It exists only to run Lino's own ``dump2py`` and ``restore.py`` on the
benchmark's data, so lino_dumpy is deliberately *not* installed here (its
plugin would take over both commands).  The database comes from the
environment (harness.dbconfig), like the Django site's.
"""

from lino.projects.std.settings import *  # noqa: F401,F403 (Lino's defaults)

from harness.dbconfig import database_from_environ

SECRET_KEY = "lino-dumpy-benchmark-lino-not-a-secret"
DEBUG = False
# Before the Site is created: Lino sets USE_TZ = False when it is missing.
USE_TZ = True
TIME_ZONE = "UTC"


class Site(Site):  # noqa: F405 (the Site class comes from Lino's defaults)
    verbose_name = "lino_dumpy benchmark (Lino 26.10)"
    version = "1.0"
    # Lino needs a web front end even for command-line work.
    default_ui = "lino_react.react"
    # Avoids Lino's "unsupported locale setting" message on stdout.
    site_locale = "C.UTF-8"
    with_users = False

    def get_installed_plugins(self):
        yield super().get_installed_plugins()
        yield "django.contrib.contenttypes"
        yield "bench"
        # Explicit tables for the models whose automatic Lino table would
        # crash at startup (UUIDField, FloatField).
        yield "lino_tables"


SITE = Site(globals())

# Site.__init__ points DATABASES to a file in the project directory;
# replace it afterwards.
DATABASES = {"default": database_from_environ()}
