from lino_dumpy.migrate import Migrator as BaseMigrator
from lino_dumpy.operations import RemoveModel


class Migrator(BaseMigrator):
    def migrate_from_1_0(self, globals_dict):
        """Gone is gone."""
        self.apply(globals_dict, RemoveModel("inplace.Gone"),
                   RemoveModel("inplace.Gone_tags"))
        return "2.0"


class MinorMigrator(BaseMigrator):
    def migrate_from_1_0(self, globals_dict):
        """Gone is gone."""
        self.apply(globals_dict, RemoveModel("inplace.Gone"),
                   RemoveModel("inplace.Gone_tags"))
        return "1.1"


def explode(loader):
    raise ZeroDivisionError("boom in after_load")


class FailingMigrator(BaseMigrator):
    def migrate_from_1_0(self, globals_dict):
        """A step whose after_load handler fails unexpectedly."""
        self.after_load(explode)
        return "2.0"
