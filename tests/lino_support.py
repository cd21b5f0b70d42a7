"""Which Lino the suite is tested against, and on which Django releases.

setup.py names the Lino releases (``LINO``) and the Django releases they
accept (``LINO_DJANGO``); this module reads both without running
setup.py.  noxfile.py installs Lino where it is supported, and
tests/conftest.py leaves the Lino tests out, saying why, where it is not.
A missing Lino on a supported Django is never a reason to leave them out:
they fail.
"""
import ast
import os

from packaging.requirements import Requirement
from packaging.specifiers import SpecifierSet

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

#: The test modules that need Lino.
LINO_TEST_MODULES = ("test_lino.py", "test_lino_amici.py",
                     "test_lino_noi.py", "test_lino_operations.py",
                     "test_lino_options.py", "test_lino_required.py")


def setup_py_constant(name):
    with open(os.path.join(ROOT, "setup.py"), encoding="utf-8") as stream:
        tree = ast.parse(stream.read())
    for node in tree.body:
        if isinstance(node, ast.Assign) and [
                getattr(t, "id", None) for t in node.targets] == [name]:
            return ast.literal_eval(node.value)
    raise AssertionError("setup.py has no %s" % name)


def lino_pins():
    return [Requirement(r) for r in setup_py_constant("LINO")]


def lino_django():
    """The Django releases that the tested Lino accepts."""
    return SpecifierSet(setup_py_constant("LINO_DJANGO"))


def lino_supports(django_version):
    """Whether the tested Lino runs on `django_version` ("6.0" or "6.0.3")."""
    return lino_django().contains(django_version)


def lino_pin():
    """``lino>=26.10.8,<26.11`` as it reads in setup.py."""
    return next(pin for pin in setup_py_constant("LINO")
                if Requirement(pin).name == "lino")


def not_applicable_reason(django_version):
    """Why the Lino tests cannot run on `django_version`, or None."""
    if lino_supports(django_version):
        return None
    return "Lino (%s) requires Django%s, this is Django %s" % (
        lino_pin(), lino_django(), django_version)


def elsewhere_reason(vendor):
    """Why the Lino tests do not run on backend `vendor` here, or None.

    noxfile.py sets DUMPY_LINO_BACKENDS in the sessions of the other
    combinations than the main one: their Lino tests run on SQLite, and
    on every backend in the main combination, which keeps the CI run
    within its time."""
    backends = os.environ.get("DUMPY_LINO_BACKENDS")
    if not backends or vendor in backends.split(","):
        return None
    return ("RUN ELSEWHERE (on %s in this combination, on every backend "
            "in the main one)" % backends)


def count_tests(path):
    """The test functions of a module, counted without importing it."""
    with open(path, encoding="utf-8") as stream:
        tree = ast.parse(stream.read())
    return sum(1 for node in tree.body if isinstance(node, ast.FunctionDef)
               and node.name.startswith("test"))
