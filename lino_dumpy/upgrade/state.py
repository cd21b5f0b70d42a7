"""What each table's rows carry into the current code after the steps.

Django migrations know the state of the models after each operation
(``state_forwards()``).  A dump's equivalent is the list of columns of
each table's rows: the dump states them (the ``create_<table>``
signatures, see dumpstate.py), and each declarative operation that a step
applies changes them (see ``state_forwards()`` of the operations, which
the chain runs before any row is read).  A hand-written ``create_``
function, ``@override`` or ``ProcessRows`` is opaque: the preflight then
builds the first row to learn what it produces (see drift.py).
"""
import os
from dataclasses import dataclass

from ..dumpformat import factory_name
from .rows import read_shape
from .rowscan import dump_names


@dataclass
class TableState:
    """One table of the dump at the end of the plan."""
    table: str
    #: The model as the dump (the OLD code) names it: operations use it.
    dump_label: str
    rows: int
    #: The dump's own columns (the signature of its create_ function).
    columns: tuple
    #: The columns the rows carry into the code, None when opaque.
    fields: list
    #: What the rows build: a model class or a MissingModel.
    model: object
    multilingual: tuple = ()
    removed: bool = False
    #: Why the columns cannot be followed statically, or None.
    opaque: str = None
    #: The create_ function at the end of the plan (builds a row).
    function: object = None
    #: The operations of the plan on this table, as described in the log.
    operations: tuple = ()
    #: The table files of the table.
    paths: tuple = ()
    #: The names the rows' values use, bound as in the dump (rowscan).
    names: dict = None


def plan_state(globals_dict, dump_state):
    """``[TableState]`` of the tables that have table files, in load
    order, from the migrated globals of the dump in `dump_state`."""
    states, names = [], dump_names(globals_dict)
    for factory in dump_state.tables():
        state = table_state(globals_dict, factory,
                            dump_state.rows_of(factory.table))
        state.paths = tuple(
            os.path.join(dump_state.directory, f.filename)
            for f in dump_state.files if f.table == factory.table)
        state.names = names
        states.append(state)
    return states


def table_state(globals_dict, factory, rows):
    name = factory_name(factory.table)
    generated = globals_dict.get("DUMPY_GENERATED", {}).get(name)
    function = globals_dict.get(name)
    shape = read_shape(generated) if generated is not None else None
    state = TableState(
        table=factory.table, dump_label=factory.model, rows=rows,
        columns=factory.fields, fields=list(factory.fields),
        model=globals_dict.get(shape.model_global) if shape else None,
        multilingual=tuple(factory.multilingual), function=function)
    if function is generated and shape is not None:
        return state
    if getattr(function, "is_row_function", False) and function.generated:
        state.fields = None if function.fields is None else list(
            function.fields)
        state.opaque, state.removed = function.opaque, function.removed
        state.operations = tuple(
            op.__self__.describe() for op in function.row_operations
            if hasattr(op, "__self__"))
        return state
    state.fields = None
    state.opaque = "a hand-written %s()" % name
    return state
