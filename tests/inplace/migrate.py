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
