"""The fork server runs a command as a fresh interpreter would.

Every case runs the same command twice, forked from the warm server and
in a real interpreter, and compares what a test can see: exit code,
stdout, stderr, the database.
"""
import os
import subprocess
import sys
import textwrap

import pytest

from tests import forkserver
from tests.conftest import ONCE, ROOT

pytestmark = ONCE

PROBE = textwrap.dedent("""
    import atexit, os, sys, threading, time
    print(__name__, sys.argv[1:], repr(sys.path[0]))
    print(os.getcwd() == os.environ["EXPECTED_CWD"], os.environ["PROBE"])
    print("read:", sys.stdin.read())
    atexit.register(print, "exit function ran")
    def late():
        time.sleep(0.2)
        print("thread finished", flush=True)
    threading.Thread(target=late).start()
    print("to stderr", file=sys.stderr)
    sys.exit(int(sys.argv[-1]))
""")


def both(args, env, cwd=ROOT, input=None):
    """The command's result forked and in a real interpreter."""
    forked = forkserver.SERVERS["django"].run(args, env, cwd, input, 60)
    fresh = subprocess.run(args, env=env, cwd=cwd, input=input,
                           capture_output=True, text=True, timeout=60)
    return forked, fresh


def same(forked, fresh):
    assert (forked.returncode, forked.stdout, forked.stderr) == \
        (fresh.returncode, fresh.stdout, fresh.stderr)


def probe_env(tmp_path):
    env = dict(os.environ, PROBE="seen", EXPECTED_CWD=str(tmp_path))
    env.pop("DJANGO_SETTINGS_MODULE", None)
    return env


@pytest.mark.parametrize("code", [0, 3])
def test_a_script_runs_as_in_a_fresh_interpreter(tmp_path, code):
    script = tmp_path / "probe.py"
    script.write_text(PROBE)
    forked, fresh = both([sys.executable, str(script), "a b", str(code)],
                         probe_env(tmp_path), tmp_path, input="typed")
    same(forked, fresh)
    assert forked.returncode == code
    assert "exit function ran" in forked.stdout
    assert "thread finished" in forked.stdout
    assert "read: typed" in forked.stdout


def test_code_and_modules_run_as_in_a_fresh_interpreter(tmp_path):
    env = probe_env(tmp_path)
    same(*both([sys.executable, "-c", PROBE, "x", "0"], env, tmp_path))
    (tmp_path / "probe_module.py").write_text(PROBE)
    same(*both([sys.executable, "-m", "probe_module", "y", "5"], env,
               tmp_path))


def test_an_uncaught_exception_prints_its_traceback_and_exits_1(tmp_path):
    forked, fresh = both(
        [sys.executable, "-c", "import sys; sys.exit('message')"],
        probe_env(tmp_path))
    same(forked, fresh)
    forked, fresh = both([sys.executable, "-c", "1/0"], probe_env(tmp_path))
    assert (forked.returncode, fresh.returncode) == (1, 1)
    assert forked.stderr.splitlines()[-1] == fresh.stderr.splitlines()[-1] \
        == "ZeroDivisionError: division by zero"


def test_the_child_sees_its_own_path_and_settings_only(tmp_path):
    """A plain Django command imports no Lino, and a module of the
    command's PYTHONPATH shadows nothing the server imported."""
    (tmp_path / "extra_module.py").write_text("VALUE = 'from PYTHONPATH'\n")
    code = ("import sys, extra_module; print(extra_module.VALUE, "
            "'lino' in sys.modules, 'django.conf' in sys.modules and "
            "__import__('django.conf').conf.settings.configured)")
    env = dict(probe_env(tmp_path), PYTHONPATH="%s:%s" % (ROOT, tmp_path))
    forked, fresh = both([sys.executable, "-c", code], env)
    same(forked, fresh)
    assert forked.stdout == "from PYTHONPATH False False\n"


def test_a_command_past_its_timeout_is_killed(tmp_path):
    with pytest.raises(subprocess.TimeoutExpired):
        forkserver.SERVERS["django"].run(
            [sys.executable, "-c", "import time; time.sleep(60)"],
            probe_env(tmp_path), tmp_path, None, 0.5)
    after = forkserver.SERVERS["django"].run(
        [sys.executable, "-c", "print('next')"], probe_env(tmp_path),
        tmp_path, None, 60)
    assert after.stdout == "next\n"
