"""Reading a dump's table files: verification and compilation.

restore.py lists every table file with its row count and SHA-256.  The
preflight verifies them all, so a truncated copy (disk full, interrupted
transfer) or a file edited by hand is refused before the database is
touched.  Edits made on purpose are accepted with ``--accept-edited``.
"""
import hashlib
import os

from .exceptions import DumpFormatError

ROW_PREFIX = b"loader.save("


def file_digest(path):
    """SHA-256 and number of row lines of a table file."""
    digest = hashlib.sha256()
    rows = 0
    with open(path, "rb") as stream:
        for line in stream:
            digest.update(line)
            if line.startswith(ROW_PREFIX):
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
            problem = "it has %d rows where the dump wrote %d" % (found, rows)
        else:
            problem = "its content differs from what the dump wrote"
        raise DumpFormatError(
            "%s (SHA-256 mismatch): the file was truncated or edited. Copy "
            "the dump again, or restore with --accept-edited if you "
            "edited it on purpose." % problem, path)


def compile_table_file(path):
    """Compile one table file; syntax errors name the file and line."""
    with open(path, "rb") as stream:
        source = stream.read()
    try:
        return compile(source, path, "exec", dont_inherit=True)
    except SyntaxError as error:
        raise DumpFormatError(
            "syntax error: %s. The file is damaged; copy the dump again."
            % error.msg, path, error.lineno) from error


def compiled_table_files(directory, entries):
    """Yield ``(filename, code)`` for every table file, in load order."""
    for entry in entries:
        path = os.path.join(directory, entry[0])
        yield entry[0], compile_table_file(path)
