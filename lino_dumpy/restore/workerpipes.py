"""Compiling a dump's table files, here or in worker processes.

Compiling is most of a restore's cost.  A large dump is compiled by
worker processes (each runs :mod:`.compiler`) while the restoring process
executes the chunks already compiled; a small one is compiled here.
Syntax errors name the file and the line.
"""
import os

from .. import conf
from ..exceptions import DumpFormatError


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


def stop(workers):
    """End the worker processes `workers` (they may be done already)."""
    for worker in workers:
        worker.kill()
        worker.wait()
        worker.stdout.close()
