"""Run one tool as its own process and measure wall time and peak RSS.

Each measured command is a fresh child process, reaped with ``os.wait4``:
the kernel then reports the peak resident set size of that child (or of
the largest process among the children it waited for), so the peaks of
two tools never mix, which ``getrusage(RUSAGE_CHILDREN)`` of the harness
would do.

A tool may run helper processes at the same time (lino_dumpy's restore
compiles table files in a worker), and then the memory it needs is the
*sum* over its process tree, which no rusage reports.  A sampler thread
therefore also adds up the RSS of the whole tree every 0.1 s.
"""

import os
import subprocess
import threading
import time
from dataclasses import dataclass

SAMPLE_SECONDS = 0.1
PAGE_KB = os.sysconf("SC_PAGE_SIZE") // 1024


@dataclass
class Measurement:
    """One run of one command."""

    seconds: float
    peak_rss_kb: int
    returncode: int
    log_path: str
    tree_peak_rss_kb: int = 0
    # User + system CPU of the process and the children it waited for
    # (e.g. lino_dumpy's compiler worker): less sensitive than wall time
    # to other load on a shared machine.
    cpu_seconds: float = 0.0

    @property
    def ok(self):
        return self.returncode == 0

    @property
    def peak_rss_mb(self):
        """Largest single process (exact, from the kernel)."""
        return self.peak_rss_kb / 1024

    @property
    def tree_rss_mb(self):
        """Whole process tree (sampled), never below the single peak."""
        return max(self.tree_peak_rss_kb, self.peak_rss_kb) / 1024

    def log_tail(self, lines=12):
        """The last lines of the command's output: the error of a failure."""
        with open(self.log_path, encoding="utf-8", errors="replace") as log:
            return "".join(log.readlines()[-lines:]).rstrip()


def measure(argv, env, cwd, log_path):
    """Run `argv` to completion; its stdout and stderr go to `log_path`."""
    with open(log_path, "w") as log:
        started = time.monotonic()
        process = subprocess.Popen(
            argv, env=env, cwd=cwd, stdin=subprocess.DEVNULL, stdout=log,
            stderr=subprocess.STDOUT)
        sampler = TreeSampler(process.pid)
        sampler.start()
        _, status, usage = os.wait4(process.pid, 0)
        seconds = time.monotonic() - started
        sampler.stop()
    # Tell Popen the child is reaped, so that it never waits for it again.
    process.returncode = os.waitstatus_to_exitcode(status)
    # ru_maxrss is in kilobytes on Linux.
    return Measurement(seconds, usage.ru_maxrss, process.returncode,
                       str(log_path), sampler.peak_kb,
                       usage.ru_utime + usage.ru_stime)


class TreeSampler(threading.Thread):
    """Records the highest total RSS of a process and its descendants."""

    def __init__(self, root):
        super().__init__(daemon=True)
        self.root = root
        self.peak_kb = 0
        self.done = threading.Event()

    def run(self):
        while not self.done.wait(SAMPLE_SECONDS):
            self.peak_kb = max(self.peak_kb, tree_rss_kb(self.root))

    def stop(self):
        self.done.set()
        self.join()


def tree_rss_kb(root):
    """Sum of the RSS of `root` and all its descendants, from /proc."""
    children = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            parent = parent_pid(entry)
            if parent is not None:
                children.setdefault(parent, []).append(int(entry))
    total, stack = 0, [root]
    while stack:
        pid = stack.pop()
        total += rss_kb(pid)
        stack.extend(children.get(pid, ()))
    return total


def parent_pid(pid):
    try:
        with open("/proc/%s/stat" % pid, "rb") as stat:
            # The command name may contain spaces; fields follow its ")".
            return int(stat.read().rsplit(b")", 1)[1].split()[1])
    except (OSError, IndexError, ValueError):
        return None


def rss_kb(pid):
    try:
        with open("/proc/%d/statm" % pid, "rb") as statm:
            return int(statm.read().split()[1]) * PAGE_KB
    except (OSError, IndexError, ValueError):
        return 0


def run_checked(argv, env, cwd):
    """Run an unmeasured preparation step; raise with its output on failure."""
    result = subprocess.run(argv, env=env, cwd=cwd, capture_output=True,
                            text=True, stdin=subprocess.DEVNULL)
    if result.returncode:
        raise RuntimeError("%s failed (exit %d):\n%s%s" % (
            " ".join(argv), result.returncode, result.stdout[-2000:],
            result.stderr[-3000:]))
    return result.stdout
