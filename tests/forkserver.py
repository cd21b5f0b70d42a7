"""Start the suite's Python commands from an interpreter that has already
imported Django.

The suite runs several hundred commands the way users run them, each in
a process of its own with its own environment: ``python -m django
dump2py``, ``python DIR/restore.py``, a Lino site's ``manage.py``.  On
the 2-core CI machine about 0.6 s of a 1 s restore went into importing
Django and lino_dumpy again, and so did most of the CI run.  A fork
server imports those modules once, before any settings exist, and forks
one child per command.  The child takes the command's environment,
working directory, standard streams and arguments and runs it as
``python`` would (``-m``, ``-c`` or a script): it sets up Django from its
own settings and opens its own connections, as a fresh interpreter does.

Tests whose subject is the interpreter itself (killing a process, Ctrl-C,
a fresh virtualenv, a module imported alone) start real interpreters, and
``DUMPY_TEST_FRESH_PROCESSES=1`` makes every command do so.

The server runs one command at a time (the tests wait for each).
"""
import atexit
import importlib
import io
import json
import os
import runpy
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import traceback

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

#: What a server imports before it forks, by kind of command.  Nothing
#: here reads settings at import time; ``lino`` adds what a Lino site's
#: settings module imports first (the plain kind must not import Lino:
#: tests check that a plain Django project never does).
PRELOADS = {
    "django": [
        "django.core.management", "django.db.models",
        "django.core.serializers.json", "django.http", "django.urls",
        "django.db.backends.sqlite3.base",
        "django.db.backends.postgresql.base",
        "django.db.backends.mysql.base",
        "lino_dumpy.cli", "lino_dumpy.restore.restorer",
        "lino_dumpy.restore.safe", "lino_dumpy.dump.writer",
        "lino_dumpy.migrate", "lino_dumpy.operations",
    ],
}
PRELOADS["lino"] = PRELOADS["django"] + [
    "lino.projects.std.settings", "lino_dumpy.lino.plugin"]

STREAMS = 3  # stdin, stdout, stderr


def fresh_processes():
    """Whether every command gets a real interpreter of its own."""
    return os.environ.get("DUMPY_TEST_FRESH_PROCESSES", "") not in ("", "0")


class ForkServer:
    """A server process of one kind, started on first use."""

    def __init__(self, kind):
        self.kind = kind
        self.process = None
        self.address = None

    def start(self):
        folder = tempfile.mkdtemp(prefix="dumpy-forkserver-")
        self.address = os.path.join(folder, "socket")
        environ = dict(os.environ, PYTHONPATH=ROOT)
        environ.pop("DJANGO_SETTINGS_MODULE", None)
        self.process = subprocess.Popen(
            [sys.executable, "-m", "tests.forkserver", self.kind,
             self.address], cwd=ROOT, env=environ, stdout=subprocess.PIPE)
        if self.process.stdout.readline() != b"ready\n":
            raise RuntimeError("the %s fork server did not start (exit "
                               "code %s)" % (self.kind, self.process.wait()))
        atexit.register(self.stop)

    def stop(self):
        if self.process and self.process.poll() is None:
            self.process.kill()
            self.process.wait()
        if self.address:
            shutil.rmtree(os.path.dirname(self.address), ignore_errors=True)

    def run(self, args, env, cwd, input=None, timeout=None):
        """Like ``subprocess.run(args, capture_output=True, text=True)``
        for ``args`` that start with ``sys.executable``."""
        if self.process is None or self.process.poll() is not None:
            self.start()
        ends = [os.pipe() for _ in range(STREAMS)]
        child_ends = [ends[0][0], ends[1][1], ends[2][1]]
        request = json.dumps({"argv": [str(a) for a in args[1:]],
                              "env": env, "cwd": str(cwd)}).encode()
        with socket.socket(socket.AF_UNIX) as connection:
            connection.connect(self.address)
            socket.send_fds(connection, [b"R"], child_ends)
            for fd in child_ends:
                os.close(fd)
            connection.sendall(request)
            connection.shutdown(socket.SHUT_WR)
            replies = connection.makefile("rb")
            pid = int(replies.readline())
            output = Collector(ends, input)
            connection.settimeout(timeout)
            try:
                status = replies.readline()
            except TimeoutError:
                os.kill(pid, signal.SIGKILL)
                output.finish()
                raise subprocess.TimeoutExpired(args, timeout)
        stdout, stderr = output.finish()
        return subprocess.CompletedProcess(
            args, int(status), stdout.decode(), stderr.decode())


class Collector:
    """Feeds a child's stdin and reads its stdout and stderr, all at once
    (as subprocess.communicate does), so that no pipe fills up."""

    def __init__(self, ends, input):
        self.chunks = ([], [])
        self.threads = [
            threading.Thread(target=self.feed, args=(ends[0][1], input)),
            threading.Thread(target=self.read, args=(ends[1][0], 0)),
            threading.Thread(target=self.read, args=(ends[2][0], 1))]
        for thread in self.threads:
            thread.start()

    def feed(self, fd, input):
        try:
            if input:
                with open(fd, "wb", closefd=False) as stream:
                    stream.write(input.encode())
        except BrokenPipeError:
            pass
        finally:
            os.close(fd)

    def read(self, fd, which):
        with open(fd, "rb") as stream:
            self.chunks[which].append(stream.read())

    def finish(self):
        for thread in self.threads:
            thread.join()
        return b"".join(self.chunks[0]), b"".join(self.chunks[1])


SERVERS = {kind: ForkServer(kind) for kind in PRELOADS}


def run(args, env, cwd=ROOT, input=None, timeout=600, kind="django"):
    """Run a command like ``subprocess.run(args, capture_output=True,
    text=True)``; a Python command forked from the warm server of `kind`
    unless fresh processes are asked for."""
    if fresh_processes() or str(args[0]) != sys.executable or \
            not runnable(args[1:]):
        return subprocess.run(args, env=env, cwd=cwd, input=input,
                              capture_output=True, text=True,
                              timeout=timeout)
    return SERVERS[kind].run(args, env, cwd, input, timeout)


def runnable(argv):
    """Whether the child can run these interpreter arguments (``-m``,
    ``-c`` or a script; other options need a real interpreter)."""
    return bool(argv) and (argv[0] in ("-m", "-c") or
                           not str(argv[0]).startswith("-"))


# The server side.

def serve(kind, address):
    for name in PRELOADS[kind]:
        importlib.import_module(name)
    site_path = [p for p in sys.path[1:]
                 if p not in os.environ.get("PYTHONPATH", "").split(":")]
    listener = socket.socket(socket.AF_UNIX)
    listener.bind(address)
    listener.listen()
    sys.stdout.write("ready\n")
    sys.stdout.flush()
    while True:
        connection, _ = listener.accept()
        with connection:
            handle(connection, listener, site_path)


def handle(connection, listener, site_path):
    _, fds, _, _ = socket.recv_fds(connection, 1, STREAMS)
    with connection.makefile("rb") as stream:
        request = json.loads(stream.read())
    pid = os.fork()
    if pid == 0:
        listener.close()
        connection.close()
        become(request, fds, site_path)
    for fd in fds:
        os.close(fd)
    connection.sendall(b"%d\n" % pid)
    _, status = os.waitpid(pid, 0)
    code = os.waitstatus_to_exitcode(status)
    try:
        connection.sendall(b"%d\n" % code)
    except BrokenPipeError:
        pass  # the client gave up waiting (timeout) and killed the child


def become(request, fds, site_path):
    """Turn this forked child into ``python ARGV`` and never return."""
    for number, fd in enumerate(fds):
        os.dup2(fd, number)
        os.close(fd)
    signal.signal(signal.SIGINT, signal.default_int_handler)
    os.chdir(request["cwd"])
    os.environ.clear()
    os.environ.update(request["env"])
    sys.dont_write_bytecode = bool(os.environ.get("PYTHONDONTWRITEBYTECODE"))
    sys.pycache_prefix = os.environ.get("PYTHONPYCACHEPREFIX")
    sys.stdin = sys.__stdin__ = open(0, "r", closefd=False)
    sys.stdout = sys.__stdout__ = open(1, "w", closefd=False)
    sys.stderr = sys.__stderr__ = io.TextIOWrapper(
        open(2, "wb", closefd=False), errors="backslashreplace",
        line_buffering=True)
    code = execute(request["argv"], site_path)
    exit_child(code)


def execute(argv, site_path):
    """Run `argv` as the interpreter runs its arguments; the exit code."""
    option, rest = argv[0], argv[1:]
    python_path = [os.path.abspath(p) for p in
                   os.environ.get("PYTHONPATH", "").split(":") if p]
    try:
        if option == "-c":
            sys.argv = ["-c"] + rest[1:]
            sys.path[:] = [""] + python_path + site_path
            exec(compile(rest[0], "<string>", "exec"),
                 {"__name__": "__main__"})
        elif option == "-m":
            sys.argv = [rest[0]] + rest[1:]
            sys.path[:] = [os.getcwd()] + python_path + site_path
            runpy.run_module(rest[0], run_name="__main__", alter_sys=True)
        else:
            script = os.path.abspath(option)
            sys.argv = [option] + rest
            sys.path[:] = [os.path.dirname(os.path.realpath(script))] + \
                python_path + site_path
            runpy.run_path(script, run_name="__main__")
    except SystemExit as exit:
        return exit_code(exit.code)
    except BaseException:
        traceback.print_exc()
        return 1
    return 0


def exit_code(code):
    """The exit code of ``sys.exit(code)``, printing a message as the
    interpreter does."""
    if code is None:
        return 0
    if isinstance(code, int):
        return code
    print(code, file=sys.stderr)
    return 1


def exit_child(code):
    """End the child as the interpreter ends: wait for its threads, run
    its exit functions, flush its streams."""
    try:
        threading._shutdown()
        atexit._run_exitfuncs()
        sys.stdout.flush()
        sys.stderr.flush()
    except BaseException:
        traceback.print_exc()
        code = code or 1
    os._exit(code)


if __name__ == "__main__":
    serve(*sys.argv[1:])
