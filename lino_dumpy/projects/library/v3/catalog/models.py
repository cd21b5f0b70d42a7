"""The catalog of release 3: readers are members, and book formats are
spelled out."""
from django.db import models


class Author(models.Model):
    name = models.CharField(max_length=100)
    born = models.DateField(null=True, blank=True)


class Book(models.Model):
    FORMATS = [("paperback", "paperback"), ("hardcover", "hardcover"),
               ("ebook", "e-book")]
    name = models.CharField(max_length=200)
    author = models.ForeignKey(Author, models.CASCADE)
    price = models.DecimalField(max_digits=8, decimal_places=2)
    format = models.CharField(max_length=10, choices=FORMATS)
    language = models.CharField(max_length=5)


class Member(models.Model):
    name = models.CharField(max_length=100)


class Loan(models.Model):
    book = models.ForeignKey(Book, models.CASCADE)
    member = models.ForeignKey(Member, models.CASCADE)
    since = models.DateTimeField()
