"""Write the database into a dump directory.

``dump()`` reads every stored model inside one repeatable-read transaction
(:mod:`lino_dumpy.dump.snapshot`), streams the rows page by page (keyset
pagination on the primary key, so memory stays flat on every backend) into
table files, then writes ``restore.py``.  On a big database the table files
are written by worker processes that read the same snapshot
(:mod:`lino_dumpy.dump.workers`).  Everything is written into a temporary
sibling directory that is renamed into place only when complete.
"""
import dataclasses
import logging
import os
import time
from contextlib import contextmanager
from dataclasses import dataclass, field as dataclass_field

from django.apps import apps
from django.db import DatabaseError, transaction
from tqdm import tqdm

from .. import __version__, conf, dumpformat
from ..engines import check_dump, read_locks
from ..exceptions import NoTable, UnsupportedModels
from ..ordering import (
    left_out_models, missing_tables, model_label, sort_models, stored_models)
from . import templates
from .modelwriter import (
    ModelWriter, TableEntry, TableFile, TablePart, babel_languages,
    content_type_names, global_name, write_table_file)
from .reader import after_key, key_ordered
from .snapshot import snapshot
from .storage import atomic_directory
from .workers import dump_workers

logger = logging.getLogger(__name__)


@dataclass
class TableReport:
    label: str
    rows: int = 0
    files: list = dataclass_field(default_factory=list)
    error: str = None


@dataclass
class DumpReport:
    """What ``dump()`` wrote; the management command prints it."""
    output_dir: str
    tables: list = dataclass_field(default_factory=list)
    seconds: float = 0.0
    #: Processes that wrote the table files besides the dump's own (0: none).
    workers: int = 0
    #: ``{label: reason}`` of the models that the dump leaves out.
    left_out: dict = dataclass_field(default_factory=dict)
    #: ``{table: engine}`` without transactions, read under table locks
    #: (``non_atomic``).
    locked_tables: dict = dataclass_field(default_factory=dict)

    @property
    def rows(self):
        return sum(table.rows for table in self.tables)

    @property
    def errors(self):
        return [table for table in self.tables if table.error]


class Dumper:
    """Writes one dump into a (temporary) directory."""

    def __init__(self, using, max_row_count, excludes, tolerate, progress):
        self.using = using
        self.max_row_count = max_row_count
        self.excludes = excludes
        self.tolerate = tolerate
        self.progress = progress
        self.table_entries = []

    def write(self, directory, report, workers=None):
        """Write table files and restore.py; `workers` (a DumpWorkers
        joined to this transaction's snapshot) write the table files."""
        models = stored_models(self.excludes, self.using)
        check_tables_exist(models, self.using)
        self.left_out = report.left_out = left_out_models(
            self.excludes, self.using)
        models, self.cyclic = sort_models(models)
        content_types = content_type_names(self.using)
        writers = [ModelWriter(model, content_types) for model in models]
        counts = [self.count(writer) for writer in writers]
        bar = progress_bar(sum(c for c in counts if c), self.progress)
        try:
            if workers is None:
                for writer, count in zip(writers, counts):
                    report.tables.append(self.write_model(
                        directory, writer, count, bar))
                used = content_types.used if content_types else set()
            else:
                used = self.write_in_workers(
                    directory, writers, counts, report, bar, workers)
        finally:
            bar.close()
        self.write_restore(directory, writers, set(used) - set(models))

    def count(self, writer):
        try:
            return writer.model._base_manager.using(self.using).count()
        except DatabaseError:
            if not self.tolerate:
                raise
            return None

    def plan_parts(self, writer, count):
        """The table files of a model with `count` rows."""
        count = count or 0
        chunks = max(1, -(-count // self.max_row_count))
        for part in range(1, chunks + 1):
            yield TablePart(
                writer.table + (".py" if chunks == 1 else "_%d.py" % part),
                min(self.max_row_count,
                    count - (part - 1) * self.max_row_count),
                describe_part(count, part, chunks))

    def write_model(self, directory, writer, count, bar):
        """Write the table files of one model in this process."""
        table = TableReport(writer.label)
        lines = writer.lines(self.using)
        try:
            with savepoint_if(self.tolerate, self.using):
                for part in self.plan_parts(writer, count):
                    table.files.append(part.filename)
                    entry = write_table_file(
                        directory, part.filename, writer, lines, part.limit,
                        part.description, bar.update)
                    self.table_entries.append(entry)
                    table.rows += entry.rows
        except DatabaseError as error:
            if not self.tolerate:
                raise
            logger.warning("Tolerating database error in %s: %s",
                           writer.label, error)
            table.error = str(error)
            self.write_error_file(directory, writer, table)
        return table

    def write_in_workers(self, directory, writers, counts, report, bar,
                         workers):
        """Hand every table file to the workers, biggest tables first, and
        collect what they wrote.  Returns the models that generic foreign
        keys point to."""
        report.workers = workers.count
        try:
            for writer, count in sorted(zip(writers, counts),
                                        key=lambda pair: -(pair[1] or 0)):
                for part in self.located_parts(writer, count):
                    workers.submit(directory, writer.label, part)
            entries, used = workers.results(bar.update)
        finally:
            workers.stop()
        for writer in writers:
            table = TableReport(writer.label)
            for entry in entries[writer.label]:
                table.files.append(entry.filename)
                table.rows += entry.rows
                self.table_entries.append(entry)
            report.tables.append(table)
        return used

    def located_parts(self, writer, count):
        """The parts of a model, each with the primary key it starts after
        (found while the workers already write the earlier parts)."""
        rows = key_ordered(writer.model._base_manager.using(
            self.using)).values_list("pk", flat=True)
        after = None
        for number, part in enumerate(self.plan_parts(writer, count)):
            if number:
                following = rows if after is None else after_key(
                    rows, after)
                after = following[self.max_row_count - 1]
            yield dataclasses.replace(part, after=after)

    def write_error_file(self, directory, writer, table):
        filename = writer.table + ".py"
        out = TableFile(os.path.join(directory, filename))
        out.write(templates.TABLE_FILE_HEADER.format(
            label=writer.label, description="not dumped",
            table=writer.table, columns=""))
        out.write(templates.TOLERATED_ERROR.format(message=(
            "The rows of %s were not dumped because of a database error: %s"
            % (writer.label, table.error))))
        digest = out.close()
        table.files = [filename]
        self.table_entries = [
            e for e in self.table_entries if e.label != writer.label]
        self.table_entries.append(
            TableEntry(filename, writer.label, writer.table, 0, digest))

    def write_restore(self, directory, writers, extra_models):
        parts = [templates.RESTORE_HEADER.format(
            dumpy_version=__version__, dump_format=dumpformat.DUMP_FORMAT,
            settings_module=conf.settings_module(),
            time_zone=conf.time_zone(), use_tz=conf.use_tz(),
            source_version=conf.site_version(),
            source_versions=repr(conf.app_versions()),
            excluded="".join(
                templates.EXCLUDED_ENTRY.format(label=label, reason=reason)
                for label, reason in self.left_out.items()))]
        if any(writer.has_babel_fields for writer in writers):
            parts.append(templates.BABEL_LANGUAGES.format(
                languages=babel_languages()))
        referenced = sorted(extra_models, key=model_label)
        for model in [w.model for w in writers] + referenced:
            parts.append(templates.MODEL_GLOBAL.format(
                name=global_name(model), label=model_label(model)))
        if self.cyclic:
            parts.append("\n" + templates.CYCLE_COMMENT)
            parts.extend("# - %s\n" % model_label(m) for m in self.cyclic)
        for writer in writers:
            parts.append(writer.create_function())
        parts.append(templates.TABLE_FILES_HEADER)
        for entry in self.table_entries:
            parts.append(templates.TABLE_FILE_ENTRY.format(
                filename=entry.filename, label=entry.label,
                table=entry.table, rows=entry.rows, sha256=entry.sha256))
        parts.append(templates.RESTORE_FOOTER)
        path = os.path.join(directory, dumpformat.RESTORE_SCRIPT)
        with open(path, "w", encoding="utf-8", newline="\n") as stream:
            stream.write("".join(parts))


def check_tables_exist(models, using):
    """Refuse to dump a database that lacks the tables of its models."""
    missing = missing_tables(models, using)
    if missing:
        raise NoTable(
            "The database %r has no table for %s. Its schema is not "
            "up to date with the code: run `manage.py migrate` first. "
            "Nothing was written." % (
                using, ", ".join(model_label(m) for m in missing)),
            missing)


def composite_key_models(models):
    """The models of `models` with a composite primary key (Django 5.2's
    ``CompositePrimaryKey``)."""
    return [model for model in models
            if len(getattr(model._meta, "pk_fields", ())) > 1]


def check_supported(models):
    """Refuse, before anything is written, models that a dump cannot
    hold exactly yet: those with a composite primary key."""
    unsupported = composite_key_models(models)
    if unsupported:
        labels = [model_label(model) for model in unsupported]
        raise UnsupportedModels(
            "dump2py does not support models with a composite primary key "
            "(CompositePrimaryKey) yet: %s. Leave them out with %s; a "
            "restore then keeps the rows of their tables as they are. "
            "Nothing was written." % (
                ", ".join(labels),
                " ".join("--exclude %s" % label for label in labels)),
            unsupported)


@contextmanager
def savepoint_if(condition, using):
    if condition:
        with transaction.atomic(using=using, savepoint=True):
            yield
    else:
        yield


def describe_part(count, part, chunks):
    text = "%d rows" % count
    if chunks > 1:
        text += " (part %d of %d)" % (part, chunks)
    return text


def progress_bar(total, enabled):
    """A tqdm bar on a terminal (``enabled=None``), silent otherwise."""
    disable = None if enabled is None else not enabled
    return tqdm(total=total, unit="rows", disable=disable, leave=False)


def skipped_models():
    """Models that the dump reads without writing them (content types)."""
    return [model for model in apps.get_models()
            if model._meta.label_lower == "contenttypes.contenttype"]


def dump(output_dir, using="default", overwrite=False, excludes=(),
         max_row_count=None, tolerate=False, progress=None,
         non_atomic=False):
    """Write the database `using` as a Python dump into `output_dir`.

    Returns a DumpReport.  Raises DumpError when `output_dir` exists and
    `overwrite` is false, or when writing fails; in both cases nothing at
    `output_dir` has changed.  Raises NonTransactionalTables for tables
    without transactions (MyISAM...) unless `non_atomic`, which reads them
    under ``LOCK TABLES ... READ`` (see engines.py).
    """
    started = time.monotonic()
    report = DumpReport(os.path.abspath(output_dir))
    check_supported(stored_models(excludes, using))
    report.locked_tables = check_dump(
        using, stored_models(excludes) + skipped_models(), non_atomic)
    dumper = Dumper(using, max_row_count or conf.DEFAULT_MAX_ROW_COUNT,
                    tuple(excludes), tolerate, progress)
    with atomic_directory(report.output_dir, overwrite) as directory:
        with dump_workers(using, tolerate) as workers:
            with snapshot(using, share=workers is not None) as token, \
                    read_locks(using, bool(report.locked_tables)):
                dumper.write(directory, report,
                             workers.joined(token) if token else None)
    report.seconds = time.monotonic() - started
    return report
