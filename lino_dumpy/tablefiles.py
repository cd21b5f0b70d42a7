"""Reading a dump's table files: verification and compilation.

restore.py lists every table file with its row count and SHA-256.  The
preflight verifies them all, so a truncated copy (disk full, interrupted
transfer) or a file edited by hand is refused before the database is
touched.  Edits made on purpose are accepted with ``--accept-edited``.
"""
import hashlib
import marshal
import os
import subprocess
import sys

from .compiler import compile_chunks
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
    """Yield the compiled chunks of one table file (see compiler.py);
    syntax errors name the file and line."""
    try:
        yield from compile_chunks(path)
    except SyntaxError as error:
        raise syntax_error(path, error.lineno, error.msg) from error


def syntax_error(path, lineno, message):
    return DumpFormatError(
        "syntax error: %s. The file is damaged; copy the dump again."
        % message, path, lineno)


#: Below this many bytes of table files, compiling in the restoring
#: process is cheaper than starting a worker.
PARALLEL_THRESHOLD = 2 * 1024 * 1024


def compiled_table_files(directory, entries):
    """Yield ``(filename, code)`` for every chunk of every table file, in
    load order.

    Large dumps are compiled by a worker process (see compiler.py) while
    the caller executes the chunks already compiled.
    """
    paths = [os.path.join(directory, entry[0]) for entry in entries]
    size = sum(os.path.getsize(path) for path in paths)
    if size < PARALLEL_THRESHOLD or len(paths) < 2:
        for entry, path in zip(entries, paths):
            for code in compile_table_file(path):
                yield entry[0], code
        return
    yield from compile_in_worker(entries, paths)


def compile_in_worker(entries, paths):
    worker = subprocess.Popen(
        [sys.executable, "-m", "lino_dumpy.compiler"] + paths,
        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    try:
        for index, (entry, path) in enumerate(zip(entries, paths)):
            for code in worker_chunks(worker, index, path):
                yield entry[0], code
    finally:
        worker.kill()
        worker.wait()
        worker.stdout.close()


def worker_chunks(worker, index, path):
    """The chunks of file `index` from the worker (or compiled here if the
    worker is gone)."""
    received = 0
    while True:
        header = worker.stdout.readline().decode("utf-8").split(" ", 3)
        if header[0] == "ok" and int(header[1]) == index:
            received += 1
            yield marshal.loads(worker.stdout.read(int(header[2])))
        elif header[0] == "end" and int(header[1]) == index:
            return
        elif header[0] == "error":
            raise syntax_error(path, int(header[2]) or None,
                               header[3].strip())
        else:
            for number, code in enumerate(compile_table_file(path)):
                if number >= received:
                    yield code
            return
