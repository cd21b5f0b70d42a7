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

from ...exceptions import MigrationError
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


def apply_operations(globals_dict, *operations):
    """Apply `operations` in order and log their descriptions."""
    for operation in operations:
        if not isinstance(operation, Operation):
            raise MigrationError("%r is not a migration operation." % (
                operation,))
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
        function.row_operations.append(self.change)
        return function

    def change(self, row):
        raise NotImplementedError(
            "subclasses of RowOperation must provide change()")
