"""One benchmark run: sources, then every tool's dump and restore.

For each backend the runner generates the data once per site (the plain
Django site, and the Lino site when Lino is measured), then repeats, for
every tool in turn, a dump into a new file or directory and a restore of
that dump into a new database.  Tools take turns inside each repetition
so that a slow phase of the machine hits them all alike.  Each restore is
checked afterwards by counting the rows it loaded (untimed).
"""

import json
import os
import shutil
import statistics
import sys
import time
from dataclasses import dataclass, field

from .databases import BACKENDS
from .measure import measure, run_checked
from .tools import TOOLS, Context, LinoOwn, disk_size


@dataclass
class OpResult:
    """All runs of one operation (dump or restore) of one tool."""

    backend: str
    tool: str
    op: str
    rows: int
    runs: list = field(default_factory=list)
    sizes: list = field(default_factory=list)
    notes: list = field(default_factory=list)
    errors: list = field(default_factory=list)

    @property
    def ok_runs(self):
        return [run for run in self.runs if run.ok]

    @property
    def median_seconds(self):
        ok = self.ok_runs
        return statistics.median(run.seconds for run in ok) if ok else None

    @property
    def median_cpu_seconds(self):
        ok = self.ok_runs
        return statistics.median(run.cpu_seconds for run in ok) if ok else None

    @property
    def rows_per_second(self):
        seconds = self.median_seconds
        return self.rows / seconds if seconds else None

    @property
    def peak_rss_mb(self):
        """The highest single-process peak of all runs: memory targets are
        upper bounds."""
        ok = self.ok_runs
        return max(run.peak_rss_mb for run in ok) if ok else None

    @property
    def tree_rss_mb(self):
        """The highest peak of the whole process tree over all runs."""
        ok = self.ok_runs
        return max(run.tree_rss_mb for run in ok) if ok else None

    def as_dict(self):
        return {
            "backend": self.backend, "tool": self.tool, "op": self.op,
            "rows": self.rows, "median_seconds": self.median_seconds,
            "median_cpu_seconds": self.median_cpu_seconds,
            "rows_per_second": self.rows_per_second,
            "peak_rss_mb": self.peak_rss_mb,
            "tree_rss_mb": self.tree_rss_mb,
            "runs": [{"seconds": run.seconds, "peak_rss_kb": run.peak_rss_kb,
                      "tree_peak_rss_kb": run.tree_peak_rss_kb,
                      "cpu_seconds": run.cpu_seconds,
                      "returncode": run.returncode} for run in self.runs],
            "sizes_bytes": self.sizes, "notes": self.notes,
            "errors": self.errors,
        }


@dataclass
class Options:
    rows: int = 100_000
    seed: int = 1
    repeat: int = 3
    lino_repeat: int = 1
    backends: tuple = ("sqlite",)
    tools: tuple = tuple(TOOLS)
    workdir: str = None
    profile: bool = False
    profile_path: str = None
    profile_op: str = "restore"


class BenchmarkRun:
    """Runs the whole benchmark and collects OpResults."""

    def __init__(self, options):
        self.options = options
        self.ctx = Context(options.workdir)
        self.run_id = "%d" % os.getpid()
        self.results = {}
        self.sources = {}
        self.source_digests = {}
        self.skipped = {}
        self.profile = None
        os.makedirs(os.path.join(options.workdir, "logs"), exist_ok=True)

    def say(self, message):
        sys.stderr.write("%s\n" % message)
        sys.stderr.flush()

    def run(self):
        for name in self.options.backends:
            backend = BACKENDS[name](self.run_id, self.options.workdir)
            reason = backend.unreachable_reason()
            if reason:
                self.skipped[name] = reason
                self.say("Skipping %s: %s" % (name, reason))
                continue
            try:
                self.run_backend(backend)
            finally:
                backend.drop_all()
        return list(self.results.values())

    # -- the steps ----------------------------------------------------

    def run_backend(self, backend):
        tools = []
        for key in self.options.tools:
            tool = TOOLS[key]
            if backend.name not in tool.backends:
                self.say("[%s] %s runs on %s only; skipped." % (
                    backend.name, tool.label, ", ".join(tool.backends)))
                continue
            tool = tool.for_backend(backend.name)
            missing = tool.missing_clients()
            if missing:
                self.say("[%s] %s skipped: %s not installed." % (
                    backend.name, tool.label, ", ".join(missing)))
                continue
            tools.append(tool)
        sources = {site: self.make_source(backend, site)
                   for site in sorted({tool.site for tool in tools})}
        for repetition in range(self.options.repeat):
            for tool in tools:
                self.run_tool(backend, tool, sources[tool.site], repetition)
        if self.options.profile and self.profile is None and (
                "lino_dumpy" in self.options.tools):
            self.profile_restore(backend, sources["site_django"])

    def make_source(self, backend, site):
        """A database of `site` filled with the benchmark's rows."""
        database = backend.create(site.replace("site_", "src_"))
        env = self.ctx.env(database, site + ".settings")
        migrate = ["migrate", "-v", "0"]
        if site == "site_lino":
            migrate.append("--run-syncdb")  # Lino's apps have no migrations
        run_checked(self.ctx.manage(site, *migrate), env, self.ctx.workdir)
        started = time.monotonic()
        output = run_checked(self.ctx.manage(
            site, "generate_bench", "--rows", str(self.options.rows),
            "--seed", str(self.options.seed)), env, self.ctx.workdir)
        seconds = time.monotonic() - started
        counts = json.loads(output.strip().splitlines()[-1])
        self.sources[(backend.name, site)] = {
            "counts": counts, "generate_seconds": seconds}
        self.say("[%s] generated %d rows for %s in %.1f s" % (
            backend.name, sum(counts.values()), site, seconds))
        return database, counts

    def result(self, backend, tool, op, rows):
        key = (backend.name, tool.key, op)
        if key not in self.results:
            self.results[key] = OpResult(backend.name, tool.key, op, rows)
        return self.results[key]

    def run_tool(self, backend, tool, source, repetition):
        database, counts = source
        if (backend.name, tool.site) not in self.source_digests:
            self.source_digests[backend.name, tool.site] = self.digest(
                database)
        tag = "%s-%d" % (backend.name, repetition + 1)
        path = tool.dump_path(self.ctx, tag)
        result = self.result(backend, tool, "dump", sum(counts.values()))
        if self.measure_step(result, tool.dump_command(self.ctx, path),
                             self.ctx.env(database, tool.settings), tag):
            result.sizes.append(disk_size(path))
            repeats = (self.options.lino_repeat if isinstance(tool, LinoOwn)
                       else self.options.repeat)
            if repetition < repeats:
                self.restore(backend, tool, path, counts, repetition)
        if not self.keep_for_profile(backend, tool, repetition):
            remove(path)

    def restore(self, backend, tool, path, counts, repetition):
        note = tool.prepare_restore(path)
        expected = tool.expected_counts(counts)
        if isinstance(tool, LinoOwn) and repetition == 0:
            self.probe_full_lino_restore(backend, tool, path, counts)
        commands = list(tool.restore_commands(self.ctx, path).items())
        if repetition % 2:
            # Alternate the order, so that no restore always runs second
            # (warm page cache) on a machine whose load changes.
            commands.reverse()
        for op, argv in commands:
            result = self.result(backend, tool, op, sum(expected.values()))
            if note and note not in result.notes:
                result.notes.append(note)
            self.restore_once(backend, tool, result, argv, expected,
                              repetition)

    def restore_once(self, backend, tool, result, argv, expected,
                     repetition):
        """One restore into a new database, counted and compared."""
        target = self.fresh_target(backend, tool)
        env = self.ctx.env(target, tool.settings)
        if self.measure_step(result, argv,
                             env, "%s-%d" % (backend.name, repetition + 1)):
            self.verify(result, target, expected)
            self.compare_values(result, tool, target, expected,
                                self.source_digests[backend.name, tool.site])
        backend.drop(target)

    def probe_full_lino_restore(self, backend, tool, path, counts):
        """Lino's restore of the complete dump, once: where it fails."""
        result = self.result(backend, tool, "restore (full dump)",
                             sum(counts.values()))
        target = self.fresh_target(backend, tool)
        self.measure_step(result, tool.full_restore_command(self.ctx, path),
                          self.ctx.env(target, tool.settings), "probe",
                          expect_failure=True)
        backend.drop(target)

    def fresh_target(self, backend, tool):
        target = backend.create("%s_target" % tool.key)
        if tool.restore_needs_schema:
            run_checked(self.ctx.manage("site_django", "migrate", "-v", "0"),
                        self.ctx.env(target), self.ctx.workdir)
        return target

    def measure_step(self, result, argv, env, tag, expect_failure=False):
        op = "-".join(result.op.replace("(", "").replace(")", "").split())
        log = os.path.join(self.options.workdir, "logs", "%s-%s-%s.log" % (
            result.tool, op, tag))
        run = measure(argv, env, self.options.workdir, log)
        result.runs.append(run)
        status = "ok" if run.ok else "FAILED (exit %d)" % run.returncode
        self.say("[%s] %s %s %s: %s in %.1f s (CPU %.1f s), peak RSS %.0f MB"
                 " (process tree %.0f MB)" % (
                     result.backend, result.tool, result.op, tag, status,
                     run.seconds, run.cpu_seconds, run.peak_rss_mb,
                     run.tree_rss_mb))
        if not run.ok:
            error = run.log_tail()
            if error not in result.errors:
                result.errors.append(error)
            if not expect_failure:
                self.say(error)
        return run.ok

    def verify(self, result, target, expected):
        """Count what the restore loaded; a fast restore that lost rows
        must not pass as a fast restore."""
        output = run_checked(self.ctx.manage("site_django", "count_bench"),
                             self.ctx.env(target), self.ctx.workdir)
        loaded = json.loads(output.strip().splitlines()[-1])
        wrong = {table: (loaded.get(table), count)
                 for table, count in expected.items()
                 if loaded.get(table) != count}
        if wrong:
            error = "rows loaded != rows expected: " + ", ".join(
                "%s %s != %s" % (table, got, want)
                for table, (got, want) in sorted(wrong.items()))
            result.errors.append(error)
            result.runs[-1].returncode = -1
            self.say(error)

    def digest(self, database):
        output = run_checked(
            [self.ctx.python, "-m", "harness.rawlimit", "digest"],
            self.ctx.env(database), self.ctx.workdir)
        return json.loads(output.strip().splitlines()[-1])

    def compare_values(self, result, tool, target, expected, source):
        """Compare the restored rows with the source's, value for value
        (per-table SHA-256 of what the driver returns; untimed)."""
        restored = self.digest(target)
        differ = sorted(table for table, count in expected.items()
                        if count and restored.get(table) != source.get(table))
        if not differ:
            return
        message = "restored values differ from the source in: %s" % (
            ", ".join(differ))
        if tool.exact:
            if message not in result.errors:
                result.errors.append(message)
                self.say(message)
        elif message not in result.notes:
            result.notes.append(message)

    # -- profile ------------------------------------------------------

    def keep_for_profile(self, backend, tool, repetition):
        return (self.options.profile and self.profile is None
                and tool.key == "lino_dumpy"
                and repetition == self.options.repeat - 1)

    def profile_restore(self, backend, source):
        """cProfile of lino_dumpy's restore of the last dump (not counted
        in the results: the profiler slows it down)."""
        from .profile import summarize
        tool = TOOLS["lino_dumpy"]
        path = tool.dump_path(self.ctx, "%s-%d" % (backend.name,
                                                   self.options.repeat))
        if not os.path.isdir(path):
            self.say("No lino_dumpy dump to profile.")
            return
        target = self.fresh_target(backend, tool)
        argv = tool.restore_commands(self.ctx, path)[self.options.profile_op]
        argv = [argv[0], "-m", "cProfile", "-o", self.options.profile_path,
                *argv[1:]]
        log = os.path.join(self.options.workdir, "logs", "profile.log")
        run = measure(argv, self.ctx.env(target), self.options.workdir, log)
        backend.drop(target)
        remove(path)
        if not run.ok:
            self.say("Profiled restore failed:\n" + run.log_tail())
            return
        self.profile = summarize(self.options.profile_path)
        self.profile.update(backend=backend.name, seconds=run.seconds,
                            op=self.options.profile_op,
                            rows=sum(source[1].values()))
        self.say("[%s] profiled restore: %.1f s under cProfile" % (
            backend.name, run.seconds))


def remove(path):
    if os.path.isdir(path):
        shutil.rmtree(path)
    elif os.path.exists(path):
        os.remove(path)
