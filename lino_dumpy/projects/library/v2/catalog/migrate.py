"""Data migrations of the catalog, release 2."""
from lino_dumpy.migrate import Migrator as BaseMigrator
from lino_dumpy.operations import AddField, RemoveField, RenameField


class Migrator(BaseMigrator):
    old_migration_modules = [
        "lino_dumpy.projects.library.v2.catalog.migrate_old"]

    def migrate_from_1_0(self, globals_dict):
        """Books have a name instead of a title, no notes, and a language."""
        self.apply(globals_dict,
                   RenameField("catalog.Book", "title", "name"),
                   RemoveField("catalog.Book", "notes"),
                   AddField("catalog.Book", "language", "en"))
        return "2.0"
