"""Lino's ``initdb``, made safe for the restore of a Lino dump.

A Lino ``restore.py`` calls ``initdb`` by name right after creating its
loader; Lino's command would drop the database before a single row is
known to load.  In a Lino site with the lino_dumpy plugin this command
comes first: while a Lino dump is being restored it replaces the data
atomically instead (see lino_dumpy.lino.compat); otherwise it is Lino's
``initdb``, unchanged.
"""
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.db import DEFAULT_DB_ALIAS

from lino_dumpy.conf import lino_site
from lino_dumpy.lino.compat import running_restore


class Command(BaseCommand):
    help = ("Lino's initdb (flush the database and load fixtures). During "
            "the restore of a Lino dump, replace the data with the dump in "
            "one transaction instead.")

    def add_arguments(self, parser):
        parser.add_argument("fixtures", nargs="*",
                            help="The fixtures to load (Lino's initdb).")
        parser.add_argument(
            "--noinput", action="store_false", dest="interactive",
            help="Do not prompt for input of any kind.")
        parser.add_argument(
            "--removemedia", action="store_true",
            help="Remove all files in MEDIA_ROOT (Lino's initdb).")
        parser.add_argument(
            "--database", default=DEFAULT_DB_ALIAS,
            help="The database to reset (Lino's initdb; a restore always "
                 "uses the database of the dump's loader).")

    def handle(self, **options):
        restore = running_restore()
        if restore is not None:
            restore.replace_data(interactive=options["interactive"])
            return
        if lino_site() is None:
            raise CommandError(
                "initdb is a command of Lino sites, and this project is not "
                "one. Use `manage.py flush` and `manage.py loaddata`.")
        # Lino is optional; this branch runs only in a Lino site.
        from lino.management.commands.initdb import Command as LinoInitdb
        call_command(
            LinoInitdb(), *options["fixtures"],
            interactive=options["interactive"],
            removemedia=options["removemedia"],
            database=options["database"], verbosity=options["verbosity"])
