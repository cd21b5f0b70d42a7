"""Floors: what parts of lino_dumpy's work cost alone, without the rest.

The native tools move bytes that their server formats and parses in C;
lino_dumpy reads rows into Python values and writes them as Python
source, and reads that source back into Python values.  These
measurements show how much of a target multiple such a part alone
takes (issue 17), each in one process and without a database where it
needs none:

``python -m harness.floor start``
    seconds to start Python and set Django up (every lino_dumpy command
    pays it; a native tool does not).
``python -m harness.floor read DIR``
    CPU seconds to read every row of the lino_dumpy dump DIR with
    lino_dumpy's row reader into the chunks that the restore's workers
    send (parsed values, pickled), without a database: the least CPU
    any restore of this dump spends, shared by its workers.
``python -m harness.floor fetch``
    seconds to fetch every row that a dump reads (the same queries,
    keyset pages and driver values, in one snapshot) without rendering
    any, with the site's settings (``site_django.settings`` unless
    ``DJANGO_SETTINGS_MODULE`` says otherwise; ``DUMPY_DB`` ...).

Each prints one line of JSON.
"""
import argparse
import io
import json
import os
import subprocess
import sys
import time

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "site_django.settings")


def start():
    """Seconds of ``python -c 'django.setup()'`` with the site's settings."""
    started = time.perf_counter()
    subprocess.run([sys.executable, "-c", "import django; django.setup()"],
                   check=True)
    return {"start_seconds": time.perf_counter() - started}


class Discard(io.RawIOBase):
    """A stream that counts the bytes written to it."""

    written = 0

    def writable(self):
        return True

    def write(self, data):
        self.written += len(data)
        return len(data)


def read(directory):
    """CPU seconds of reading the rows of the dump in `directory`."""
    from lino_dumpy.dumpstate import read_dump_state
    from lino_dumpy.restore import rowworker
    from lino_dumpy.restore.rowreader import BASE_HELPERS
    state = read_dump_state(directory)
    spec = {"files": [["%s/%s" % (state.directory, f.filename), f.table]
                      for f in state.files],
            "local": sorted(BASE_HELPERS) + ["dt"],
            "dt": "aware" if state.use_tz else "naive",
            "others": [], "names": sorted(state.model_globals)}
    sink = Discard()
    out = io.BufferedWriter(sink)
    started, cpu = time.perf_counter(), time.process_time()
    rowworker.work(spec, 0, 1, out)
    out.flush()
    return {"read_cpu_seconds": time.process_time() - cpu,
            "read_seconds": time.perf_counter() - started,
            "rows": sum(f.rows for f in state.files),
            "chunk_bytes": sink.written}


def fetch():
    """Seconds of fetching, without rendering, what a dump reads."""
    import django
    django.setup()
    from lino_dumpy.dump.modelwriter import ModelWriter
    from lino_dumpy.dump.reader import TableReader
    from lino_dumpy.dump.snapshot import snapshot
    from lino_dumpy.ordering import stored_models
    started = time.perf_counter()
    rows = 0
    with snapshot("default"):
        for model in stored_models(using="default"):
            fields = ModelWriter(model, None).fields
            for page in TableReader(model, fields, "default").pages():
                rows += len(page)
    return {"fetch_seconds": time.perf_counter() - started, "rows": rows}


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("what", choices=["start", "read", "fetch"])
    parser.add_argument("directory", nargs="?")
    args = parser.parse_args(argv)
    if args.what == "read":
        if not args.directory:
            parser.error("read needs the dump's directory")
        result = read(args.directory)
    else:
        result = start() if args.what == "start" else fetch()
    print(json.dumps(result))


if __name__ == "__main__":
    main()
