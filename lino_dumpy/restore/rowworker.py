"""Read table files in worker processes (the restricted reader's workers).

Reading the rows of a large dump costs more CPU than loading them, so
worker processes read the table files while the restoring process loads
the rows already read (see rowpool.py).  A worker imports neither Django
nor the site.

``python -m lino_dumpy.restore.rowworker SHARE WORKERS`` is one of
WORKERS workers; its stdin gives SPEC (JSON), which lists the files
``[path, table]``, the value helpers that the worker evaluates itself
(the standard ones, when the restore uses them unchanged), the other
helper names, the bare names a row may hold (``dt`` is local when the
restore uses the standard one: ``dt`` names its kind by the site's
USE_TZ, see rowreader.SITE_DT) and the renderings of tables whose rows
the worker may render for the database (rendering.py).  The chunks of
CHUNK_LINES lines of all files, in order, are dealt out round-robin;
this worker reads the chunks whose number modulo WORKERS is SHARE and
sends for each, after a header line ``ok FILE_INDEX SIZE``, the pickle
of ``(rows, deferred)``: rows are ``(lineno, args)`` (args a list, None
for Lino's flush line; consecutive rendered rows are one entry
``(lineno, RenderedRows)``), and deferred lists ``(row, column, name,
args)`` for the helper calls and names that only the restoring process
can evaluate (a ``dt`` that converts time zones with the site's
settings; names are models), args None for a name.  A chunk that the
worker cannot send so (a refused line, a helper call inside a list) is
sent as its text, ``raw FILE_INDEX FIRST_LINENO SIZE``, up to the line
at fault, and the worker stops: the restoring process reads that text
itself, which gives the same rows or the same error.  The worker that
owns the slot after the last chunk of a file announces its end, ``end
FILE_INDEX``.
"""
import json
import pickle
import sys

from .rendering import Rendering, RenderedRows, TableRenderer
from .rowreader import (BASE_HELPERS, LIMITS, SITE_DT, LineReader,
                        numbered_lines)
from .workerpipes import send_chunk, send_end, serve

CHUNK_LINES = 200


class Deferred:
    """A helper call or a name that the restoring process evaluates."""

    __slots__ = ("name", "args")

    def __init__(self, name, args):
        self.name = name
        self.args = args


class DeferredValues:
    """The helpers and names of a worker's reader: the local helpers are
    called, the others become Deferred, counted so that the worker knows
    whether all of them are arguments of the row (the restoring process
    replaces only those)."""

    def __init__(self, local, others, names, dt=None):
        self.count = 0
        self.helpers = {name: BASE_HELPERS[name] for name in local
                        if name != "dt"}
        if dt is not None:
            self.helpers["dt"] = SITE_DT[dt]
        #: The helpers that this worker evaluates itself.
        self.local = dict(self.helpers)
        for name in others:
            self.helpers[name] = self.deferred_call(name)
        self.names = DeferredNames(self, names)

    def deferred_call(self, name):
        def call(*args):
            self.count += 1
            return Deferred(name, args)
        call.__name__ = name
        return call


class DeferredNames:
    """The `names` mapping of a worker's reader."""

    def __init__(self, values, names):
        self.values = values
        self.allowed = frozenset(names)

    def __contains__(self, name):
        return name in self.allowed

    def __getitem__(self, name):
        if name not in self.allowed:
            raise KeyError(name)
        self.values.count += 1
        return Deferred(name, None)


class NotSendable(Exception):
    """A chunk whose rows the restoring process must read itself."""


def read_chunk(reader, values, path, lines, renderer=None):
    """``(rows, deferred)`` of the numbered `lines` (see the module
    docstring); NotSendable for a line that is refused or holds a deferred
    value elsewhere than as an argument of the row.  With a `renderer`,
    consecutive rows that it renders are one entry ``(lineno,
    RenderedRows)``."""
    rows = []
    deferred = []
    for lineno, data in lines:
        if renderer is not None:
            rendered = rendered_row(renderer, reader.prefix, data)
            if rendered is not None:
                last = rows[-1][1] if rows else None
                if type(last) is RenderedRows:
                    last.rows.append(rendered)
                else:
                    rows.append((lineno, RenderedRows([rendered])))
                continue
        values.count = 0
        try:
            kind, args = reader.located(path, lineno, data)
        except Exception as error:
            raise NotSendable() from error
        if kind is None:
            continue
        if args is not None:
            args = list(args)
            if values.count:
                marks = [(len(rows), column, value.name, value.args)
                         for column, value in enumerate(args)
                         if type(value) is Deferred]
                if len(marks) != values.count and any(
                        map(holds_deferred, args)):
                    raise NotSendable()
                for mark in marks:
                    args[mark[1]] = None
                deferred.extend(marks)
        rows.append((lineno, args))
    return rows, deferred


def rendered_row(renderer, prefix, data):
    """The bytes of a row line that `renderer` renders, else None."""
    if not data.startswith(prefix):
        return None
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        return None
    return renderer.render(text, len(prefix))


def table_renderer(spec, table, values):
    """The TableRenderer of `table`'s rows, if the spec renders them."""
    rendering = spec.get("renderings", {}).get(table)
    if rendering is None:
        return None
    try:
        return TableRenderer(Rendering.from_json(rendering), values.local)
    except ValueError:  # a helper that the restoring process evaluates
        return None


def holds_deferred(value):
    """Whether a Deferred is inside the list, tuple or dict `value`."""
    if isinstance(value, dict):
        return any(map(holds_deferred, value.keys())) or any(
            map(holds_deferred, value.values()))
    if isinstance(value, (list, tuple)):
        return any(type(item) is Deferred or holds_deferred(item)
                   for item in value)
    return False


def chunks(stream):
    """Yield the lists of numbered lines of the chunks of `stream`."""
    chunk = []
    for numbered in numbered_lines(stream, LIMITS):
        chunk.append(numbered)
        if len(chunk) >= CHUNK_LINES:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def send_raw(out, index, chunk, reader, path):
    """Send `chunk` as text, up to its first line that the reader refuses."""
    lines = []
    for lineno, data in chunk:
        lines.append(data)
        try:
            reader.located(path, lineno, data)
        except Exception:
            break
    data = b"".join(lines)
    out.write(b"raw %d %d %d\n" % (index, chunk[0][0], len(data)))
    out.write(data)
    out.flush()


def work(spec, share, workers, out):
    """Send the rows of this worker's chunks to `out`."""
    slot = 0
    for index, (path, table) in enumerate(spec["files"]):
        values = DeferredValues(spec["local"], spec["others"], spec["names"],
                                spec.get("dt"))
        reader = LineReader(table, values.helpers, values.names, LIMITS)
        renderer = table_renderer(spec, table, values)
        with open(path, "rb") as stream:
            for chunk in chunks(stream):
                if slot % workers == share:
                    try:
                        data = pickle.dumps(read_chunk(
                            reader, values, path, chunk, renderer), 5)
                    except NotSendable:
                        send_raw(out, index, chunk, reader, path)
                        return
                    send_chunk(out, index, data)
                slot += 1
        if slot % workers == share:
            send_end(out, index)


def main(argv):
    spec = json.loads(sys.stdin.buffer.read())
    serve(work, spec, int(argv[0]), int(argv[1]))


if __name__ == "__main__":
    main(sys.argv[1:])
