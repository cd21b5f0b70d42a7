import json
import time

from django.core.management.base import BaseCommand, CommandError

from bench.generate import Generator, table_counts


class Command(BaseCommand):
    help = ("Fill the empty ledger tables with ROWS deterministic rows and "
            "print the rows per table as JSON on the last line.")

    def add_arguments(self, parser):
        parser.add_argument("--rows", type=int, default=100_000,
                            help="Total rows to write (default: %(default)s).")
        parser.add_argument("--seed", type=int, default=1,
                            help="Seed of the generator "
                                 "(default: %(default)s).")

    def handle(self, rows, seed, **options):
        if any(table_counts().values()):
            raise CommandError("The ledger tables are not empty; generate "
                               "into a freshly migrated database.")
        started = time.monotonic()
        Generator(rows, seed).run()
        counts = table_counts()
        self.stderr.write("Generated %d rows in %.1f s." % (
            sum(counts.values()), time.monotonic() - started))
        self.stdout.write(json.dumps(counts, sort_keys=True))
