"""An app with a data version of its own (per-app chains)."""
from django.db import models


class Switch(models.Model):
    name = models.CharField(max_length=20)
    state = models.CharField(max_length=5)
