"""``manage.py restore DIR``: restore a dump without running its code."""
from dataclasses import fields

from django.core.management.base import BaseCommand, CommandError

from lino_dumpy.restore.restorer import (
    RestoreOptions, add_restore_arguments, configure_logging,
    exit_on_failure, restore_options)
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
        parser.add_argument(
            "--plan", action="store_true", default=False,
            help="Print the migration plan and the drift between the dump "
                 "and the models, and change nothing.")

    def handle(self, directory, **options):
        restore = restore_options(options, self.stdout)
        if options["plan"]:
            if "plan" not in {f.name for f in fields(RestoreOptions)}:
                raise CommandError(
                    "--plan is not available in this version of lino_dumpy."
                    " Nothing was changed.")
            restore.plan = True
        configure_logging(options["verbosity"])
        with exit_on_failure(options["traceback"], options["database"]):
            restore_safely(directory, restore)
