"""Models of the demo shop.

Each model carries at least one shape that a dump must reproduce exactly:
a self reference, an FK cycle, multi-table inheritance, an auto-created and
an explicit M2M through table, a generic foreign key, and one field of every
common Django field type.
"""

from django.contrib.contenttypes.fields import (
    GenericForeignKey, GenericRelation)
from django.contrib.contenttypes.models import ContentType
from django.db import models


class Category(models.Model):
    """A node of the product category tree (self reference)."""

    name = models.CharField(max_length=100)
    parent = models.ForeignKey(
        "self", models.CASCADE, null=True, blank=True,
        related_name="children")

    class Meta:
        ordering = ["name"]
        verbose_name_plural = "categories"

    def __str__(self):
        return self.name


class Tag(models.Model):
    name = models.CharField(max_length=50, unique=True)

    class Meta:
        ordering = ["name"]

    def __str__(self):
        return self.name


class Partner(models.Model):
    """Base of the MTI hierarchy; its timestamps are set automatically."""

    name = models.CharField(max_length=200)
    email = models.EmailField(blank=True)
    created = models.DateTimeField(auto_now_add=True)
    modified = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["name"]

    def __str__(self):
        return self.name


class Person(Partner):
    first_name = models.CharField(max_length=100)
    last_name = models.CharField(max_length=100)
    birth_date = models.DateField(null=True, blank=True)
    comments = GenericRelation("Comment")

    class Meta:
        ordering = ["last_name", "first_name"]

    def __str__(self):
        return "%s %s" % (self.first_name, self.last_name)


class Company(Partner):
    vat_id = models.CharField(max_length=30, blank=True)

    class Meta:
        verbose_name_plural = "companies"

    def __str__(self):
        return self.name


class Customer(models.Model):
    """A buying partner; its billing address closes an FK cycle."""

    partner = models.OneToOneField(Partner, models.CASCADE)
    billing_address = models.ForeignKey(
        "Address", models.SET_NULL, null=True, blank=True,
        related_name="billed_customers")

    def __str__(self):
        return str(self.partner)


class Address(models.Model):
    customer = models.ForeignKey(
        Customer, models.CASCADE, related_name="addresses")
    street = models.CharField(max_length=200)
    city = models.CharField(max_length=100)
    zip_code = models.CharField(max_length=20)
    country = models.CharField(max_length=2)

    class Meta:
        verbose_name_plural = "addresses"

    def __str__(self):
        return "%s, %s %s" % (self.street, self.zip_code, self.city)


class Product(models.Model):
    """A product; holds one field of each common Django field type."""

    name = models.CharField(max_length=200)
    description = models.TextField(blank=True)
    price = models.DecimalField(max_digits=12, decimal_places=2)
    weight = models.FloatField(null=True, blank=True)
    sku = models.UUIDField(unique=True)
    stock = models.PositiveIntegerField(default=0)
    big_counter = models.BigIntegerField(default=0)
    active = models.BooleanField(default=True)
    category = models.ForeignKey(
        Category, models.PROTECT, related_name="products")
    tags = models.ManyToManyField(Tag, blank=True, related_name="products")
    attributes = models.JSONField(default=dict, blank=True)
    thumbnail = models.BinaryField(null=True, blank=True)
    shelf_life = models.DurationField(null=True, blank=True)
    available_from = models.TimeField(null=True, blank=True)
    comments = GenericRelation("Comment")

    class Meta:
        ordering = ["name"]

    def __str__(self):
        return self.name


class Order(models.Model):
    customer = models.ForeignKey(
        Customer, models.PROTECT, related_name="orders")
    placed_at = models.DateTimeField()
    updated_at = models.DateTimeField(auto_now=True)
    note = models.TextField(blank=True)
    comments = GenericRelation("Comment")

    class Meta:
        ordering = ["placed_at"]

    def __str__(self):
        return "Order #%s" % self.pk


class OrderLine(models.Model):
    order = models.ForeignKey(Order, models.CASCADE, related_name="lines")
    product = models.ForeignKey(
        Product, models.PROTECT, related_name="order_lines")
    quantity = models.PositiveIntegerField(default=1)
    unit_price = models.DecimalField(max_digits=12, decimal_places=2)

    def __str__(self):
        return "%s x %s" % (self.quantity, self.product)


class Wishlist(models.Model):
    """A customer's wishlist; its products go through an explicit model."""

    customer = models.ForeignKey(
        Customer, models.CASCADE, related_name="wishlists")
    name = models.CharField(max_length=100)
    products = models.ManyToManyField(
        Product, through="WishlistItem", related_name="wishlists")

    class Meta:
        ordering = ["name"]

    def __str__(self):
        return self.name


class WishlistItem(models.Model):
    wishlist = models.ForeignKey(
        Wishlist, models.CASCADE, related_name="items")
    product = models.ForeignKey(Product, models.CASCADE)
    added_at = models.DateTimeField()
    priority = models.SmallIntegerField(default=0)

    class Meta:
        ordering = ["wishlist", "-priority"]
        constraints = [
            models.UniqueConstraint(
                fields=["wishlist", "product"],
                name="shop_wishlistitem_unique_product"),
        ]

    def __str__(self):
        return "%s in %s" % (self.product, self.wishlist)


class Comment(models.Model):
    """A comment on any object, reached through a generic foreign key."""

    content_type = models.ForeignKey(ContentType, models.CASCADE)
    object_id = models.PositiveIntegerField()
    content_object = GenericForeignKey("content_type", "object_id")
    text = models.TextField()
    created = models.DateTimeField()

    class Meta:
        ordering = ["created"]
        indexes = [models.Index(fields=["content_type", "object_id"])]

    def __str__(self):
        return self.text[:50]
