"""The catalog of release 1."""
from django.db import models


class Author(models.Model):
    name = models.CharField(max_length=100)
    born = models.DateField(null=True, blank=True)


class Book(models.Model):
    FORMATS = [("pb", "paperback"), ("hc", "hardcover")]
    title = models.CharField(max_length=200)
    author = models.ForeignKey(Author, models.CASCADE)
    price = models.DecimalField(max_digits=8, decimal_places=2)
    format = models.CharField(max_length=2, choices=FORMATS)
    notes = models.TextField(blank=True)


class Reader(models.Model):
    name = models.CharField(max_length=100)


class Loan(models.Model):
    book = models.ForeignKey(Book, models.CASCADE)
    reader = models.ForeignKey(Reader, models.CASCADE)
    since = models.DateTimeField()
