"""Write the table files of a dump in worker processes.

Rendering millions of values as Python source keeps one core busy while
the others idle, so on a big database the dump's process plans the table
files and worker processes write them, each inside a transaction that
reads the dump's snapshot (:mod:`lino_dumpy.dump.snapshot`).  The workers are
forked before the dump connects to its database: they start in
milliseconds with Django already set up, and no open connection crosses
the fork (neither SQLite nor the PostgreSQL client allow a connection to
be used by two processes).

``concurrent.futures`` runs the pool: a worker that dies breaks the pool
and the dump fails cleanly, where ``multiprocessing.Pool`` would wait for
its task forever.
"""
import ctypes
import multiprocessing
import os
import signal
import sys
from collections import defaultdict
from concurrent.futures import ProcessPoolExecutor, as_completed
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager
from dataclasses import dataclass

from django.apps import apps
from django.db import connections

from .. import conf
from ..exceptions import DumpError
from ..ordering import model_label, stored_models
from .modelwriter import (
    ModelWriter, TablePart, content_type_names, write_table_file)
from .snapshot import joined_snapshot

#: Below this size of the dumped tables the workers save less time than
#: starting them costs (about 20 ms).
AUTO_MIN_BYTES = 4 * 1024 * 1024

#: More workers than this gain little: the database and the disk limit.
AUTO_MAX_WORKERS = 4

#: prctl() option: a signal for this process when its parent dies (Linux).
PR_SET_PDEATHSIG = 1

#: Databases whose snapshot the workers can share (see
#: lino_dumpy.dump.snapshot).
SHARING_VENDORS = ("sqlite", "postgresql")


def writer_process_count(using):
    """How many workers write the table files of a dump of `using` (0:
    the dump's own process).  DUMPY_DUMP_WORKERS overrides the automatic
    choice, which uses workers on Linux when there are several cores and
    the tables hold more than AUTO_MIN_BYTES."""
    if not can_fork(using):
        return 0
    configured = conf.dump_workers()
    if configured is not None:
        return configured if configured > 1 else 0
    cpus = conf.available_cpus()
    if (not sys.platform.startswith("linux") or cpus < 2
            or tables_bytes(using) < AUTO_MIN_BYTES):
        return 0
    return min(cpus, AUTO_MAX_WORKERS)


def can_fork(using):
    """Whether workers forked now could read the snapshot of `using`."""
    connection = connections[using]
    if "fork" not in multiprocessing.get_all_start_methods():
        return False
    if connection.vendor not in SHARING_VENDORS:
        return False
    if connection.vendor == "sqlite" and connection.is_in_memory_db():
        return False
    # Inside the caller's transaction the connection cannot be closed
    # before the fork.
    return not connection.in_atomic_block


def tables_bytes(using):
    """About how many bytes the tables of `using` hold (cheap to know)."""
    connection = connections[using]
    with connection.cursor() as cursor:
        if connection.vendor == "sqlite":
            pages = []
            for pragma in ("page_count", "freelist_count", "page_size"):
                cursor.execute("PRAGMA %s" % pragma)
                pages.append(cursor.fetchone()[0])
            used, free, size = pages
            return (used - free) * size
        tables = [model._meta.db_table
                  for model in stored_models(using=using)]
        cursor.execute(
            "SELECT coalesce(sum(pg_table_size(c.oid)), 0) FROM pg_class c"
            " WHERE c.relkind = 'r' AND c.relname = ANY(%s)"
            " AND pg_table_is_visible(c.oid)", [tables])
        return cursor.fetchone()[0]


@contextmanager
def dump_workers(using, tolerate=False):
    """DumpWorkers for a dump of `using`, or None when the dump's own
    process writes everything (always with `tolerate`, whose savepoints
    need the table files read in the dump's transaction)."""
    count = 0 if tolerate else writer_process_count(using)
    if count < 2:
        yield None
        return
    workers = DumpWorkers(using, count)
    try:
        yield workers
    finally:
        workers.stop()


@dataclass(frozen=True)
class PartJob:
    """What a worker needs to write one table file."""
    using: str
    token: str
    directory: str
    label: str
    part: TablePart


def write_part(job):
    """Write one table file inside the shared snapshot (in a worker).

    Returns its TableEntry and the labels of the models that its generic
    foreign keys point to.
    """
    try:
        with joined_snapshot(job.using, job.token):
            content_types = content_type_names(job.using)
            writer = ModelWriter(apps.get_model(job.label), content_types)
            part = job.part
            entry = write_table_file(
                job.directory, part.filename, writer,
                writer.lines(job.using, part.after), part.limit,
                part.description)
    finally:
        connections[job.using].close()
    used = content_types.used if content_types else ()
    return entry, sorted(map(model_label, used))


def prepare_worker(parent_pid):
    """Runs first in every worker.

    Ctrl-C is for the dump's process to handle: it cancels the waiting
    table files and waits for the running ones.  When the dump's process
    is killed (OOM killer), its workers die with it instead of waiting
    for work forever.
    """
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if sys.platform.startswith("linux"):
        ctypes.CDLL(None).prctl(PR_SET_PDEATHSIG, signal.SIGKILL)
    if os.getppid() != parent_pid:
        os._exit(1)


class DumpWorkers:
    """A pool of forked processes writing table files."""

    def __init__(self, using, count):
        self.using = using
        self.count = count
        self.token = None
        self.futures = []
        connections[using].close()  # no open connection crosses the fork
        self.executor = ProcessPoolExecutor(
            count, mp_context=multiprocessing.get_context("fork"),
            initializer=prepare_worker, initargs=(os.getpid(),))
        # With fork, the first task starts every worker, now.
        self.executor.submit(int).result()

    def joined(self, token):
        """These workers, reading the snapshot of `token` from now on."""
        self.token = token
        return self

    def submit(self, directory, label, part):
        job = PartJob(self.using, self.token, directory, label, part)
        self.futures.append(self.executor.submit(write_part, job))

    def results(self, written):
        """Wait for every table file; raise the first error of a worker.

        Calls `written` with the rows of each file as it is done.  Returns
        the TableEntries per model label, in the order submitted, and the
        models that generic foreign keys point to.
        """
        try:
            for future in as_completed(self.futures):
                entry, labels = future.result()
                written(entry.rows)
        except BrokenProcessPool as error:
            raise DumpError(
                "A worker process of the dump died (killed, or out of "
                "memory?). Dump again; if it happens again, set "
                "DUMPY_DUMP_WORKERS = 0 to dump in one process.") from error
        entries = defaultdict(list)
        used = set()
        for future in self.futures:
            entry, labels = future.result()
            entries[entry.label].append(entry)
            used.update(apps.get_model(label) for label in labels)
        return entries, used

    def stop(self):
        """Cancel what has not started and wait for what has."""
        self.executor.shutdown(wait=True, cancel_futures=True)
