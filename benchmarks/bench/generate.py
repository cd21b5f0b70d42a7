"""Deterministic generation of the benchmark data.

The same ``(rows, seed)`` gives the same rows, with the same primary
keys, on every backend and in both sites (Django and Lino), so that every
tool is measured on identical data.  Every value comes from one
``random.Random(seed)`` and fixed base dates; nothing reads the clock.

Speed matters (a million rows must take minutes at most).  ``bulk_create``
spent four fifths of the time building model instances and compiling
SQL value by value, so rows are plain dicts written by :class:`TableWriter`
with ``executemany``; values still go through each field's own
``get_db_prep_save`` wherever the backend needs a conversion, so the
database holds exactly what the ORM would have written.
"""

import random
import uuid
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from decimal import Decimal

from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.db import connection, models, transaction

from . import models as m

BATCH_SIZE = 2000
BASE_DATE = date(2020, 1, 1)
BASE_DATETIME = datetime(2020, 1, 1, tzinfo=timezone.utc)
FIVE_YEARS = 5 * 365 * 86400

CURRENCIES = [("EUR", "Euro", 2), ("USD", "US Dollar", 2),
              ("CHF", "Swiss franc", 2), ("JPY", "Yen", 0),
              ("GBP", "Pound sterling", 2)]
COUNTRIES = ["BE", "DE", "FR", "NL", "CH", "EE", "US", "JP"]
VAT_RATES = [Decimal("21.00"), Decimal("12.00"), Decimal("6.00"),
             Decimal("0.00")]
FIRST_NAMES = ["Anna", "Bernd", "Chloé", "Dmitri", "Eve", "François",
               "Gülşen", "Hiroshi", "Ingrid", "Jürgen", "Kaja", "Luc"]
LAST_NAMES = ["Müller", "O'Neil", "Dupont", "Tamm", "Smith", "Ørsted",
              "van der Berg", "Nakamura", "Łukasz", "Evers"]
# Words of every kind a text column meets: accents, quotes, backslashes,
# emoji, CJK; newlines are added by sentence().
WORDS = ["invoice", "payment", "Zahlung", "für", "Rechnung", "café",
         "naïve", "Zürich", "reçu", "O'Brien", "\"quoted\"", "C:\\temp",
         "50%", "€", "日本", "😀", "refund", "rent", "salary", "VAT",
         "Q3", "#1234", "tab\there", "ok"]


@dataclass(frozen=True)
class Plan:
    """How many rows of each model make `rows` rows in total.

    Movements take whatever the other, proportionally sized, tables leave.
    """

    rows: int

    @property
    def companies(self):
        return 2 + self.rows // 250_000

    accounts_per_company = 60
    top_accounts_per_company = 10
    journals_per_company = 6
    tags = 40
    members_per_project = 4
    tags_per_project = 2

    @property
    def partners(self):
        return max(20, self.rows // 50)

    @property
    def projects(self):
        return max(5, self.rows // 250)

    @property
    def notes(self):
        return max(10, self.rows * 3 // 100)

    @property
    def vouchers(self):
        return max(10, self.rows // 10)

    @property
    def movements(self):
        others = (len(CURRENCIES) + self.companies
                  + self.companies * self.accounts_per_company
                  + self.companies * self.journals_per_company
                  + self.tags + 2 * self.partners
                  + self.projects * (1 + self.members_per_project
                                     + self.tags_per_project)
                  + self.notes + self.vouchers)
        return max(self.vouchers, self.rows - others)


class Generator:
    """Writes the rows of one Plan into the default database."""

    def __init__(self, rows, seed):
        self.plan = Plan(rows)
        self.rng = random.Random(seed)
        self.persons = self.plan.partners // 2

    def run(self):
        # Checks deferred: the data has an FK cycle and forward self
        # references, which MariaDB would refuse row by row.
        with transaction.atomic(), connection.constraint_checks_disabled():
            self.currencies()
            self.companies_and_accounts()
            self.tags()
            self.partners()
            self.journals()
            self.projects()
            self.vouchers()
            self.movements()
            self.notes()

    # -- helpers --------------------------------------------------------

    def moment(self):
        """A datetime with microseconds within five years of BASE."""
        return BASE_DATETIME + timedelta(
            seconds=self.rng.randrange(FIVE_YEARS),
            microseconds=self.rng.randrange(1_000_000))

    def day(self):
        return BASE_DATE + timedelta(days=self.rng.randrange(1800))

    def money(self, digits, places=2):
        return Decimal(self.rng.randrange(1, 10 ** digits)).scaleb(-places)

    def sentence(self, words):
        text = " ".join(self.rng.choices(WORDS, k=words))
        if self.rng.random() < 0.05:
            text += "\nsecond line"
        return text

    def partner_id(self):
        return self.rng.randrange(1, self.plan.partners + 1)

    def person_id(self):
        return self.rng.randrange(1, self.persons + 1)

    def account_id(self):
        return self.rng.randrange(1, self.plan.companies
                                  * self.plan.accounts_per_company + 1)

    # -- tables, in dependency order (cycles closed by an update) -------

    def currencies(self):
        bulk(m.Currency, (
            dict(code=code, name=name, decimals=decimals)
            for code, name, decimals in CURRENCIES))

    def companies_and_accounts(self):
        plan = self.plan
        # The FK cycle: each company points to its first account, which
        # is inserted after it.
        bulk(m.Company, (
            dict(id=i, name="Company %d" % i, vat_id="BE%010d" % i,
                 currency_id="EUR", founded=self.day(),
                 main_account_id=(i - 1) * plan.accounts_per_company + 1)
            for i in range(1, plan.companies + 1)))
        accounts = []
        for company in range(1, plan.companies + 1):
            first = (company - 1) * plan.accounts_per_company + 1
            for offset in range(plan.accounts_per_company):
                top = offset < plan.top_accounts_per_company
                parent = None if top else first + self.rng.randrange(
                    plan.top_accounts_per_company)
                accounts.append(dict(
                    id=first + offset, company_id=company, parent_id=parent,
                    code="%d%03d" % (offset % 7, offset),
                    name="Account %d/%d" % (company, offset),
                    kind=m.Account.KINDS[offset % 5][0],
                    is_active=self.rng.random() < 0.9, opened=self.day()))
        bulk(m.Account, accounts)

    def tags(self):
        bulk(m.Tag, (dict(id=i, name="tag-%02d" % i)
                     for i in range(1, self.plan.tags + 1)))

    def partners(self):
        bulk(m.Partner, (self.partner(i)
                         for i in range(1, self.plan.partners + 1)))
        bulk(m.Person, (self.person(i) for i in range(1, self.persons + 1)))
        bulk(m.Organisation, (
            self.organisation(i)
            for i in range(self.persons + 1, self.plan.partners + 1)))

    def partner(self, i):
        first, last = self.person_names(i)
        name = ("%s, %s" % (last, first) if i <= self.persons
                else "%s & Co %d" % (last, i))
        limit = self.money(8) if self.rng.random() < 0.5 else None
        return dict(
            id=i, name=name, email="partner%d@example.com" % i,
            country=self.rng.choice(COUNTRIES), created=self.moment(),
            is_active=self.rng.random() < 0.95, credit_limit=limit,
            remarks=self.sentence(6) if self.rng.random() < 0.3 else "",
            preferences=self.preferences())

    def person_names(self, i):
        return (FIRST_NAMES[i % len(FIRST_NAMES)],
                LAST_NAMES[(i // len(FIRST_NAMES)) % len(LAST_NAMES)])

    def preferences(self):
        if self.rng.random() < 0.3:
            return {}
        return {"lang": self.rng.choice(["en", "de", "fr", "et"]),
                "newsletter": self.rng.random() < 0.5,
                "score": round(self.rng.uniform(0, 100), 3),
                "tags": self.rng.sample(["a", "b", "ü", "€"], 2),
                "address": {"city": "Zürich", "lines": ["Bahnhofstr. 1",
                                                        None]}}

    def person(self, i):
        first, last = self.person_names(i)
        birth = (BASE_DATE - timedelta(days=self.rng.randrange(7000, 30000))
                 if self.rng.random() < 0.8 else None)
        return dict(
            partner_ptr_id=i, first_name=first, last_name=last,
            birth_date=birth, gender=self.rng.choice(["F", "M", "X", ""]))

    def organisation(self, i):
        contact = self.person_id() if self.rng.random() < 0.7 else None
        return dict(
            partner_ptr_id=i, legal_form=self.rng.choice(["SA", "GmbH", ""]),
            employees=self.rng.randrange(1, 5000), contact_id=contact)

    def journals(self):
        plan = self.plan
        bulk(m.Journal, (
            dict(id=i, company_id=(i - 1) // plan.journals_per_company + 1,
                 code="J%d" % i, name="Journal %d" % i,
                 default_account_id=self.account_id())
            for i in range(1, plan.companies * plan.journals_per_company + 1)))

    def projects(self):
        plan = self.plan
        bulk(m.Project, (
            dict(id=i, company_id=1 + i % plan.companies,
                 name="Project %d" % i, leader_id=self.person_id(),
                 started=self.day(), budget=self.money(10))
            for i in range(1, plan.projects + 1)))
        bulk(m.Membership, self.memberships())
        bulk(m.Project.tags.through, self.project_tags())

    def memberships(self):
        members = self.plan.members_per_project
        for project in range(1, self.plan.projects + 1):
            for k in range(members):
                yield dict(
                    id=(project - 1) * members + k + 1, project_id=project,
                    person_id=self.person_id(),
                    role=self.rng.choice(["lead", "dev", "review"]),
                    joined=self.moment(), hours=self.money(5))

    def project_tags(self):
        count = self.plan.tags_per_project
        for project in range(1, self.plan.projects + 1):
            tags = self.rng.sample(range(1, self.plan.tags + 1), count)
            for k, tag in enumerate(tags):
                yield dict(id=(project - 1) * count + k + 1,
                           project_id=project, tag_id=tag)

    def vouchers(self):
        bulk(m.Voucher, (self.voucher(i)
                         for i in range(1, self.plan.vouchers + 1)))

    def voucher(self, i):
        journals = self.plan.companies * self.plan.journals_per_company
        draw = self.rng.random()
        if draw < 0.01 and i > 1:
            reversal_of = self.rng.randrange(1, i)
        elif draw < 0.0105 and i < self.plan.vouchers:
            # A forward self reference: loads only with deferred checks.
            reversal_of = self.rng.randrange(i + 1, self.plan.vouchers + 1)
        else:
            reversal_of = None
        return dict(
            id=i, journal_id=1 + i % journals, number=i,
            entry_date=self.day(),
            partner_id=self.partner_id() if self.rng.random() < 0.7 else None,
            narration=self.sentence(4), state=self.rng.choice("DRRRC"),
            created=self.moment(), reversal_of_id=reversal_of)

    def movements(self):
        bulk(m.Movement, (self.movement(k)
                          for k in range(self.plan.movements)))

    def movement(self, k):
        rng = self.rng
        plan = self.plan
        voucher = k * plan.vouchers // plan.movements + 1
        first_of_voucher = -(-(voucher - 1) * plan.movements // plan.vouchers)
        currency = "EUR" if rng.random() < 0.8 else rng.choice(CURRENCIES)[0]
        booked_at = self.moment()
        cleared = rng.random() < 0.6
        external = (uuid.UUID(int=rng.getrandbits(128), version=4)
                    if rng.random() < 0.3 else None)
        return dict(
            id=k + 1, voucher_id=voucher, seqno=k - first_of_voucher + 1,
            account_id=self.account_id(),
            partner_id=self.partner_id() if rng.random() < 0.5 else None,
            currency_id=currency, amount=self.money(11),
            debit=k % 2 == 0,
            quantity=self.money(7, 4) if rng.random() < 0.4 else None,
            unit_price=self.money(7, 4) if rng.random() < 0.4 else None,
            vat_rate=rng.choice(VAT_RATES), value_date=self.day(),
            booked_at=booked_at, cleared=cleared,
            cleared_at=(booked_at + timedelta(
                days=rng.randrange(60), microseconds=rng.randrange(10**6))
                if cleared else None),
            match="M%07d" % rng.randrange(10**7) if cleared else "",
            description=self.sentence(rng.randrange(2, 12)),
            external_ref=external,
            exchange_rate=(1.0 if currency == "EUR"
                           else round(rng.uniform(0.5, 1.5), 6)),
            is_correction=rng.random() < 0.01)

    def notes(self):
        owners = [(ContentType.objects.get_for_model(model), count)
                  for model, count in [
                      (m.Partner, self.plan.partners),
                      (m.Person, self.persons),
                      (m.Voucher, self.plan.vouchers),
                      (m.Project, self.plan.projects),
                      (m.Account, self.plan.companies
                       * self.plan.accounts_per_company)]]
        bulk(m.Note, (self.note(i, owners)
                      for i in range(1, self.plan.notes + 1)))

    def note(self, i, owners):
        rng = self.rng
        content_type, count = rng.choice(owners)
        attachment = (rng.randbytes(rng.randrange(1, 300))
                      if rng.random() < 0.3 else None)
        data = ({} if rng.random() < 0.5 else
                {"v": rng.randrange(10**12), "ok": True, "x": None,
                 "text": self.sentence(3), "list": [1, 2.5, "drei"]})
        return dict(
            id=i, content_type_id=content_type.pk,
            object_id=rng.randrange(1, count + 1),
            author_id=self.person_id() if rng.random() < 0.8 else None,
            created=self.moment(), body=self.sentence(rng.randrange(3, 30)),
            data=data, attachment=attachment)


def bulk(model, rows):
    """Insert an iterable of row dicts in batches, never all in memory."""
    writer = TableWriter(model)
    batch = []
    for row in rows:
        batch.append(row)
        if len(batch) >= BATCH_SIZE:
            writer.write(batch)
            batch = []
    if batch:
        writer.write(batch)


class TableWriter:
    """``executemany`` INSERTs of rows given as dicts by attname.

    Only the table's local columns are written, so an MTI child inserts
    its own row after its parent's.  Types the DB-API drivers adapt
    alike on every backend (int, str, bool, date, None) pass as they are;
    the others use the field's ``get_db_prep_save``.
    """

    PREPARED = (models.DateTimeField, models.DecimalField, models.UUIDField,
                models.JSONField, models.BinaryField, models.FloatField)

    def __init__(self, model):
        fields = model._meta.local_concrete_fields
        quote = connection.ops.quote_name
        self.columns = [
            (field.attname, self.preparer(field)) for field in fields]
        self.sql = "INSERT INTO %s (%s) VALUES (%s)" % (
            quote(model._meta.db_table),
            ", ".join(quote(field.column) for field in fields),
            ", ".join(["%s"] * len(fields)))

    def preparer(self, field):
        if not isinstance(field, self.PREPARED):
            return None

        def prepare(value):
            return field.get_db_prep_save(value, connection)
        return prepare

    def write(self, rows):
        columns = self.columns
        params = [
            tuple(row[name] if prepare is None else prepare(row[name])
                  for name, prepare in columns)
            for row in rows]
        with connection.cursor() as cursor:
            cursor.executemany(self.sql, params)


def table_counts(app_label="bench"):
    """Rows per table of the app, M2M tables included: what every tool
    must carry, and the denominator of every rows/s figure."""
    config = apps.get_app_config(app_label)
    return {model._meta.db_table: model._base_manager.count()
            for model in config.get_models(include_auto_created=True)}
