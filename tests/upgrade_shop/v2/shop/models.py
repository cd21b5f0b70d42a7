"""Release 2 of the shop: every kind of drift from release 1."""
from django.db import models


class Client(models.Model):
    """Was Customer."""
    name = models.CharField(max_length=100)


class Product(models.Model):
    name = models.CharField(max_length=10)
    description = models.TextField()
    price = models.DecimalField(max_digits=8, decimal_places=2)
    sku = models.CharField(max_length=20)  # new, required, no default
    currency = models.CharField(max_length=3, default="EUR")  # new, default
    weight = models.IntegerField(null=True)  # new, nullable


class Order(models.Model):
    customer = models.ForeignKey(Client, models.CASCADE)
    product = models.ForeignKey(Product, models.CASCADE)
    quantity = models.IntegerField()
    note = models.CharField(max_length=50)  # was nullable
