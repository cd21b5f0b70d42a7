"""Create and drop the benchmark's databases on each backend.

Every database the harness creates is named ``dumpy_bench_<run>_<key>``
(SQLite: a file of that name in the work directory) and dropped at the
end of the run, also after a failure.  A database is described to a site
process by environment variables only (see harness.dbconfig).
"""

import os
from dataclasses import dataclass, field

from .dbconfig import SERVERS


@dataclass
class Database:
    """One database the harness created."""

    backend: str
    name: str
    env: dict = field(default_factory=dict)


class Backend:
    """Creates and drops databases of one kind (subclasses per engine)."""

    name = None

    def __init__(self, run_id, workdir):
        self.run_id = run_id
        self.workdir = workdir
        self.created = []

    def database_name(self, key):
        return "dumpy_bench_%s_%s" % (self.run_id, key)

    def unreachable_reason(self):
        """None when usable, otherwise why not (shown in the output)."""
        return None

    def create(self, key):
        """A new, empty database (no tables)."""
        database = self._create(self.database_name(key))
        self.created.append(database)
        return database

    def drop(self, database):
        self._drop(database)
        if database in self.created:
            self.created.remove(database)

    def drop_all(self):
        for database in list(self.created):
            self.drop(database)

    def _create(self, name):
        raise NotImplementedError(
            "subclasses of Backend must provide _create()")

    def _drop(self, database):
        raise NotImplementedError("subclasses of Backend must provide _drop()")


class SQLiteBackend(Backend):
    name = "sqlite"

    def _create(self, name):
        path = os.path.join(self.workdir, name + ".sqlite3")
        self._remove(path)
        return Database(self.name, path, {"DUMPY_DB": "sqlite",
                                          "DUMPY_SQLITE_PATH": path})

    def _drop(self, database):
        self._remove(database.name)

    @staticmethod
    def _remove(path):
        for suffix in ("", "-journal", "-wal", "-shm"):
            if os.path.exists(path + suffix):
                os.remove(path + suffix)


class ServerBackend(Backend):
    """PostgreSQL and MariaDB: databases created over an admin connection."""

    def env(self, name):
        return {"DUMPY_DB": self.name, "DUMPY_DB_NAME": name}

    def unreachable_reason(self):
        try:
            self.execute("SELECT 1")
        except Exception as error:  # any driver or network error
            return "%s is not reachable: %s" % (self.name, error)
        return None

    def _create(self, name):
        self.execute(self.drop_sql(name))
        self.execute(self.create_sql(name))
        return Database(self.name, name, self.env(name))

    def _drop(self, database):
        self.execute(self.drop_sql(database.name))

    def execute(self, sql):
        connection = self.connect()
        try:
            connection.cursor().execute(sql)
        finally:
            connection.close()


class PostgreSQLBackend(ServerBackend):
    name = "postgresql"

    def connect(self):
        import psycopg
        config = SERVERS[self.name]
        return psycopg.connect(
            host=config["HOST"], port=config["PORT"], user=config["USER"],
            dbname="postgres", autocommit=True, connect_timeout=5)

    def create_sql(self, name):
        return 'CREATE DATABASE "%s" ENCODING \'UTF8\'' % name

    def drop_sql(self, name):
        return 'DROP DATABASE IF EXISTS "%s" WITH (FORCE)' % name


class MySQLBackend(ServerBackend):
    name = "mysql"

    def connect(self):
        import MySQLdb
        config = SERVERS[self.name]
        return MySQLdb.connect(
            host=config["HOST"], port=int(config["PORT"]),
            user=config["USER"], passwd=config["PASSWORD"],
            connect_timeout=5)

    def create_sql(self, name):
        return ("CREATE DATABASE `%s` CHARACTER SET utf8mb4 "
                "COLLATE utf8mb4_unicode_ci" % name)

    def drop_sql(self, name):
        return "DROP DATABASE IF EXISTS `%s`" % name


BACKENDS = {cls.name: cls for cls in (
    SQLiteBackend, PostgreSQLBackend, MySQLBackend)}
