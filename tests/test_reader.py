"""The writer renders driver values exactly as it would render the values
that Django's ``values_list()`` returns, shortcuts included."""
import datetime
import zoneinfo

import pytest
from django.db import connection, connections

from lino_dumpy.dump import drivers, reader
from lino_dumpy.ordering import stored_models
from lino_dumpy.dump.modelwriter import ContentTypeNames, ModelWriter
from tests.fixtures_data import populate


@pytest.fixture
def populated(clean_db):
    populate()
    from tests.fieldtypes.models import Everything
    # More rows than a page, so that the keyset pagination is used.
    Everything.objects.bulk_create(
        Everything(big=n, flag=n % 3 == 0, day=datetime.date(2000, 1, 1)
                   + datetime.timedelta(days=n), when=datetime.datetime(
                       2020, 3, 29, 0, 59, 59, n, tzinfo=datetime.timezone.utc)
                   + datetime.timedelta(minutes=n))
        for n in range(reader.PAGE_SIZE + 10))


def expected_lines(writer):
    """Lines rendered from what values_list() returns (Django's converters)."""
    rows = writer.model._base_manager.order_by("pk").values_list(
        *[reader.column_expression(f) for f in writer.fields])
    return [writer.row_start + ",".join(
        "None" if value is None else render(value)
        for render, value in zip(writer.renderers, row)) + "))\n"
        for row in rows]


def test_lines_are_the_rendered_values_of_values_list(populated):
    assert_lines_of_values_list()


@pytest.fixture
def database_time_zone():
    """The default database with DATABASES' TIME_ZONE set: SQLite and
    MariaDB store local times, PostgreSQL's session and its driver's
    datetimes are in that zone (psycopg's loader on the writer's side,
    Django's in values_list())."""
    settings_dict = connection.settings_dict
    previous = settings_dict["TIME_ZONE"]
    settings_dict["TIME_ZONE"] = "Europe/Brussels"
    forget_connection_time_zone()
    try:
        yield
    finally:
        settings_dict["TIME_ZONE"] = previous
        forget_connection_time_zone()


def forget_connection_time_zone():
    wrapper = connections["default"]  # not the proxy, for its __dict__
    wrapper.close()
    for name in ("timezone", "timezone_name"):
        wrapper.__dict__.pop(name, None)


def test_lines_with_a_database_time_zone(populated, database_time_zone):
    assert str(connection.timezone) == "Europe/Brussels"
    assert_lines_of_values_list()


def assert_lines_of_values_list():
    content_types = ContentTypeNames("default")
    checked = 0
    for model in stored_models():
        writer = ModelWriter(model, content_types)
        lines = list(writer.lines("default"))
        assert lines == expected_lines(writer), model
        checked += len(lines)
    assert checked > reader.PAGE_SIZE


def datetime_converters():
    from tests.fieldtypes.models import Everything
    writer = ModelWriter(Everything, None)
    table = reader.TableReader(Everything, writer.fields, "default")
    index = [f.attname for f in writer.fields].index("when")
    return table.converters[index][0]


def test_naive_datetimes_are_rendered_directly_only_in_utc(monkeypatch):
    converters = datetime_converters()
    if not converters:
        # PostgreSQL returns aware datetimes: nothing to convert.
        assert connection.vendor == "postgresql"
        return
    assert reader.utc_datetimes(converters, connection)
    monkeypatch.setitem(connection.__dict__, "timezone",
                        zoneinfo.ZoneInfo("Europe/Brussels"))
    assert not reader.utc_datetimes(converters, connection)


#: Texts of DATE and DATETIME values: what MariaDB sends, and what it
#: could send (zero dates, other fractions), and ISO forms it does not.
DATETIME_TEXTS = [
    "2024-11-10 07:44:43.594057", "2024-11-10 07:44:43",
    "2024-11-10 07:44:43.000000", "0001-01-01 00:00:00.000001",
    "9999-12-31 23:59:59.999999", "2024-11-10 07:44:43.123",
    "2024-11-10 07:44:43.5", "0000-00-00 00:00:00",
    "0000-00-00 00:00:00.000000", "2024-02-30 00:00:00",
    "2024-00-10 07:44:43", "2024-11-10T07:44:43", "2024-11-10 07:44+01",
    "2024-W45-7 07:44:43", "2024-11-10", "garbage"]
DATE_TEXTS = ["2024-11-10", "0001-01-01", "9999-12-31", "0000-00-00",
              "2024-02-30", "2024-11-00", "2024-W45-7", "20241110", "x"]


def test_compiled_mysql_parsers_give_what_mysqlclient_gives():
    times = pytest.importorskip("MySQLdb.times")
    for text in DATETIME_TEXTS:
        expected = times.DateTime_or_None(text)
        assert drivers.iso_datetime(text) == expected, text
        assert type(drivers.iso_datetime(text)) is type(expected), text
    for text in DATE_TEXTS:
        assert drivers.iso_date(text) == times.Date_or_None(text), text


@pytest.mark.skipif(connection.vendor != "mysql", reason="MariaDB's dates")
def test_zero_dates_and_the_converters_after_the_query(populated):
    from tests.fieldtypes.models import Everything
    with connection.cursor() as cursor:
        # Django's sql_mode allows zero dates; mysqlclient reads None.
        cursor.execute(
            "UPDATE %s SET day = '0000-00-00', `when` = '0000-00-00' "
            "WHERE big < 3" % Everything._meta.db_table)
        zeroed = cursor.rowcount
    standard = connection.connection.converter
    assert_lines_of_values_list()
    assert connection.connection.converter is standard
    assert drivers.mysql_converters(connection) is not None
    rows = Everything.objects.filter(big__lt=3).values_list("day", "when")
    assert zeroed >= 3 and list(rows) == [(None, None)] * zeroed
