"""Compile a dump's table files in chunks, here or in a worker process.

Compiling the Python source of the table files is most of a restore's
cost, and compiling a 50,000-line file at once needs gigabytes for its
syntax tree.  Table files are sequences of independent one-line
statements, so they are compiled in chunks of CHUNK_LINES lines (each
chunk starts at a ``loader.save(`` line; leading newlines keep the line
numbers of messages right): memory stays flat whatever the file size.

``python -m lino_dumpy.compiler FILE...`` compiles the files in order and
sends each chunk's code object (marshal format) through its stdout after
a header line ``ok FILE_INDEX SIZE``; ``end FILE_INDEX`` closes a file and
``error FILE_INDEX LINE MESSAGE`` reports a syntax error.  The restoring
process executes one chunk while the next ones are being compiled.  The
worker imports neither Django nor the site, and leaves nothing behind: if
the restore dies, the worker's next write fails and it ends.
"""
import marshal
import signal
import sys

CHUNK_LINES = 2000
STATEMENT = b"loader.save("


def source_chunks(source):
    """Yield ``(first line index, source)`` of the chunks of a file."""
    lines = source.splitlines(keepends=True)
    start = 0
    while start < len(lines):
        end = min(start + CHUNK_LINES, len(lines))
        while end < len(lines) and not lines[end].startswith(STATEMENT):
            end += 1
        yield start, b"".join(lines[start:end])
        start = end


def compile_chunks(path):
    """Yield the code objects of the chunks of the file at `path`."""
    with open(path, "rb") as stream:
        source = stream.read()
    for start, chunk in source_chunks(source):
        yield compile(b"\n" * start + chunk, path, "exec", dont_inherit=True)


def main(paths):
    # Ctrl-C is for the restoring process, which stops this worker itself.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    out = sys.stdout.buffer
    try:
        for index, path in enumerate(paths):
            try:
                for code in compile_chunks(path):
                    data = marshal.dumps(code)
                    out.write(b"ok %d %d\n" % (index, len(data)))
                    out.write(data)
                    out.flush()
            except SyntaxError as error:
                out.write(("error %d %s %s\n" % (
                    index, error.lineno or 0, error.msg)).encode("utf-8"))
                out.flush()
                return
            out.write(b"end %d\n" % index)
            out.flush()
    except BrokenPipeError:
        return


if __name__ == "__main__":
    main(sys.argv[1:])
