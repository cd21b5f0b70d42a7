"""Declarative migration operations for the steps of a Migrator.

Operations describe one change of the dump's data; ``apply()`` installs it
on the dump's globals (see rows.py for how rows flow) and ``describe()``
gives the line shown in the restore log.  Models are named by their label
in the OLD code (``app_label.ModelName``), as in the dump.

    def migrate_from_1_0(self, globals_dict):
        \"\"\"Products have a unit price.\"\"\"
        self.apply(globals_dict,
                   RenameField("shop.Product", "price", "unit_price"),
                   AddField("shop.Product", "currency", "EUR"))
        return "1.1"
"""
import logging

from django.apps import apps

from ...exceptions import MigrationError, PlanError
from ..rows import row_function, table_of

logger = logging.getLogger(__name__)


def resolve(model):
    """A model class from a class or an ``app_label.ModelName`` label."""
    if not isinstance(model, str):
        return model
    try:
        return apps.get_model(model)
    except (LookupError, ValueError) as error:
        raise MigrationError(
            "%s is not a model of the running code." % model) from error


def column(row, name):
    """The key of field `name` in a row: rows of relations hold ``name_id``."""
    if name not in row and name + "_id" in row:
        return name + "_id"
    return name


def field_in(function, model, name, operation):
    """The column of field `name` in the rows of `function` at this point
    of the plan (``name`` or ``name_id``); PlanError naming the columns
    that exist if there is none."""
    for column_name in (name, name + "_id"):
        if column_name in function.fields:
            return column_name
    raise PlanError(
        "%s: the rows of %s have no field %r at this point of the chain. "
        "They have: %s." % (operation.describe(), model, name,
                            ", ".join(function.fields)))


class TODO:
    """A placeholder of a step drafted by makestep: what the user must
    fill in.  A step that still has one is refused when planned."""

    def __init__(self, hint):
        self.hint = hint

    def __repr__(self):
        return "TODO(%r)" % self.hint


def check_filled(operation):
    """Refuse an operation that still holds a TODO placeholder."""
    for value in vars(operation).values():
        if isinstance(value, TODO):
            raise PlanError(
                "%s: the drafted step still has the placeholder %r. Replace "
                "it with a value (or a function of the row) and restore "
                "again." % (type(operation).__name__, value))


def apply_operations(globals_dict, *operations):
    """Apply `operations` in order and log their descriptions."""
    for operation in operations:
        if not isinstance(operation, Operation):
            raise MigrationError("%r is not a migration operation." % (
                operation,))
        check_filled(operation)
        operation.apply(globals_dict)
        description = operation.describe()
        logger.debug("  %s", description)
        globals_dict.setdefault("DUMPY_LOG", []).append(description)


class Operation:
    """Base class: one change of the dump's data."""

    def apply(self, globals_dict):
        raise NotImplementedError(
            "subclasses of Operation must provide apply()")

    def describe(self):
        raise NotImplementedError(
            "subclasses of Operation must provide describe()")

    def __str__(self):
        return self.describe()


class RowOperation(Operation):
    """An operation that changes the keyword rows of one model."""

    def __init__(self, model):
        self.model = model

    def apply(self, globals_dict):
        function = row_function(globals_dict, table_of(globals_dict,
                                                       self.model))
        if function.fields is not None and not function.removed:
            self.state_forwards(function)
        function.row_operations.append(self.change)
        return function

    def state_forwards(self, function):
        """Change ``function.fields`` (the columns the rows carry at this
        point of the plan) as :meth:`change` changes the rows, refusing
        names the rows lack (PlanError).  By default the effect is
        unknown: the table can then only be checked by building a row."""
        function.fields = None
        function.opaque = self.describe()

    def change(self, row):
        raise NotImplementedError(
            "subclasses of RowOperation must provide change()")
