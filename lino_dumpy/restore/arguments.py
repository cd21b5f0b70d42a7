"""The options of a restore, from the command line of a restore.py.

lino_dumpy's restore.py parses them itself; the restore.py of a Lino dump
has a parser that knows only ``--noinput`` and ``--quick``, so the Lino
plugin takes lino_dumpy's options out of its command line first (see
lino/arguments.py).
"""
import argparse
import sys
from dataclasses import dataclass

from ..cli import add_django_options


@dataclass
class RestoreOptions:
    using: str = "default"
    interactive: bool = True
    full_clean: bool = False
    accept_edited: bool = False
    force: bool = False
    migrate_schema: bool = True
    non_atomic: bool = False
    verbosity: int = 1
    stdout: object = None
    #: Print the plan and the drift, then stop (--plan).
    plan: bool = False
    #: The version of a dump that records none (--source-version).
    source_version: str = None


#: The switches of a restore.py, with their help.
SWITCHES = (
    ("--quick", "Accepted for compatibility with Lino: objects are not "
                "validated one by one unless --full-clean is given."),
    ("--full-clean", "Validate every object with full_clean() before "
                     "inserting it."),
    ("--accept-edited", "Load table files whose checksum does not match "
                        "(files edited by hand on purpose)."),
    ("--force", "Restore even if the version chain has a gap or the dump "
                "is newer than the code. You risk loading data that does "
                "not fit."),
    ("--non-atomic", "Restore into MariaDB/MySQL tables without "
                     "transactions (MyISAM, Aria...), which a failure "
                     "leaves half loaded."),
    ("--plan", "Print the plan (version steps, operations per model, rows "
               "per table, drift, what is kept and replaced) and exit "
               "without touching anything; the exit status is 1 if the "
               "dump does not fit the models."),
)


def add_restore_arguments(parser):
    """The options of a restore (Lino's kept), for restore.py's parser and
    for ``manage.py restore``."""
    parser.add_argument(
        "-b", "--noinput", "--batch", dest="interactive",
        action="store_false", default=True,
        help="Replace the data of a non-empty database without asking.")
    for name, text in SWITCHES:
        parser.add_argument(name, action="store_true", default=False,
                            help=text)
    parser.add_argument(
        "--database", default="default",
        help="The database alias to restore into (default: 'default').")
    parser.add_argument(
        "--source-version", default=None, metavar="VERSION",
        help="The version of the code that wrote a dump that records none "
             "(SOURCE_VERSION = None); default: DUMPY_UNVERSIONED_DUMPS_ARE.")


def restore_parser(**kwargs):
    """The parser of a restore.py's command line (Lino's options kept)."""
    parser = argparse.ArgumentParser(
        description="Restore this dump into the database of the site.",
        **kwargs)
    add_restore_arguments(parser)
    parser.add_argument(
        "-v", "--verbosity", type=int, default=1, choices=[0, 1, 2, 3],
        help="0: errors only, 1: steps and totals, 2 (or 3): also the rows "
             "per model and the schema steps.")
    add_django_options(parser)
    return parser


def restore_options(args, stdout=None):
    """RestoreOptions from the parsed command line `args` (a namespace, or
    the options dict of a management command)."""
    values = args if isinstance(args, dict) else vars(args)
    return RestoreOptions(
        using=values["database"], interactive=values["interactive"],
        full_clean=values["full_clean"],
        accept_edited=values["accept_edited"], force=values["force"],
        non_atomic=values["non_atomic"], verbosity=values["verbosity"],
        stdout=stdout or sys.stdout, plan=values["plan"],
        source_version=values["source_version"])
