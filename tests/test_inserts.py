"""The inserter's shortcuts give exactly what Django's prep layers give."""
import datetime
import decimal
import uuid
import warnings

import pytest
from django.db import connection, models
from django.utils import timezone

from lino_dumpy.restore.inserts import (TableInserter, UnfitValue,
                                        direct_conversion, stores_utc_text)
from tests.fieldtypes.models import Everything, Node

UTC = datetime.timezone.utc
BRUSSELS = datetime.timezone(datetime.timedelta(hours=1))

VALUES = {
    "big": [0, -2 ** 63, 2 ** 63 - 1, "17", True],
    "flag": [True, False, 1],
    "char": ["", "naïve 😀 'quoted'", 17],
    "amount": [decimal.Decimal("0"), decimal.Decimal("-12345.0000000001"),
               decimal.Decimal("1E+3"), 2.5, "3.25", 7],
    "ratio": [0.1, -1e300, 3, "2.5"],
    "when": [datetime.datetime(2024, 2, 29, 23, 59, 59, 999999, UTC),
             datetime.datetime(2024, 10, 27, 0, 30, tzinfo=UTC),
             datetime.datetime(1900, 1, 1, 0, 0, 0, 1, UTC),
             datetime.datetime(2024, 2, 29, 23, 59, 59, tzinfo=BRUSSELS),
             "2024-01-02T03:04:05+00:00", datetime.date(2024, 1, 2)],
    "day": [datetime.date(1, 1, 1), datetime.date(9999, 12, 31),
            "2024-03-01"],
    "uid": [uuid.UUID(int=0),
            uuid.UUID("12345678-1234-5678-1234-567812345678"),
            "12345678123456781234567812345678"],
}


def everything(**values):
    obj = Everything(**{f.attname: None for f in Everything._meta.fields
                        if not f.primary_key})
    obj.__dict__.update(values)
    return obj


def django_params(obj):
    """Django's full path for the values as stored on `obj`."""
    return [f.get_db_prep_save(obj.__dict__[f.attname], connection)
            for f in Everything._meta.local_concrete_fields]


@pytest.mark.filterwarnings("ignore:DateTimeField Everything.when received")
@pytest.mark.parametrize("attname, value", [
    (attname, value) for attname, values in VALUES.items()
    for value in values + [None]])
def test_every_value_is_prepared_as_django_prepares_it(attname, value):
    obj = everything(id=5, **{attname: value})
    assert TableInserter(Everything, connection).params(obj) == \
        django_params(obj)


def test_utc_datetimes_skip_the_adapter_where_it_writes_text():
    """The shortcut of the datetimes of a dump is taken where Django's
    adapter writes text (the test above proves the same result)."""
    from tests.conftest import VENDOR
    assert stores_utc_text(connection) is (VENDOR in ("sqlite", "mysql"))


def test_naive_datetimes_take_djangos_path_and_its_warning():
    naive = datetime.datetime(2024, 7, 1, 12, 30)
    obj = everything(id=1, when=naive)
    with pytest.warns(RuntimeWarning, match="received a naive datetime"):
        row = TableInserter(Everything, connection).params(obj)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", RuntimeWarning)
        assert row == django_params(obj)
    assert timezone.is_naive(naive)


@pytest.mark.parametrize("attname, value", [
    ("amount", decimal.Decimal("NaN")),
    ("amount", decimal.Decimal("-Infinity")),
    ("big", "many"),
    ("uid", "not a uuid"),
    ("day", "yesterday"),
])
def test_values_that_do_not_fit_name_their_field(attname, value):
    obj = everything(id=1, **{attname: value})
    with pytest.raises(UnfitValue, match=r"^%s=" % attname) as info:
        TableInserter(Everything, connection).params(obj)
    assert info.value.attname == attname


def test_foreign_keys_convert_like_their_target():
    parent = Node._meta.get_field("parent")
    assert direct_conversion(parent, connection) == (int, None)


def test_fields_with_their_own_prep_take_the_full_path():
    class Cents(models.IntegerField):
        def get_prep_value(self, value):
            return int(value * 100)

    field = Cents()
    field.set_attributes_from_name("price")
    assert direct_conversion(field, connection) is None
    assert direct_conversion(Everything._meta.get_field("data"),
                             connection) is None
