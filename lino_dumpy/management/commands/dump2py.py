from django.core.management.base import CommandError
from django.db import DEFAULT_DB_ALIAS, DatabaseError

from lino_dumpy import conf
from lino_dumpy.cli import check_migrated, count_of, database_error
from lino_dumpy.engines import describe_tables
from lino_dumpy.exceptions import DumpyError, was_interrupted
from lino_dumpy.management.base import DatabaseCommand
from lino_dumpy.dump.writer import dump


class Command(DatabaseCommand):
    help = ("Write the database as a Python dump: a directory with a "
            "restore.py and one file of rows per table.")

    def add_arguments(self, parser):
        parser.add_argument(
            "output_dir", help="The directory to create (must not exist "
            "unless --overwrite is given).")
        parser.add_argument(
            "-o", "--overwrite", action="store_true",
            help="Replace an existing dump directory (only once the new "
                 "dump is complete).")
        parser.add_argument(
            "--noinput", action="store_false", dest="interactive",
            help="Do not prompt for input of any kind (dump2py never asks; "
                 "accepted for compatibility with Lino).")
        parser.add_argument(
            "-m", "--max-row-count", type=int,
            default=conf.DEFAULT_MAX_ROW_COUNT,
            help="Maximum number of rows per table file (default: "
                 "%(default)s).")
        parser.add_argument(
            "-t", "--tolerate", action="store_true",
            help="Write the dump even if some tables cannot be read; their "
                 "table files then refuse to restore. Exits non-zero.")
        parser.add_argument(
            "--database", default=DEFAULT_DB_ALIAS,
            help="The database to dump (default: %(default)r).")
        parser.add_argument(
            "--exclude", "-e", action="append", default=[],
            metavar="APP[.MODEL]",
            help="Leave out an app or a model; may be repeated.")
        parser.add_argument(
            "--non-atomic", action="store_true",
            help="Dump MariaDB/MySQL tables without transactions (MyISAM, "
                 "Aria...) under LOCK TABLES ... READ, which blocks every "
                 "writer of the database until the dump is written.")

    def handle(self, output_dir, **options):
        if options["max_row_count"] < 1:
            raise CommandError("--max-row-count must be at least 1.")
        try:
            refusal = check_migrated(options["database"])
        except DatabaseError as error:
            raise CommandError(database_error(
                error, options["database"], "listing its tables")) from error
        if refusal:
            raise CommandError(refusal + " No dump was written.")
        try:
            report = dump(
                output_dir, using=options["database"],
                overwrite=options["overwrite"], excludes=options["exclude"],
                max_row_count=options["max_row_count"],
                tolerate=options["tolerate"],
                non_atomic=options["non_atomic"],
                progress=None if options["verbosity"] else False)
        except (DumpyError, KeyboardInterrupt, DatabaseError) as error:
            if was_interrupted(error):
                raise CommandError(
                    "Interrupted: nothing at %s has changed." % output_dir,
                    returncode=130) from error
            if not isinstance(error, DumpyError):
                raise CommandError(database_error(
                    error, options["database"], "being dumped") +
                    " Nothing at %s has changed." % output_dir) from error
            raise CommandError(str(error)) from error
        if options["verbosity"] and report.locked_tables:
            self.stdout.write(
                "--non-atomic: read the database under LOCK TABLES ... READ "
                "(no writes meanwhile); tables without transactions: %s."
                % describe_tables(report.locked_tables))
        if options["verbosity"]:
            for label, reason in report.left_out.items():
                self.stdout.write("Left out: %s (%s)" % (label, reason))
            workers = (" (%d worker processes)" % report.workers
                       if report.workers else "")
            self.stdout.write(
                "Wrote %s of %s to %s in %.1f s%s." % (
                    count_of(report.rows, "row"),
                    count_of(len(report.tables), "model"),
                    report.output_dir, report.seconds, workers))
        if report.errors:
            raise CommandError(
                "%s could not be read (%s); the dump at %s is "
                "incomplete and refuses to restore them." % (
                    count_of(len(report.errors), "table"),
                    ", ".join(t.label for t in report.errors),
                    report.output_dir))
