"""A journal of notes about partners, in two releases of the demo.

Release 1.0 (the current one): an entry has a ``title``, an
``entry_type`` and a body with memo commands (``[person 13]``).  Its
``save()`` is Lino's ``Previewable.save()``: it sanitizes the body,
renders two previews from the *current* state of the rows the body
mentions, and synchronizes ``memo.Mention`` rows.  A restore that saved
rows one by one would change previews and mentions; lino_dumpy inserts
the stored values as they are.

Release 0.9 (``DUMPY_LINO_DEMO_VERSION=0.9``): an entry had a
``subject``, no type, a plain body, and the site had no memo plugin.
The site's migrator (``migration.Migrator.migrate_from_0_9``) turns dumps
of 0.9 into 1.0 data.

The plugin also has a data version of its own and one step of its own,
as a Lino plugin can with lino_dumpy: it runs for dumps that record the
plugin's version (``SOURCE_VERSIONS``), which Lino's dump2py does not.
"""
from lino.api import ad


class Plugin(ad.Plugin):
    verbose_name = "Journal"

    @property
    def dumpy_version(self):
        return "1" if self.site.version == "0.9" else "2"

    def get_needed_plugins(self):
        yield "lino_xl.lib.contacts"
        if self.site.version != "0.9":
            yield "lino.modlib.memo"

    def migrate_from_1(self, migrator, globals_dict):
        """Entries titled "Meeting ..." are meetings."""
        from lino_dumpy.operations import ProcessRows
        migrator.apply(globals_dict, ProcessRows(
            "journal.Entry", mark_meeting, "titles say which are meetings"))
        return "2"


def mark_meeting(row):
    if row["title"].startswith("Meeting"):
        row["entry_type"] = "30"
    return row
