"""Lino is part of the test environment where it supports the Django
(``pip install -e ".[test]"``).

tests/test_lino.py imports Lino plainly, so that a broken install fails
the suite instead of skipping the Lino tests; this test says so in one
line, and checks that the installed Lino releases are those that setup.py
pins (``LINO``) and accept the Django releases it says (``LINO_DJANGO``).
"""
import importlib.metadata

from packaging.requirements import Requirement

from tests.lino_support import lino_django, lino_pins


def test_lino_imports_in_this_environment():
    import lino
    import lino_xl
    from lino.core.site import Site
    assert lino.__file__ and lino_xl.__file__
    assert callable(Site)


def test_the_installed_lino_is_a_tested_release():
    pins = [r for r in lino_pins() if r.specifier]
    assert {r.name for r in pins} >= {"lino", "lino-xl"}
    for requirement in pins:
        version = importlib.metadata.version(requirement.name)
        assert requirement.specifier.contains(version), (
            requirement.name, version, str(requirement.specifier))


def test_setup_py_knows_which_django_the_installed_lino_accepts():
    """LINO_DJANGO decides where the Lino tests run (tests/lino_support.py):
    it must be what Lino itself requires."""
    requirements = [Requirement(r) for r in
                    importlib.metadata.requires("lino") or []]
    django = [r for r in requirements if r.name.lower() == "django"
              and not r.marker]
    assert [r.specifier for r in django] == [lino_django()]
