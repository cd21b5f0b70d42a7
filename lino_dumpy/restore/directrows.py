"""Rows that go from the reader straight to the insert.

A ``create_<table>()`` function of the writer's plain template only calls
``instantiate(Model, a=a, b=b, ...)``, and for a model that instantiate()
builds without ``__init__`` (runtime.py), the instance is a dict of the
row's values that the insert reads back in column order.  When the
function is exactly that template (rebuilt by the safe restore, or
checked against the template where restore.py was run, see
scriptcheck.canonical_shapes) and nothing of the site replaced it, the
row's values can go to the insert as they are: the same values reach the
same conversions, without building and unpacking an instance per row.

Every condition under which the instance could matter keeps the usual
path: a migration step or ``@override`` that replaced the function or
rebound the model's global or ``instantiate``, a model with its own
``__init__``, init or save signals, ``before_dumpy_save``, multi-table
inheritance, content types, multilingual or Decimal arguments,
``--full-clean``, and loaders that do more than insert (key checks,
loaddata).  Where the database refuses a row, the rows of the batch are
built as instances after all, so that the refusal names the row as on
the usual path.
"""
from django.db.models import Model, signals

from .runtime import fast_init_columns, instantiate

#: instantiate() as lino_dumpy defines it (a dump's code could replace
#: the module's attribute too).
INSTANTIATE = instantiate


class DirectTable:
    """The rows of one table, inserted from the values the reader gives.

    `order` maps the model's columns to the positions of the factory's
    arguments (None when they are in the same order); `factory` builds
    the instance of a row when a refusal needs one.
    """

    def __init__(self, model, order, factory):
        self.model = model
        self.order = order
        self.factory = factory

    def values(self, args):
        """The field values of a row, in column order."""
        if self.order is None:
            return args
        return [args[index] for index in self.order]

    def instance(self, args):
        return self.factory(*args)


def direct_table(shape, globals_dict, originals, loader):
    """The DirectTable for the rows of `shape` (a scriptcheck.FactoryShape
    of a function of `originals`, the template's create_ functions by
    name), or None where they must become instances."""
    name = "create_" + shape.table
    factory = globals_dict.get(name)
    if factory is None or factory is not originals.get(name):
        return None
    if not plain_template(shape) or not loader.takes_direct_rows() or \
            globals_dict.get("instantiate") is not INSTANTIATE:
        return None
    model = globals_dict.get(shape.model)
    if not instance_is_its_values(model, shape.args):
        return None
    attnames = [f.attname for f in model._meta.local_concrete_fields]
    order = [shape.args.index(attname) for attname in attnames]
    if order == list(range(len(order))):
        order = None
    return DirectTable(model, order, factory)


def plain_template(shape):
    """Whether the function is ``return instantiate(Model, a=a, ...)``."""
    return (shape.returns == "instantiate" and shape.parent is None
            and not shape.content_types and not shape.babel
            and not shape.decimals)


def instance_is_its_values(model, args):
    """Whether an instance of `model` made of `args` is nothing but their
    values (instantiate()'s fast path) and is saved without any code of
    the site running."""
    if not isinstance(model, type) or not issubclass(model, Model):
        return False
    meta = model._meta
    # A function's arguments are distinct names, so equal sets suffice.
    if meta.parents or meta.proxy or fast_init_columns(model) != set(args):
        return False
    return not (hasattr(model, "before_dumpy_save")
                or signals.pre_save.has_listeners(model)
                or signals.post_save.has_listeners(model))
