"""The database of a benchmark site, chosen by environment variables.

Every measured tool runs as its own process against a database the
harness created for it, so both sites read the target from the
environment, with the variables and server settings of lino_dumpy's demo
projects (``DUMPY_DB``, ``DUMPY_DB_NAME``, ``DUMPY_SQLITE_PATH``).
"""
from lino_dumpy.projects.dbconfig import SERVER_DATABASES as SERVERS
from lino_dumpy.projects.dbconfig import database_from_environ as _shared

__all__ = ["SERVERS", "database_from_environ"]


def database_from_environ(environ=None):
    """Return ``DATABASES["default"]`` for the backend in the environment."""
    return _shared("bench.sqlite3", environ)
