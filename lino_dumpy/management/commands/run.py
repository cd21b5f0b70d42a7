import argparse
import os
import runpy
import sys

from django.core.management.base import BaseCommand, CommandError


class Command(BaseCommand):
    help = ("Run a Python script with the site loaded, as Lino's `run` "
            "does. Given a dump directory, run its restore.py.")
    requires_system_checks = []

    def add_arguments(self, parser):
        parser.add_argument(
            "script", help="The script to run, or a dump directory.")
        parser.add_argument(
            "args", nargs=argparse.REMAINDER,
            help="Arguments passed to the script (e.g. --noinput).")

    def handle(self, script, args, **options):
        path = script
        if os.path.isdir(path):
            path = os.path.join(path, "restore.py")
        if not os.path.isfile(path):
            raise CommandError(
                "%s does not exist. Give a Python script or a dump "
                "directory that contains restore.py." % path)
        sys.argv = [path] + list(args)
        runpy.run_path(path, run_name="__main__")
