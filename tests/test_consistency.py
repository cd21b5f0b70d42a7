"""A dump reflects one point in time, even while another process commits.

The dump is paused after the first page of the ledger (tests/paused_dump.py)
while a writer changes both legs of every transaction in one database
transaction.  The dump must hold the ledger exactly as it was before that
write: a dump that read page by page without one snapshot would hold the
old cash legs and the new bank legs (every pair off by one), and the new
transaction.  On SQLite the dump's read lock makes the writer wait until
the dump is done; on PostgreSQL and MariaDB the writer commits during the
pause.
"""
import subprocess
import sys
import time

from lino_dumpy.restore import restore_directory
from tests.conftest import ROOT
from tests.paused_dump import fill, ledger


def python(project, *args):
    return subprocess.Popen(
        [sys.executable, "-m", "tests.paused_dump"] + list(args),
        env=project.env, cwd=ROOT, stdout=subprocess.PIPE,
        stderr=subprocess.PIPE, text=True)


def wait_for(path, process, timeout=120):
    deadline = time.monotonic() + timeout
    while not path.exists():
        assert process.poll() is None, process.communicate()
        assert time.monotonic() < deadline, "the dump never paused"
        time.sleep(0.05)


def finish(process, timeout=120):
    stdout, stderr = process.communicate(timeout=timeout)
    assert process.returncode == 0, stdout + stderr


def test_a_paused_dump_reflects_one_point_in_time(clean_db, project,
                                                  tmp_path):
    from django.db import connections
    from tests.fieldtypes.models import LedgerEntry
    fill()
    before = ledger()
    connections.close_all()
    paused, resume = tmp_path / "paused", tmp_path / "resume"
    dumper = python(project, "dump", str(tmp_path / "d"), str(paused),
                    str(resume))
    wait_for(paused, dumper)
    writer = python(project, "write")
    try:
        # PostgreSQL and MariaDB commit now; SQLite waits for the dump's
        # read lock (and would give up after its 5 s timeout).
        writer.wait(timeout=2)
    except subprocess.TimeoutExpired:
        pass
    resume.touch()
    finish(dumper)
    finish(writer)
    after = ledger()
    assert len(after) == len(before) + 2
    assert after[0][3] == before[0][3] + 1
    LedgerEntry.objects.using("other").all().delete()
    restore_directory(str(tmp_path / "d"), using="other", interactive=False,
                      verbosity=0)
    assert ledger("other") == before
