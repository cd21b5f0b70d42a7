"""``manage.py restore DIR``: restore a dump without running its code."""
import sys

from django.core.management.base import BaseCommand

from lino_dumpy.restore.arguments import add_restore_arguments, restore_options
from lino_dumpy.restore.restorer import configure_logging, exit_on_failure
from lino_dumpy.restore.safe import restore_safely


class Command(BaseCommand):
    help = (
        "Restore the dump in DIR without running any of its code: "
        "restore.py and the table files are read as data, and only what "
        "lino_dumpy's or Lino's dump2py generates is accepted. Use it for "
        "dumps from elsewhere; `manage.py run DIR/` runs a dump as a "
        "program, for dumps whose author you trust.")
    requires_system_checks = []

    def add_arguments(self, parser):
        parser.add_argument(
            "directory", help="The dump directory (holding restore.py).")
        add_restore_arguments(parser)

    def handle(self, directory, **options):
        restore = restore_options(options, self.stdout)
        configure_logging(options["verbosity"])
        with exit_on_failure(options["traceback"], options["database"]):
            report = restore_safely(directory, restore)
        if restore.plan and report.drift:
            sys.exit(1)
