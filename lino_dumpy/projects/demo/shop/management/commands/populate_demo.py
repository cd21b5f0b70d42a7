"""``manage.py populate_demo``: fill the demo shop with deterministic data.

The data is the ``demo_shop`` fixture (``manage.py loaddata demo_shop``
loads it with the default size and seed); this command saves the same
objects with another size or seed.
"""

from django.apps import apps
from django.core.management.base import BaseCommand, CommandError
from django.db import DEFAULT_DB_ALIAS

from lino_dumpy.fixtures import demo_shop
from lino_dumpy.serializer import load_objects


class Command(BaseCommand):
    help = ("Fill the empty demo shop tables with deterministic demo data "
            "in one transaction (the demo_shop fixture, scaled).")

    def add_arguments(self, parser):
        parser.add_argument(
            "--size", type=int, default=1,
            help="Scale factor for the row counts (default: 1).")
        parser.add_argument(
            "--seed", type=int, default=1,
            help="Seed of the random generator (default: 1).")
        parser.add_argument(
            "--database", default=DEFAULT_DB_ALIAS,
            help="The database to fill (default: %(default)r).")

    def handle(self, *args, size, seed, database, verbosity, **options):
        if size < 1:
            raise CommandError("--size must be at least 1, got %d." % size)
        shop_models = apps.get_app_config("shop").get_models()
        filled = [model._meta.label for model in shop_models
                  if model._base_manager.using(database).exists()]
        if filled:
            raise CommandError(
                "The shop tables are not empty (rows in %s). Run "
                "'manage.py flush' first, or use a fresh database."
                % ", ".join(filled))
        load_objects(demo_shop.objects(size=size, seed=seed), using=database,
                     fixture=demo_shop.__file__)
        if verbosity >= 1:
            self.report_counts(database)

    def report_counts(self, database):
        for model in apps.get_app_config("shop").get_models(
                include_auto_created=True):
            self.stdout.write("%s: %d rows" % (
                model._meta.label, model._base_manager.using(database).count()))
