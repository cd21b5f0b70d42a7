from django.core.management.base import BaseCommand
from django.db import transaction

from lino_dumpy.projects.library.data import populate


class Command(BaseCommand):
    help = "Fill the catalog of release 1 with the library's demo data."

    def add_arguments(self, parser):
        parser.add_argument(
            "--prices-in-cents", action="store_true",
            help="Store prices in cents, as release 0.9 did.")

    def handle(self, prices_in_cents, **options):
        with transaction.atomic():
            populate(prices_in_cents)
