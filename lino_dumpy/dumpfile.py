"""The module every dump imports: ``from lino_dumpy.dumpfile import *``.

This path is kept because every ``restore.py`` ever written starts with
that line.  It sets Django up when the dump runs as a plain script
(``python restore.py``), then provides the names of the restore-time
runtime (:mod:`lino_dumpy.restore.runtime`), which has no side effects.
"""
import os
import sys

import django
from django.apps import apps

from .cli import apply_django_options


def setup_django():
    """Set Django up when restore.py is run as ``python restore.py``."""
    if apps.ready:
        return
    apply_django_options(sys.argv[1:])
    module = os.environ.get("DJANGO_SETTINGS_MODULE")
    if not module:
        sys.exit(
            "DJANGO_SETTINGS_MODULE is not set, so this dump does not know "
            "which site to restore into. Run `python manage.py run "
            "DIR/restore.py` from the project, or set DJANGO_SETTINGS_MODULE "
            "(or give --settings).")
    if os.getcwd() not in sys.path:
        sys.path.append(os.getcwd())
    try:
        django.setup()
    except ImportError as error:
        sys.exit(
            "Cannot load the settings module %r (%s). Check "
            "DJANGO_SETTINGS_MODULE and run from the project directory."
            % (module, error))


setup_django()

from .restore.runtime import *  # noqa: E402,F401,F403
from .restore.runtime import __all__  # noqa: E402,F401
