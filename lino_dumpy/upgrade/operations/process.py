"""Operations that post-process every row or object of a model."""
from django.core.exceptions import ValidationError

from ...exceptions import MigrationError
from ..rows import row_function, table_of
from .base import Operation, RowOperation, resolve


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


class SaveObjects(Operation):
    """After the load, inside the restore's transaction, call ``save()``
    on every object of `model` (a model of the NEW code), after
    ``full_clean()`` if `full_clean` is true.

    A restore inserts the dumped values as they are and never calls
    save() or full_clean(): columns that the new code derives in them
    (previews, caches, sums, a field Lino's full_clean() fills) stay as
    dumped, or empty if they are new.  This recomputes them.
    """

    def __init__(self, model, full_clean=False, description=None):
        self.model, self.full_clean = model, full_clean
        self.description = description

    def apply(self, globals_dict):
        resolve(self.model)
        globals_dict["loader"].after_load_handlers.append(self.save_all)

    def save_all(self, loader):
        model = resolve(self.model)
        for obj in model._base_manager.using(loader.using).order_by("pk"):
            if self.full_clean:
                self.clean(obj)
            obj.save(using=loader.using)

    def clean(self, obj):
        try:
            obj.full_clean()
        except ValidationError as error:
            problems = getattr(error, "message_dict", None) or {
                None: error.messages}
            raise MigrationError(
                "%s pk=%r is not valid after the load (SaveObjects with "
                "full_clean=True): %s. Fix the data in a step, or save "
                "without full_clean." % (self.model, obj.pk, "; ".join(
                    "%s: %s" % (name, " ".join(messages)) if name
                    else " ".join(messages)
                    for name, messages in sorted(
                        problems.items(), key=lambda i: str(i[0]))))
            ) from error

    def describe(self):
        how = "full_clean() and save()" if self.full_clean else "save()"
        return "After the load, call %s on every %s%s" % (
            how, self.model,
            " (%s)" % self.description if self.description else "")
