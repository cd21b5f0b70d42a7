"""A dump moves datetimes between sites whose USE_TZ and TIME_ZONE differ
at the same instants (issue 13, point 2).

Dump and restore run in subprocesses with their own settings
(DUMPY_USE_TZ, DUMPY_TIME_ZONE of tests/settings.py), on the session's
database.  A site with ``USE_TZ = False`` holds naive local times.
"""
import datetime
import filecmp
import os

import pytest
from django.db import connection
from django.test import override_settings

from lino_dumpy.restore.datetimes import restore_dt
from lino_dumpy.exceptions import InvalidLocalTime
from lino_dumpy.dump.writer import dump

UTC = datetime.timezone.utc
BRUSSELS = "Europe/Brussels"

#: Naive local times of Brussels and the instants they are.
LOCAL_AND_UTC = [
    (1, datetime.datetime(2024, 1, 15, 10, 30, 0, 123456),   # winter
     datetime.datetime(2024, 1, 15, 9, 30, 0, 123456, UTC)),
    (2, datetime.datetime(2024, 7, 15, 10, 30, 0, 1),        # summer
     datetime.datetime(2024, 7, 15, 8, 30, 0, 1, UTC)),
    (3, datetime.datetime(2024, 3, 31, 3, 0),          # just after the gap
     datetime.datetime(2024, 3, 31, 1, 0, tzinfo=UTC)),
    (4, datetime.datetime(2024, 10, 27, 1, 59, 59, 999999),  # before the
     datetime.datetime(2024, 10, 26, 23, 59, 59, 999999, UTC)),  # overlap
    (5, datetime.datetime(2024, 10, 27, 3, 30),        # after the overlap
     datetime.datetime(2024, 10, 27, 2, 30, tzinfo=UTC)),
]

INSERT = """
import datetime
from tests.fieldtypes.models import StoredValue
StoredValue.objects.all().delete()
StoredValue.objects.bulk_create(
    [StoredValue(pk=pk, moment=moment) for pk, moment in %r])
"""

PRINT = """
from tests.fieldtypes.models import StoredValue
print(repr(list(StoredValue.objects.order_by("pk").values_list(
    "pk", "moment"))))
"""


def site(project, use_tz, time_zone=BRUSSELS):
    """`project` with other time zone settings."""
    return type(project)(dict(project.env, DUMPY_USE_TZ="1" if use_tz
                              else "0", DUMPY_TIME_ZONE=time_zone))


def store(site, rows):
    site.manage("shell", "-c", INSERT % (rows,))


def moments(site):
    """``[(pk, moment)]`` as `site` reads them."""
    result = site.manage("shell", "-c", PRINT)
    return eval(result.stdout.strip().splitlines()[-1],
                {"datetime": datetime})


def restore(site, directory, check=True):
    return site.python(str(directory / "restore.py"), "--noinput",
                       check=check)


def test_a_dump_records_the_time_zone_settings(clean_db, project, tmp_path):
    naive = site(project, False)
    store(naive, [(1, LOCAL_AND_UTC[0][1])])
    naive.manage("dump2py", str(tmp_path / "d"))
    text = (tmp_path / "d" / "restore.py").read_text()
    assert "DUMP_FORMAT = 3\nUSE_TZ = False\nTIME_ZONE = 'Europe/Brussels'" \
        "\n" in text
    # The values are written as the site holds them: naive local times.
    table = (tmp_path / "d" / "fieldtypes_storedvalue.py").read_text()
    assert "dt('2024-01-15 10:30:00.123456')" in table


def test_naive_local_times_restore_into_an_aware_site(clean_db, project,
                                                      tmp_path):
    from tests.fieldtypes.models import StoredValue
    naive = site(project, False)
    store(naive, [(pk, local) for pk, local, _ in LOCAL_AND_UTC])
    naive.manage("dump2py", str(tmp_path / "d"))
    restore(site(project, True), tmp_path / "d")
    restored = list(StoredValue.objects.order_by("pk").values_list(
        "pk", "moment"))
    assert restored == [(pk, instant) for pk, _, instant in LOCAL_AND_UTC]


def test_aware_times_restore_into_a_naive_site(clean_db, project, tmp_path):
    """Both 00:30 and 01:30 UTC on 27 October are 02:30 in Brussels: a
    site without time zones cannot tell them apart."""
    from tests.fieldtypes.models import StoredValue
    rows = [(pk, instant) for pk, _, instant in LOCAL_AND_UTC] + [
        (6, datetime.datetime(2024, 10, 27, 0, 30, tzinfo=UTC)),
        (7, datetime.datetime(2024, 10, 27, 1, 30, tzinfo=UTC))]
    StoredValue.objects.bulk_create(
        [StoredValue(pk=pk, moment=moment) for pk, moment in rows])
    dump(tmp_path / "d", progress=False)
    naive = site(project, False)
    restore(naive, tmp_path / "d")
    assert moments(naive) == [
        (pk, local) for pk, local, _ in LOCAL_AND_UTC] + [
        (6, datetime.datetime(2024, 10, 27, 2, 30)),
        (7, datetime.datetime(2024, 10, 27, 2, 30))]


def test_naive_times_move_to_another_time_zone(clean_db, project, tmp_path):
    naive = site(project, False)
    store(naive, [(1, datetime.datetime(2024, 1, 15, 10, 30, 0, 5)),
                  (2, datetime.datetime(2024, 3, 20, 10, 30)),
                  (3, datetime.datetime(2024, 7, 15, 10, 30))])
    naive.manage("dump2py", str(tmp_path / "d"))
    new_york = site(project, False, "America/New_York")
    restore(new_york, tmp_path / "d")
    assert moments(new_york) == [
        (1, datetime.datetime(2024, 1, 15, 4, 30, 0, 5)),
        (2, datetime.datetime(2024, 3, 20, 5, 30)),   # New York is on DST
        (3, datetime.datetime(2024, 7, 15, 4, 30))]


def test_identical_settings_give_identical_dumps(clean_db, project,
                                                 tmp_path):
    naive = site(project, False)
    store(naive, [(pk, local) for pk, local, _ in LOCAL_AND_UTC])
    naive.manage("dump2py", str(tmp_path / "a"))
    restore(naive, tmp_path / "a")
    naive.manage("dump2py", str(tmp_path / "b"))
    names = sorted(os.listdir(tmp_path / "a"))
    assert names == sorted(os.listdir(tmp_path / "b"))
    match, mismatch, errors = filecmp.cmpfiles(
        tmp_path / "a", tmp_path / "b", names, shallow=False)
    assert (mismatch, errors) == ([], [])
    assert moments(naive) == [(pk, local) for pk, local, _ in LOCAL_AND_UTC]


@pytest.mark.parametrize("local, problem", [
    (datetime.datetime(2024, 3, 31, 2, 30), "does not exist"),
    (datetime.datetime(2024, 10, 27, 2, 30), "is ambiguous"),
])
def test_a_local_time_that_is_no_instant_is_refused(clean_db, project,
                                                    tmp_path, local,
                                                    problem):
    naive = site(project, False)
    store(naive, [(1, LOCAL_AND_UTC[0][1]), (2, local)])
    before = moments(naive)
    naive.manage("dump2py", str(tmp_path / "d"))
    aware = site(project, True)
    if connection.vendor == "postgresql" and problem == "does not exist":
        # PostgreSQL stores times with their offset: it moved the time
        # that Brussels skips an hour on, so the dump holds an instant.
        assert before[1] == (2, datetime.datetime(2024, 3, 31, 3, 30))
        restore(aware, tmp_path / "d")
        from tests.fieldtypes.models import StoredValue
        assert StoredValue.objects.get(pk=2).moment == datetime.datetime(
            2024, 3, 31, 1, 30, tzinfo=UTC)
        return
    result = restore(aware, tmp_path / "d", check=False)
    assert result.returncode == 1, result.stderr
    assert ("fieldtypes_storedvalue.py:6: fieldtypes.StoredValue pk=2, "
            "field moment: the local time %s %s" % (local, problem)
            ) in result.stderr
    assert "Correct the value in the source database" in result.stderr
    assert moments(naive) == before
    result = aware.manage("loaddata", str(tmp_path / "d" / "restore.py"),
                          check=False)
    assert result.returncode == 1
    assert "fieldtypes.StoredValue pk=2, field moment: the local time" \
        in result.stderr
    assert moments(naive) == before


@pytest.mark.parametrize("source, target, text, expected", [
    ((True, BRUSSELS), (True, "UTC"), "2024-07-15 08:30:00.000001",
     datetime.datetime(2024, 7, 15, 8, 30, 0, 1, UTC)),
    ((False, BRUSSELS), (False, BRUSSELS), "2024-10-27 02:30:00",
     datetime.datetime(2024, 10, 27, 2, 30)),
    ((False, BRUSSELS), (True, "UTC"), "2024-07-15 10:30:00.000001",
     datetime.datetime(2024, 7, 15, 8, 30, 0, 1, UTC)),
    ((True, "UTC"), (False, BRUSSELS), "2024-01-15 09:30:00",
     datetime.datetime(2024, 1, 15, 10, 30)),
    ((False, "UTC"), (False, BRUSSELS), "2024-07-15 08:30:00",
     datetime.datetime(2024, 7, 15, 10, 30)),
    ((None, None), (True, BRUSSELS), "2024-07-15 08:30:00",  # format 2
     datetime.datetime(2024, 7, 15, 8, 30, tzinfo=UTC)),
])
def test_restore_dt(source, target, text, expected):
    dump_globals = {} if source[0] is None else {
        "USE_TZ": source[0], "TIME_ZONE": source[1]}
    with override_settings(USE_TZ=target[0], TIME_ZONE=target[1]):
        dt = restore_dt(dump_globals)
        value = dt(text)
        numbers = dt(*datetime.datetime.fromisoformat(text).timetuple()[:6],
                     expected.microsecond)
    assert value == expected and value.tzinfo == expected.tzinfo
    assert numbers == expected


def test_restore_dt_refuses_the_skipped_hour():
    with override_settings(USE_TZ=True):
        dt = restore_dt({"USE_TZ": False, "TIME_ZONE": BRUSSELS})
        with pytest.raises(InvalidLocalTime, match="does not exist"):
            dt("2024-03-31 02:00:00")
        with pytest.raises(InvalidLocalTime, match=r"ambiguous \(it occurs "
                           r"twice: 2024-10-27 00:59:59 UTC or 2024-10-27 "
                           r"01:59:59 UTC\)"):
            dt("2024-10-27 02:59:59.999999")
