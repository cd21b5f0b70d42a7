#!/usr/bin/env python
"""Benchmark lino_dumpy against Lino 26.10, Django, the raw limit and the
servers' native dump and restore tools.

Generates N rows in the ledger schema (benchmarks/bench), then measures
wall time, rows/s and peak RSS of each tool's dump and restore, each run
as its own process, and prints the results, the ratios the performance
issue asks for, and where the results file was written.  See README.md.
"""

import argparse
import importlib.metadata
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timezone
from pathlib import Path

BENCH_DIR = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH_DIR))

from harness import report  # noqa: E402
from harness.databases import BACKENDS  # noqa: E402
from harness.runner import BenchmarkRun, Options  # noqa: E402
from harness.tools import SAFE_RESTORE, TOOLS  # noqa: E402

PROFILED_RESTORES = {"trusted": "restore", "safe": SAFE_RESTORE}


def comma_list(choices):
    def parse(text):
        items = [item.strip() for item in text.split(",") if item.strip()]
        unknown = [item for item in items if item not in choices]
        if unknown or not items:
            raise argparse.ArgumentTypeError(
                "choose from %s" % ", ".join(choices))
        return tuple(items)
    return parse


def parse_args(argv):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rows", type=int, default=100_000,
                        help="Rows to generate (default: %(default)s).")
    parser.add_argument("--repeat", type=int, default=3,
                        help="Runs of each dump and restore; medians are "
                             "reported (default: %(default)s).")
    parser.add_argument("--lino-repeat", type=int, default=1,
                        help="Runs of Lino's restore, which saves row by "
                             "row in autocommit and takes minutes per "
                             "100,000 rows (default: %(default)s).")
    parser.add_argument("--backends", type=comma_list(list(BACKENDS)),
                        default=("sqlite",),
                        help="Comma-separated: sqlite, postgresql, mysql; "
                             "unreachable servers are skipped "
                             "(default: sqlite).")
    parser.add_argument("--tools", type=comma_list(list(TOOLS)),
                        default=tuple(TOOLS),
                        help="Comma-separated subset of %s (default: all)."
                        % ", ".join(TOOLS))
    parser.add_argument("--seed", type=int, default=1,
                        help="Seed of the data generator (default: 1).")
    parser.add_argument("--workdir",
                        help="Where databases, dumps and logs go (default: "
                             "a new temporary directory, removed at the end). "
                             "Its disk speed matters: keep it on a real disk.")
    parser.add_argument("--keep", action="store_true",
                        help="Keep the work directory (logs) at the end.")
    parser.add_argument("--profile", nargs="?", const="trusted",
                        choices=sorted(PROFILED_RESTORES),
                        help="Also run lino_dumpy's restore once under "
                             "cProfile and print the top functions: the "
                             "trusted restore.py (the default) or the safe "
                             "manage.py restore.")
    parser.add_argument("--baseline", metavar="RESULTS_JSON",
                        help="A previous results file (e.g. at 100,000 rows) "
                             "to compare peak memory with (flatness).")
    parser.add_argument("--reference", metavar="REV",
                        help="A git revision of lino_dumpy whose restore.py "
                             "restores each lino_dumpy dump too, as "
                             "'restore (reference)' (issue 16 measures the "
                             "safe restore against the restore before it).")
    parser.add_argument("--results-dir", default=str(BENCH_DIR / "results"),
                        help="Where the JSON results go (default: "
                             "benchmarks/results).")
    args = parser.parse_args(argv)
    if args.rows < 1000 or args.repeat < 1 or args.lino_repeat < 0:
        parser.error("--rows must be >= 1000, --repeat >= 1, "
                     "--lino-repeat >= 0")
    return args


def versions():
    names = ["Django", "lino", "lino_dumpy", "psycopg", "mysqlclient"]
    found = {}
    for name in names:
        try:
            found[name] = importlib.metadata.version(name)
        except importlib.metadata.PackageNotFoundError:
            found[name] = None
    return found


def git_state():
    """The commit the benchmark ran on, and the files changed since
    (read-only git calls): results of uncommitted code must say so."""
    def git(*args):
        return subprocess.run(
            ["git", "-C", str(BENCH_DIR), *args], capture_output=True,
            text=True, check=True).stdout
    try:
        changed = git("status", "--porcelain", "--", "../lino_dumpy")
        return {"commit": git("rev-parse", "HEAD").strip(),
                "lino_dumpy_changes": changed.splitlines()}
    except (OSError, subprocess.CalledProcessError):
        return None


def export_reference(revision, workdir):
    """lino_dumpy's package at `revision`, unpacked into `workdir`; the
    directory to put first on PYTHONPATH."""
    target = os.path.join(workdir, "reference")
    os.makedirs(target, exist_ok=True)
    archive = subprocess.run(
        ["git", "-C", str(BENCH_DIR.parent), "archive", "--prefix=lino_dumpy/",
         "%s:lino_dumpy" % revision], capture_output=True)
    if archive.returncode:
        sys.exit("--reference %s: git could not export lino_dumpy at that "
                 "revision: %s" % (revision, archive.stderr.decode().strip()))
    subprocess.run(["tar", "-x", "-C", target], input=archive.stdout,
                   check=True)
    return target


def meta_data(args, run, started, load_before, git):
    return {
        "timestamp": started.isoformat(timespec="seconds"),
        "rows_requested": args.rows, "seed": args.seed,
        "repeat": args.repeat, "lino_repeat": args.lino_repeat,
        "backends": list(args.backends), "tools": list(args.tools),
        "skipped_backends": run.skipped,
        "sources": {"%s/%s" % key: value
                    for key, value in run.sources.items()},
        "python": platform.python_version(), "versions": versions(),
        "platform": platform.platform(), "cpus": os.cpu_count(),
        "load_average_before": load_before,
        "load_average_after": os.getloadavg(),
        "git": git, "reference": args.reference,
        "wall_seconds": (datetime.now(timezone.utc) - started).total_seconds(),
    }


def print_report(results, ratio_rows, profile, json_path):
    print()
    print(report.results_table(results))
    print()
    print("Ratios: rows/s of lino_dumpy over the other tool, same backend "
          "and run, medians; against the native tools, lino_dumpy's time "
          "as a multiple of theirs.")
    print(report.ratios_table(ratio_rows))
    notes = report.notes_text(results)
    if notes:
        print()
        print("Notes and failures:")
        print(notes)
    if profile:
        print()
        print("cProfile of lino_dumpy's %s (%s, %d rows, %.1f s under "
              "the profiler), saved to %s:" % (
                  profile["op"], profile["backend"], profile["rows"],
                  profile["seconds"], profile["path"]))
        print(profile["text"])
    print()
    print("Results written to %s" % json_path)


def main(argv=None):
    args = parse_args(argv)
    started = datetime.now(timezone.utc)
    stamp = started.strftime("%Y%m%d-%H%M%S")
    os.makedirs(args.results_dir, exist_ok=True)
    workdir = args.workdir or tempfile.mkdtemp(prefix="dumpy_bench_")
    os.makedirs(workdir, exist_ok=True)
    options = Options(
        rows=args.rows, seed=args.seed, repeat=args.repeat,
        lino_repeat=args.lino_repeat, backends=args.backends,
        tools=args.tools, workdir=workdir, profile=bool(args.profile),
        profile_op=PROFILED_RESTORES[args.profile or "trusted"],
        profile_path=os.path.join(args.results_dir, stamp + "-restore.prof"))
    baseline = report.load_json(args.baseline) if args.baseline else None
    load_before = os.getloadavg()
    git = git_state()  # at the start: the code that is measured
    if args.reference:
        TOOLS["lino_dumpy"].reference = export_reference(
            args.reference, workdir)
    run = BenchmarkRun(options)
    clock = time.monotonic()
    try:
        results = run.run()
    finally:
        if not args.keep and not args.workdir:
            shutil.rmtree(workdir, ignore_errors=True)
    sys.stderr.write("Benchmark took %.0f s.\n" % (time.monotonic() - clock))
    ratio_rows = report.ratios(results, baseline)
    json_path = os.path.join(args.results_dir, stamp + ".json")
    profile = run.profile
    # The profile's text goes to the terminal; the JSON keeps its rows.
    profile_data = {key: value for key, value in (profile or {}).items()
                    if key != "text"}
    report.write_json(json_path,
                      meta_data(args, run, started, load_before, git),
                      results, ratio_rows, profile_data)
    print_report(results, ratio_rows, profile, json_path)
    failed = any(r.errors for r in results
                 if r.op != "restore (full dump)")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
