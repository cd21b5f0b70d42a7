"""Operations on the fields of one model's rows."""
from ...exceptions import MigrationError, PlanError
from .base import RowOperation, column, field_in


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

    def state_forwards(self, function):
        old = field_in(function, self.model, self.old_name, self)
        new = self.new_name + old[len(self.old_name):]
        if new in function.fields:
            raise PlanError(
                "%s: the rows of %s already have a field %r at this point "
                "of the chain. Remove or rename that one first." % (
                    self.describe(), self.model, new))
        function.fields[function.fields.index(old)] = new

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

    def state_forwards(self, function):
        function.fields.remove(field_in(function, self.model, self.name,
                                        self))

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

    def state_forwards(self, function):
        if self.name not in function.fields:
            function.fields.append(self.name)

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

    def state_forwards(self, function):
        field_in(function, self.model, self.name, self)

    def describe(self):
        how = ("%d values mapped" % len(self.converter)
               if isinstance(self.converter, dict) else "converted")
        return "Convert %s.%s (%s)" % (self.model, self.name, how)
