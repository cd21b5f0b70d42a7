from django.core.management.base import CommandError
from django.db import DEFAULT_DB_ALIAS, DatabaseError

from lino_dumpy.cli import ask, check_migrated, count_of, database_error

from lino_dumpy.testing.ddt import double_dump_test
from lino_dumpy.exceptions import DumpyError
from lino_dumpy.management.base import DatabaseCommand

MAX_SHOWN = 50


class Command(DatabaseCommand):
    help = ("Double dump test: dump the database, restore that dump into "
            "it, dump again and compare the two dumps.")

    def add_arguments(self, parser):
        parser.add_argument(
            "-b", "--noinput", "--batch", action="store_false",
            dest="interactive",
            help="Do not ask before restoring into the database.")
        parser.add_argument(
            "--keep", action="store_true",
            help="Keep the two dumps (their location is printed).")
        parser.add_argument(
            "--tmpdir", default=None,
            help="Where to write the dumps (default: the system's "
                 "temporary directory).")
        parser.add_argument(
            "--database", default=DEFAULT_DB_ALIAS,
            help="The database to test (default: %(default)r).")

    def handle(self, **options):
        using = options["database"]
        try:
            refusal = check_migrated(using)
        except DatabaseError as error:
            raise CommandError(database_error(
                error, using, "listing its tables")) from error
        if refusal:
            raise CommandError(refusal + " Nothing was changed.")
        if options["interactive"] and not ask(
                "The double dump test replaces the data of database %r by "
                "a restored copy of itself. Continue? [y/N] " % using,
                self.stdout):
            raise CommandError(
                "Cancelled; nothing was changed. Use --noinput to run the "
                "double dump test without asking.")
        try:
            report = double_dump_test(
                using=using, workdir=options["tmpdir"], keep=options["keep"])
        except DumpyError as error:
            raise CommandError(str(error)) from error
        except DatabaseError as error:
            raise CommandError(database_error(
                error, using, "running the double dump test")) from error
        if options["keep"]:
            self.stdout.write("Dumps kept in %s and %s." % (
                report.first, report.second))
        if report.ok:
            self.stdout.write("Double dump test passed: %s, both dumps "
                              "identical." % count_of(report.rows, "row"))
            return
        for difference in report.differences[:MAX_SHOWN]:
            self.stdout.write(str(difference))
        more = len(report.differences) - MAX_SHOWN
        if more > 0:
            self.stdout.write("... and %d more differences." % more)
        raise CommandError(
            "Double dump test failed: %d difference(s) between the dump "
            "and the dump of its restore." % len(report.differences))
