"""The pipes between the restoring process and its reader workers.

A worker (:mod:`.rowworker`) writes each chunk of rows to its stdout
after a header line, ``ok FILE_INDEX SIZE``, and announces the end of a
file with ``end FILE_INDEX``; the restoring process (:mod:`.rowpool`)
reads the workers in turns.  Both sides are here so that they keep to the
same protocol.  This module imports neither Django nor the site: the
workers import it.
"""
import signal
import sys


def send_chunk(out, index, data):
    """Send the bytes of a chunk of file `index` after its header."""
    out.write(b"ok %d %d\n" % (index, len(data)))
    out.write(data)
    out.flush()


def send_end(out, index):
    out.write(b"end %d\n" % index)
    out.flush()


def serve(work, *args):
    """Run ``work(*args, stdout)`` in a worker process."""
    # Ctrl-C is for the restoring process, which stops the workers itself.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        work(*args, sys.stdout.buffer)
        sys.stdout.flush()
    except BrokenPipeError:
        return


#: Bytes a worker may read ahead (Linux's default limit for a pipe).
PIPE_SIZE = 1024 * 1024


def widen_pipe(stream):
    """Let a worker run PIPE_SIZE bytes ahead instead of the default 64 KB
    (a chunk or two), so that it keeps reading while the restoring process
    loads the rows before (Linux only)."""
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
