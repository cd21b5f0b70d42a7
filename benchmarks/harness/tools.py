"""The measured tools: how each one dumps and restores, as commands.

Every tool is called only through its command line, in its own process,
exactly as a user would run it: lino_dumpy through ``manage.py dump2py``,
``python DIR/restore.py`` and ``manage.py restore DIR``, Lino through its
own ``dump2py`` and ``manage.py run DIR/restore.py``, Django through
``dumpdata``/``loaddata``, and the raw limit through ``python -m
harness.rawlimit``.
"""

import os
import re
import sys
from dataclasses import dataclass
from pathlib import Path

BENCH_DIR = Path(__file__).resolve().parent.parent


@dataclass
class Context:
    """What every command needs: the interpreter and where things live."""

    workdir: str
    python: str = sys.executable

    def env(self, database, settings="site_django.settings"):
        env = dict(os.environ)
        env.update(database.env)
        env["DJANGO_SETTINGS_MODULE"] = settings
        env["PYTHONPATH"] = os.pathsep.join(
            [str(BENCH_DIR)] + [p for p in [env.get("PYTHONPATH")] if p])
        return env

    def manage(self, site, *args):
        return [self.python, str(BENCH_DIR / site / "manage.py"), *args]


class Tool:
    """A dump tool and its restore, as seen from the command line."""

    key = None
    label = None
    site = "site_django"
    backends = ("sqlite", "postgresql", "mysql")
    # Lino's restore creates the schema itself (initdb); the others load
    # into a database migrated beforehand (not timed).
    restore_needs_schema = True
    # Whether the restored rows must equal the source's value for value;
    # a difference is then an error, otherwise only a note.
    exact = True

    @property
    def settings(self):
        return self.site + ".settings"

    def dump_path(self, ctx, tag):
        return os.path.join(ctx.workdir, "%s-%s" % (self.key, tag))

    def dump_command(self, ctx, path):
        raise NotImplementedError(
            "subclasses of Tool must provide dump_command()")

    def restore_command(self, ctx, path):
        raise NotImplementedError(
            "subclasses of Tool must provide restore_command()")

    def restore_commands(self, ctx, path):
        """Every restore measured on each dump, by operation name."""
        return {"restore": self.restore_command(ctx, path)}

    def prepare_restore(self, path):
        """Untimed work between dump and restore; returns a note or None."""
        return None

    def expected_counts(self, source_counts):
        """Rows per table the restore must produce."""
        return dict(source_counts)

    def for_backend(self, name):
        """The tool as it runs on backend `name`."""
        return self

    def missing_clients(self):
        """Programs the tool needs that are not installed."""
        return []


SAFE_RESTORE = "restore (safe)"
REFERENCE_RESTORE = "restore (reference)"


class LinoDumpy(Tool):
    """lino_dumpy's dump, restored twice: trusted (``python
    DIR/restore.py`` runs the dump as a program) and safe (``manage.py
    restore DIR`` reads it as data), so both load the same dump."""

    key = "lino_dumpy"
    label = "lino_dumpy"
    #: A directory holding an older lino_dumpy package (run.py
    #: --reference): its restore.py code restores the same dump too.
    reference = None

    def dump_command(self, ctx, path):
        return ctx.manage(self.site, "dump2py", "--noinput", path)

    def restore_command(self, ctx, path):
        return [ctx.python, os.path.join(path, "restore.py"), "--noinput"]

    def safe_restore_command(self, ctx, path):
        return ctx.manage(self.site, "restore", "--noinput", path)

    def restore_commands(self, ctx, path):
        commands = super().restore_commands(ctx, path)
        commands[SAFE_RESTORE] = self.safe_restore_command(ctx, path)
        if self.reference:
            commands[REFERENCE_RESTORE] = self.reference_command(ctx, path)
        return commands

    def reference_command(self, ctx, path):
        """``restore.py`` of the same dump with the reference's package
        first on the path (``env`` execs, so the measured process is the
        restore itself)."""
        return ["env", "PYTHONPATH=%s" % os.pathsep.join(
            [self.reference, str(BENCH_DIR)]),
            *self.restore_command(ctx, path)]


class LinoOwn(Tool):
    """Lino 26.10's dump2py and restore.py, in the minimal Lino site.

    Lino's restore cannot load a model with a ManyToManyField: its
    create function passes the field's value to the model constructor,
    which raises TypeError.  It is therefore measured on the subset it
    can restore: restore_subset.py is restore.py without the table files
    of those models and of the models that point to them.  It runs on
    SQLite only: on PostgreSQL Lino's initdb writes migrations into the
    installed Lino packages.
    """

    key = "lino"
    label = "Lino 26.10"
    site = "site_lino"
    backends = ("sqlite",)
    restore_needs_schema = False
    exact = False  # drops microseconds
    # bench.Project has M2M fields; bench.Membership points to Project.
    # Lino never dumps the auto-created M2M table (bench_project_tags).
    EXCLUDED_TABLES = ("bench_project", "bench_membership")
    NOT_DUMPED_TABLES = ("bench_project_tags",)
    SUBSET_SCRIPT = "restore_subset.py"

    def dump_command(self, ctx, path):
        return ctx.manage(self.site, "dump2py", path)

    def restore_command(self, ctx, path, script=SUBSET_SCRIPT):
        return ctx.manage(self.site, "run", os.path.join(path, script),
                          "--noinput")

    def full_restore_command(self, ctx, path):
        return self.restore_command(ctx, path, "restore.py")

    def prepare_restore(self, path):
        excluded = re.compile(r'\s*execfile\("(%s)(_\d+)?\.py"' % "|".join(
            self.EXCLUDED_TABLES))
        with open(os.path.join(path, "restore.py"), encoding="utf-8") as f:
            lines = f.readlines()
        kept = [line for line in lines if not excluded.match(line)]
        with open(os.path.join(path, self.SUBSET_SCRIPT), "w",
                  encoding="utf-8") as f:
            f.writelines(kept)
        return "subset without %s (%d table files left out)" % (
            ", ".join(self.EXCLUDED_TABLES), len(lines) - len(kept))

    def expected_counts(self, source_counts):
        left_out = self.EXCLUDED_TABLES + self.NOT_DUMPED_TABLES
        return {table: 0 if table in left_out else count
                for table, count in source_counts.items()}


class DjangoJSON(Tool):
    key = "django"
    label = "Django dumpdata/loaddata"
    exact = False  # milliseconds only; new ids for auto-created M2M rows

    def dump_path(self, ctx, tag):
        return super().dump_path(ctx, tag) + ".json"

    def dump_command(self, ctx, path):
        # Natural keys for the content type FK of the generic relation:
        # content type ids differ between databases.
        return ctx.manage(self.site, "dumpdata", "bench", "--natural-foreign",
                          "--format", "json", "-o", path)

    def restore_command(self, ctx, path):
        return ctx.manage(self.site, "loaddata", path)


class RawLimit(Tool):
    key = "raw"
    label = "raw limit (DB-API)"

    def dump_path(self, ctx, tag):
        return super().dump_path(ctx, tag) + ".pyl"

    def dump_command(self, ctx, path):
        return [ctx.python, "-m", "harness.rawlimit", "dump", path]

    def restore_command(self, ctx, path):
        return [ctx.python, "-m", "harness.rawlimit", "load", path]


from .native import NativeTool  # noqa: E402 (native.py builds on Tool)

TOOLS = {tool.key: tool for tool in (LinoDumpy(), LinoOwn(), DjangoJSON(),
                                     RawLimit(), NativeTool())}


def disk_size(path):
    """Bytes of a dump file or directory."""
    if os.path.isfile(path):
        return os.path.getsize(path)
    return sum(os.path.getsize(os.path.join(root, name))
               for root, _, names in os.walk(path) for name in names)
