"""Everything ``inv test`` (and so CI) runs, with one summary at the end.

1. the pytest suite on every backend of ``--backends`` (comma-separated,
   default DUMPY_TEST_BACKENDS or ``sqlite,postgresql,mysql``); a backend
   whose server is unreachable fails the run, it is never skipped;
2. the double dump test of every demo project of tasks.py, after building
   their databases (``inv ddt --prep``), on SQLite in their project
   directories as ``inv prep`` builds them (not with ``--no-ddt``);
3. the guided tour of the README's quick start (``python -m
   lino_dumpy.demo``), so that the first command there keeps working
   (not with ``--no-demo``).

Every part runs even when an earlier one failed; the exit code is
non-zero when any part failed.  Other arguments are passed on to pytest.
noxfile.py runs this in every session of the matrix; with ``--summary
FILE`` it writes there, as JSON, each part's result and time and the
failed tests, which tests/run_matrix.py prints after the whole matrix.
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
import xml.etree.ElementTree as ElementTree

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BACKENDS = os.environ.get("DUMPY_TEST_BACKENDS", "sqlite,postgresql,mysql")

#: Variables that would point the demo projects at another database.
DATABASE_VARIABLES = ("DUMPY_DB_NAME", "DUMPY_SQLITE_PATH")


def run(title, args, env=None):
    print("=== %s: %s" % (title, " ".join(args)), flush=True)
    started = time.monotonic()
    environ = dict(os.environ, **(env or {}))
    for name, value in (env or {}).items():
        if value is None:
            del environ[name]
    code = subprocess.call(args, cwd=ROOT, env=environ)
    seconds = time.monotonic() - started
    print("=== %s: %s in %.0f s" % (
        title, "passed" if code == 0 else "FAILED (exit %d)" % code,
        seconds), flush=True)
    return {"title": title, "code": code, "seconds": round(seconds)}


def parse_args():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--backends", default=BACKENDS,
                        help="comma-separated: sqlite,postgresql,mysql")
    parser.add_argument("--no-ddt", action="store_true",
                        help="leave out the demo projects' double dump test")
    parser.add_argument("--no-demo", action="store_true",
                        help="leave out the demo tour of the quick start")
    parser.add_argument("--summary", metavar="FILE",
                        help="write the parts' results as JSON to FILE")
    return parser.parse_known_args()


def main():
    options, pytest_args = parse_args()
    results = []
    failed_tests = []
    for backend in options.backends.split(","):
        with tempfile.TemporaryDirectory() as scratch:
            report = os.path.join(scratch, "junit.xml")
            results.append(run(
                "pytest on %s" % backend,
                [sys.executable, "-m", "pytest", "-rfE",
                 "--junitxml", report] + pytest_args, {"DUMPY_DB": backend}))
            failed_tests += failures(report, backend)
    demo_env = dict.fromkeys(DATABASE_VARIABLES)
    demo_env["DUMPY_DB"] = "sqlite"
    if not options.no_ddt:
        results.append(run("double dump test of the demo projects",
                           [sys.executable, "-m", "invoke", "ddt", "--prep"],
                           demo_env))
    if not options.no_demo:
        results.append(run("demo tour of the quick start",
                           [sys.executable, "-m", "lino_dumpy.demo"],
                           demo_env))
    failed = [part["title"] for part in results if part["code"]]
    print("\nSummary: %d of %d parts passed." % (
        len(results) - len(failed), len(results)))
    for title in failed:
        print("FAILED: %s" % title)
    if options.summary:
        write_summary(options.summary, results, failed_tests)
    sys.exit(1 if failed else 0)


def failures(report, backend):
    """``backend: test id`` of each failed or erroring test in the JUnit
    XML `report` (none when pytest wrote no report)."""
    if not os.path.exists(report):
        return []
    found = []
    for case in ElementTree.parse(report).iter("testcase"):
        if case.find("failure") is not None or \
                case.find("error") is not None:
            found.append("%s: %s::%s" % (backend, case.get("classname"),
                                         case.get("name")))
    return found


def write_summary(path, results, failed_tests):
    os.makedirs(os.path.dirname(os.path.abspath(path)), exist_ok=True)
    with open(path, "w", encoding="utf-8") as stream:
        json.dump({"python": sys.version.split()[0], "parts": results,
                   "failed_tests": failed_tests}, stream, indent=1)


if __name__ == "__main__":
    main()
