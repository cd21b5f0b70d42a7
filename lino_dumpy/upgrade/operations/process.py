"""Operations that post-process every row or object of a model."""
from ..rows import row_function, table_of
from .base import Operation, RowOperation


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
        # Objects are built from the rows already: the columns stay.
        function = row_function(globals_dict, table_of(globals_dict,
                                                       self.model))
        function.object_operations.append(self.function)

    def describe(self):
        return "Process objects of %s: %s" % (
            self.model, self.description or self.function.__name__)
