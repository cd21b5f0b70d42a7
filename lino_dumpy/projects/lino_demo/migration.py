"""Data migrations of the Lino demo site (``Site.migration_class``)."""
from django.apps import apps

from lino_dumpy.migrate import Migrator as BaseMigrator
from lino_dumpy.operations import AddField, RenameField


def entry_type(row):
    """Entries whose title starts with "Call" were phone calls."""
    return "20" if row["title"].startswith("Call") else "10"


def render_previews(loader):
    """Render the previews and mentions of the journal entries."""
    for entry in apps.get_model("journal.Entry").objects.order_by("pk"):
        entry.save()


class Migrator(BaseMigrator):

    def migrate_from_0_9(self, globals_dict):
        """Journal entries have a title, a type and previews (memo)."""
        self.apply(globals_dict,
                   RenameField("journal.Entry", "subject", "title"),
                   AddField("journal.Entry", "entry_type", entry_type))
        self.after_load(render_previews)
        return "1.0"
