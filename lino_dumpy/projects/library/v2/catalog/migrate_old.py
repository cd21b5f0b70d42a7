"""Old-style migration steps, kept from before the Migrator class existed.

A plain module of ``migrate_from_X_Y(globals_dict)`` functions, as Lino
sites once wrote them; lino_dumpy.old_migrate chains them with the
Migrator's methods.
"""
from decimal import Decimal

from lino_dumpy.operations import ConvertValue, apply_operations

CENT = Decimal("0.01")


def migrate_from_0_9(globals_dict):
    """Before 1.0, book prices were stored in cents."""
    apply_operations(globals_dict, ConvertValue(
        "catalog.Book", "price", lambda cents: (cents / 100).quantize(CENT)))
    return "1.0"
