"""Dumps written by worker processes: the same files as one process
writes, from the same snapshot, and failures that leave nothing behind."""
import errno
import os
import signal
import time

import pytest
from django.db import connection, connections, transaction
from django.test import override_settings

from lino_dumpy.dump import modelwriter, workers as dumpworkers
from lino_dumpy.dump.workers import (DumpWorkers, dump_workers,
                                     writer_process_count)
from lino_dumpy.exceptions import DumpError
from lino_dumpy.dump.writer import dump
from tests.conftest import VENDOR
from tests.fixtures_data import add_many_rows, populate, tree
from tests.test_atomicity import start, wait_for, writing_table_file

SHARES_SNAPSHOTS = VENDOR in ("sqlite", "postgresql")


@pytest.fixture
def populated(clean_db):
    populate()
    add_many_rows(2000)


class SubmittedParts:
    """Records the table files handed to workers (in the dump's process)."""

    def __init__(self, monkeypatch):
        self.files = []
        original = DumpWorkers.submit

        def submit(workers, directory, label, part):
            self.files.append(part.filename)
            return original(workers, directory, label, part)
        monkeypatch.setattr(DumpWorkers, "submit", submit)


def dump_with(workers, target, **options):
    with override_settings(DUMPY_DUMP_WORKERS=workers):
        return dump(target, progress=False, **options)


def test_workers_write_what_one_process_writes(populated, monkeypatch,
                                               tmp_path):
    """Byte for byte the same dump, with tables split into several files
    that different workers write."""
    submitted = SubmittedParts(monkeypatch)
    single = dump_with(0, tmp_path / "single", max_row_count=300)
    assert submitted.files == []
    parallel = dump_with(3, tmp_path / "parallel", max_row_count=300)
    assert tree(tmp_path / "parallel") == tree(tmp_path / "single")
    assert parallel.tables == single.tables
    if SHARES_SNAPSHOTS:
        assert "fieldtypes_everything_7.py" in submitted.files
        assert len(submitted.files) == len(os.listdir(tmp_path / "single")) - 1
    else:  # MariaDB cannot share its snapshot: one process writes
        assert submitted.files == []


def insert_site(domain, timeout):
    """Insert a Site through a connection of its own and commit; return
    None, or the error of the database (a SQLite reader blocks it)."""
    params = connection.get_connection_params()
    if VENDOR == "sqlite":
        params["timeout"] = timeout
    raw = connection.get_new_connection(params)
    quote = connection.ops.quote_name
    try:
        cursor = raw.cursor()
        cursor.execute("INSERT INTO %s (%s, %s) VALUES ('%s', 'late')" % (
            quote("django_site"), quote("domain"), quote("name"), domain))
        raw.commit()
    except connection.Database.OperationalError as error:
        return error
    finally:
        raw.close()
    return None


@pytest.mark.skipif(not SHARES_SNAPSHOTS,
                    reason="MariaDB dumps are written by one process")
def test_workers_read_the_snapshot_of_the_dump(populated, monkeypatch,
                                               tmp_path):
    """A row committed after the dump took its snapshot is in no table
    file, although the workers start reading only after that commit."""
    from django.contrib.sites.models import Site
    dump_with(0, tmp_path / "before")
    errors = []
    original = DumpWorkers.joined

    def joined(workers, token):
        errors.append(insert_site("late.example.com", timeout=0.2))
        return original(workers, token)
    monkeypatch.setattr(DumpWorkers, "joined", joined)
    dump_with(2, tmp_path / "during")
    assert tree(tmp_path / "during") == tree(tmp_path / "before")
    error, = errors
    if VENDOR == "postgresql":
        assert error is None  # committed beside the dump's snapshot
    else:
        # SQLite: nobody commits while the dump holds its shared lock.
        assert "locked" in str(error)
        assert insert_site("late.example.com", timeout=5) is None
    assert Site.objects.filter(domain="late.example.com").exists()


@pytest.fixture
def failing_worker(monkeypatch):
    """Makes the worker that renders the 100th row of Everything call
    `action` (a function of no arguments) there."""
    dumping_process = os.getpid()
    original = modelwriter.ModelWriter.render_row
    calls = {"action": None, "rows": 0}

    def render_row(writer, row):
        if (writer.label == "fieldtypes.Everything"
                and os.getpid() != dumping_process):
            calls["rows"] += 1
            if calls["rows"] == 100:
                calls["action"]()
        return original(writer, row)
    monkeypatch.setattr(modelwriter.ModelWriter, "render_row", render_row)

    def arm(action):
        calls["action"] = action
    return arm


def assert_nothing_written(tmp_path, *kept):
    assert sorted(os.listdir(tmp_path)) == sorted(kept)


@pytest.mark.skipif(not SHARES_SNAPSHOTS,
                    reason="MariaDB dumps are written by one process")
def test_an_error_in_a_worker_leaves_no_trace(populated, failing_worker,
                                              tmp_path):
    def fail():
        raise ValueError("cannot render this row")
    failing_worker(fail)
    with pytest.raises(ValueError, match="cannot render this row"):
        dump_with(2, tmp_path / "dump", max_row_count=500)
    assert_nothing_written(tmp_path)


@pytest.mark.skipif(not SHARES_SNAPSHOTS,
                    reason="MariaDB dumps are written by one process")
def test_a_full_disk_in_a_worker_leaves_no_trace(populated, failing_worker,
                                                 tmp_path):
    def fail():
        raise OSError(errno.ENOSPC, "No space left on device")
    failing_worker(fail)
    dump_with(0, tmp_path / "dump")
    before = tree(tmp_path / "dump")
    with pytest.raises(DumpError, match="disk is full"):
        dump_with(2, tmp_path / "dump", overwrite=True, max_row_count=500)
    assert tree(tmp_path / "dump") == before
    assert_nothing_written(tmp_path, "dump")


@pytest.mark.skipif(not SHARES_SNAPSHOTS,
                    reason="MariaDB dumps are written by one process")
def test_a_killed_worker_fails_the_dump_cleanly(populated, failing_worker,
                                                tmp_path):
    failing_worker(lambda: os.kill(os.getpid(), signal.SIGKILL))
    with pytest.raises(DumpError, match="worker process of the dump died"):
        dump_with(2, tmp_path / "dump", max_row_count=500)
    assert_nothing_written(tmp_path)


def group_ended(pgid, timeout=30):
    """Whether every process of group `pgid` ends within `timeout`."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            os.killpg(pgid, 0)
        except ProcessLookupError:
            return True
        time.sleep(0.05)
    return False


@pytest.fixture
def large(clean_db):
    """A table big enough that dump2py is still writing it when a test
    interrupts it."""
    add_many_rows(64000)
    connections.close_all()


@pytest.mark.parametrize("sig", [signal.SIGINT, signal.SIGKILL])
def test_interrupted_dump2py_takes_its_workers_along(large, project,
                                                     tmp_path, sig):
    """Ctrl-C (to the process group, as a terminal sends it) ends dump2py
    without a trace; SIGKILL of dump2py alone (the OOM killer) kills its
    workers too, instead of leaving them waiting for work.  (On MariaDB
    dump2py works alone, and must end as cleanly.)"""
    target = tmp_path / "dump"
    process = start(project, ["-m", "django", "dump2py", str(target)],
                    DUMPY_DUMP_WORKERS="2")
    wait_for(writing_table_file(tmp_path, "dump", "fieldtypes_everything"),
             process, "dump2py writes fieldtypes_everything")
    if sig == signal.SIGINT:
        os.killpg(process.pid, sig)
        code = process.wait(timeout=120)
        stdout, stderr = process.communicate(timeout=10)
        assert code == 130, (code, stdout, stderr)
        assert "Interrupted: nothing at %s has changed" % target in stderr
        assert "Traceback" not in stderr, stderr
        assert_nothing_written(tmp_path)
    else:
        process.send_signal(sig)
        assert process.wait(timeout=120) == -signal.SIGKILL
        assert not target.exists()
    assert group_ended(process.pid), "a worker outlived dump2py"


def test_workers_only_where_they_can_share_the_snapshot(clean_db,
                                                        monkeypatch):
    """Automatic: on a big enough database with several cores, and only
    on the backends that can share a snapshot; never inside the caller's
    transaction nor for a --tolerate dump."""
    monkeypatch.setattr(os, "sched_getaffinity", lambda pid: set(range(8)))
    assert writer_process_count("default") == 0  # a small test database
    monkeypatch.setattr(dumpworkers, "AUTO_MIN_BYTES", 0)
    expected = dumpworkers.AUTO_MAX_WORKERS if SHARES_SNAPSHOTS else 0
    assert writer_process_count("default") == expected
    with override_settings(DUMPY_DUMP_WORKERS=3):
        assert writer_process_count("default") == (3 if SHARES_SNAPSHOTS else 0)
        with transaction.atomic():
            assert writer_process_count("default") == 0
        with dump_workers("default", tolerate=True) as workers:
            assert workers is None
    with override_settings(DUMPY_DUMP_WORKERS=1):
        assert writer_process_count("default") == 0
