"""The package's shape: every module imports on its own, and no two
modules import each other in a circle (see docs/architecture.rst)."""
import ast
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import LINO_NOT_APPLICABLE, ONCE

pytestmark = ONCE

PACKAGE = Path(__file__).resolve().parent.parent / "lino_dumpy"

#: Not library code: the demo projects (each with its own settings) and
#: the dump kept as a fixture (its table files run inside a restore).
SKIPPED = ("lino_dumpy.projects", "lino_dumpy.fixtures.library_1_0")
#: The Lino plugin imports Lino, which a Django that Lino does not support
#: has not (tests/lino_support.py).
if LINO_NOT_APPLICABLE:
    SKIPPED += ("lino_dumpy.lino.plugin",)

#: Modules that can be imported only once Django is set up: fixtures that
#: import models, and the module that sets Django up for a dump.
NEED_SETUP = ("lino_dumpy.fixtures.",)


def module_name(path):
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def library_modules():
    names = sorted(module_name(path) for path in PACKAGE.rglob("*.py"))
    return [name for name in names
            if not any(name == s or name.startswith(s + ".")
                       for s in SKIPPED)]


#: Imports each module of argv in a child forked from an interpreter that
#: has imported Django's base modules (which need no settings) and no
#: module of lino_dumpy: each import is a first import, as in a fresh
#: interpreter, without paying Python's and Django's start-up each time.
IMPORT_ALONE = """
import importlib, os, sys, traceback
import django, django.db.models, django.core.management
setup_prefixes = tuple(sys.argv[1].split(","))

def import_alone(name):
    if name.startswith(setup_prefixes):
        django.setup()
    importlib.import_module(name)
    package = importlib.import_module("lino_dumpy").__path__[0]
    stray = sorted(
        m.__name__ for m in list(sys.modules.values())
        if m.__name__.startswith("lino_dumpy")
        and getattr(m, "__file__", None)
        and not m.__file__.startswith(package))
    assert not stray, "imported from outside the package: %s" % stray

for name in sys.argv[2:]:
    sys.stdout.flush()
    pid = os.fork()
    if pid == 0:
        try:
            import_alone(name)
        except BaseException:
            lines = traceback.format_exc().strip().splitlines()
            print("FAILED %s: %s" % (name, lines[-1]), flush=True)
            os._exit(1)
        os._exit(0)
    _, status = os.waitpid(pid, 0)
    if status and status != 256:  # exit status 1: it said why
        print("FAILED %s: wait status %d" % (name, status), flush=True)
"""


def test_every_module_imports_alone_in_a_fresh_interpreter():
    """In sorted order, each module alone, as a first import: an import
    cycle or a module that needs another one imported first fails here.
    Only the modules in NEED_SETUP get Django set up first."""
    env = dict(os.environ, DJANGO_SETTINGS_MODULE="tests.settings")
    names = library_modules()
    result = subprocess.run(
        [sys.executable, "-c", IMPORT_ALONE, ",".join(NEED_SETUP)] + names,
        env=env, capture_output=True, text=True, cwd=PACKAGE.parent)
    assert result.returncode == 0, result.stderr
    failures = [line for line in result.stdout.splitlines()
                if line.startswith("FAILED ")]
    assert not failures, "\n".join(failures)
    assert len(names) > 50, names


def imported_modules(name, path):
    """The lino_dumpy modules that module `name` imports, at module level
    or inside functions."""
    tree = ast.parse(path.read_text(), str(path))
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[:len(base) - node.level + 1]
                origin = ".".join(base + ([node.module] if node.module else []))
            else:
                origin = node.module
            found.add(origin)
            # ``from . import conf`` imports a module, not a name.
            found.update(origin + "." + alias.name for alias in node.names)
    return found


def import_graph():
    modules = {module_name(path): path for path in PACKAGE.rglob("*.py")}
    modules = {name: path for name, path in modules.items()
               if name in library_modules()}
    return {name: sorted(imported_modules(name, path) & set(modules)
                         - {name} - ancestors(name))
            for name, path in modules.items()}


def ancestors(name):
    """The packages that Python imports before module `name` anyway: an
    import of them (``from .. import conf``) adds no dependency."""
    parts = name.split(".")
    return {".".join(parts[:i]) for i in range(1, len(parts))}


def find_cycle(graph):
    """A list of modules that import each other in a circle, or None."""
    state = {}
    stack = []

    def visit(node):
        state[node] = "open"
        stack.append(node)
        for target in graph[node]:
            if state.get(target) == "open":
                return stack[stack.index(target):] + [target]
            if target not in state:
                cycle = visit(target)
                if cycle:
                    return cycle
        state[node] = "done"
        stack.pop()
        return None

    for node in sorted(graph):
        if node not in state:
            cycle = visit(node)
            if cycle:
                return cycle
    return None


def test_the_import_graph_has_no_cycle():
    graph = import_graph()
    assert "lino_dumpy.restore.restorer" in graph["lino_dumpy.testing.ddt"]
    cycle = find_cycle(graph)
    assert cycle is None, "import cycle: " + " -> ".join(cycle)


@pytest.mark.parametrize("graph, cycle", [
    ({"a": ["b"], "b": ["c"], "c": ["a"]}, ["a", "b", "c", "a"]),
    ({"a": ["b"], "b": [], "c": ["c"]}, ["c", "c"]),
    ({"a": ["b", "c"], "b": ["c"], "c": []}, None),
])
def test_find_cycle(graph, cycle):
    assert find_cycle(graph) == cycle
