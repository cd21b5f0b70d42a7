"""Compiling a dump's table files, here or in worker processes.

Compiling is most of a restore's cost.  A large dump is compiled by
worker processes (each runs :mod:`.compiler`) while the restoring process
executes the chunks already compiled; a small one is compiled here.
Syntax errors name the file and the line.
"""
import marshal
import os
import subprocess
import sys

from .. import conf
from ..exceptions import DumpFormatError
from .compiler import compile_chunks


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
#: process is cheaper than starting workers.
PARALLEL_THRESHOLD = 2 * 1024 * 1024

#: Two workers compile faster than the restoring process loads the rows
#: (measured on the 100,000-row benchmark: 4.1 s of CPU to compile, 2.8 s
#: in the restoring process); more would only take memory and cores.
AUTO_WORKERS = 2


def compiler_process_count(paths, workers=None):
    """How many compiler workers to start for the files at `paths`.

    `workers` is the site's ``DUMPY_COMPILE_WORKERS`` (0 compiles in the
    restoring process); None chooses: no workers for small dumps or
    a single CPU, else AUTO_WORKERS.
    """
    if workers is not None:
        return workers
    size = sum(os.path.getsize(path) for path in paths)
    if size < PARALLEL_THRESHOLD or len(paths) < 2:
        return 0
    return AUTO_WORKERS if conf.available_cpus() > 1 else 0


def compiled_table_files(directory, entries, workers=None):
    """Yield ``(filename, code)`` for every chunk of every table file, in
    load order.

    Large dumps are compiled by worker processes (see compiler.py) while
    the caller executes the chunks already compiled.
    """
    paths = [os.path.join(directory, entry[0]) for entry in entries]
    pool = CompilerPool(paths, compiler_process_count(paths, workers))
    try:
        for index, (entry, path) in enumerate(zip(entries, paths)):
            for code in pool.chunks(index, path):
                yield entry[0], code
    finally:
        pool.close()


#: Bytes a worker may compile ahead (Linux's default limit for a pipe).
PIPE_SIZE = 1024 * 1024


def widen_pipe(stream):
    """Let a worker run PIPE_SIZE bytes ahead instead of the default 64 KB
    (about one chunk), so that it keeps compiling while the restoring
    process executes the chunks before (Linux only)."""
    try:
        import fcntl
        fcntl.fcntl(stream.fileno(), fcntl.F_SETPIPE_SZ, PIPE_SIZE)
    except (ImportError, AttributeError, OSError):
        pass


class CompilerPool:
    """Worker processes that compile the chunks of the table files in
    turns; the chunks are received in order.  If a worker is gone, the
    rest is compiled here."""

    def __init__(self, paths, count):
        self.workers = [subprocess.Popen(
            [sys.executable, "-m", "lino_dumpy.restore.compiler", str(share),
             str(count)] + paths,
            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
            for share in range(count)]
        for worker in self.workers:
            widen_pipe(worker.stdout)
        self.slot = 0

    def chunks(self, index, path):
        """Yield the code objects of the chunks of file `index`."""
        received = 0
        while self.workers:
            stream = self.workers[self.slot % len(self.workers)].stdout
            header = stream.readline().decode("utf-8").split(" ", 3)
            if header[0] == "ok" and int(header[1]) == index:
                data = stream.read(int(header[2]))
                if len(data) == int(header[2]):
                    self.slot += 1
                    received += 1
                    yield marshal.loads(data)
                    continue
            elif header[0] == "end" and int(header[1]) == index:
                return
            elif header[0] == "error":
                raise syntax_error(path, int(header[2]) or None,
                                   header[3].strip())
            self.close()
        for number, code in enumerate(compile_table_file(path)):
            if number >= received:
                yield code

    def close(self):
        stop(self.workers)
        self.workers = []


def stop(workers):
    """End the worker processes `workers` (they may be done already)."""
    for worker in workers:
        worker.kill()
        worker.wait()
        worker.stdout.close()
