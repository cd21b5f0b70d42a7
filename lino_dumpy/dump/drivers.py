"""Faster parsers of the driver for the reader's queries, same values.

Two drivers parse some column types in Python, value by value, where
the standard library has a compiled parser of the same text:

- psycopg 3 with USE_TZ: Django registers a subclass of psycopg's
  ``timestamptz`` loader that parses in Python, to give the values the
  connection's tzinfo.  psycopg's own loader gives an aware datetime of
  the same instant, and the writer renders its UTC time, so the dump's
  text is the same.  Without USE_TZ Django's loader makes the values
  naive, and stays.
- mysqlclient parses ``DATETIME``, ``TIMESTAMP`` and ``DATE`` text with
  ``MySQLdb.times`` (Python).  ``datetime.fromisoformat()`` and
  ``date.fromisoformat()`` give the same values for the text MariaDB
  sends (``YYYY-MM-DD`` and ``YYYY-MM-DD HH:MM:SS[.ffffff]``); any other
  text (a zero date, fewer digits of a fraction) goes to mysqlclient's
  parser, which decides as before (a zero date is None).

Each parser was a third or more of the time of reading a table of
datetimes.  Only the reader's own queries use them: psycopg's loader is
registered on the reader's cursor, mysqlclient's converters are swapped
for the query and put back.
"""
import datetime
from contextlib import contextmanager

from .. import conf

#: Lengths of the DATETIME text that fromisoformat() reads as mysqlclient
#: does: without a fraction, and with six digits of it.
DATETIME_LENGTHS = (19, 26)

#: Length of the DATE text.
DATE_LENGTH = 10


class DriverReading:
    """The driver of `connection`, tuned for the reader's queries."""

    def __init__(self, connection):
        self.connection = connection
        self.timestamptz_loader = native_timestamptz_loader(connection)
        self.mysql_converters = mysql_converters(connection)

    @contextmanager
    def cursor(self):
        """A Django cursor whose queries use the faster parsers."""
        with self.connection.cursor() as cursor:
            if self.timestamptz_loader is not None:
                cursor.cursor.adapters.register_loader(
                    "timestamptz", self.timestamptz_loader)
            if self.mysql_converters is None:
                yield cursor
                return
            db = self.connection.connection
            standard, db.converter = db.converter, self.mysql_converters
            try:
                yield cursor
            finally:
                db.converter = standard


def native_timestamptz_loader(connection):
    """PostgreSQL with psycopg 3 and USE_TZ: psycopg's compiled loader of
    ``timestamptz``, or None."""
    if connection.vendor != "postgresql" or not conf.use_tz():
        return None
    from django.db.backends.postgresql.psycopg_any import is_psycopg3
    if not is_psycopg3:
        return None
    from psycopg.types.datetime import TimestamptzLoader
    return TimestamptzLoader


def mysql_converters(connection):
    """mysqlclient's converters of `connection` with compiled parsers of
    dates and datetimes, or None (another backend, or other parsers than
    mysqlclient's own, which are the ones known to give the same)."""
    if connection.vendor != "mysql":
        return None
    from MySQLdb import times
    from MySQLdb.constants import FIELD_TYPE
    connection.ensure_connection()
    converters = dict(connection.connection.converter)
    faster = {
        FIELD_TYPE.DATETIME: (times.DateTime_or_None, iso_datetime),
        FIELD_TYPE.TIMESTAMP: (times.DateTime_or_None, iso_datetime),
        FIELD_TYPE.DATE: (times.Date_or_None, iso_date),
    }
    for field_type, (standard, parser) in faster.items():
        if converters.get(field_type) is not standard:
            return None
        converters[field_type] = parser
    return converters


def iso_datetime(text, parse=datetime.datetime.fromisoformat):
    """mysqlclient's DateTime_or_None(), with the common text in C."""
    if len(text) in DATETIME_LENGTHS and text[4] == text[7] == "-" and \
            text[13] == text[16] == ":":
        try:
            return parse(text)
        except ValueError:
            pass
    from MySQLdb.times import DateTime_or_None
    return DateTime_or_None(text)


def iso_date(text, parse=datetime.date.fromisoformat):
    """mysqlclient's Date_or_None(), with the common text in C."""
    if len(text) == DATE_LENGTH and text[4] == text[7] == "-":
        try:
            return parse(text)
        except ValueError:
            pass
    from MySQLdb.times import Date_or_None
    return Date_or_None(text)
