"""Data migrations of the catalog, release 3 (release 2's steps and one
more)."""
from lino_dumpy.operations import ConvertValue, RenameField, RenameModel
from lino_dumpy.projects.library.v2.catalog.migrate import \
    Migrator as Release2Migrator


class Migrator(Release2Migrator):

    def migrate_from_2_0(self, globals_dict):
        """Readers are members; book formats are spelled out."""
        self.apply(globals_dict,
                   RenameModel("catalog.Reader", "catalog.Member"),
                   RenameField("catalog.Loan", "reader", "member"),
                   ConvertValue("catalog.Book", "format", {
                       "pb": "paperback", "hc": "hardcover"}))
        return "3.0"
