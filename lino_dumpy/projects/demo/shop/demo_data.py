"""Deterministic demo data for the shop.

Two runs of :func:`populate` with the same `size` and `seed` on an empty
database store identical values, so dumps of them can be compared byte for
byte. Hence the rules kept throughout: randomness only from one
``random.Random(seed)``, fixed UTC base datetimes with nonzero microseconds
instead of ``now()``, and ``auto_now``/``auto_now_add`` columns overwritten
with ``QuerySet.update()``, which bypasses their ``pre_save``.

Values are chosen to be awkward for a dump: quotes, backslashes, newlines,
emoji, Decimals with trailing zeros, NUL and 0xFF bytes, extreme integers,
nested JSON, ``None`` in nullable fields, and datetimes on the ambiguous
hour of a daylight saving change. They are also chosen to mean the same on
SQLite, PostgreSQL and MariaDB (e.g. unique names that differ under
MariaDB's case- and accent-insensitive collation).
"""

import datetime
import random
import uuid
from decimal import Decimal

from django.contrib.auth.hashers import make_password
from django.contrib.auth.models import Group, Permission, User
from django.contrib.contenttypes.models import ContentType
from django.contrib.sites.models import Site

from .models import (
    Address, Category, Comment, Company, Customer, Order, OrderLine, Partner,
    Person, Product, Tag, Wishlist, WishlistItem)

UTC = datetime.timezone.utc

# 2024-10-27 02:30 in Brussels happens twice: 00:30 UTC (summer time) and
# 01:30 UTC (winter time); a dump that writes local times loses one of them.
AMBIGUOUS_LOCAL_TIMES = [
    datetime.datetime(2024, 10, 27, 0, 30, 0, 250000, tzinfo=UTC),
    datetime.datetime(2024, 10, 27, 1, 30, 0, 250000, tzinfo=UTC),
]
BASE_TIME = datetime.datetime(2024, 3, 1, 8, 15, 30, 123456, tzinfo=UTC)
SPAN_SECONDS = 365 * 24 * 3600

SITE_DOMAIN = "shop.example.com"
SITE_NAME = "Demo shop ✓"

TRICKY_TEXTS = [
    'He said "hello" and left.',
    "It's O'Brien's shop.",
    'Triple quotes: """ and \'\'\' inside.',
    "Backslashes: C:\\temp\\new and \\\\server\\share",
    "Line one\nLine two\n\tindented line three",
    "Windows line end\r\nand a bare\rcarriage return",
    "Emoji 🛒🎉 and a family 👩\u200d👩\u200d👧 and a flag 🇧🇪",
    "Ünïcödé: Müller, Ñandú, Łódź, 日本語, Ελληνικά, עברית",
    "Not escapes: \\n \\t \\x00 \\u00e9 \\N{BULLET}",
    "Ends with a backslash \\",
    "Format strings: %s %(name)s {0} {name} %%",
    "  leading and trailing spaces  ",
    "",
]

CATEGORY_NAMES = [
    "Books", "Garden", "Kitchen", "Toys", "Électronique", "Sport & Outdoor",
]
SUBCATEGORY_NAMES = ["Classic", "New", "Premium", "Eco", "Kids"]

FIRST_NAMES = [
    "Anna", "Bernd", "Chloé", "Dmitri", "Eva", "François", "Grete", "Hannes",
    "Ines", "Jürgen", "Kateřina", "Luc", "Marie-Louise", "Niamh", "Øystein",
    "Paweł", "Quentin", "Renée", "Søren", "Tomás",
]
LAST_NAMES = [
    "Müller", "O'Neill", "Dubois", "van der Berg", "Łukasiewicz", "García",
    "Smith", "D'Angelo", "Ivanov", "Nakamura", "Peeters", "Janssens",
]
COMPANY_NAMES = [
    "Acme", "Rumma & Ko", "Bäckerei Schmitz", "Café \"Le Coin\"",
    "Data\\Works", "Ñu Imports", "Smile 😀 Ltd", "Nordlicht", "Tiptop",
    "Eupen Tech",
]
COMPANY_FORMS = ["SA", "SPRL", "GmbH", "Ltd", "BV"]
CITIES = [
    ("Eupen", "4700", "BE"), ("Liège", "4000", "BE"),
    ("Aachen", "52062", "DE"), ("Tallinn", "10111", "EE"),
    ("Zürich", "8001", "CH"), ("Kraków", "30-001", "PL"),
    ("Lyon", "69001", "FR"),
]
STREETS = ["Hauptstraße", "Rue de l'Église", "Kirchweg", "Main Street",
           "Aia tänav", "Ulica Długa"]
PRODUCT_ADJECTIVES = ["Red", "Smart", "Crème", "Tiny", "Große", "Eco", "Ñice"]
PRODUCT_NOUNS = ["Mug", "Lamp", "Kite", "Spade", "Novel", "Ball", "Kettle"]

# Unique names that stay distinct under MariaDB's utf8mb4_general_ci, which
# ignores case and accents and treats all emoji as one character.
TAG_NAMES = [
    "sale", "neu", "été", "🔥 hot", "🎉 party", 'say "cheese"',
    "back\\slash", "it's", "日本", "multi\nline",
]

PERMISSION_CODENAMES = [
    "view_product", "change_product", "add_product", "view_order",
    "change_order",
]

BIG_INTEGERS = [
    -2 ** 63, 2 ** 63 - 1, -9007199254740993, 9007199254740993, 0, -1,
]
PRICES = [
    Decimal("10.50"), Decimal("0.00"), Decimal("0.01"), Decimal("100.00"),
    Decimal("9999999999.99"), Decimal("19.90"),
]
BLOBS = [b"\x00\xff", b"", b"\x00", b"'\"\\\n\r", bytes(range(256)), None]
DURATIONS = [
    datetime.timedelta(0), datetime.timedelta(days=3650, microseconds=1),
    datetime.timedelta(microseconds=-1),
    datetime.timedelta(days=1, seconds=3723, microseconds=456789), None,
]
TIMES = [
    datetime.time(0, 0), datetime.time(23, 59, 59, 999999),
    datetime.time(8, 30, 0, 1), None,
]
FLOATS = [0.1, 1 / 3, 1e-7, 12345.678901234567, 2.5, None]


def populate(size=1, seed=1):
    """Fill the empty shop tables with a dataset that scales with `size`.

    Also renames the current Site and creates two users and a group, so
    that a dump has ``sites.Site`` and ``auth.Permission`` references to
    carry. Call it inside a transaction; it does not check for existing
    rows (``manage.py populate_demo`` does).
    """
    if size < 1:
        raise ValueError("size must be at least 1, got %r" % (size,))
    DemoBuilder(size, random.Random(seed)).build()


class DemoBuilder:
    """Creates the demo rows; one method per group of related models."""

    def __init__(self, size, rng):
        self.size = size
        self.rng = rng

    def build(self):
        self.build_site()
        self.build_auth()
        categories = self.build_categories()
        tags = self.build_tags()
        persons, companies = self.build_partners()
        customers = self.build_customers(persons + companies)
        self.build_addresses(customers)
        products = self.build_products(categories, tags)
        orders = self.build_orders(customers, products)
        self.build_wishlists(customers, products)
        self.build_comments(products + orders + persons)

    def moment(self):
        """Return a random UTC datetime with nonzero microseconds."""
        return BASE_TIME + datetime.timedelta(
            seconds=self.rng.randrange(SPAN_SECONDS),
            microseconds=self.rng.randrange(1, 10 ** 6))

    def pick_text(self, probability):
        """Return a tricky text with `probability`, else a plain one."""
        if self.rng.random() < probability:
            return self.rng.choice(TRICKY_TEXTS)
        return "Plain text number %d." % self.rng.randrange(10 ** 6)

    def build_site(self):
        Site.objects.update_or_create(
            pk=1, defaults={"domain": SITE_DOMAIN, "name": SITE_NAME})

    def build_auth(self):
        group = Group.objects.create(name="Shop managers")
        group.permissions.set(Permission.objects.filter(
            content_type__app_label="shop",
            codename__in=PERMISSION_CODENAMES))
        # A fixed salt keeps the hash (and hence the dump) deterministic.
        password = make_password("demo", salt="linodumpydemo")
        User.objects.create(
            username="admin", password=password, is_staff=True,
            is_superuser=True, email="admin@shop.example.com",
            first_name="Ada", last_name="Admin",
            date_joined=BASE_TIME,
            last_login=BASE_TIME + datetime.timedelta(microseconds=1))
        clerk = User.objects.create(
            username="chloé", password=password, is_staff=True,
            email="chloe@shop.example.com", first_name="Chloé",
            last_name="D'Angelo", date_joined=self.moment())
        clerk.groups.add(group)
        clerk.user_permissions.set(Permission.objects.filter(
            content_type__app_label="shop", codename="delete_comment"))

    def build_categories(self):
        """Return the leaves of a category tree of depth 3."""
        leaves = []
        for i in range(3 * self.size):
            root = Category.objects.create(
                name=CATEGORY_NAMES[i % len(CATEGORY_NAMES)])
            for j in range(2):
                child = Category.objects.create(
                    name="%s: %s" % (root.name, SUBCATEGORY_NAMES[j]),
                    parent=root)
                for k in range(2):
                    leaves.append(Category.objects.create(
                        name="%s %d" % (child.name, k + 1), parent=child))
        return leaves

    def build_tags(self):
        tags = [Tag(name=name) for name in TAG_NAMES]
        tags += [Tag(name="tag %d" % i)
                 for i in range(12 * self.size - len(TAG_NAMES))]
        return Tag.objects.bulk_create(tags)

    def build_partners(self):
        """Create persons and companies interleaved, so MTI ids mix."""
        kinds = ["person"] * (20 * self.size) + ["company"] * (10 * self.size)
        self.rng.shuffle(kinds)
        persons, companies = [], []
        for i, kind in enumerate(kinds):
            if kind == "person":
                persons.append(self.create_person(i))
            else:
                companies.append(self.create_company(i))
        for partner in persons + companies:
            created = self.moment()
            Partner.objects.filter(pk=partner.pk).update(
                created=created,
                modified=created + datetime.timedelta(
                    days=self.rng.randrange(30),
                    microseconds=self.rng.randrange(1, 10 ** 6)))
        return persons, companies

    def create_person(self, i):
        first = self.rng.choice(FIRST_NAMES)
        last = self.rng.choice(LAST_NAMES)
        birth_date = None
        if self.rng.random() < 0.8:
            birth_date = datetime.date(1930, 1, 1) + datetime.timedelta(
                days=self.rng.randrange(80 * 365))
        email = ""
        if self.rng.random() < 0.7:
            email = "person%d@example.com" % i
        return Person.objects.create(
            name="%s %s" % (first, last), email=email, first_name=first,
            last_name=last, birth_date=birth_date)

    def create_company(self, i):
        name = "%s %s" % (self.rng.choice(COMPANY_NAMES),
                          self.rng.choice(COMPANY_FORMS))
        vat_id = ""
        if self.rng.random() < 0.7:
            vat_id = "BE%010d" % self.rng.randrange(10 ** 10)
        return Company.objects.create(
            name=name, email="info%d@example.com" % i, vat_id=vat_id)

    def build_customers(self, partners):
        chosen = self.rng.sample(partners, 24 * self.size)
        chosen.sort(key=lambda partner: partner.pk)
        return [Customer.objects.create(partner=partner)
                for partner in chosen]

    def build_addresses(self, customers):
        """Create 1 to 3 addresses per customer and close the FK cycle."""
        for customer in customers:
            addresses = []
            for n in range(self.rng.randint(1, 3)):
                city, zip_code, country = self.rng.choice(CITIES)
                addresses.append(Address.objects.create(
                    customer=customer, city=city, zip_code=zip_code,
                    country=country, street="%s %d" % (
                        self.rng.choice(STREETS), self.rng.randint(1, 200))))
            if self.rng.random() < 0.8:
                customer.billing_address = self.rng.choice(addresses)
                customer.save(update_fields=["billing_address"])

    def build_products(self, categories, tags):
        products = []
        for i in range(40 * self.size):
            products.append(Product.objects.create(
                name="%s %s %d" % (self.rng.choice(PRODUCT_ADJECTIVES),
                                   self.rng.choice(PRODUCT_NOUNS), i + 1),
                description=self.pick_text(0.5),
                price=self.edge_or_random(i, PRICES, self.random_price),
                weight=self.edge_or_random(
                    i, FLOATS, lambda: self.rng.uniform(0.01, 50.0), 0.2),
                sku=uuid.UUID(int=self.rng.getrandbits(128), version=4),
                stock=self.rng.choice([0, 1, 17, 2 ** 31 - 1]),
                big_counter=self.edge_or_random(
                    i, BIG_INTEGERS,
                    lambda: self.rng.randrange(-2 ** 63, 2 ** 63)),
                active=self.rng.random() < 0.8,
                category=self.rng.choice(categories),
                attributes=self.json_value(i),
                thumbnail=self.edge_or_random(
                    i, BLOBS, lambda: self.rng.randbytes(
                        self.rng.randrange(1, 64)), 0.2),
                shelf_life=self.edge_or_random(
                    i, DURATIONS, lambda: datetime.timedelta(
                        days=self.rng.randrange(1000),
                        microseconds=self.rng.randrange(1, 10 ** 6)), 0.2),
                available_from=self.edge_or_random(
                    i, TIMES, lambda: datetime.time(
                        self.rng.randrange(24), self.rng.randrange(60),
                        self.rng.randrange(60),
                        self.rng.randrange(1, 10 ** 6)), 0.2)))
        links = []
        for product in products:
            for tag in self.rng.sample(tags, self.rng.randint(0, 4)):
                links.append(Product.tags.through(product=product, tag=tag))
        Product.tags.through.objects.bulk_create(links)
        return products

    def edge_or_random(self, i, edge_values, make_random, null_rate=0):
        """Use each edge value once, then random values or None.

        Edge values come first so that every one of them is stored even
        at ``size=1``.
        """
        if i < len(edge_values):
            return edge_values[i]
        if self.rng.random() < null_rate:
            return None
        return make_random()

    def random_price(self):
        return Decimal(self.rng.randrange(1, 10 ** 6)).scaleb(-2)

    def json_value(self, i):
        """Return JSON of a shape that cycles through the awkward ones."""
        shape = i % 7
        if shape == 0:
            return {}
        if shape == 1:
            return {"color": "rot", "sizes": ["S", "M", "XL"],
                    "dims": {"w": 1.5, "h": 20, "unit": "cm"},
                    "rating": self.rng.randint(1, 5)}
        if shape == 2:
            return {"label": "Crème brûlée 🍮 – ½ price",
                    "nested": {"a": [1, [2, [3, {"b": None}]]]},
                    "flags": [True, False, None], "empty": {"l": [], "d": {}}}
        if shape == 3:
            return ["a", 1, 2.5, None, {"k": "v"}, self.rng.random()]
        if shape == 4:
            return {"quote": 'He said "hi"', "apostrophe": "it's",
                    "backslash": "a\\b", "newline": "x\ny\r\n",
                    "big": 9007199254740993, "negative": -1, "float": 0.1,
                    "ключ": "значение", "🔑": "🚪"}
        if shape == 5:
            return "a plain JSON string ✓"
        return self.rng.randrange(-10 ** 6, 10 ** 6)

    def build_orders(self, customers, products):
        orders = []
        placed = AMBIGUOUS_LOCAL_TIMES + [
            self.moment() for i in range(30 * self.size - 2)]
        for placed_at in placed:
            orders.append(Order.objects.create(
                customer=self.rng.choice(customers), placed_at=placed_at,
                note=self.pick_text(0.3) if self.rng.random() < 0.6 else ""))
        lines = []
        for order in orders:
            Order.objects.filter(pk=order.pk).update(
                updated_at=order.placed_at + datetime.timedelta(
                    hours=self.rng.randrange(72),
                    microseconds=self.rng.randrange(1, 10 ** 6)))
            for product in self.rng.sample(products, self.rng.randint(1, 4)):
                unit_price = product.price
                if self.rng.random() < 0.2:
                    unit_price = -self.random_price()
                lines.append(OrderLine(
                    order=order, product=product, unit_price=unit_price,
                    quantity=self.rng.randint(1, 12)))
        OrderLine.objects.bulk_create(lines)
        return orders

    def build_wishlists(self, customers, products):
        items = []
        for i in range(12 * self.size):
            wishlist = Wishlist.objects.create(
                customer=self.rng.choice(customers),
                name=self.rng.choice(["Birthday 🎂", "Christmas", "Later",
                                      "Für Oma", 'The "big" list']))
            for product in self.rng.sample(products, self.rng.randint(1, 4)):
                items.append(WishlistItem(
                    wishlist=wishlist, product=product,
                    added_at=self.moment(),
                    priority=self.rng.choice([-32768, -1, 0, 1, 5, 32767])))
        WishlistItem.objects.bulk_create(items)

    def build_comments(self, targets):
        """Create comments whose generic FK points at varied models."""
        content_types = ContentType.objects.get_for_models(
            *{type(target) for target in targets})
        comments = []
        for i in range(36 * self.size):
            # The first three point at one of each kind, so that every kind
            # is present whatever the seed.
            target = targets[self.rng.randrange(len(targets))]
            if i < 3:
                kind = [Product, Order, Person][i]
                target = next(t for t in targets if type(t) is kind)
            comments.append(Comment(
                content_type=content_types[type(target)],
                object_id=target.pk, text=self.pick_text(0.6),
                created=self.moment()))
        Comment.objects.bulk_create(comments)
