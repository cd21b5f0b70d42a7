"""Models of the benchmark ledger.

Most rows land in :class:`Movement`, a wide table of about twenty columns
like the journal lines of an accounting database.  The other models are
few in rows but carry every shape a dump tool must get right: an FK cycle
(Company <-> Account), self references (Account.parent,
Voucher.reversal_of), multi-table inheritance (Partner -> Person,
Organisation), an auto-created M2M table (Project.tags), an explicit
through model (Membership), a generic foreign key (Note.owner), a
non-integer primary key (Currency), Decimals, time-zone-aware datetimes
with microseconds, JSON, bytes, UUIDs and floats.

Every FK is PROTECT (or SET_NULL), parent links included, because a Lino
site turns CASCADE into PROTECT and its initdb would then write a new
migration into this app.

The app must not import Lino: the plain Django site uses it too.  The
Lino site adds explicit tables for the models Lino cannot show by itself
(see ``lino_tables``).
"""

from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.db import models


class Currency(models.Model):
    """A currency; its primary key is its ISO code, not an integer."""

    code = models.CharField(max_length=3, primary_key=True)
    name = models.CharField(max_length=50)
    decimals = models.PositiveSmallIntegerField(default=2)

    class Meta:
        verbose_name_plural = "currencies"

    def __str__(self):
        return self.code


class Company(models.Model):
    """A bookkeeping entity; its main account closes an FK cycle."""

    name = models.CharField(max_length=100)
    vat_id = models.CharField(max_length=20, blank=True)
    currency = models.ForeignKey(Currency, models.PROTECT)
    main_account = models.ForeignKey(
        "Account", models.SET_NULL, null=True, blank=True, related_name="+")
    founded = models.DateField()

    class Meta:
        verbose_name_plural = "companies"

    def __str__(self):
        return self.name


class Account(models.Model):
    """A node of a company's chart of accounts (self reference)."""

    KINDS = [("A", "Assets"), ("L", "Liabilities"), ("I", "Income"),
             ("E", "Expenses"), ("C", "Capital")]

    company = models.ForeignKey(
        Company, models.PROTECT, related_name="accounts")
    parent = models.ForeignKey(
        "self", models.PROTECT, null=True, blank=True,
        related_name="children")
    code = models.CharField(max_length=20)
    name = models.CharField(max_length=100)
    kind = models.CharField(max_length=1, choices=KINDS)
    is_active = models.BooleanField(default=True)
    opened = models.DateField()

    def __str__(self):
        return "%s %s" % (self.code, self.name)


class Partner(models.Model):
    """Anybody who appears in vouchers; the parent of the MTI hierarchy."""

    name = models.CharField(max_length=200)
    email = models.EmailField(blank=True)
    country = models.CharField(max_length=2)
    created = models.DateTimeField()
    is_active = models.BooleanField(default=True)
    credit_limit = models.DecimalField(
        max_digits=12, decimal_places=2, null=True, blank=True)
    remarks = models.TextField(blank=True)
    preferences = models.JSONField(default=dict, blank=True)

    def __str__(self):
        return self.name


class Person(Partner):
    GENDERS = [("F", "female"), ("M", "male"), ("X", "other")]

    partner_ptr = models.OneToOneField(
        Partner, models.PROTECT, parent_link=True, primary_key=True)
    first_name = models.CharField(max_length=100)
    last_name = models.CharField(max_length=100)
    birth_date = models.DateField(null=True, blank=True)
    gender = models.CharField(max_length=1, choices=GENDERS, blank=True)


class Organisation(Partner):
    partner_ptr = models.OneToOneField(
        Partner, models.PROTECT, parent_link=True, primary_key=True)
    legal_form = models.CharField(max_length=10, blank=True)
    employees = models.PositiveIntegerField(null=True, blank=True)
    contact = models.ForeignKey(
        Person, models.SET_NULL, null=True, blank=True,
        related_name="contact_for")


class Tag(models.Model):
    name = models.CharField(max_length=50, unique=True)

    def __str__(self):
        return self.name


class Project(models.Model):
    """Holds both kinds of M2M: auto-created (tags) and explicit (members)."""

    company = models.ForeignKey(Company, models.PROTECT)
    name = models.CharField(max_length=100)
    leader = models.ForeignKey(
        Person, models.PROTECT, related_name="led_projects")
    started = models.DateField()
    budget = models.DecimalField(max_digits=14, decimal_places=2)
    members = models.ManyToManyField(
        Person, through="Membership", related_name="projects")
    tags = models.ManyToManyField(Tag, blank=True, related_name="projects")

    def __str__(self):
        return self.name


class Membership(models.Model):
    """The explicit through model of Project.members."""

    project = models.ForeignKey(Project, models.PROTECT)
    person = models.ForeignKey(Person, models.PROTECT)
    role = models.CharField(max_length=30)
    joined = models.DateTimeField()
    hours = models.DecimalField(max_digits=8, decimal_places=2)


class Journal(models.Model):
    company = models.ForeignKey(Company, models.PROTECT)
    code = models.CharField(max_length=10)
    name = models.CharField(max_length=100)
    default_account = models.ForeignKey(
        Account, models.PROTECT, related_name="+")

    def __str__(self):
        return self.code


class Voucher(models.Model):
    """A booking document; a few reverse an earlier or later one."""

    STATES = [("D", "draft"), ("R", "registered"), ("C", "cancelled")]

    journal = models.ForeignKey(Journal, models.PROTECT)
    number = models.PositiveIntegerField()
    entry_date = models.DateField()
    partner = models.ForeignKey(
        Partner, models.PROTECT, null=True, blank=True)
    narration = models.CharField(max_length=200, blank=True)
    state = models.CharField(max_length=1, choices=STATES)
    created = models.DateTimeField()
    reversal_of = models.ForeignKey(
        "self", models.SET_NULL, null=True, blank=True,
        related_name="reversals")

    def __str__(self):
        return "%s#%d" % (self.journal_id, self.number)


class Movement(models.Model):
    """One line of a voucher: the wide table that carries most rows."""

    voucher = models.ForeignKey(
        Voucher, models.PROTECT, related_name="movements")
    seqno = models.PositiveSmallIntegerField()
    account = models.ForeignKey(Account, models.PROTECT)
    partner = models.ForeignKey(
        Partner, models.PROTECT, null=True, blank=True)
    currency = models.ForeignKey(Currency, models.PROTECT)
    amount = models.DecimalField(max_digits=14, decimal_places=2)
    debit = models.BooleanField()
    quantity = models.DecimalField(
        max_digits=12, decimal_places=4, null=True, blank=True)
    unit_price = models.DecimalField(
        max_digits=12, decimal_places=4, null=True, blank=True)
    vat_rate = models.DecimalField(max_digits=5, decimal_places=2)
    value_date = models.DateField()
    booked_at = models.DateTimeField()
    cleared = models.BooleanField(default=False)
    cleared_at = models.DateTimeField(null=True, blank=True)
    match = models.CharField(max_length=20, blank=True)
    description = models.TextField(blank=True)
    external_ref = models.UUIDField(null=True, blank=True)
    exchange_rate = models.FloatField(default=1.0)
    is_correction = models.BooleanField(default=False)


class Note(models.Model):
    """A comment about any object (generic FK), with JSON and bytes."""

    content_type = models.ForeignKey(ContentType, models.PROTECT)
    object_id = models.PositiveBigIntegerField()
    owner = GenericForeignKey("content_type", "object_id")
    author = models.ForeignKey(
        Person, models.SET_NULL, null=True, blank=True,
        related_name="notes")
    created = models.DateTimeField()
    body = models.TextField()
    data = models.JSONField(default=dict, blank=True)
    attachment = models.BinaryField(null=True, blank=True)
