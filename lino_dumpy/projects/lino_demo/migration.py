"""Data migrations of the Lino demo site (``Site.migration_class``)."""
from lino_dumpy.migrate import Migrator as BaseMigrator
from lino_dumpy.operations import AddField, RenameField, SaveObjects


def entry_type(row):
    """Entries whose title starts with "Call" were phone calls."""
    return "20" if row["title"].startswith("Call") else "10"


class Migrator(BaseMigrator):

    def migrate_from_0_9(self, globals_dict):
        """Journal entries have a title, a type and previews (memo)."""
        self.apply(globals_dict,
                   RenameField("journal.Entry", "subject", "title"),
                   AddField("journal.Entry", "entry_type", entry_type),
                   SaveObjects("journal.Entry",
                               description="previews and mentions"))
        return "1.0"
