"""Operations on whole models: removed, renamed, split."""
from ...exceptions import MigrationError
from ...restore.runtime import MissingModel, RemovedModel
from ..rows import row_function, table_of
from .base import Operation, RowOperation, resolve


class RemoveModel(RowOperation):
    """The rows of a model that the new code no longer has are skipped.

    Rows of other models that refer to its content type (permissions)
    get a stale content type, as after Django's DeleteModel.
    """

    def apply(self, globals_dict):
        super().apply(globals_dict)
        function = row_function(globals_dict, table_of(globals_dict,
                                                       self.model))
        name = function.shape.model_global if function.shape else None
        if isinstance(globals_dict.get(name), MissingModel):
            globals_dict[name] = RemovedModel(self.model)

    def change(self, row):
        return None

    def state_forwards(self, function):
        function.removed = True

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
        model, row = chosen if isinstance(chosen, tuple) else (chosen, row)
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
