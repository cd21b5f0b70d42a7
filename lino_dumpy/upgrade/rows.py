"""Keyword rows: the form in which migration operations see a dump's rows.

A dump's ``create_<table>(id, name, ...)`` takes positional arguments and
returns a model instance.  To let small operations change one field
without copying that function, :class:`RowFunction` replaces it: it turns
the arguments into a row (column name to value), lets every operation
change the row, and builds the object the way the generated function
would, from the model global *as it is bound at that moment* (so that a
step may rebind it).

What a generated function does (which model, which columns are content
type references or babel values, whether it is a multi-table child) is
read from its source, so Lino's dumps work as well as lino_dumpy's.
"""
import ast
import inspect
import textwrap
from dataclasses import dataclass, field as dataclass_field

from ..dumpformat import factory_name, table_of_factory
from ..exceptions import MigrationError, PlanError
from ..restore.runtime import (MissingModel, bv2kw, create_mti_child,
                               instantiate, new_content_type_id)


@dataclass
class TableShape:
    """What a generated create_ function does with its arguments."""
    model_global: str
    columns: list
    parent_global: str = None
    link_column: str = None
    content_type_columns: set = dataclass_field(default_factory=set)
    babel_columns: set = dataclass_field(default_factory=set)


def read_shape(function):
    """The TableShape of a generated create_ function, from its source."""
    try:
        tree = ast.parse(textwrap.dedent(inspect.getsource(function)))
    except (OSError, TypeError, SyntaxError):
        return None
    columns = list(inspect.signature(function).parameters)
    shape = None
    calls = [n for n in ast.walk(tree) if isinstance(n, ast.Call)
             and isinstance(n.func, ast.Name)]
    for node in ast.walk(tree):
        if not (isinstance(node, ast.Return) and isinstance(node.value,
                                                            ast.Call)):
            continue
        call = node.value
        if not isinstance(call.func, ast.Name):
            continue
        if call.func.id == "create_mti_child" and len(call.args) >= 3:
            names = [getattr(a, "id", None) for a in call.args[:3]]
            shape = TableShape(names[2], columns, parent_global=names[0],
                               link_column=names[1])
        elif call.func.id == "instantiate" and call.args:
            shape = TableShape(getattr(call.args[0], "id", None), columns)
        else:
            shape = TableShape(call.func.id, columns)
    if shape is None:
        return None
    for call in calls:
        if call.func.id == "new_content_type_id" and call.args and \
                isinstance(call.args[0], ast.Name):
            shape.content_type_columns.add(call.args[0].id)
        if call.func.id == "bv2kw" and call.args and \
                isinstance(call.args[0], ast.Constant):
            shape.babel_columns.add(call.args[0].value)
    return shape


def object_row(obj):
    """The row of an object built by a hand-written create_ function."""
    meta = type(obj)._meta
    return {f.attname: getattr(obj, f.attname)
            for f in meta.local_concrete_fields}


class RowFunction:
    """A create_ function that applies row operations before building.

    `inner` is the function it replaces: the generated one (then rows are
    built from `shape`), or a hand-written override (then its result is
    turned back into a row, so operations compose with overrides).
    """

    is_row_function = True

    def __init__(self, globals_dict, name, inner, shape, generated):
        self.globals = globals_dict
        self.__name__ = name
        self.inner = inner
        self.shape = shape
        self.generated = generated
        self.row_operations = []
        self.object_operations = []
        #: The columns the rows carry at this point of the plan, or None
        #: once a hand-written function or operation makes them unknown.
        self.fields = list(shape.columns) if generated else None
        #: Why the rows cannot be followed statically (see state.py).
        self.opaque = None if generated else "a hand-written %s()" % name
        self.removed = False

    def __call__(self, *args, **kwargs):
        if self.generated:
            row = dict(zip(self.shape.columns, args))
            row.update(kwargs)
            model = self.globals[self.shape.model_global]
        else:
            obj = self.inner(*args, **kwargs)
            if obj is None:
                return None
            row, model = object_row(obj), type(obj)
        for operation in self.row_operations:
            result = operation(row)
            if result is None:
                return None
            # An operation returns the row, or a (model, row) pair.
            model, row = (result if isinstance(result, tuple)
                          else (model, result))
        obj = self.build(model, row)
        for operation in self.object_operations:
            if obj is None:
                return None
            obj = operation(obj)
        return obj

    def build(self, model, row):
        shape = self.shape
        if shape is not None:
            for column in shape.content_type_columns & set(row):
                if not isinstance(row[column], int):
                    row[column] = new_content_type_id(row[column])
            babel = self.globals.get("bv2kw", bv2kw)
            for column in shape.babel_columns & set(row):
                values = row.pop(column)
                if values is not None:
                    row.update(babel(column, values))
        parents = [f for f in model._meta.parents.values() if f is not None]
        if len(parents) == 1 and parents[0].attname in row:
            link = parents[0]
            pk = row.pop(link.attname)
            return create_mti_child(link.related_model, pk, model, **row)
        return instantiate(model, **row)


def row_function(globals_dict, table):
    """The RowFunction behind ``create_<table>``, installing it if needed."""
    name = factory_name(table)
    current = globals_dict.get(name)
    if current is None:
        raise MigrationError(
            "The dump has no function %s(): no table %r to migrate. Use the "
            "model label of the OLD code (app_label.ModelName)." % (name, table))
    if getattr(current, "is_row_function", False):
        return current
    originals = globals_dict.get("DUMPY_GENERATED", {})
    generated = originals.get(name) is current
    shape = read_shape(current) if generated else None
    if generated and shape is None:
        raise MigrationError(
            "Cannot read the source of %s(); the dump's restore.py must be a "
            "file on disk." % name)
    function = RowFunction(globals_dict, name, current, shape, generated)
    globals_dict[name] = function
    return function


def table_of(globals_dict, label):
    """The table name of the create_ function that builds model `label`.

    `label` is ``app_label.ModelName`` as the OLD code named the model; a
    table name (the part after ``create_``) is accepted too.
    """
    if factory_name(label) in globals_dict:
        return label
    wanted = label.replace(".", "_")
    for name, function in globals_dict.get("DUMPY_GENERATED", {}).items():
        shape = read_shape(function)
        if shape is not None and shape.model_global == wanted:
            return table_of_factory(name)
    raise PlanError(
        "The dump has no rows of a model %s. Check the label (the OLD "
        "app_label.ModelName, as the dump's restore.py writes it in its "
        "resolve_model() lines). The dump's models are: %s." % (
            label, ", ".join(sorted(dump_models(globals_dict).values()))))


def dump_models(globals_dict):
    """``{model global: label}`` of the dump's models, as the dump names
    them (recorded before the first step rebinds any of them)."""
    recorded = globals_dict.get("DUMPY_MODEL_LABELS")
    if recorded is None:
        recorded = globals_dict["DUMPY_MODEL_LABELS"] = {
            name: model_label_of(value)
            for name, value in globals_dict.items()
            if model_label_of(value) is not None}
    return recorded


def model_label_of(value):
    """The label of a model class or MissingModel, else None."""
    if isinstance(value, MissingModel):
        return value.label
    meta = getattr(value, "_meta", None)
    if isinstance(value, type) and meta is not None and \
            hasattr(meta, "label"):
        return meta.label
    return None
