"""The names of the dump format, shared by the side that writes a dump and
the side that reads it.

A dump is a ``restore.py`` with one ``create_<db_table>()`` function per
model, and table files whose rows are ``loader.save(create_<db_table>(...))``
lines.  These names are Lino's protocol; spelling them here, once, keeps
the writer, the restore, the compiler and the double dump test in step.
"""

#: Incremented when the shape of the files in a dump changes.  Format 2
#: writes datetimes as text, ``dt('2024-10-27 00:30:00.250000')``; format 3
#: adds what the dump left out (``EXCLUDED``) and the time zone settings of
#: the source (``USE_TZ``, ``TIME_ZONE``).  The restore reads every format up
#: to this one.
DUMP_FORMAT = 3

#: The main file of a dump: the program that restores it, and the
#: description that the restore and loaddata read as data.
RESTORE_SCRIPT = "restore.py"

#: How every row line of a table file starts.
ROW_PREFIX = "loader.save("
ROW_PREFIX_BYTES = ROW_PREFIX.encode("ascii")

#: The prefix of the model factory functions: ``create_<db_table>``.
FACTORY_PREFIX = "create_"


def factory_name(table):
    """``shop_product`` -> ``create_shop_product``."""
    return FACTORY_PREFIX + table


def is_factory_name(name):
    """Whether `name` is the name of a model factory function."""
    return name.startswith(FACTORY_PREFIX)


def table_of_factory(name):
    """``create_shop_product`` -> ``shop_product``."""
    return name[len(FACTORY_PREFIX):]
