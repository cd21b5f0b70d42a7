import json

from django.core.management.base import BaseCommand

from bench.generate import table_counts


class Command(BaseCommand):
    help = ("Print the rows per table of the ledger app as JSON, so that "
            "the harness can check what a restore really loaded.")

    def handle(self, **options):
        self.stdout.write(json.dumps(table_counts(), sort_keys=True))
