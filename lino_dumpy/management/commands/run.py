import argparse
import os
import runpy
import sys

from django.core.management.base import BaseCommand, CommandError

from lino_dumpy.dumpformat import RESTORE_SCRIPT
from lino_dumpy.lino.arguments import is_lino_dump, take_restore_options


class Command(BaseCommand):
    help = ("Run a Python script with the site loaded, as Lino's `run` "
            "does. Given a dump directory, run its restore.py.")
    requires_system_checks = []

    def add_arguments(self, parser):
        parser.add_argument(
            "script", help="The script to run, or a dump directory.")
        parser.add_argument(
            "script_args", nargs=argparse.REMAINDER, metavar="args",
            help="Arguments passed to the script (e.g. --noinput).")

    def handle(self, script, script_args, **options):
        path = script
        if os.path.isdir(path):
            path = os.path.join(path, RESTORE_SCRIPT)
        if not os.path.isfile(path):
            raise CommandError(
                "%s does not exist. Give a Python script or a dump "
                "directory that contains restore.py." % path)
        # An absolute __file__: a Lino dump's main() does
        # os.chdir(os.path.dirname(__file__)).
        path = os.path.abspath(path)
        if is_lino_dump(path):
            script_args = take_restore_options(script_args)
        sys.argv = [path] + list(script_args)
        runpy.run_path(path, run_name="__main__")
