"""Run the whole test suite on every backend, then the demo projects' double
dump tests.  This is what ``inv test`` (and so CI) runs.

Backends: DUMPY_TEST_BACKENDS (comma-separated, default
``sqlite,postgresql,mysql``).  A backend whose server is unreachable fails
the run; it is never skipped.
"""
import os
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BACKENDS = os.environ.get("DUMPY_TEST_BACKENDS", "sqlite,postgresql,mysql")


def run(title, args, env=None):
    print("=== %s: %s" % (title, " ".join(args)), flush=True)
    started = time.monotonic()
    code = subprocess.call(args, cwd=ROOT, env=dict(os.environ, **(env or {})))
    print("=== %s: %s in %.0f s" % (
        title, "passed" if code == 0 else "FAILED (exit %d)" % code,
        time.monotonic() - started), flush=True)
    return title, code


def main():
    results = []
    for backend in BACKENDS.split(","):
        results.append(run("pytest on %s" % backend,
                           [sys.executable, "-m", "pytest"] + sys.argv[1:],
                           {"DUMPY_DB": backend}))
    results.append(run("demo and its double dump test",
                       [sys.executable, "-m", "lino_dumpy.demo"]))
    failed = [title for title, code in results if code]
    print("\nSummary: %d of %d parts passed." % (
        len(results) - len(failed), len(results)))
    for title in failed:
        print("FAILED: %s" % title)
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
