"""The journal entry of releases 0.9 and 1.0 (see the package docstring)."""
from django.conf import settings
from django.db import models

from lino.api import dd

OLD_RELEASE = settings.SITE.version == "0.9"


class EntryTypes(dd.ChoiceList):
    verbose_name = "Entry type"
    verbose_name_plural = "Entry types"


EntryTypes.add_item("10", "Note", "note")
EntryTypes.add_item("20", "Phone call", "call")
EntryTypes.add_item("30", "Meeting", "meeting")


if OLD_RELEASE:
    class Entry(dd.Model):
        class Meta:
            app_label = "journal"
            verbose_name = "Journal entry"
            verbose_name_plural = "Journal entries"

        subject = models.CharField("Subject", max_length=200)
        partner = dd.ForeignKey("contacts.Partner", null=True, blank=True)
        body = models.TextField("Body", blank=True)

        def __str__(self):
            return self.subject

else:
    from lino.modlib.memo.mixins import Previewable

    class Entry(Previewable):
        class Meta:
            app_label = "journal"
            verbose_name = "Journal entry"
            verbose_name_plural = "Journal entries"

        title = models.CharField("Title", max_length=200)
        entry_type = EntryTypes.field(default="note")
        partner = dd.ForeignKey("contacts.Partner", null=True, blank=True)

        def __str__(self):
            return self.title


class Entries(dd.Table):
    model = "journal.Entry"
