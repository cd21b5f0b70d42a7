from django.core.management.base import BaseCommand, CommandError

from lino_dumpy.cli import ask
from lino_dumpy.exceptions import DumpyError
from lino_dumpy.restore import load_dump
from lino_dumpy.upgrade.draft import draft_step, write_draft


class Command(BaseCommand):
    help = ("Draft the migration step (migrate_from_X_Y) that makes a dump "
            "fit the current models, as makemigrations drafts a schema "
            "migration.")
    requires_system_checks = []

    def add_arguments(self, parser):
        parser.add_argument("directory", help="The dump directory.")
        parser.add_argument(
            "--noinput", "--no-input", action="store_false",
            dest="interactive",
            help="Ask no questions: nothing is taken for a rename.")
        parser.add_argument(
            "--output", default=None,
            help="Write a new migration module to this file (default: the "
                 "site's migration class, or dumpy_migrate.py next to the "
                 "settings).")
        parser.add_argument(
            "--dry-run", action="store_true",
            help="Print the drafted step instead of writing it.")
        parser.add_argument(
            "--source-version", default=None, metavar="VERSION",
            help="The version of a dump that records none.")

    def handle(self, directory, interactive, output, dry_run,
               source_version, **options):
        answer = (lambda question: ask(question, self.stdout)) \
            if interactive else None
        try:
            draft = draft_step(vars(load_dump(directory)), answer,
                               source_version)
            if draft is None:
                self.stdout.write("No drift: the dump fits the current "
                                  "models. Nothing to draft.")
                return
            if dry_run:
                self.stdout.write(draft.method_source())
                return
            for line in write_draft(draft, output):
                self.stdout.write(line)
        except DumpyError as error:
            raise CommandError(str(error)) from error
