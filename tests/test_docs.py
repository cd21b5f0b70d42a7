"""The documentation builds without a single Sphinx warning (as ``inv bd``
requires), so CI notices a broken reference or a page left out of the
table of contents."""
import os
import subprocess
import sys

from tests.conftest import ONCE, ROOT

pytestmark = ONCE


def test_the_docs_build_without_warnings(tmp_path):
    result = subprocess.run(
        [sys.executable, "-m", "sphinx", "-W", "--keep-going", "-b", "html",
         "-q", "-d", str(tmp_path / "doctrees"), os.path.join(ROOT, "docs"),
         str(tmp_path / "html")],
        capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stdout + result.stderr
    for page in ("index", "quickstart", "dump_format", "migrations",
                 "fixtures", "ddt", "lino", "comparison", "troubleshooting",
                 "architecture"):
        assert (tmp_path / "html" / (page + ".html")).exists(), page


def quick_start_commands():
    """The command lines of the README's quick start block."""
    with open(os.path.join(ROOT, "README.md"), encoding="utf-8") as stream:
        text = stream.read()
    section = text.split("## Quick start", 1)[1]
    block = section.split("```", 2)[1]
    return [line for line in block.splitlines() if line.strip()]


def ci_commands():
    """The commands of .ci/run, without comments and shell set-up."""
    with open(os.path.join(ROOT, ".ci", "run"), encoding="utf-8") as stream:
        lines = [line.strip() for line in stream]
    return [line for line in lines if line and not line.startswith("#")]


def test_ci_runs_exactly_the_readmes_test_command():
    """.ci/run proves the README's second command on a fresh machine: it
    runs that very line, and installs nothing else itself."""
    commands = quick_start_commands()
    assert len(commands) == 2, commands
    test_command = commands[1]
    assert test_command.endswith("inv test")
    assert "libmariadb-dev pkg-config" in test_command
    ci = ci_commands()
    assert ci[-1] == test_command, (ci[-1], test_command)
    for line in ci[:-1]:
        assert "apt-get" not in line and "pip install" not in line, line
    with open(os.path.join(ROOT, "docs", "quickstart.rst"),
              encoding="utf-8") as stream:
        assert "\n    %s\n" % test_command in stream.read()


def supported_versions_table():
    """(Python, Django, Lino, backends) of each row of the README's table."""
    with open(os.path.join(ROOT, "README.md"), encoding="utf-8") as stream:
        section = stream.read().split("## Supported versions", 1)[1]
    rows = [line.strip("| ").split("|")
            for line in section.split("\n\n", 2)[1].splitlines()[2:]]
    return [tuple(cell.strip() for cell in row) for row in rows]


def test_the_readme_table_is_the_nox_matrix_and_setup_py_says_so():
    """README's table, noxfile.py's sessions and setup.py's classifiers and
    requirement name the same Python and Django releases."""
    sys.path.insert(0, ROOT)
    try:
        import noxfile
    finally:
        sys.path.remove(ROOT)
    backends = {"sqlite": "SQLite", "postgresql": "PostgreSQL",
                "mysql": "MariaDB"}
    expected = [(c.python, c.django, "26.10" if c.lino else "(none)",
                 ", ".join(backends[b] for b in c.backends))
                for c in noxfile.MATRIX]
    table = [(python, django.replace(" LTS", ""), lino, tested)
             for python, django, lino, tested in supported_versions_table()]
    assert table == expected
    setup = open(os.path.join(ROOT, "setup.py"), encoding="utf-8").read()
    for python in {c.python for c in noxfile.MATRIX}:
        assert '"Programming Language :: Python :: %s"' % python in setup
    for django in {c.django for c in noxfile.MATRIX}:
        assert '"Framework :: Django :: %s"' % django in setup
    djangos = sorted({c.django for c in noxfile.MATRIX},
                     key=lambda v: tuple(map(int, v.split("."))))
    major, minor = map(int, djangos[-1].split("."))
    assert '"Django>=%s,<%d.%d"' % (djangos[0], major, minor + 1) in setup
