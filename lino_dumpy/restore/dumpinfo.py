"""What a dump's ``restore.py`` says about itself, read as data.

The restore and ``loaddata`` decide whether they can read a dump, and
``loaddata`` whether an ``x.py`` fixture is a table file of a dump, before
any code of the dump runs: a ``restore.py`` found next to a fixture may be
anything, and importing it would run it.  So the constants are read from
the syntax tree (``ast.literal_eval``), never by importing the file.
"""
import os

from .. import __version__, dumpformat
from ..dumpstate import literal_constants, parse_file
from ..exceptions import DumpFormatError

def read_dump_constants(path):
    """The literal constants that the restore.py at `path` assigns.

    Raises DumpFormatError when the file cannot be read or parsed.
    Constants that are not literals (or missing) are left out.
    """
    return literal_constants(parse_file(path))


def check_dump_format(dump_format, restore_py):
    """Refuse a dump written in a newer format than this version reads.

    The one check of the format, for the restore and for loaddata.
    """
    if dump_format is None:
        dump_format = 1
    newest = dumpformat.DUMP_FORMAT
    if not isinstance(dump_format, int) or dump_format > newest:
        raise DumpFormatError(
            "the dump is in format %s, which this lino_dumpy (%s) cannot "
            "read: it reads formats up to %s. Install the lino_dumpy that "
            "wrote the dump, or a newer one, and restore again."
            % (dump_format, __version__, newest), restore_py)


def check_restore_py(restore_py):
    """Read the constants of a dump and refuse a format too new."""
    constants = read_dump_constants(restore_py)
    check_dump_format(constants.get("DUMP_FORMAT"), restore_py)
    return constants


def lists_table_file(restore_py, path):
    """True if the dump whose restore.py is `restore_py` lists the table
    file `path` in its TABLE_FILES (read as data, never imported)."""
    try:
        constants = read_dump_constants(restore_py)
    except DumpFormatError:
        return False
    entries = constants.get("TABLE_FILES")
    if not isinstance(entries, (list, tuple)):
        return False
    name = os.path.basename(path)
    return any(isinstance(entry, (list, tuple)) and entry and
               entry[0] == name for entry in entries)
