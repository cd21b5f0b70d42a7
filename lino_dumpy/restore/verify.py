"""Verifying a dump's table files against what restore.py says of them.

restore.py lists every table file with its row count and SHA-256.  The
preflight verifies them all, so a truncated copy (disk full, interrupted
transfer) or a file edited by hand is refused before the database is
touched.  Edits made on purpose are accepted with ``--accept-edited``.
"""
import hashlib
import os

from ..cli import count_of
from ..dumpformat import ROW_PREFIX_BYTES
from ..exceptions import DumpFormatError


def file_digest(path):
    """SHA-256 and number of row lines of a table file."""
    digest = hashlib.sha256()
    rows = 0
    with open(path, "rb") as stream:
        for line in stream:
            digest.update(line)
            if line.startswith(ROW_PREFIX_BYTES):
                rows += 1
    return digest.hexdigest(), rows


def check_table_files(directory, entries, accept_edited=False):
    """Raise DumpFormatError for a missing, truncated or edited file.

    Entries without a checksum (dumps written by Lino) are only checked
    for existence.
    """
    for filename, label, table, rows, sha256 in entries:
        path = os.path.join(directory, filename)
        if not os.path.isfile(path):
            raise DumpFormatError(
                "the table file of %s is missing. The dump is incomplete; "
                "copy it again or dump again." % label, path)
        if sha256 is None:
            continue
        digest, found = file_digest(path)
        if digest == sha256:
            continue
        if accept_edited:
            continue
        if found != rows:
            problem = "it has %s where the dump wrote %d" % (
                count_of(found, "row"), rows)
        else:
            problem = "its content differs from what the dump wrote"
        raise DumpFormatError(
            "%s (SHA-256 mismatch): the file was truncated or edited. Copy "
            "the dump again, or restore with --accept-edited if you "
            "edited it on purpose." % problem, path)
