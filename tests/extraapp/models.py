"""An app that exists in the "old" code only (tests of unknown models)."""
from django.db import models


class Gadget(models.Model):
    name = models.CharField(max_length=20)
