"""The step makestep drafts for the shop's dumps of release 1, filled in
(what tests/test_drift.py checks a drafted step against)."""
from decimal import Decimal

from lino_dumpy.migrate import Migrator as BaseMigrator


class Migrator(BaseMigrator):

    def migrate_from_1_0(self, globals_dict):
        """Drafted by makestep: the data of 1.0 in the models of 2.0."""
        from lino_dumpy.operations import (
            AddField, ConvertValue, RemoveField, RemoveModel, RenameField,
            RenameModel)
        self.apply(
            globals_dict,
            RemoveModel("shop.Category"),
            RenameModel("shop.Customer", "shop.Client"),
            RenameField("shop.Product", "body", "description"),
            RemoveField("shop.Product", "legacy"),
            AddField("shop.Product", "sku", lambda row: "SKU-%d" % row["id"]),
            ConvertValue("shop.Product", "price", Decimal),
            ConvertValue("shop.Product", "name", lambda text: text[:10]),
            ConvertValue("shop.Order", "note", lambda value: value or ""),
        )
        return "2.0"
