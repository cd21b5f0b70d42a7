import os

from django.db import models

#: "1": release 1.0; "2": release 2.0 (Author changed, Review new, Gone
#: vanished); "1.1": Gone vanished and Review new, nothing changed.
RELEASE = os.environ.get("DUMPY_TEST_INPLACE", "1")


class Keep(models.Model):
    """Unchanged, pointing to nothing that changed."""
    name = models.CharField(max_length=50)


class Author(models.Model):
    name = models.CharField(max_length=50)
    if RELEASE == "2":
        born = models.IntegerField(null=True, blank=True)
        # A new many-to-many table of a rebuilt model.
        kept = models.ManyToManyField(Keep, related_name="+")


class Book(models.Model):
    title = models.CharField(max_length=50)
    author = models.ForeignKey(Author, models.CASCADE)


if RELEASE == "1":
    class Gone(models.Model):
        name = models.CharField(max_length=50)
        book = models.ForeignKey(Book, models.CASCADE, null=True)
        keep = models.ForeignKey(Keep, models.CASCADE, null=True)
        tags = models.ManyToManyField(Keep, related_name="+")
else:
    class Review(models.Model):
        author = models.ForeignKey(Author, models.CASCADE)
        text = models.CharField(max_length=50)
