"""``manage.py populate_demo``: fill the demo shop with deterministic data."""

from django.apps import apps
from django.core.management.base import BaseCommand, CommandError
from django.db import DEFAULT_DB_ALIAS, transaction

from lino_dumpy.projects.demo.shop.demo_data import populate


class Command(BaseCommand):
    help = ("Fill the empty demo shop tables with deterministic demo data "
            "in one transaction.")

    def add_arguments(self, parser):
        parser.add_argument(
            "--size", type=int, default=1,
            help="Scale factor for the row counts (default: 1).")
        parser.add_argument(
            "--seed", type=int, default=1,
            help="Seed of the random generator (default: 1).")

    def handle(self, *args, size, seed, verbosity, **options):
        if size < 1:
            raise CommandError("--size must be at least 1, got %d." % size)
        shop_models = apps.get_app_config("shop").get_models()
        filled = [model._meta.label for model in shop_models
                  if model.objects.exists()]
        if filled:
            raise CommandError(
                "The shop tables are not empty (rows in %s). Run "
                "'manage.py flush' first, or use a fresh database."
                % ", ".join(filled))
        with transaction.atomic(using=DEFAULT_DB_ALIAS):
            populate(size=size, seed=seed)
        if verbosity >= 1:
            self.report_counts()

    def report_counts(self):
        for model in apps.get_app_config("shop").get_models(
                include_auto_created=True):
            self.stdout.write("%s: %d rows" % (
                model._meta.label, model.objects.count()))
