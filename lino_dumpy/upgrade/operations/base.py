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

from .exceptions import MigrationError
from .rows import row_function, table_of

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

    def change(self, row):
        raise NotImplementedError(
            "subclasses of RowOperation must provide change()")


class RenameField(RowOperation):
    """A field of `model` is now called `new_name`."""

    def __init__(self, model, old_name, new_name):
        super().__init__(model)
        self.old_name, self.new_name = old_name, new_name

    def change(self, row):
        old, new = column(row, self.old_name), self.new_name
        if old in row:
            if old != self.old_name:
                new += "_id"
            if new in row:
                raise MigrationError(
                    "Cannot rename %s.%s to %s: the row already has a column "
                    "%s. Remove or rename that one first." % (
                        self.model, self.old_name, self.new_name, new))
            row[new] = row.pop(old)
        return row

    def describe(self):
        return "Rename field %s.%s to %s" % (
            self.model, self.old_name, self.new_name)


class RemoveField(RowOperation):
    """The values of a field that the new code no longer has are dropped."""

    def __init__(self, model, name):
        super().__init__(model)
        self.name = name

    def change(self, row):
        row.pop(column(row, self.name), None)
        return row

    def describe(self):
        return "Remove field %s.%s" % (self.model, self.name)


class AddField(RowOperation):
    """A new field gets `default`, a value or a function of the row."""

    def __init__(self, model, name, default):
        super().__init__(model)
        self.name, self.default = name, default

    def change(self, row):
        if self.name not in row:
            default = self.default
            row[self.name] = default(row) if callable(default) else default
        return row

    def describe(self):
        what = "computed" if callable(self.default) else repr(self.default)
        return "Add field %s.%s (%s)" % (self.model, self.name, what)


class ConvertValue(RowOperation):
    """Convert the values of a field with a function or a mapping.

    With a mapping, every value must be a key (or None): an unknown old
    value stops the restore instead of slipping through unchanged.
    """

    def __init__(self, model, name, converter):
        super().__init__(model)
        self.name, self.converter = name, converter

    def change(self, row):
        name = column(row, self.name)
        if name not in row:
            return row
        value = row[name]
        if callable(self.converter):
            row[name] = self.converter(value)
        elif value is not None:
            try:
                row[name] = self.converter[value]
            except KeyError:
                raise MigrationError(
                    "%s.%s has the value %r, which the conversion does not "
                    "map. Add it to the mapping." % (
                        self.model, self.name, value)) from None
        return row

    def describe(self):
        how = ("%d values mapped" % len(self.converter)
               if isinstance(self.converter, dict) else "converted")
        return "Convert %s.%s (%s)" % (self.model, self.name, how)


class ProcessRows(RowOperation):
    """Call `function(row)` on every row; it returns the row or None."""

    def __init__(self, model, function, description=None):
        super().__init__(model)
        self.function, self.description = function, description

    def change(self, row):
        return self.function(row)

    def describe(self):
        return "Process rows of %s: %s" % (
            self.model, self.description or self.function.__name__)


class ProcessObjects(Operation):
    """Call `function(obj)` on every built object; it returns it or None."""

    def __init__(self, model, function, description=None):
        self.model, self.function = model, function
        self.description = description

    def apply(self, globals_dict):
        function = row_function(globals_dict, table_of(globals_dict,
                                                       self.model))
        function.object_operations.append(self.function)

    def describe(self):
        return "Process objects of %s: %s" % (
            self.model, self.description or self.function.__name__)


class RemoveModel(RowOperation):
    """The rows of a model that the new code no longer has are skipped."""

    def change(self, row):
        return None

    def describe(self):
        return "Remove model %s (its rows are skipped)" % self.model


class RenameModel(Operation):
    """The rows of `old` now belong to `new` (possibly in another app).

    The model global is rebound, so content type references to the old
    model point to the new one too.
    """

    def __init__(self, old, new):
        self.old, self.new = old, new

    def apply(self, globals_dict):
        table_of(globals_dict, self.old)
        globals_dict[self.old.replace(".", "_")] = resolve(self.new)

    def describe(self):
        return "Rename model %s to %s" % (self.old, self.new)


class SplitModel(RowOperation):
    """Rows of one old model go to several new models.

    `choose(row)` returns the model (label or class) of a row, or a
    ``(model, row)`` pair to reshape the row too, or None to skip it.
    """

    def __init__(self, model, choose, targets=()):
        super().__init__(model)
        self.choose, self.targets = choose, tuple(targets)

    def change(self, row):
        chosen = self.choose(row)
        if chosen is None:
            return None
        if isinstance(chosen, tuple):
            model, row = chosen
        else:
            model = chosen
        model = resolve(model)
        known = {f.attname for f in model._meta.concrete_fields}
        unknown = sorted(set(row) - known)
        if unknown:
            raise MigrationError(
                "Splitting %s: %s has no field %s. Return a (model, row) "
                "pair from the discriminator to reshape the row." % (
                    self.model, model._meta.label, ", ".join(unknown)))
        return model, row

    def describe(self):
        targets = ", ".join(map(str, self.targets)) or "chosen per row"
        return "Split %s into %s" % (self.model, targets)
