"""``inv test``: the whole matrix of noxfile.py, then one summary.

nox prints each session's output as the session ends, so with sessions
running in parallel a failure scrolls far up the log.  After nox, this
prints every session's parts with their results and times and every
failed test, from the JSON that tests/run_all.py wrote per session, so
that the end of the log says what failed and how long each part took.
Arguments are passed on to nox; the exit code is nox's.
"""
import glob
import json
import os
import shutil
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SUMMARIES = os.path.join(ROOT, ".nox", "summaries")


def main():
    shutil.rmtree(SUMMARIES, ignore_errors=True)
    # Through a pipe, nox prints plain start and end lines instead of
    # redrawing a live status board four times a second (invoke runs this
    # in a terminal), which made most of the CI log.
    nox = subprocess.Popen([sys.executable, "-m", "nox"] + sys.argv[1:],
                           cwd=ROOT, stdout=subprocess.PIPE,
                           stderr=subprocess.STDOUT)
    for line in nox.stdout:
        sys.stdout.buffer.write(line)
        sys.stdout.buffer.flush()
    code = nox.wait()
    print_summary()
    sys.exit(code)


def print_summary():
    paths = sorted(glob.glob(os.path.join(SUMMARIES, "*.json")))
    print("\n=== Matrix summary (%d sessions reported)" % len(paths))
    failed_tests = []
    for path in paths:
        with open(path, encoding="utf-8") as stream:
            summary = json.load(stream)
        session = os.path.basename(path)[:-len(".json")]
        for part in summary["parts"]:
            print("%-28s %-40s %-6s %5d s" % (
                session, part["title"],
                "FAILED" if part["code"] else "passed", part["seconds"]))
        failed_tests += ["%s %s" % (session, test)
                         for test in summary["failed_tests"]]
    for test in failed_tests:
        print("FAILED TEST: %s" % test)


if __name__ == "__main__":
    main()
