"""The names a dump's ``restore.py`` and table files use.

``restore.py`` starts with ``from lino_dumpy.dumpfile import *``: this sets
up Django when the dump runs as a plain script, and provides the value
constructors (``dt``, ``date``, ``Decimal``...) and Lino's helper protocol
(``resolve_model``, ``create_mti_child``, ``new_content_type_id``,
``bv2kw``).  The ``loader`` global is set by the restore before the table
files run.
"""
import os
import sys
from datetime import date, datetime, time, timedelta, timezone  # noqa: F401
from decimal import Decimal  # noqa: F401
from uuid import UUID  # noqa: F401


def setup_django():
    """Set Django up when restore.py is run as ``python restore.py``."""
    from django.apps import apps
    if apps.ready:
        return
    module = os.environ.get("DJANGO_SETTINGS_MODULE")
    if not module:
        sys.exit(
            "DJANGO_SETTINGS_MODULE is not set, so this dump does not know "
            "which site to restore into. Run `python manage.py run "
            "DIR/restore.py` from the project, or set DJANGO_SETTINGS_MODULE.")
    if os.getcwd() not in sys.path:
        sys.path.append(os.getcwd())
    import django
    try:
        django.setup()
    except ImportError as error:
        sys.exit(
            "Cannot load the settings module %r (%s). Check "
            "DJANGO_SETTINGS_MODULE and run from the project directory."
            % (module, error))


setup_django()

from django.apps import apps  # noqa: E402
from django.conf import settings  # noqa: E402

from .exceptions import DumpFormatError  # noqa: E402


def dt(*args):
    """A datetime from UTC fields, aware when the site uses time zones."""
    if settings.USE_TZ:
        return datetime(*args, tzinfo=timezone.utc)
    return datetime(*args)


class MissingModel:
    """Stands for a model of the dump that the running code lacks.

    A migration step may rebind the global or override the model's
    ``create_`` function; the restore's preflight refuses the dump if
    neither happened.
    """

    def __init__(self, label):
        self.label = label

    def __repr__(self):
        return "<missing model %s>" % self.label

    def __call__(self, *args, **kwargs):
        from .exceptions import UnknownModel
        raise UnknownModel(
            "The dump has rows of %s, a model that does not exist in this "
            "version of the code. Write a migration step that renames, "
            "converts or removes it." % self.label)


def resolve_model(label):
    """The model class for ``app_label.ModelName``, or a MissingModel."""
    try:
        return apps.get_model(label)
    except (LookupError, ValueError):
        return MissingModel(label)


def new_content_type_id(model):
    """The id, in the target database, of the content type of `model`.

    Dumps refer to content types by model (or, for stale content types, by
    ``'app_label.model'``) because ids differ between databases.
    """
    if model is None:
        return None
    from django.contrib.contenttypes.models import ContentType
    from .loader import current_database
    manager = ContentType.objects.db_manager(current_database())
    if isinstance(model, str):
        app_label, name = model.split(".")
        return manager.get_or_create(app_label=app_label, model=name)[0].pk
    if isinstance(model, MissingModel):
        model()
    return manager.get_for_model(model, for_concrete_model=False).pk


def create_mti_child(parent_model, pk, child_model, **kw):
    """A multi-table inheritance child whose parent row is loaded already.

    Only the child's own columns are inserted.  Values of parent fields
    given in `kw` (a migration step moved a field to the parent) are
    applied to the parent row after it is loaded.
    """
    link = child_model._meta.parents.get(parent_model)
    if link is None:
        raise DumpFormatError("%s is not a parent of %s" % (
            parent_model.__name__, child_model.__name__))
    parent_names = {f.attname for f in parent_model._meta.concrete_fields}
    parent_values = {
        k: kw.pop(k) for k in list(kw) if k in parent_names}
    kw[link.attname] = pk
    child = child_model(**kw)
    if parent_values:
        child._dumpy_parent_values = (parent_model, pk, parent_values)
    return child


def bv2kw(fieldname, values):
    """Keyword arguments for a Lino babel field from its per-language list.

    Needed when the site's languages changed between dump and restore.
    """
    return settings.SITE.babelkw(fieldname, **{
        language.name: values[language.index]
        for language in settings.SITE.languages
        if language.index < len(values)})


class DumpIncomplete(Exception):
    """Raised by a table file whose rows could not be dumped (--tolerate)."""


__all__ = [
    "date", "datetime", "time", "timedelta", "Decimal", "UUID", "dt",
    "resolve_model", "new_content_type_id", "create_mti_child", "bv2kw",
    "DumpIncomplete", "settings", "MissingModel",
]
