"""Invoke tasks that run the double dump test of a project's demo projects.

In the ``tasks.py`` of a Lino project (atelier)::

    from atelier.invlib import setup_from_tasks
    from lino_dumpy.invlib import add_tasks

    ns = setup_from_tasks(globals(), "mypackage",
                          demo_projects=["mypackage.projects.demo1"])
    add_tasks(ns)

``inv ddt`` then runs ``manage.py ddt --noinput`` in every demo project
(after ``inv prep``), and ``inv ddt --prep`` builds the demo databases
first.  Projects whose demo databases are not built by Lino's
``manage.py prep`` say how to build them, which also replaces atelier's
``inv prep``::

    add_tasks(ns, [DemoProject("mysite", prep=["migrate --noinput",
                                               "loaddata demo"])])

A plain invoke project passes its own ``Collection``.  Each command runs in
a subprocess with ``DJANGO_SETTINGS_MODULE`` set and the project's
directory as the working directory, the way atelier runs ``manage.py``.
The task exits non-zero when any project fails, after printing which one,
at which step, and the differences the double dump test found.
"""
import os
import shlex
import subprocess
import sys
import time
from dataclasses import dataclass, field as dataclass_field
from importlib import import_module

from invoke import Collection, task
from invoke.exceptions import Exit

#: Lines of output shown for a command that failed.
MAX_OUTPUT_LINES = 60


@dataclass(frozen=True)
class DemoProject:
    """A demo project: a package with a settings module.

    `prep` are the ``manage.py`` command lines that build its demo
    database from scratch (Lino's ``prep`` by default); `env` are
    environment variables its commands need.
    """
    name: str
    settings: str = None
    prep: tuple = ("prep --noinput",)
    env: dict = dataclass_field(default_factory=dict)

    @property
    def settings_module(self):
        return self.settings or self.name + ".settings"

    @property
    def directory(self):
        return os.path.dirname(import_module(self.name).__file__)


@dataclass
class ProjectResult:
    """The outcome of the double dump test of one demo project."""
    project: DemoProject
    ok: bool
    step: str
    output: str
    seconds: float


def as_project(item):
    return item if isinstance(item, DemoProject) else DemoProject(item)


def manage(project, args, env=None):
    """Run ``manage.py <args>`` of `project`; return the CompletedProcess."""
    environ = dict(os.environ, DJANGO_SETTINGS_MODULE=project.settings_module)
    environ.update(project.env)
    environ.update(env or {})
    return subprocess.run(
        [sys.executable, "-m", "django"] + list(args), env=environ,
        cwd=project.directory, capture_output=True, text=True)


def output_of(result, limit=MAX_OUTPUT_LINES):
    lines = (result.stdout + result.stderr).rstrip().splitlines()
    if len(lines) > limit:
        lines = ["[... %d lines]" % (len(lines) - limit)] + lines[-limit:]
    return "\n".join(lines)


def prepare(project, env=None):
    """Build the demo database of `project`; None or the failed result."""
    for command in project.prep:
        result = manage(project, shlex.split(command), env)
        if result.returncode:
            return command, result
    return None


def run_project(project, prep=False, env=None, ddt_args=()):
    """Run the double dump test of one project (after its prep)."""
    project = as_project(project)
    started = time.monotonic()
    if prep:
        failed = prepare(project, env)
        if failed is not None:
            command, result = failed
            return ProjectResult(
                project, False, "prep `%s` exited with %d" % (
                    command, result.returncode),
                output_of(result), time.monotonic() - started)
    result = manage(project, ["ddt", "--noinput"] + list(ddt_args), env)
    step = "ddt" if not result.returncode else \
        "ddt exited with %d" % result.returncode
    return ProjectResult(project, not result.returncode, step,
                         output_of(result), time.monotonic() - started)


def double_dump_tests(projects, prep=False, env=None, ddt_args=(),
                      stream=None):
    """Run the double dump test of every project and report to `stream`.

    `env` is a dict of environment variables, or a function that returns
    one for a project.  Returns the list of ProjectResult.
    """
    stream = stream or sys.stdout
    projects = [as_project(p) for p in projects]
    stream.write("Double dump test of %d demo project(s)%s:\n" % (
        len(projects), " (after building their databases)" if prep else ""))
    stream.flush()
    results = []
    for project in projects:
        project_env = env(project) if callable(env) else env
        result = run_project(project, prep, project_env, ddt_args)
        results.append(result)
        stream.write("- %s: %s in %.1f s\n" % (
            project.name, "passed" if result.ok else "FAILED: " + result.step,
            result.seconds))
        for line in result.output.splitlines():
            stream.write("    %s\n" % line)
        stream.flush()
    failed = [r for r in results if not r.ok]
    stream.write("%d of %d demo project(s) passed the double dump test.%s\n"
                 % (len(results) - len(failed), len(results), "".join(
                     "\nFAILED: %s (%s)" % (r.project.name, r.step)
                     for r in failed)))
    stream.flush()
    return results


def configured_projects(ctx):
    """The projects given to add_tasks(), else atelier's demo_projects."""
    projects = (ctx.config.get("dumpy_demo_projects")
                or ctx.config.get("demo_projects"))
    return [as_project(p) for p in projects or []]


def select(projects, only):
    if not only:
        return projects
    chosen = [p for p in projects if p.name == only
              or p.name.endswith("." + only)]
    if not chosen:
        raise Exit("No demo project named %r (the demo projects are: %s)."
                   % (only, ", ".join(p.name for p in projects)), code=2)
    return chosen


@task(name="ddt", help={
    "prep": "Build the demo databases first (each project's prep commands).",
    "only": "Test only this demo project (its name or last name part).",
    "keep": "Keep the two dumps of each project (their place is printed).",
    "tmpdir": "Where to write the dumps (default: a temporary directory)."})
def ddt(ctx, prep=False, only=None, keep=False, tmpdir=None):
    """Run the double dump test of every demo project."""
    projects = select(configured_projects(ctx), only)
    if not projects:
        raise Exit("No demo projects to test: give them to "
                   "lino_dumpy.invlib.add_tasks() or set demo_projects.",
                   code=2)
    ddt_args = (["--keep"] if keep else []) + (
        ["--tmpdir", os.path.abspath(tmpdir)] if tmpdir else [])
    results = double_dump_tests(projects, prep, ddt_args=ddt_args)
    failed = [r.project.name for r in results if not r.ok]
    if failed:
        raise Exit("The double dump test failed in %s." % ", ".join(failed),
                   code=1)


@task(name="prep", help={
    "only": "Build only this demo project (its name or last name part)."})
def prep(ctx, only=None):
    """Build the demo databases: prep_command, then each project's prep."""
    command = ctx.config.get("prep_command")
    if command:
        print("Run main prep command %s :" % command)
        ctx.run(command, pty=True)
    for project in select(configured_projects(ctx), only):
        print("Build the demo database of %s: %s" % (
            project.name, "; ".join(project.prep)), flush=True)
        failed = prepare(project)
        if failed is not None:
            command, result = failed
            print(output_of(result))
            raise Exit("`manage.py %s` failed in %s (exit code %d)." % (
                command, project.name, result.returncode), code=1)


def add_tasks(ns, projects=None):
    """Add ``ddt`` (and, when `projects` are given, ``prep``) to `ns`.

    `projects` are DemoProject objects or package names; without them the
    tasks use atelier's ``demo_projects`` setting.
    """
    if not isinstance(ns, Collection):
        raise TypeError("add_tasks() needs an invoke Collection, not %r"
                        % (ns,))
    ns.add_task(ddt)
    if projects is not None:
        ns.configure({"dumpy_demo_projects": [as_project(p)
                                              for p in projects]})
        ns.add_task(prep)
    return ns
