"""Release 1 of the shop."""
from django.db import models


class Category(models.Model):
    """Removed in release 2."""
    name = models.CharField(max_length=50)


class Customer(models.Model):
    """Renamed to Client in release 2."""
    name = models.CharField(max_length=100)


class Product(models.Model):
    name = models.CharField(max_length=100)  # max_length 10 in release 2
    body = models.TextField()  # renamed to description
    legacy = models.IntegerField()  # removed
    price = models.CharField(max_length=20)  # a DecimalField in release 2


class Order(models.Model):
    customer = models.ForeignKey(Customer, models.CASCADE)
    product = models.ForeignKey(Product, models.CASCADE)
    quantity = models.IntegerField()
    note = models.CharField(max_length=50, null=True)  # required in release 2
