"""Where the Lino tests run (tests/lino_support.py) and how noxfile.py
finds its interpreters."""
import os
import sys

from tests import lino_support
from tests.conftest import ROOT


def test_lino_tests_run_on_the_django_releases_lino_accepts():
    for version in ("5.2", "5.2.19", "6.0", "6.0.10"):
        assert lino_support.lino_supports(version), version
        assert lino_support.not_applicable_reason(version) is None
    assert not lino_support.lino_supports("6.1.3")


def test_elsewhere_they_say_why_they_do_not_run():
    assert lino_support.not_applicable_reason("6.1.3") == (
        "Lino (lino>=26.10.8,<26.11) requires Django<6.1, "
        "this is Django 6.1.3")


def test_the_lino_test_modules_exist_and_are_counted():
    counts = [lino_support.count_tests(os.path.join(ROOT, "tests", name))
              for name in lino_support.LINO_TEST_MODULES]
    assert all(count > 0 for count in counts), counts


def test_nox_finds_pyenv_interpreters(tmp_path, monkeypatch):
    sys.path.insert(0, ROOT)
    try:
        import noxfile
    finally:
        sys.path.remove(ROOT)
    for version in ("3.12.10", "3.12.9", "3.11.7"):
        path = tmp_path / "versions" / version / "bin" / (
            "python" + version.rsplit(".", 1)[0])
        path.parent.mkdir(parents=True)
        path.touch()
    monkeypatch.setenv("PYENV_ROOT", str(tmp_path))
    assert noxfile.interpreter("3.12") == str(
        tmp_path / "versions" / "3.12.10" / "bin" / "python3.12")
    assert noxfile.interpreter("3.14") == "3.14"


def test_lino_tests_can_be_sent_to_another_backend(monkeypatch):
    monkeypatch.delenv("DUMPY_LINO_BACKENDS", raising=False)
    assert lino_support.elsewhere_reason("postgresql") is None
    monkeypatch.setenv("DUMPY_LINO_BACKENDS", "sqlite")
    assert lino_support.elsewhere_reason("sqlite") is None
    assert "on sqlite in this combination" in \
        lino_support.elsewhere_reason("postgresql")
