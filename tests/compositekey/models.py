"""A model with a composite primary key (Django 5.2), installed only where
DUMPY_TEST_COMPOSITE_KEY is set: dump2py refuses it (it cannot dump it
exactly yet), so the test project's other dumps would be refused too."""
from django.db import models


class CompositeKeyed(models.Model):
    pk = models.CompositePrimaryKey("code", "number")
    code = models.CharField(max_length=20)
    number = models.IntegerField()
    note = models.CharField(max_length=20, blank=True)
