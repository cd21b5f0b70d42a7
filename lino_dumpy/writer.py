"""Write the database into a dump directory.

``dump()`` reads every stored model inside one repeatable-read transaction,
streams the rows page by page (keyset pagination on the primary key, so
memory stays flat on every backend) into table files, then writes
``restore.py``.  Everything is written into a temporary sibling directory
that is renamed into place only when complete.
"""
import hashlib
import logging
import os
import re
import time
from contextlib import contextmanager
from dataclasses import dataclass, field as dataclass_field

try:
    from operator import call  # calls text(value) per column, in C
except ImportError:  # Python 3.10
    def call(function, value):
        return function(value)

from django.conf import settings
from django.db import DatabaseError, connections, transaction

from . import __version__, conf, templates
from .exceptions import DumpError
from .ordering import model_label, sort_models, stored_models
from .storage import atomic_directory
from .reader import PAGE_SIZE, TableReader
from .values import column_renderer

logger = logging.getLogger(__name__)

ROW_END = "))\n"


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

    @property
    def rows(self):
        return sum(table.rows for table in self.tables)

    @property
    def errors(self):
        return [table for table in self.tables if table.error]


def safe_name(db_table):
    """A Python identifier and file name derived from a table name."""
    return re.sub(r"\W", "_", db_table)


def global_name(model):
    """The module-level name of a model in ``restore.py``: ``app_Model``."""
    return "%s_%s" % (model._meta.app_label, model._meta.object_name)


def written_fields(model):
    """The columns of `model` that its table files hold, in table order.

    Only local fields: the rows of a multi-table inheritance parent are in
    the parent's own table file.  Fields that a Lino babel field fills
    (``name_de``, ...) are written as part of their master field.
    """
    return [
        field for field in model._meta.local_concrete_fields
        if not getattr(field, "_lino_babel_field", False)]


def is_content_type_pointer(field):
    if not field.is_relation or field.related_model is None:
        return False
    meta = field.related_model._meta
    return meta.label_lower == "contenttypes.contenttype"


BABEL_FIELD_CLASSES = ("BabelCharField", "BabelTextField")


def is_babel_field(field):
    """True for a Lino BabelCharField/BabelTextField master field.

    Matched by class name so that a plain Django project needs no Lino.
    """
    return any(cls.__name__ in BABEL_FIELD_CLASSES
               for cls in type(field).__mro__)


def babel_extras(model, field):
    """The fields holding the other languages of babel field `field`.

    Lino creates them as ``<name>_<language>`` and marks each with the
    *name* of its master field; they are written in the site's language
    order, as Lino's ``field2args()`` does.
    """
    extras = [f for f in model._meta.local_concrete_fields
              if getattr(f, "_lino_babel_field", None) == field.name]
    return sorted(extras, key=lambda f: f._babel_language.index)


def babel_languages():
    """The names of the site's languages, in the order of babel values."""
    return [language.name for language in conf.lino_site().languages]


class ContentTypeNames:
    """Renders content type ids as the model they stand for.

    Content type ids differ between databases, so a dump refers to the
    model itself (a global of restore.py) and the restore looks the id up
    in the target database.
    """

    def __init__(self, using):
        from django.contrib.contenttypes.models import ContentType
        self.names = {}
        self.models = {}
        for ct in ContentType.objects.using(using).order_by("pk"):
            model = ct.model_class()
            if model is None:
                self.names[ct.pk] = repr("%s.%s" % (ct.app_label, ct.model))
            else:
                self.names[ct.pk] = global_name(model)
                self.models[ct.pk] = model
        self.used = set()

    def render(self, value):
        model = self.models.get(value)
        if model is not None:
            self.used.add(model)
        try:
            return self.names[value]
        except KeyError:
            raise DumpError(
                "A row points to content type %r, which does not exist. "
                "Run `manage.py checkdata` or fix the row." % value) from None


class ModelWriter:
    """Writes the table files of one model and describes its create_ function."""

    def __init__(self, model, content_types):
        self.model = model
        self.label = model_label(model)
        self.table = safe_name(model._meta.db_table)
        self.fields = written_fields(model)
        self.renderers = []
        for field in self.fields:
            if content_types is not None and is_content_type_pointer(field):
                self.renderers.append(content_types.render)
            elif is_babel_field(field):
                self.renderers.append(babel_renderer(field))
            else:
                self.renderers.append(column_renderer(field))
        self.babel_extras = [
            babel_extras(model, field) if is_babel_field(field) else []
            for field in self.fields]

        self.has_babel_fields = any(map(is_babel_field, self.fields))
        self.row_start = templates.ROW_START.format(table=self.table)

    def selected_fields(self):
        """The fields to select; babel master fields bring their extras."""
        fields = []
        for field, extras in zip(self.fields, self.babel_extras):
            fields.append(field)
            fields.extend(extras)
        return fields

    def lines(self, using):
        """Yield the lines of the table files, in primary key order."""
        self.reader = TableReader(self.model, self.selected_fields(), using)
        if not self.has_babel_fields:
            self.texts = [self.reader.column_text(index, render)
                          for index, render in enumerate(self.renderers)]
        for page in self.reader.pages():
            yield from map(self.render_row, page)

    def render_row(self, row):
        """One line of a table file from a row of driver values (the
        writer's hot path)."""
        if not self.has_babel_fields:
            return self.row_start + ",".join(
                map(call, self.texts, row)) + ROW_END
        values = []
        position = 0
        for render, extras in zip(self.renderers, self.babel_extras):
            width = 1 + len(extras)
            value = [self.reader.convert(index, row[index])
                     for index in range(position, position + width)]
            position += width
            if extras:
                values.append(render(tuple(value)))
            else:
                values.append("None" if value[0] is None else render(value[0]))
        return self.row_start + ",".join(values) + ROW_END

    def create_function(self):
        """Source of ``create_<table>()`` for restore.py."""
        meta = self.model._meta
        args = [f.attname for f in self.fields]
        lines = []
        for field in self.fields:
            if is_content_type_pointer(field):
                lines.append("    {0} = new_content_type_id({0})\n".format(
                    field.attname))
        parents = [f for f in meta.parents.values() if f is not None]
        keywords = []
        for field in self.fields:
            if len(parents) == 1 and field is parents[0]:
                continue
            if is_babel_field(field):
                keywords.append("**bv2kw(%r, %s)" % (field.attname, field.attname))
            else:
                keywords.append("%s=%s" % (field.attname, field.attname))
        call_args = "".join("        %s,\n" % kw for kw in keywords)
        if len(parents) == 1:
            parent_link = parents[0]
            lines.append(
                "    return create_mti_child(\n        %s, %s, %s,\n%s    )\n" % (
                    global_name(parent_link.related_model), parent_link.attname,
                    global_name(self.model), call_args))
        else:
            lines.append("    return instantiate(\n        %s,\n%s    )\n" % (
                global_name(self.model), call_args))
        return templates.CREATE_FUNCTION.format(
            table=self.table, args=", ".join(args), body="".join(lines))


def babel_renderer(field):
    """Lino writes a babel field as the list of its values per language."""
    def render(values):
        return repr(list(values))
    return render


@contextmanager
def snapshot(using):
    """One read transaction that sees a single point in time."""
    connection = connections[using]
    with transaction.atomic(using=using):
        with connection.cursor() as cursor:
            if connection.vendor in ("postgresql", "mysql"):
                cursor.execute(
                    "SET TRANSACTION ISOLATION LEVEL REPEATABLE READ")
        yield


class TableFile:
    """One table file being written, with its running SHA-256."""

    def __init__(self, path):
        self.path = path
        self.stream = open(path, "wb")
        self.sha256 = hashlib.sha256()
        self.rows = 0

    def write(self, text):
        data = text.encode("utf-8")
        self.stream.write(data)
        self.sha256.update(data)

    def close(self):
        self.stream.close()
        return self.sha256.hexdigest()


class Dumper:
    """Writes one dump into a (temporary) directory."""

    def __init__(self, using, max_row_count, excludes, tolerate, progress):
        self.using = using
        self.max_row_count = max_row_count
        self.excludes = excludes
        self.tolerate = tolerate
        self.progress = progress
        self.table_entries = []

    def write(self, directory, report):
        from django.apps import apps
        models, self.cyclic = sort_models(stored_models(self.excludes))
        content_types = None
        if apps.is_installed("django.contrib.contenttypes"):
            content_types = ContentTypeNames(self.using)
        writers = [ModelWriter(model, content_types) for model in models]
        counts = [self.count(writer) for writer in writers]
        bar = progress_bar(sum(c for c in counts if c), self.progress)
        try:
            for writer, count in zip(writers, counts):
                table = TableReport(writer.label)
                report.tables.append(table)
                self.write_model(directory, writer, count, table, bar)
        finally:
            bar.close()
        extra = set(content_types.used) if content_types else set()
        self.write_restore(directory, writers, extra - set(models))

    def count(self, writer):
        try:
            return writer.model._base_manager.using(self.using).count()
        except DatabaseError:
            if not self.tolerate:
                raise
            return None

    def write_model(self, directory, writer, count, table, bar):
        if count is None:
            count = 0
        chunks = max(1, -(-count // self.max_row_count))
        lines = writer.lines(self.using)
        try:
            with savepoint_if(self.tolerate, self.using):
                for part in range(1, chunks + 1):
                    filename = writer.table + (
                        ".py" if chunks == 1 else "_%d.py" % part)
                    table.files.append(filename)
                    limit = min(self.max_row_count,
                                count - (part - 1) * self.max_row_count)
                    self.write_table_file(
                        directory, filename, writer, lines, limit,
                        describe_part(count, part, chunks), bar)
                    table.rows += self.table_entries[-1][3]
        except DatabaseError as error:
            if not self.tolerate:
                raise
            logger.warning("Tolerating database error in %s: %s",
                           writer.label, error)
            table.error = str(error)
            self.write_error_file(directory, writer, table)

    def write_table_file(self, directory, filename, writer, lines, limit,
                         description, bar):
        out = TableFile(os.path.join(directory, filename))
        try:
            out.write(templates.TABLE_FILE_HEADER.format(
                label=writer.label, description=description,
                table=writer.table, columns=", ".join(
                    f.attname for f in writer.fields)))
            buffer = []
            for line in lines:
                buffer.append(line)
                out.rows += 1
                if len(buffer) >= PAGE_SIZE:
                    out.write("".join(buffer))
                    bar.update(len(buffer))
                    buffer = []
                if out.rows >= limit:
                    break
            out.write("".join(buffer))
            bar.update(len(buffer))
        finally:
            digest = out.close()
        self.table_entries.append(
            (filename, writer.label, writer.table, out.rows, digest))

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
            e for e in self.table_entries if e[1] != writer.label]
        self.table_entries.append(
            (filename, writer.label, writer.table, 0, digest))

    def write_restore(self, directory, writers, extra_models):
        parts = [templates.RESTORE_HEADER.format(
            dumpy_version=__version__, dump_format=conf.DUMP_FORMAT,
            settings_module=settings.SETTINGS_MODULE,
            time_zone=settings.TIME_ZONE,
            source_version=conf.site_version(),
            source_versions=repr(conf.app_versions()))]
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
        for filename, label, table, rows, digest in self.table_entries:
            parts.append(templates.TABLE_FILE_ENTRY.format(
                filename=filename, label=label, table=table, rows=rows,
                sha256=digest))
        parts.append(templates.RESTORE_FOOTER)
        path = os.path.join(directory, "restore.py")
        with open(path, "w", encoding="utf-8", newline="\n") as stream:
            stream.write("".join(parts))


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
    from tqdm import tqdm
    disable = None if enabled is None else not enabled
    return tqdm(total=total, unit="rows", disable=disable, leave=False)


def dump(output_dir, using="default", overwrite=False, excludes=(),
         max_row_count=None, tolerate=False, progress=None):
    """Write the database `using` as a Python dump into `output_dir`.

    Returns a DumpReport.  Raises DumpError when `output_dir` exists and
    `overwrite` is false, or when writing fails; in both cases nothing at
    `output_dir` has changed.
    """
    started = time.monotonic()
    report = DumpReport(os.path.abspath(output_dir))
    dumper = Dumper(using, max_row_count or conf.DEFAULT_MAX_ROW_COUNT,
                    tuple(excludes), tolerate, progress)
    with atomic_directory(report.output_dir, overwrite) as directory:
        with snapshot(using):
            dumper.write(directory, report)
    report.seconds = time.monotonic() - started
    return report
