"""One model per shape a dump must carry exactly (tests only)."""
import decimal
import json
import uuid

from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.core.serializers.json import DjangoJSONEncoder
from django.db import models


class Everything(models.Model):
    """A column of every Django field type."""
    big = models.BigIntegerField(null=True, blank=True)
    small = models.SmallIntegerField(null=True, blank=True)
    positive = models.PositiveIntegerField(null=True, blank=True)
    flag = models.BooleanField(null=True, blank=True)
    char = models.CharField(max_length=200, blank=True, null=True)
    text = models.TextField(blank=True, null=True)
    slug = models.SlugField(null=True, blank=True)
    email = models.EmailField(null=True, blank=True)
    url = models.URLField(null=True, blank=True)
    ip = models.GenericIPAddressField(null=True, blank=True)
    amount = models.DecimalField(max_digits=30, decimal_places=10,
                                 null=True, blank=True)
    ratio = models.FloatField(null=True, blank=True)
    when = models.DateTimeField(null=True, blank=True)
    day = models.DateField(null=True, blank=True)
    clock = models.TimeField(null=True, blank=True)
    span = models.DurationField(null=True, blank=True)
    uid = models.UUIDField(null=True, blank=True)
    blob = models.BinaryField(null=True, blank=True)
    data = models.JSONField(null=True, blank=True)
    upload = models.FileField(null=True, blank=True)


class Stamped(models.Model):
    """auto_now values must survive a restore unchanged."""
    name = models.CharField(max_length=20)
    created = models.DateTimeField(auto_now_add=True)
    modified = models.DateTimeField(auto_now=True)


class Node(models.Model):
    """Self reference and a cycle with Owner."""
    parent = models.ForeignKey("self", null=True, on_delete=models.CASCADE)
    owner = models.ForeignKey("Owner", null=True, on_delete=models.SET_NULL)
    name = models.CharField(max_length=20)


class Owner(models.Model):
    favourite = models.ForeignKey(Node, null=True, on_delete=models.SET_NULL,
                                  related_name="+")
    name = models.CharField(max_length=20)
    nodes = models.ManyToManyField(Node, related_name="owners")


class Membership(models.Model):
    owner = models.ForeignKey(Owner, on_delete=models.CASCADE)
    group = models.ForeignKey("Club", on_delete=models.CASCADE)
    since = models.DateField()


class Club(models.Model):
    name = models.CharField(max_length=20)
    members = models.ManyToManyField(Owner, through=Membership)


class Place(models.Model):
    name = models.CharField(max_length=50)


class Restaurant(Place):
    serves_pizza = models.BooleanField(default=False)


class Tagged(models.Model):
    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE)
    object_id = models.PositiveIntegerField()
    target = GenericForeignKey("content_type", "object_id")
    label = models.CharField(max_length=20)


class Keyed(models.Model):
    """A model with a non-integer primary key."""
    key = models.UUIDField(primary_key=True, default=uuid.uuid4)
    note = models.CharField(max_length=20)


class LedgerEntry(models.Model):
    """Double-entry rows: the amounts of one transaction sum to zero."""
    txn = models.IntegerField(db_index=True)
    account = models.CharField(max_length=10)
    amount = models.DecimalField(max_digits=12, decimal_places=2)


class Featureless(models.Model):
    """Django creates no table for it: no backend has the feature it
    requires (issue 13: such a model crashed dump2py on MariaDB)."""
    name = models.CharField(max_length=20)

    class Meta:
        required_db_features = {"dumpy_test_feature"}


class Unmanaged(models.Model):
    """A model whose table Django does not manage; the tests create it
    (like a view) only where they need it."""
    name = models.CharField(max_length=20)

    class Meta:
        managed = False
        db_table = "fieldtypes_unmanaged_view"


class Routed(models.Model):
    """tests.routers keeps it off the alias named by DUMPY_TEST_ROUTED_OFF."""
    name = models.CharField(max_length=20)


class TextKeyed(models.Model):
    """A text primary key.  On PostgreSQL and MariaDB its column gets a
    linguistic collation (migration 0003), as on real sites, where 'é'
    sorts next to 'e'; a dump orders the keys bytewise all the same."""
    key = models.CharField(primary_key=True, max_length=40)
    note = models.CharField(max_length=20, blank=True)

class Money:
    """What MoneyDecoder makes of ``{"amount": "1.10", "currency": "EUR"}``."""

    def __init__(self, amount, currency):
        self.amount = amount
        self.currency = currency

    def __eq__(self, other):
        return isinstance(other, Money) and (self.amount, self.currency) == (
            other.amount, other.currency)


class MoneyDecoder(json.JSONDecoder):
    """A decoder that returns objects, not the JSON values."""

    def __init__(self, *args, **kwargs):
        kwargs["object_hook"] = self.money
        super().__init__(*args, **kwargs)

    @staticmethod
    def money(value):
        if set(value) == {"amount", "currency"}:
            return Money(decimal.Decimal(value["amount"]), value["currency"])
        return value


class MoneyEncoder(DjangoJSONEncoder):
    def default(self, value):
        if isinstance(value, Money):
            return {"amount": str(value.amount), "currency": value.currency}
        return super().default(value)


class StoredValue(models.Model):
    """Values whose stored form Django's converters would change."""
    amount = models.DecimalField(max_digits=12, decimal_places=2, null=True)
    stamped = models.JSONField(encoder=DjangoJSONEncoder, null=True)
    money = models.JSONField(encoder=MoneyEncoder, decoder=MoneyDecoder,
                             null=True)
    moment = models.DateTimeField(null=True)


class LowerCaseField(models.CharField):
    """Cleaning lowercases: --full-clean must not write that back."""

    def to_python(self, value):
        value = super().to_python(value)
        return value.lower() if isinstance(value, str) else value


class CleanedValue(models.Model):
    name = LowerCaseField(max_length=50)


class Rendered(models.Model):
    """A column of every kind that the reader's workers render on the
    servers' fast paths (restore/rendering.py), required and nullable."""
    big = models.BigIntegerField()
    maybe_int = models.IntegerField(null=True)
    flag = models.BooleanField()
    maybe_flag = models.BooleanField(null=True)
    code = models.CharField(max_length=8)
    note = models.CharField(max_length=30, null=True)
    text = models.TextField(blank=True)
    ratio = models.FloatField(null=True)
    amount = models.DecimalField(max_digits=14, decimal_places=4, null=True)
    day = models.DateField(null=True)
    moment = models.DateTimeField(null=True)
    uid = models.UUIDField(null=True)
    club = models.ForeignKey(Club, null=True, on_delete=models.SET_NULL)
