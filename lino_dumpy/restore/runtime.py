"""The names a dump's ``restore.py`` and table files use.

``restore.py`` starts with ``from lino_dumpy.dumpfile import *``, which
sets Django up and then imports this module, free of side effects: the
value constructors (``dt``, ``date``, ``Decimal``...) and Lino's helper
protocol (``resolve_model``, ``create_mti_child``, ``new_content_type_id``,
``bv2kw``).  The ``loader`` global is set by the restore before the table
files run.
"""
from datetime import date, datetime, time, timedelta, timezone  # noqa: F401
from decimal import Decimal  # noqa: F401
from uuid import UUID  # noqa: F401


from django.apps import apps
# Exported: dumps written by Lino use ``settings.SITE``.
from django.conf import settings
from django.db.models import Model
from django.db.models.base import ModelState
from django.db.models.signals import post_init, pre_init

from .. import conf
from ..exceptions import DumpFormatError, UnknownModel
from .loader import current_database
from .rowreader import aware_dt, naive_dt


def dt(*args):
    """A datetime from its fields, aware (UTC) when the site uses time zones.

    lino_dumpy writes ``dt('2024-10-27 00:30:00.250000')`` (dump format 2);
    Lino and dump format 1 write the numbers, ``dt(2024,10,27,0,30,0,250000)``.
    This is right when the dump's USE_TZ and TIME_ZONE are the site's; a
    restore into other settings uses lino_dumpy.restore.datetimes.restore_dt().
    """
    if conf.use_tz():
        return aware_dt(*args)
    return naive_dt(*args)


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
        raise UnknownModel(
            "The dump has rows of %s, a model that does not exist in this "
            "version of the code. Write a migration step that renames, "
            "converts or removes it." % self.label)


class RemovedModel(MissingModel):
    """A model of the dump that a migration step removed (RemoveModel):
    references to its content type (permissions, generic foreign keys)
    name a stale content type, as after Django deletes a model."""


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
    # Models can be imported only once the app registry is ready.
    from django.contrib.contenttypes.models import ContentType
    manager = ContentType.objects.db_manager(current_database())
    if isinstance(model, str):
        app_label, name = model.split(".")
        return manager.get_or_create(app_label=app_label, model=name)[0].pk
    if isinstance(model, RemovedModel):
        app_label, name = model.label.split(".")
        return manager.get_or_create(app_label=app_label,
                                     model=name.lower())[0].pk
    if isinstance(model, MissingModel):
        model()
    return manager.get_for_model(model, for_concrete_model=False).pk


def instantiate(model, **values):
    """``model(**values)``, faster when `values` fill every column.

    Django's ``Model.__init__`` matches keyword arguments field by field,
    which is most of the cost of building a row.  A model without its own
    ``__init__`` and without init signals, given a value for every
    concrete field, gets them directly; anything else goes through
    ``model(**values)``.
    """
    fast = _fast_models.get(model)
    if fast is None:
        fast = _fast_models[model] = fast_init_columns(model)
    if fast and values.keys() == fast:
        obj = model.__new__(model)
        obj._state = ModelState()
        obj.__dict__.update(values)
        return obj
    return model(**values)


_fast_models = {}


def fast_init_columns(model):
    """The attnames `instantiate()` needs to skip ``__init__``, or ()."""
    if not isinstance(model, type) or not issubclass(model, Model):
        return ()
    if model.__init__ is not Model.__init__ or pre_init.has_listeners(
            model) or post_init.has_listeners(model):
        return ()
    return {f.attname for f in model._meta.concrete_fields}


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
    # Lino's create_mti_child() matches field names, migration steps often
    # use attnames (``country_id``): accept both.
    parent_names = {name for f in parent_model._meta.concrete_fields
                    for name in (f.name, f.attname)}
    parent_values = {
        k: kw.pop(k) for k in list(kw) if k in parent_names}
    kw[link.attname] = pk
    child = child_model(**kw)
    if parent_values:
        child._dumpy_parent_values = (parent_model, pk, parent_values)
    return child


def babel_keywords(languages):
    """The ``bv2kw`` of a dump whose babel values follow `languages`.

    `languages` are the language names of the site that wrote the dump.
    Each value goes to the field of the same language on this site (Lino's
    ``language_dict`` also knows ``de`` for ``de_BE``); a language this
    site lacks is dropped and one the dump lacks keeps its default, as
    with Lino's own ``bv2kw``.
    """
    languages = tuple(languages)

    def bv2kw(fieldname, values):
        """Keyword arguments for a Lino babel field from its value list."""
        known = conf.lino_site().language_dict
        keywords = {}
        for name, value in zip(languages, values):
            language = known.get(name)
            if language is not None:
                keywords[fieldname + language.suffix] = value
        return keywords
    return bv2kw


def bv2kw(fieldname, values):
    """Keyword arguments for a Lino babel field from its per-language list.

    For dumps that do not say which languages their lists follow: they
    are taken to be this site's.
    """
    names = [language.name for language in conf.lino_site().languages]
    return babel_keywords(names)(fieldname, values)


class DumpIncomplete(Exception):
    """Raised by a table file whose rows could not be dumped (--tolerate)."""


__all__ = [
    "date", "datetime", "time", "timedelta", "Decimal", "UUID", "dt",
    "resolve_model", "new_content_type_id", "create_mti_child", "bv2kw",
    "instantiate",
    "babel_keywords",
    "DumpIncomplete", "settings", "MissingModel", "RemovedModel",
]
