"""Declarative migration operations on a dump's keyword rows.

Each operation only describes a change (``describe()`` gives the line of
the restore log); :func:`apply_operations` plugs them into the dump's
``create_`` functions.
"""
from .base import TODO, Operation, RowOperation, apply_operations
from .fields import AddField, ConvertValue, RemoveField, RenameField
from .models import RemoveModel, RenameModel, SplitModel
from .process import ProcessObjects, ProcessRows, SaveObjects

__all__ = [
    "Operation", "RowOperation", "apply_operations", "TODO",
    "RenameField", "RemoveField", "AddField", "ConvertValue",
    "RemoveModel", "RenameModel", "SplitModel",
    "ProcessRows", "ProcessObjects", "SaveObjects",
]
