"""Media files that the restored rows name but the storage lacks.

A dump holds the database, not the files of ``FileField`` and
``ImageField`` values.  The rows are restored exactly as they were (Lino's
restore refuses such a row instead); the restore's report then lists each
row whose file is missing from its field's storage, so that the
administrator knows which files to copy from the old site.
"""
from dataclasses import dataclass

from django.db import models

from ..ordering import model_label

#: How many missing files the restore prints (all are in the report).
SHOWN = 20


@dataclass(frozen=True)
class MissingFile:
    model: str
    pk: object
    field: str
    path: str

    def __str__(self):
        return "%s pk=%r %s: %s" % (self.model, self.pk, self.field,
                                    self.path)


def file_fields(model):
    return [field for field in model._meta.local_concrete_fields
            if isinstance(field, models.FileField)]


def exists(storage, name):
    """Whether `storage` has `name`; a name it refuses (absolute, or
    outside its root) counts as missing."""
    try:
        return storage.exists(name)
    except Exception:
        return False


def missing_files(using, models_):
    """``[MissingFile]`` of every row of `models_` in `using` whose file
    field names a file that its storage does not have, in model and pk
    order."""
    result = []
    for model in models_:
        for field in file_fields(model):
            rows = model._base_manager.using(using).exclude(
                **{field.attname: ""}).exclude(
                **{field.attname + "__isnull": True}).order_by(
                "pk").values_list("pk", field.attname)
            for pk, name in rows.iterator():
                if not exists(field.storage, name):
                    result.append(MissingFile(model_label(model), pk,
                                              field.name, name))
    return result


def describe(missing):
    """The lines that the restore prints about `missing`."""
    if not missing:
        return []
    lines = ["%d restored row(s) name a media file that is not in the "
             "storage; the rows were restored as they are. Copy these "
             "files from the old site (MEDIA_ROOT):" % len(missing)]
    lines.extend("  %s" % item for item in missing[:SHOWN])
    if len(missing) > SHOWN:
        lines.append("  (and %d more)" % (len(missing) - SHOWN))
    return lines
