"""Compile a trusted table file from the line on that the reader refuses.

A trusted dump (``restore.py``, loaddata) may hold hand edits that the
restricted reader refuses; such a file is compiled and run from that line
on (see trustedrows.py).  Compiling a 50,000-line file at once needs
gigabytes for its syntax tree, and table files are sequences of
independent one-line statements, so a file is compiled in chunks of
CHUNK_LINES lines (each chunk starts at a ``loader.save(`` line, and its
code is then moved to the chunk's line numbers in the file): memory stays
flat whatever the file size.  Small chunks are also faster: compiling 100
lines at a time costs a fifth less per line than 1,000 (measured with
benchmarks/).  Syntax errors name the file and the line.
"""
import types

from ..dumpformat import ROW_PREFIX_BYTES
from ..exceptions import DumpFormatError

CHUNK_LINES = 100
STATEMENT = ROW_PREFIX_BYTES


def compiled_from(path, lineno):
    """Yield the compiled chunks of the file at `path` from line `lineno`
    on."""
    with open(path, "rb") as stream:
        for _ in range(lineno - 1):
            stream.readline()
        for start, chunk in source_chunks(stream):
            try:
                yield compile_chunk(path, start + lineno - 1, chunk)
            except SyntaxError as error:
                raise syntax_error(path, error.lineno, error.msg) from error


def syntax_error(path, lineno, message):
    return DumpFormatError(
        "syntax error: %s. The file is damaged; copy the dump again."
        % message, path, lineno)


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
