"""dump2py reads one point in time while another process keeps writing."""
import os
import subprocess
import sys
import time

from tests.conftest import ROOT, VENDOR
from tests.databases import fresh_database_env

# The two legs of a transaction are 30,000 rows apart, so a dump that
# read page by page without one snapshot would tear the pairs that the
# writer updates meanwhile.
FILL = """
from decimal import Decimal
from tests.fieldtypes.models import LedgerEntry
LedgerEntry.objects.bulk_create([
    LedgerEntry(txn=n % 30000 + 1, account=("cash", "bank")[n // 30000],
                amount=(Decimal(n % 30000 % 997) + Decimal("0.25"))
                * (-1 if n >= 30000 else 1))
    for n in range(60000)], batch_size=2000)
"""

INVARIANT = """
from django.db.models import Count, Sum
from tests.fieldtypes.models import LedgerEntry
groups = LedgerEntry.objects.values("txn").annotate(
    total=Sum("amount"), rows=Count("id"))
bad = [g for g in groups if g["total"] != 0 or g["rows"] != 2]
print(LedgerEntry.objects.count(), len(bad))
"""


def start_writer(env, flag):
    open(flag, "w").close()
    return subprocess.Popen(
        [sys.executable, "-u", "-m", "tests.ledger_writer", flag], env=env,
        cwd=ROOT, stdout=subprocess.PIPE, text=True)


def wait_for_commits(writer, count):
    for line in writer.stdout:
        if int(line) >= count:
            return time.monotonic()
    raise AssertionError("the writer stopped before committing")


def test_dump_under_concurrent_writes_is_consistent(project, fresh_env,
                                                   tmp_path):
    project.env.update(fresh_env)
    project.manage("migrate", "--verbosity", "0")
    project.manage("shell", "--no-imports", "-c", FILL)
    flag = str(tmp_path / "writing")
    writer = start_writer(project.env, flag)
    try:
        wait_for_commits(writer, 20)
        started = time.monotonic()
        project.manage("dump2py", str(tmp_path / "d"))
        finished = time.monotonic()
    finally:
        os.remove(flag)
        output, _ = writer.communicate(timeout=60)
    assert writer.returncode == 0
    total_commits = int(output.split()[-1]) if output.split() else 0
    assert total_commits > 20, "the writer must have kept writing"

    restored = fresh_database_env(VENDOR, "dumpy_%d_old" % os.getpid(),
                                  str(tmp_path / "restored.sqlite3"))
    project.env.update(restored)
    project.python(str(tmp_path / "d" / "restore.py"), "--noinput")
    rows, unbalanced = map(int, project.manage(
        "shell", "--no-imports", "-c", INVARIANT).stdout.split())
    assert rows >= 60000 and rows % 2 == 0
    assert unbalanced == 0
    assert finished > started
