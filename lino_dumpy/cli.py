"""What the commands share: counted nouns, questions, refusals, options.

Every command of lino_dumpy (``dump2py``, ``ddt``, ``run``, ``restore.py``)
ends a failure with one paragraph that says what went wrong, why, and what
to do, and a non-zero exit; these helpers keep those paragraphs alike.
"""
import argparse
import os
import sys

from django.db import connections

from .ordering import missing_tables, model_label, stored_models

#: Django's global options, accepted anywhere on the command line of a
#: restore.py (``manage.py run DIR/restore.py --settings mysite.settings``).
DJANGO_OPTIONS = (
    ("--settings", {"help": "Django's settings module, as for manage.py "
                            "(default: DJANGO_SETTINGS_MODULE)."}),
    ("--pythonpath", {"help": "A directory to add to the Python path, as "
                              "for manage.py."}),
    ("--traceback", {"action": "store_true",
                     "help": "Show the traceback of an unexpected error."}),
    ("--no-color", {"action": "store_true",
                    "help": "Accepted as by manage.py (no colors anyway)."}),
    ("--force-color", {"action": "store_true",
                       "help": "Accepted as by manage.py."}),
    ("--skip-checks", {"action": "store_true",
                       "help": "Accepted as by manage.py."}),
)


def count_of(number, noun, plural=None):
    """``1 row``, ``0 rows``, ``2 rows``."""
    return "%d %s" % (number, noun if number == 1 else plural or noun + "s")


def ask(question, stdout=None):
    """True if the user answers yes to `question`.

    Without a terminal (stdin at end of file, closed or absent) nobody can
    answer: that is a no, never an EOFError.
    """
    stdout = stdout or sys.stdout
    if sys.stdin is None or sys.stdin.closed:
        return False
    try:
        answer = input(question)
    except EOFError:
        stdout.write("\n")
        return False
    return answer.strip().lower() in ("y", "yes")


def add_django_options(parser):
    """Let a script's parser accept Django's global options."""
    for name, kwargs in DJANGO_OPTIONS:
        parser.add_argument(name, **kwargs)


def apply_django_options(argv):
    """Apply ``--settings`` and ``--pythonpath`` of `argv` before Django
    is set up, as manage.py does (for ``python DIR/restore.py``)."""
    parser = argparse.ArgumentParser(add_help=False)
    parser.add_argument("--settings")
    parser.add_argument("--pythonpath")
    known, _ = parser.parse_known_args(argv)
    if known.settings:
        os.environ["DJANGO_SETTINGS_MODULE"] = known.settings
    if known.pythonpath:
        sys.path.insert(0, known.pythonpath)


def database_name(using):
    name = connections[using].settings_dict.get("NAME")
    return "%r (%s)" % (using, name) if name else repr(using)


def check_migrated(using, models=None):
    """Return a refusal paragraph when the database has not been migrated
    (a table of `models` is missing), else None."""
    if models is None:
        models = stored_models(using=using)
    missing = missing_tables(models, using)
    if not missing:
        return None
    first = model_label(missing[0])
    others = (" nor for %s" % count_of(len(missing) - 1, "other model")
              if len(missing) > 1 else "")
    return (
        "The database %s has no table for %s%s: it has not been migrated. "
        "Run `manage.py migrate --database %s` first, then run this command "
        "again." % (
            database_name(using), first, others, using))


def database_error(error, using, doing):
    """One paragraph for a DatabaseError met while `doing` something."""
    text = str(error).strip().splitlines()
    detail = text[0] if text else ""
    return (
        "The database %s failed while %s: %s: %s. Check that the database "
        "exists and that its server is reachable with the settings "
        "(DATABASES), then run the command again." % (
            database_name(using), doing, type(error).__name__, detail))
