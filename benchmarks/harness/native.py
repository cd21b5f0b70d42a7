"""The servers' own dump and restore tools, as the benchmark's yardstick.

``pg_dump -Fc``/``pg_restore --single-transaction``, ``mysqldump
--single-transaction``/``mysql < dump.sql`` and ``sqlite3 .dump``/
``sqlite3 new.db < dump.sql`` copy one database to the same schema: they
know nothing of migrations or readable dumps, so they are the physical
limit of each backend, not competitors.  Their restore creates schema,
data and constraints in an empty database.  A client that is not
installed skips its rows with a message.
"""

import shutil

from .dbconfig import SERVERS
from .tools import Tool

#: ``{backend: (dump script, restore script, clients)}``; ``$1`` is the
#: dump file, the database comes from the site's environment variables.
SCRIPTS = {
    "postgresql": (
        'pg_dump -Fc -h {HOST} -p {PORT} -U {USER} -f "$1" "$DUMPY_DB_NAME"',
        'pg_restore --single-transaction --no-owner -h {HOST} -p {PORT} '
        '-U {USER} -d "$DUMPY_DB_NAME" "$1"',
        ("pg_dump", "pg_restore")),
    "mysql": (
        'mysqldump --single-transaction -h {HOST} -P {PORT} -u {USER} '
        '"$DUMPY_DB_NAME" > "$1"',
        'mysql -h {HOST} -P {PORT} -u {USER} "$DUMPY_DB_NAME" < "$1"',
        ("mysqldump", "mysql")),
    "sqlite": (
        'sqlite3 "$DUMPY_SQLITE_PATH" .dump > "$1"',
        'sqlite3 "$DUMPY_SQLITE_PATH" < "$1"',
        ("sqlite3",)),
}


class NativeTool(Tool):
    """The native tools of one backend (see :func:`native_tool`)."""

    key = "native"
    label = "native tools"
    restore_needs_schema = False  # the dump holds the schema

    def __init__(self, backend=None):
        self.backends = (backend,) if backend else tuple(SCRIPTS)
        self.backend = backend

    def for_backend(self, name):
        return NativeTool(name)

    def missing_clients(self):
        """The clients of this backend that are not installed."""
        return [client for client in SCRIPTS[self.backend][2]
                if shutil.which(client) is None]

    def script(self, index):
        server = SERVERS.get(self.backend, {})
        return SCRIPTS[self.backend][index].format(**server)

    def dump_path(self, ctx, tag):
        return super().dump_path(ctx, tag) + ".dump"

    def dump_command(self, ctx, path):
        return ["sh", "-c", self.script(0), "native", path]

    def restore_command(self, ctx, path):
        return ["sh", "-c", self.script(1), "native", path]
