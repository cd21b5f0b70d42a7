"""Edge-case rows for the fieldtypes test app, shared by several tests."""
import datetime
import os
import decimal
import uuid

from django.db import connection

UTC = datetime.timezone.utc


def big_decimal():
    """The most precise Decimal the backend stores exactly.

    SQLite keeps decimals as REAL (15 significant digits); the servers
    store DECIMAL(30, 10) exactly.
    """
    if connection.vendor == "sqlite":
        return decimal.Decimal("12345.6789012345")
    return decimal.Decimal("12345678901234567890.1234567890")


def populate():
    """Create one row of every shape; return nothing (tests re-read)."""
    from django.contrib.auth.models import Group, Permission, User
    from django.contrib.sites.models import Site
    from tests.fieldtypes.models import (
        Club, Everything, Keyed, Membership, Node, Owner, Place, Restaurant,
        Stamped, Tagged)
    Everything.objects.create(
        big=-2 ** 63, small=-32768, positive=2 ** 31 - 1, flag=False,
        char="it's \"quoted\" \\ back\nslash 😀", text="line\r\nbreak\t\x01",
        slug="a-b", email="a@example.com", url="https://example.com/?a=1&b",
        ip="2001:db8::1", amount=big_decimal(), ratio=0.1 + 0.2,
        when=datetime.datetime(2024, 2, 29, 23, 59, 59, 123456, tzinfo=UTC),
        day=datetime.date(1, 1, 1), clock=datetime.time(23, 59, 59, 999999),
        span=datetime.timedelta(days=-1, microseconds=1),
        uid=uuid.UUID("12345678-1234-5678-1234-567812345678"),
        blob=b"\x00\xff\x7f'\"\\", upload="files/a b.txt",
        data={"a": [1, 2.5, None, True, "ü😀"], "b": {"c": {}}, "q": "'\""})
    Everything.objects.create(
        amount=decimal.Decimal("10.5000000000"), ratio=-0.0, big=2 ** 63 - 1,
        data=[1, "two", {"3": [4]}], blob=b"", char="", text="")
    Everything.objects.create()
    Stamped.objects.create(name="old")
    Stamped.objects.update(
        created=datetime.datetime(2001, 1, 1, 1, 1, 1, 1, tzinfo=UTC),
        modified=datetime.datetime(2002, 2, 2, 2, 2, 2, 2, tzinfo=UTC))
    root = Node.objects.create(name="root")
    child = Node.objects.create(name="child", parent=root)
    owner = Owner.objects.create(name="owner", favourite=child)
    Node.objects.filter(pk=root.pk).update(owner=owner)
    owner.nodes.add(root, child)
    club = Club.objects.create(name="club")
    Membership.objects.create(owner=owner, group=club,
                              since=datetime.date(2020, 1, 31))
    Place.objects.create(name="square")
    Restaurant.objects.create(name="pizzeria", serves_pizza=True)
    Tagged.objects.create(target=owner, label="owner tag")
    Tagged.objects.create(target=club, label="club tag")
    Keyed.objects.create(key=uuid.UUID(int=7), note="uuid pk")
    group = Group.objects.create(name="editors")
    group.permissions.add(*Permission.objects.filter(
        content_type__app_label="fieldtypes")[:3])
    user = User.objects.create(username="joe", first_name="Jöe",
                               password="!unusable")
    user.groups.add(group)
    Site.objects.filter(pk=1).update(domain="shop.example.com",
                                     name="Shop")


def snapshot(using="default"):
    """``{label: [row dicts in pk order]}`` of every stored model."""
    from lino_dumpy.ordering import model_label, stored_models
    result = {}
    for model in stored_models():
        rows = list(model._base_manager.using(using).order_by("pk").values())
        for row in rows:
            for name, value in row.items():
                if isinstance(value, memoryview):
                    row[name] = bytes(value)
        result[model_label(model)] = rows
    return result


def snapshot_difference(before, after):
    """What differs between two snapshots, shortly ("" if nothing).

    For snapshots of many rows: pytest's own diff of two large dicts
    is quadratic and took many minutes to report a failure."""
    lines = []
    for label in sorted(set(before) | set(after)):
        old, new = before.get(label, []), after.get(label, [])
        if old != new:
            first = next((index for index, (a, b) in enumerate(zip(old, new))
                          if a != b), min(len(old), len(new)))
            lines.append("%s: %d rows, then %d; first difference at row %d"
                         % (label, len(old), len(new), first))
    return "\n".join(lines)


#: What restore.py prints once the preflight has passed and the data is
#: about to be replaced (``--noinput`` into a non-empty database).
LOAD_STARTED = "Replacing the data of the non-empty database"
#: Printed by the restore (at -v 1) once its preflight passed, before it
#: touches the database, whether the target is empty or not.
PREFLIGHT_PASSED = "Preflight passed: "


def tree(directory):
    """``{relative path: bytes}`` of every file below `directory`."""
    result = {}
    for parent, _, names in os.walk(directory):
        for name in names:
            path = os.path.join(parent, name)
            with open(path, "rb") as stream:
                result[os.path.relpath(path, directory)] = stream.read()
    return result


def change_database():
    """Make the database differ from the dump just written; return the
    snapshot that every failed restore must leave in place."""
    from tests.fieldtypes.models import Everything, Node
    Node.objects.create(name="after dump")
    Everything.objects.filter(char="").update(char="changed after dump")
    return snapshot()


def add_many_rows(count):
    """Add at least `count` rows to fieldtypes.Everything, quickly: a
    thousand rows, then doubled with INSERT ... SELECT."""
    from tests.fieldtypes.models import Everything
    when = datetime.datetime(2020, 1, 1, 12, 0, 0, 123456,
                             tzinfo=datetime.timezone.utc)
    Everything.objects.bulk_create([
        Everything(big=i, char="row %d" % i, text="text of row %d " % i * 5,
                   amount=decimal.Decimal("%d.25" % i), when=when,
                   data={"row": i}, upload="")
        for i in range(1000)])
    quote = connection.ops.quote_name
    columns = ", ".join(quote(name) for name in (
        "big", "char", "text", "amount", "when", "data", "upload"))
    sql = "INSERT INTO %s (%s) SELECT %s FROM %s" % (
        quote(Everything._meta.db_table), columns, columns,
        quote(Everything._meta.db_table))
    total = 1000
    with connection.cursor() as cursor:
        while total < count:
            cursor.execute(sql)
            total *= 2
    assert Everything.objects.count() >= count
