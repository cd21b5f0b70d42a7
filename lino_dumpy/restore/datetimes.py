"""The datetimes of a dump, for a site whose time zone settings differ.

A dump writes ``dt('2024-10-27 00:30:00')`` as the site held the value:
the UTC time when the site uses time zones (``USE_TZ = True``), the naive
local time of its ``TIME_ZONE`` when it does not.  Since dump format 3,
``restore.py`` records both settings, and :func:`restore_dt` builds the
``dt`` that gives the restoring site the same instants:

=============  =============  ==============================================
Dump           Target         ``dt()`` returns
=============  =============  ==============================================
``USE_TZ``     ``USE_TZ``     the UTC time, aware (as before format 3)
naive, zone A  naive, zone A  the naive time (as before format 3)
naive, zone A  ``USE_TZ``     the local time of zone A, as an aware UTC time
``USE_TZ``     naive, zone B  the UTC time as a naive local time of zone B
naive, zone A  naive, zone B  the local time of zone A in zone B
=============  =============  ==============================================

A naive local time that the dump's zone skips (spring forward) or repeats
(fall back) is not one instant.  Django would take the first reading
silently (zoneinfo's ``fold=0``); the restore refuses it instead
(:class:`~lino_dumpy.exceptions.InvalidLocalTime`), naming the row.
Dumps without ``USE_TZ`` (format 1 and 2, Lino's) keep the old ``dt``.
"""
import ast
import datetime
import os
import zoneinfo

from django.utils import timezone

from .. import conf
from ..exceptions import InvalidLocalTime
from .runtime import dt

UTC = datetime.timezone.utc


def naive_value(args):
    """The naive datetime of ``dt()``'s arguments: text or numbers."""
    if type(args[0]) is str:
        return datetime.datetime.fromisoformat(args[0])
    return datetime.datetime(*args)


def local_instant(value, zone):
    """Naive local time `value` of `zone` as an aware datetime, or
    InvalidLocalTime when the clocks of `zone` skip or repeat it."""
    first = value.replace(tzinfo=zone)
    second = value.replace(tzinfo=zone, fold=1)
    if first.utcoffset() == second.utcoffset():
        return first
    if first.astimezone(UTC).astimezone(zone).replace(tzinfo=None) != value:
        problem = "does not exist (the clocks skip it)"
    else:
        problem = "is ambiguous (it occurs twice: %s or %s)" % (
            first.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S UTC"),
            second.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S UTC"))
    raise InvalidLocalTime(value, zone, problem)


def restore_dt(dump_globals):
    """The ``dt`` for restoring the dump of `dump_globals` into this site."""
    source_use_tz = dump_globals.get("USE_TZ")
    source_name = dump_globals.get("TIME_ZONE")
    if source_use_tz is None:
        return dump_globals.get("dt", dt)  # Lino's dumps define their own
    if not source_use_tz and source_name is None:
        return dt
    target_use_tz = conf.use_tz()
    if source_use_tz and target_use_tz:
        return dt
    target_zone = timezone.get_default_timezone()
    if source_use_tz:
        def utc_to_local(*args):
            return naive_value(args).replace(tzinfo=UTC).astimezone(
                target_zone).replace(tzinfo=None)
        return utc_to_local
    source_zone = zoneinfo.ZoneInfo(source_name)
    if target_use_tz:
        def local_to_utc(*args):
            return local_instant(naive_value(args), source_zone).astimezone(
                UTC)
        return local_to_utc
    if source_zone == target_zone:
        return dt

    def local_to_local(*args):
        return local_instant(naive_value(args), source_zone).astimezone(
            target_zone).replace(tzinfo=None)
    return local_to_local


def invalid_time_row(path, lineno, pk_name, value):
    """``(pk, column)`` of the value `value` that a dt() call in line
    `lineno` of the table file `path` gave, as far as they can be found."""
    try:
        with open(path, encoding="utf-8") as stream:
            lines = stream.readlines()
        columns = table_file_columns(lines)
        create = ast.parse(lines[lineno - 1].strip()).body[0].value.args[0]
        pk = None
        if pk_name in columns:
            pk = ast.literal_eval(create.args[columns.index(pk_name)])
        for column, argument in zip(columns, create.args):
            if is_dt_call(argument, value):
                return pk, column
        return pk, None
    except (OSError, SyntaxError, ValueError, IndexError, AttributeError,
            TypeError):
        return None, None


def table_file_columns(lines):
    """The column names that the header of a table file lists."""
    for index, line in enumerate(lines):
        if "the columns are the arguments of" in line:
            return lines[index + 1].lstrip("#").strip().split(", ")
    return []


def is_dt_call(node, value):
    """Whether `node` is the source of ``dt(...)`` giving `value`."""
    if not (isinstance(node, ast.Call) and getattr(node.func, "id", None)
            == "dt"):
        return False
    args = [ast.literal_eval(argument) for argument in node.args]
    return naive_value(args) == value


def refusal(error, dump_globals, label, pk, field):
    """The message of a restore refused for InvalidLocalTime `error`."""
    what = "%s pk=%r" % (label, pk)
    if field:
        what += ", field %s" % field
    return (
        "%s: %s. The dump's site (USE_TZ = %r, TIME_ZONE = %r) stored "
        "naive local times, and this site (USE_TZ = %r, TIME_ZONE = %r) "
        "needs the instant, which lino_dumpy does not guess. Correct the "
        "value in the source database and dump again, or edit this line of "
        "the table file to the time meant and restore with "
        "--accept-edited." % (
            what, error, dump_globals.get("USE_TZ"),
            dump_globals.get("TIME_ZONE"), conf.use_tz(),
            conf.time_zone()))


def locate_refusal(error, dump_globals, path, lineno):
    """``(message, label, pk, field)`` for InvalidLocalTime `error` raised
    by line `lineno` of the table file `path` of a dump."""
    name = os.path.basename(path)
    label = None
    for filename, entry_label, table, rows, sha256 in dump_globals.get(
            "TABLE_FILES") or ():
        if filename == name:
            label = entry_label
    model = dump_globals.get((label or "").replace(".", "_"))
    meta = getattr(model, "_meta", None)
    pk_name = meta.pk.attname if meta is not None else None
    pk, field = (None, None)
    if lineno is not None:
        pk, field = invalid_time_row(path, lineno, pk_name, error.value)
    return refusal(error, dump_globals, label, pk, field), label, pk, field
