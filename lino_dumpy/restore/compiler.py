"""Compile a dump's table files in chunks, here or in worker processes.

Compiling the Python source of the table files is most of a restore's
cost, and compiling a 50,000-line file at once needs gigabytes for its
syntax tree.  Table files are sequences of independent one-line
statements, so they are compiled in chunks of CHUNK_LINES lines (each
chunk starts at a ``loader.save(`` line, and its code is then moved to
the chunk's line numbers in the file): memory stays flat whatever the
file size.  Small chunks are also faster: compiling 100 lines at a time
costs a fifth less per line than 1,000 (measured with benchmarks/).

``python -m lino_dumpy.restore.compiler SHARE WORKERS FILE...`` is one
of WORKERS workers.  The chunks of all files, in order, form one
sequence of slots dealt out round-robin: this worker compiles the slots whose number modulo
WORKERS is SHARE and sends each chunk's code object (marshal format)
through its stdout after a header line ``ok FILE_INDEX SIZE``.  The
worker that owns the slot after the last chunk of a file announces the
file's end with ``end FILE_INDEX``; ``error FILE_INDEX LINE MESSAGE``
reports a syntax error.  The restoring process reads the slots in order,
so it executes one chunk while the next ones are being compiled.  A
worker imports neither Django nor the site, and leaves nothing behind:
if the restore dies, the worker's next write fails and it ends.
"""
import signal
import sys
import types

from ..dumpformat import ROW_PREFIX_BYTES

CHUNK_LINES = 100
STATEMENT = ROW_PREFIX_BYTES


def source_chunks(stream):
    """Yield ``(first line index, source)`` of the chunks of the binary
    `stream` of a table file, reading it line by line."""
    chunk = []
    start = 0
    for number, line in enumerate(stream):
        if len(chunk) >= CHUNK_LINES and line.startswith(STATEMENT):
            yield start, b"".join(chunk)
            chunk = []
            start = number
        chunk.append(line)
    if chunk:
        yield start, b"".join(chunk)


def compile_chunk(path, start, chunk):
    """The code of a chunk of the file at `path` that starts after its
    first `start` lines, with the line numbers of the file."""
    try:
        code = compile(chunk, path, "exec", dont_inherit=True)
    except SyntaxError as error:
        if error.lineno:
            error.lineno += start
        raise
    return moved_down(code, start)


def moved_down(code, lines):
    """`code`, and the code objects it holds, `lines` lines further down."""
    consts = tuple(
        moved_down(const, lines) if isinstance(const, types.CodeType)
        else const for const in code.co_consts)
    return code.replace(co_firstlineno=code.co_firstlineno + lines,
                        co_consts=consts)


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
