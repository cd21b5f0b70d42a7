"""Create and drop the test databases on the selected backend.

DUMPY_DB selects the backend (sqlite, postgresql, mysql).  The servers
are the project's PostgreSQL (127.0.0.1:5432, user postgres) and MariaDB
(127.0.0.1:3306, user root); each test session works in databases of its
own and drops them at the end.  An unreachable server is an error, never
a skip: the suite must not pass without testing the backend it was asked
to test.
"""
import os


class ServerUnreachable(Exception):
    pass


def backend():
    return os.environ.get("DUMPY_DB", "sqlite")


def _postgresql():
    import psycopg
    try:
        return psycopg.connect(host="127.0.0.1", port=5432, user="postgres",
                               dbname="test", autocommit=True,
                               connect_timeout=5)
    except psycopg.OperationalError as error:
        raise ServerUnreachable(
            "PostgreSQL at 127.0.0.1:5432 (user postgres, database test) is "
            "unreachable: %s" % error) from error


def _mysql():
    import MySQLdb
    try:
        return MySQLdb.connect(host="127.0.0.1", port=3306, user="root",
                               passwd="", connect_timeout=5)
    except MySQLdb.OperationalError as error:
        raise ServerUnreachable(
            "MariaDB at 127.0.0.1:3306 (user root) is unreachable: %s"
            % error) from error


def create_database(vendor, name, template=None):
    """(Re)create an empty server database `name`; on PostgreSQL, a copy
    of the database `template` if given."""
    if vendor == "postgresql":
        connection = _postgresql()
        connection.execute('DROP DATABASE IF EXISTS "%s" WITH (FORCE)' % name)
        connection.execute('CREATE DATABASE "%s" ENCODING \'UTF8\'%s' % (
            name, ' TEMPLATE "%s"' % template if template else ""))
        connection.close()
    elif vendor == "mysql":
        connection = _mysql()
        cursor = connection.cursor()
        cursor.execute("DROP DATABASE IF EXISTS `%s`" % name)
        cursor.execute("CREATE DATABASE `%s` CHARACTER SET utf8mb4 "
                       "COLLATE utf8mb4_bin" % name)
        connection.close()


def drop_database(vendor, name):
    if vendor == "postgresql":
        connection = _postgresql()
        connection.execute('DROP DATABASE IF EXISTS "%s" WITH (FORCE)' % name)
        connection.close()
    elif vendor == "mysql":
        connection = _mysql()
        connection.cursor().execute("DROP DATABASE IF EXISTS `%s`" % name)
        connection.close()


def server_databases(vendor):
    """The names of the databases on `vendor`'s server (none for SQLite)."""
    if vendor == "postgresql":
        connection = _postgresql()
        names = [row[0] for row in connection.execute(
            "SELECT datname FROM pg_database").fetchall()]
        connection.close()
        return names
    if vendor == "mysql":
        connection = _mysql()
        cursor = connection.cursor()
        cursor.execute("SHOW DATABASES")
        names = [row[0] for row in cursor.fetchall()]
        connection.close()
        return names
    return []


def drop_databases_of(vendor, prefix):
    """Drop every server database whose name is `prefix` + "_...": all
    that a test session created, whichever test made them."""
    for name in server_databases(vendor):
        if name.startswith(prefix + "_"):
            drop_database(vendor, name)


def fresh_database_env(vendor, name, sqlite_path, prefix="DUMPY_",
                       template=None):
    """Environment variables that point an alias at a new empty database
    (on PostgreSQL, a copy of `template` if given)."""
    if vendor == "sqlite":
        if os.path.exists(sqlite_path):
            os.remove(sqlite_path)
        return {prefix + "DB": "sqlite", prefix + "SQLITE_PATH": sqlite_path}
    create_database(vendor, name, template)
    return {prefix + "DB": vendor, prefix + "DB_NAME": name}
