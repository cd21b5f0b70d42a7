"""The step that upgrades a dump of Lino Amici 25.10.0 to Amici 26.10.0.

Written by restoring the dump of 25.10.0 into 26.10.0 until it went
through (eleven runs: each refusal named one model or table).
"""
from lino_dumpy.migrate import Migrator as BaseMigrator
from lino_dumpy.operations import (AddField, ProcessRows, RemoveField,
                                   RemoveModel, RenameField)


def has_recipient(row):
    """notify.Message.user is required now: broadcasts are dropped."""
    return row if row["user_id"] is not None else None


class Migrator(BaseMigrator):

    def migrate_from_25_10_0(self, globals_dict):
        """Amici 26.10: topics instead of lists, titled tickets."""
        self.apply(
            globals_dict,
            # Amici 26.10 replaced the lists plugin by topics.
            RemoveModel("lists.ListType"),
            RemoveModel("lists.List"),
            RemoveModel("lists.Member"),
            RemoveModel("tinymce.TextFieldTemplate"),
            RemoveField("cal.EventType", "attach_to_email"),
            RemoveField("cal.EventType", "email_template"),
            RemoveField("excerpts.ExcerptType", "attach_to_email"),
            RemoveField("excerpts.ExcerptType", "email_template"),
            RenameField("tickets.Ticket", "summary", "title"),
            RenameField("tickets.Ticket", "description", "body"),
            RemoveField("blogs.Entry", "entry_type"),
            AddField("uploads.Upload", "private", False),
            ProcessRows("notify.Message", has_recipient),
        )
        return "26.10.0"
