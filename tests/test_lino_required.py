"""Lino is part of the test environment (``pip install -e ".[test]"``).

tests/test_lino.py imports Lino plainly, so that a broken install fails
the suite instead of skipping the Lino tests; this test says so in one
line, and checks that the installed Lino releases are those that setup.py
pins (``LINO``).
"""
import ast
import importlib.metadata
import os

from packaging.requirements import Requirement

from tests.conftest import ROOT


def setup_py_lino_pins():
    with open(os.path.join(ROOT, "setup.py"), encoding="utf-8") as stream:
        tree = ast.parse(stream.read())
    for node in tree.body:
        if isinstance(node, ast.Assign) and [
                getattr(t, "id", None) for t in node.targets] == ["LINO"]:
            return [Requirement(r) for r in ast.literal_eval(node.value)]
    raise AssertionError("setup.py has no LINO list")


def test_lino_imports_in_this_environment():
    import lino
    import lino_xl
    from lino.core.site import Site
    assert lino.__file__ and lino_xl.__file__
    assert callable(Site)


def test_the_installed_lino_is_a_tested_release():
    pins = [r for r in setup_py_lino_pins() if r.specifier]
    assert {r.name for r in pins} >= {"lino", "lino-xl"}
    for requirement in pins:
        version = importlib.metadata.version(requirement.name)
        assert requirement.specifier.contains(version), (
            requirement.name, version, str(requirement.specifier))
