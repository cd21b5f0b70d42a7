"""Everything ``inv test`` (and so CI) runs, with one summary at the end.

1. the pytest suite on every backend of DUMPY_TEST_BACKENDS
   (comma-separated, default ``sqlite,postgresql,mysql``); a backend whose
   server is unreachable fails the run, it is never skipped;
2. the double dump test of every demo project of tasks.py, after building
   their databases (``inv ddt --prep``), on SQLite in their project
   directories as ``inv prep`` builds them;
3. the guided tour of the README's quick start (``python -m
   lino_dumpy.demo``), so that the first command there keeps working.

Every part runs even when an earlier one failed; the exit code is
non-zero when any part failed.  Arguments are passed on to pytest.
"""
import os
import subprocess
import sys
import time

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
    demo_env = dict.fromkeys(DATABASE_VARIABLES)
    demo_env["DUMPY_DB"] = "sqlite"
    results.append(run("double dump test of the demo projects",
                       [sys.executable, "-m", "invoke", "ddt", "--prep"],
                       demo_env))
    results.append(run("demo tour of the quick start",
                       [sys.executable, "-m", "lino_dumpy.demo"], demo_env))
    failed = [title for title, code in results if code]
    print("\nSummary: %d of %d parts passed." % (
        len(results) - len(failed), len(results)))
    for title in failed:
        print("FAILED: %s" % title)
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
