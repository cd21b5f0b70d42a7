"""lino_dumpy's restore options for the restore.py of a Lino dump.

Lino's ``restore.py`` parses its command line itself and knows only
``--noinput`` (``-b``, ``--batch``) and ``--quick``, so ``manage.py run
DIR/restore.py --force`` would stop at "unrecognized arguments".  Before
such a script runs, lino_dumpy takes its own options (``--force``,
``--accept-edited``, ``--database``, ``--full-clean``, ``-v``,
``--non-atomic``, ``--traceback``) out of the command line and keeps them
for the restore (compat.DpyLoader); the script's parser gets the rest.

``manage.py run`` does this before it runs the script.  ``python
DIR/restore.py`` loads the site's settings from the script's own
``settings.ADMINS = []`` line, after it bound Lino's DpyLoader and before
Django is set up (Lino's restore.py fails there with AppRegistryNotReady);
the plugin then calls :func:`adopt_running_script`.
"""
import ast
import os
import sys

from ..dumpformat import RESTORE_SCRIPT
from ..restore.arguments import restore_options, restore_parser

#: The options taken from the command line of the running Lino dump.
_requested = None

#: The module whose DpyLoader marks a restore.py as written by Lino.
LINO_DPY = "lino.utils.dpy"


def is_lino_dump(path):
    """True if `path` is the restore.py of a dump written by Lino's
    dump2py (it imports Lino's DpyLoader), read as data."""
    if os.path.basename(path) != RESTORE_SCRIPT:
        return False
    try:
        with open(path, "rb") as stream:
            tree = ast.parse(stream.read(), path)
    except (OSError, SyntaxError, ValueError):
        return False
    return any(isinstance(node, ast.ImportFrom) and node.module == LINO_DPY
               and any(alias.name == "DpyLoader" for alias in node.names)
               for node in tree.body)


def take_restore_options(argv):
    """Keep lino_dumpy's options of `argv` for the restore and return the
    arguments left for the Lino script's own parser."""
    global _requested
    args, rest = restore_parser(add_help=False).parse_known_args(argv)
    _requested = args
    return (["--noinput"] if not args.interactive else []) + (
        ["--quick"] if args.quick else []) + rest


def requested_arguments():
    """The parsed options of the command line (defaults if none)."""
    if _requested is None:
        return restore_parser(add_help=False).parse_args([])
    return _requested


def requested_options():
    """RestoreOptions of the command line of the running Lino dump."""
    return restore_options(requested_arguments())


def adopt_running_script(loader):
    """``python DIR/restore.py`` of a Lino dump: take lino_dumpy's options
    out of its command line and give its main() `loader` as DpyLoader
    (one that sets Django up first).  Anything else runs unchanged."""
    script = sys.modules.get("__main__")
    path = getattr(script, "__file__", None)
    if not path or not is_lino_dump(os.path.abspath(path)):
        return
    sys.argv[1:] = take_restore_options(sys.argv[1:])
    script.DpyLoader = loader
