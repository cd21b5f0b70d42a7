"""The database of a benchmark site, chosen by environment variables.

Every measured tool runs as its own process against a database the
harness created for it, so both sites read the target from the
environment.  The variable names are the ones lino_dumpy's demo projects
use (``DUMPY_DB``, ``DUMPY_DB_NAME``, ``DUMPY_SQLITE_PATH``).
"""

import os

SERVERS = {
    "postgresql": {
        "ENGINE": "django.db.backends.postgresql",
        "HOST": "127.0.0.1",
        "PORT": "5432",
        "USER": "postgres",
        "PASSWORD": "",
    },
    "mysql": {
        "ENGINE": "django.db.backends.mysql",
        "HOST": "127.0.0.1",
        "PORT": "3306",
        "USER": "root",
        "PASSWORD": "",
        "OPTIONS": {
            "charset": "utf8mb4",
            # Strict mode: MariaDB must refuse, not truncate, a bad value.
            "init_command": "SET sql_mode='STRICT_TRANS_TABLES'",
        },
    },
}


def database_from_environ(environ=None):
    """Return ``DATABASES["default"]`` for the backend in the environment."""
    environ = os.environ if environ is None else environ
    backend = environ.get("DUMPY_DB", "sqlite")
    if backend == "sqlite":
        return {
            "ENGINE": "django.db.backends.sqlite3",
            "NAME": environ.get("DUMPY_SQLITE_PATH", "bench.sqlite3"),
        }
    if backend not in SERVERS:
        raise ValueError("DUMPY_DB=%r: use sqlite, postgresql or mysql"
                         % backend)
    config = dict(SERVERS[backend], NAME=environ["DUMPY_DB_NAME"])
    if "OPTIONS" in config:
        config["OPTIONS"] = dict(config["OPTIONS"])
    return config
