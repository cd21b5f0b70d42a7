"""Drive releases of the library example project in subprocesses.

Each release runs in its own process with its own settings, the way an
old and a new version of an application meet in real life: the old one
writes the dump, the new one restores it.
"""
import json
import os
import sys

from tests import forkserver

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SAMPLES = os.path.join(ROOT, "tests", "samples")

ROWS_SCRIPT = """
import json
from django.apps import apps
print(json.dumps({m._meta.label: list(m.objects.order_by("pk").values())
                  for m in apps.get_app_config("catalog").get_models()},
                 default=str))
"""


class Release:
    """One release of the library project on one database."""

    def __init__(self, release, db_env, **env):
        self.env = dict(
            os.environ, PYTHONPATH=ROOT,
            DJANGO_SETTINGS_MODULE="lino_dumpy.projects.library.settings",
            DUMPY_LIBRARY_VERSION=str(release), **db_env)
        self.env.update(env)

    def run(self, args, check=True, input=None):
        result = forkserver.run([sys.executable] + args, self.env,
                                input=input, timeout=300)
        if check and result.returncode:
            raise AssertionError("%s failed (%d):\n%s\n%s" % (
                args, result.returncode, result.stdout, result.stderr))
        return result

    def manage(self, *args, **kwargs):
        return self.run(["-m", "django"] + list(args), **kwargs)

    def restore(self, directory, *args, check=True, safe=False):
        """Run the dump's restore.py, or ``manage.py restore`` if `safe`."""
        if safe:
            return self.manage("restore", str(directory), "--noinput",
                               *args, check=check)
        return self.run([os.path.join(str(directory), "restore.py"),
                         "--noinput"] + list(args), check=check)

    def rows(self):
        """``{model label: [row dicts]}`` of the catalog, via a subprocess."""
        return json.loads(self.manage("shell", "--no-imports", "-c",
                                      ROWS_SCRIPT).stdout)

    def build(self, prices_in_cents=False):
        """Migrate and fill the database with release 1's demo data."""
        self.manage("migrate", "--verbosity", "0")
        args = ["--prices-in-cents"] if prices_in_cents else []
        self.manage("populate_library", *args)


def sample(name):
    return os.path.join(SAMPLES, name)
