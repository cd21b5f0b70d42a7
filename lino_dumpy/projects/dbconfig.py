"""Database selection shared by the demo and test projects.

The same settings module must serve the test suite on SQLite, PostgreSQL
and MariaDB, so the backend is chosen by environment variables instead of
by separate settings files.
"""

import os

SERVER_DATABASES = {
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
            # Without strict mode MariaDB silently truncates bad values,
            # which would hide round-trip errors.
            "init_command": "SET sql_mode='STRICT_TRANS_TABLES'",
        },
    },
}


def database_from_environ(default_sqlite_path, environ=None):
    """Return a ``DATABASES["default"]`` dict chosen by the environment.

    ``DUMPY_DB`` is ``sqlite`` (the default), ``postgresql`` or ``mysql``.
    SQLite uses the file ``DUMPY_SQLITE_PATH`` or `default_sqlite_path`;
    the servers use the database ``DUMPY_DB_NAME`` (default ``test``).
    """
    if environ is None:
        environ = os.environ
    backend = environ.get("DUMPY_DB", "sqlite")
    if backend == "sqlite":
        return {
            "ENGINE": "django.db.backends.sqlite3",
            "NAME": environ.get("DUMPY_SQLITE_PATH", str(default_sqlite_path)),
        }
    try:
        template = SERVER_DATABASES[backend]
    except KeyError:
        choices = ", ".join(["sqlite"] + sorted(SERVER_DATABASES))
        raise ValueError(
            "DUMPY_DB=%r is not a supported backend; use one of: %s"
            % (backend, choices)) from None
    config = dict(template, NAME=environ.get("DUMPY_DB_NAME", "test"))
    if "OPTIONS" in template:
        config["OPTIONS"] = dict(template["OPTIONS"])
    return config
