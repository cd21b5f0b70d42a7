"""The base of the commands that read a database: ``dump2py``, ``ddt``."""
from django.core.management.base import BaseCommand


class DatabaseCommand(BaseCommand):
    """A command that checks its database itself (cli.check_migrated).

    Since Django 6.1 the system checks that run before every command
    connect to every database (a JSONField asks SQLite whether it supports
    JSON), so a database that cannot be opened ends the command in a
    traceback before it can say what is wrong.  These commands run the
    checks without databases, as Django 5.2 and 6.0 do, and refuse an
    unreachable database in one paragraph of their own.
    """

    def check(self, *args, databases=None, **kwargs):
        return super().check(*args, databases=[], **kwargs)
