"""How the rows of one model become table files.

A ``ModelWriter`` knows the columns of its model and renders each row,
as the database driver returns it, into one line of Python source that
calls the model's ``create_<table>()`` function; ``write_table_file()``
writes such lines into one file of a dump, with its SHA-256.  Both run in
the dump's own process or in a worker (:mod:`lino_dumpy.dump.workers`).
"""
import hashlib
import os
import re
from dataclasses import dataclass

try:
    from operator import call  # calls text(value) per column, in C
except ImportError:  # Python 3.10
    def call(function, value):
        return function(value)

from django.apps import apps

from .. import conf
from ..exceptions import DumpError
from ..ordering import model_label
from . import templates
from .reader import PAGE_SIZE, TableReader
from .values import column_renderer

ROW_END = "))\n"


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
        # Models can be imported only once the app registry is ready.
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


def content_type_names(using):
    """ContentTypeNames of `using` (None without contenttypes)."""
    if apps.is_installed("django.contrib.contenttypes"):
        return ContentTypeNames(using)
    return None


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

    def lines(self, using, after=None):
        """Yield the lines of the table files, in primary key order,
        starting after the row whose primary key is `after`."""
        self.reader = TableReader(self.model, self.selected_fields(), using)
        if not self.has_babel_fields:
            self.texts = [self.reader.column_text(index, render)
                          for index, render in enumerate(self.renderers)]
        for page in self.reader.pages(after):
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
        parents = [f for f in self.model._meta.parents.values()
                   if f is not None]
        parent = None
        if len(parents) == 1:
            parent = (global_name(parents[0].related_model),
                      parents[0].attname)
        return templates.create_function(
            self.table, [f.attname for f in self.fields],
            global_name(self.model),
            content_types={f.attname for f in self.fields
                           if is_content_type_pointer(f)},
            babel={f.attname for f in self.fields if is_babel_field(f)},
            parent=parent)


def babel_renderer(field):
    """Lino writes a babel field as the list of its values per language."""
    def render(values):
        return repr(list(values))
    return render


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


@dataclass(frozen=True)
class TablePart:
    """One table file of a model: at most `limit` rows, in primary key
    order after the row whose primary key is `after` (None: the first)."""
    filename: str
    limit: int
    description: str
    after: object = None


@dataclass(frozen=True)
class TableEntry:
    """A written table file, as restore.py lists it."""
    filename: str
    label: str
    table: str
    rows: int
    sha256: str


def write_table_file(directory, filename, writer, lines, limit,
                     description, written=None):
    """Write up to `limit` of `lines` of `writer` into a table file.

    `written` is called with the number of rows after every page
    (progress bars).  Returns the file's TableEntry.
    """
    out = TableFile(os.path.join(directory, filename))

    def flush(buffer):
        out.write("".join(buffer))
        if written is not None:
            written(len(buffer))

    try:
        out.write(templates.TABLE_FILE_HEADER.format(
            label=writer.label, description=description, table=writer.table,
            columns=", ".join(f.attname for f in writer.fields)))
        buffer = []
        for line in lines:
            buffer.append(line)
            out.rows += 1
            if len(buffer) >= PAGE_SIZE:
                flush(buffer)
                buffer = []
            if out.rows >= limit:
                break
        flush(buffer)
    finally:
        digest = out.close()
    return TableEntry(filename, writer.label, writer.table, out.rows, digest)
