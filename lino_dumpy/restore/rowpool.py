"""The rows of a dump's table files, read by the restricted reader, in
worker processes for large dumps (see rowworker.py).

:func:`table_file_rows` yields the rows of every table file in load order,
while the workers read ahead.  The values are those of
:func:`~lino_dumpy.restore.rowreader.read_rows` with the same helpers and
names, refusals included.
"""
import io
import json
import os
import pickle
import subprocess
import sys

from .. import conf
from . import runtime
from .rowreader import (BASE_HELPERS, LIMITS, LineReader, located_call,
                        numbered_lines)
from .rowworker import CHUNK_LINES
from .workerpipes import stop, widen_pipe

#: Below this many bytes of table files, reading in the restoring process
#: is cheaper than starting workers.
PARALLEL_THRESHOLD = 2 * 1024 * 1024

#: Two workers read faster than the restoring process loads the rows (on
#: the 100,000-row benchmark, benchmarks/README.md); more would only take
#: memory and cores.
AUTO_WORKERS = 2


def worker_count(paths, workers=None):
    """How many reader workers to start for the files at `paths`.

    `workers` is the site's ``DUMPY_COMPILE_WORKERS`` (0 reads in the
    restoring process); None chooses: no workers for small dumps or
    a single CPU, else AUTO_WORKERS.
    """
    if workers is not None:
        return workers
    size = sum(os.path.getsize(path) for path in paths)
    if size < PARALLEL_THRESHOLD or len(paths) < 2:
        return 0
    return AUTO_WORKERS if conf.available_cpus() > 1 else 0


def local_helpers(helpers):
    """The helper names a worker may evaluate itself: those for which the
    restore uses the standard callable."""
    return sorted(name for name, function in BASE_HELPERS.items()
                  if helpers.get(name) is function)


def site_dt(helpers):
    """``"aware"`` or ``"naive"`` where the restore's ``dt`` is the
    standard one, which a worker evaluates as the site's USE_TZ says (see
    rowreader.SITE_DT); None where it converts time zones (datetimes.py)
    and only the restoring process can call it."""
    if helpers.get("dt") is not runtime.dt:
        return None
    return "aware" if conf.use_tz() else "naive"


def table_file_rows(directory, files, helpers, names, workers=None,
                    renderings=None):
    """Yield ``(filename, table, lineno, args)`` for every row of `files`
    (``(filename, table)`` pairs, in load order) in `directory`; args is
    None for Lino's ``loader.flush_deferred_objects()``.

    `helpers` and `names` are mappings as for read_rows(); they are looked
    up when a row needs them.  `workers` as for worker_count()
    (``DUMPY_COMPILE_WORKERS``; None chooses).  `renderings`, called
    where workers read, gives ``{table: rendering.Rendering}`` of the
    tables whose rows they may render: where a worker renders
    consecutive rows, args is a rendering.RenderedRows of them and lineno
    the first one's.
    """
    paths = [os.path.join(directory, filename) for filename, _ in files]
    pool = RowPool(paths, files, helpers, names,
                   worker_count(paths, workers), renderings)
    try:
        for index, ((filename, table), path) in enumerate(zip(files, paths)):
            for lineno, args in pool.rows(index, path, table):
                yield filename, table, lineno, args
    finally:
        pool.close()


class RowPool:
    """Worker processes that read the chunks of the table files in turns;
    the chunks are received in order.  If a worker is gone, the rest is
    read here."""

    def __init__(self, paths, files, helpers, names, count, renderings):
        self.helpers = helpers
        self.names = names
        # Started first: they import while this process makes their spec
        # (the renderings read the dump's create_ functions).
        self.workers = [subprocess.Popen(
            [sys.executable, "-m", "lino_dumpy.restore.rowworker",
             str(share), str(count)], stdin=subprocess.PIPE,
            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
            for share in range(count)]
        self.slot = 0
        if not self.workers:
            return
        try:
            spec = self.spec(paths, files, renderings() if renderings
                             else {})
        except BaseException:
            self.close()
            raise
        for worker in self.workers:
            worker.stdin.write(spec)
            worker.stdin.close()
            widen_pipe(worker.stdout)

    def spec(self, paths, files, renderings):
        """The workers' SPEC (see rowworker.py), as bytes."""
        local = local_helpers(self.helpers)
        dt = site_dt(self.helpers)
        if dt is not None:
            local.append("dt")
        return json.dumps({
            "files": [[path, table] for path, (_, table) in zip(paths, files)],
            "local": local,
            "dt": dt,
            "others": sorted(set(self.helpers) - set(local)),
            "names": sorted(self.names),
            "renderings": {table: rendering.as_json()
                           for table, rendering in renderings.items()},
        }).encode("utf-8")

    def reader(self, table):
        return LineReader(table, self.helpers, self.names, LIMITS)

    def rows(self, index, path, table):
        """Yield the (lineno, args) of the rows of file `index`."""
        reader = self.reader(table)
        received = 0
        while self.workers:
            stream = self.workers[self.slot % len(self.workers)].stdout
            header = stream.readline().split()
            if len(header) >= 3 and header[0] in (b"ok", b"raw") and \
                    int(header[1]) == index:
                size = int(header[-1])
                data = stream.read(size)
                if len(data) == size:
                    self.slot += 1
                    received += 1
                    if header[0] == b"ok":
                        yield from self.evaluated(pickle.loads(data), path)
                    else:
                        yield from reader.rows(path, numbered_lines(
                            io.BytesIO(data), LIMITS, int(header[2]) - 1))
                    continue
            elif header[:2] == [b"end", b"%d" % index]:
                return
            self.close()
        with open(path, "rb") as stream:
            lines = numbered_lines(stream, LIMITS)
            for _ in range(received * CHUNK_LINES):
                next(lines, None)
            yield from reader.rows(path, lines)

    def evaluated(self, chunk, path):
        """The rows of a chunk from a worker, with its deferred values."""
        rows, deferred = chunk
        for row, column, name, args in deferred:
            lineno, values = rows[row]
            if args is None:
                values[column] = self.names[name]
            else:
                values[column] = located_call(
                    path, lineno, self.helpers[name], *args)
        return rows

    def close(self):
        stop(self.workers)
        self.workers = []
