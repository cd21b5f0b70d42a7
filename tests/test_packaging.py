"""The package as a user gets it.

``python -m build`` makes an sdist and a wheel that ``twine check``
accepts; the wheel holds the package with its fixtures and demo projects
and nothing else; installed in a fresh virtualenv, far from this source
tree, it runs the demo of the README's quick start.
"""
import os
import shutil
import subprocess
import sys
import tarfile
import zipfile

import pytest

from lino_dumpy import __version__
from tests.conftest import ONCE, ROOT

pytestmark = ONCE

#: Files of the source tree that a user needs, as the wheel must hold them.
NEEDED = ("lino_dumpy/__init__.py", "lino_dumpy/demo.py",
          "lino_dumpy/fixtures/demo_shop.py",
          "lino_dumpy/fixtures/library_1_0/restore.py",
          "lino_dumpy/projects/demo/settings.py",
          "lino_dumpy/projects/library/v1/catalog/migrations/0001_initial.py",
          "lino_dumpy/projects/lino_demo/settings.py",
          "lino_dumpy/dump/templates.py",
          "lino_dumpy/management/commands/dump2py.py")


def run(args, **kwargs):
    result = subprocess.run([str(arg) for arg in args], capture_output=True,
                            text=True, timeout=900, **kwargs)
    assert result.returncode == 0, "%s\n%s\n%s" % (
        " ".join(map(str, args)), result.stdout, result.stderr)
    return result


@pytest.fixture(scope="module")
def dist(tmp_path_factory):
    """The sdist and the wheel that ``python -m build`` makes of a copy of
    the files git tracks (the build writes into the tree it builds, and
    the sessions of the matrix run side by side)."""
    source = tmp_path_factory.mktemp("source")
    for name in source_files("."):
        (source / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(os.path.join(ROOT, name), source / name)
    out = tmp_path_factory.mktemp("dist")
    run([sys.executable, "-m", "build", "--installer", "uv", "--outdir",
         out, source])
    wheels = list(out.glob("*.whl"))
    sdists = list(out.glob("*.tar.gz"))
    assert len(wheels) == len(sdists) == 1, os.listdir(out)
    return wheels[0], sdists[0]


def source_files(*tops):
    """The files that git tracks under `tops`, but for its own."""
    result = run(["git", "ls-files", *tops], cwd=ROOT)
    return {name for name in result.stdout.split()
            if not name.endswith(".gitignore")}


def test_the_wheel_holds_the_package_and_nothing_else(dist):
    wheel, sdist = dist
    assert wheel.name == "lino_dumpy-%s-py3-none-any.whl" % __version__
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
    metadata = {name for name in names if ".dist-info/" in name}
    package = names - metadata
    assert {name.split("/")[0] for name in package} == {"lino_dumpy"}
    shipped = source_files("lino_dumpy")
    assert package == shipped, sorted(package ^ shipped)
    assert set(NEEDED) <= package


def test_the_sdist_holds_what_builds_and_tests_the_package(dist):
    """The sdist is the source a packager rebuilds and tests: the package,
    setup.py, README, the tests with their sample dumps and the docs; not
    the benchmarks, CI script or generated files."""
    wheel, sdist = dist
    assert sdist.name == "lino_dumpy-%s.tar.gz" % __version__
    top = "lino_dumpy-%s/" % __version__
    with tarfile.open(sdist) as archive:
        files = {member.name[len(top):] for member in archive.getmembers()
                 if member.isfile()}
    files -= {name for name in files if name == "PKG-INFO" or
              name.startswith("lino_dumpy.egg-info/")}
    wanted = source_files("lino_dumpy", "tests", "docs") | {
        "setup.py", "setup.cfg", "MANIFEST.in", "README.md", "noxfile.py",
        "tasks.py", "pytest.ini"}
    assert files == wanted, sorted(files ^ wanted)


def test_twine_accepts_both(dist):
    result = run([sys.executable, "-m", "twine", "check", "--strict",
                  *dist])
    assert result.stdout.count("PASSED") == 2, result.stdout


def test_the_wheel_installed_in_a_fresh_virtualenv_runs_the_demo(
        dist, tmp_path):
    """The README's first quick-start command, from the wheel: with what
    pip (here uv, for speed) installs from its requirements, nothing from
    this environment or this source tree."""
    wheel, sdist = dist
    venv = tmp_path / "venv"
    run([sys.executable, "-m", "uv", "venv", "-q", "--python",
         sys.executable, venv])
    python = venv / "bin" / "python"
    run([sys.executable, "-m", "uv", "pip", "install", "-q", "--python",
         python, wheel])
    env = {name: value for name, value in os.environ.items()
           if not name.startswith(("DJANGO_", "DUMPY_", "PYTHON"))}
    result = run([python, "-m", "lino_dumpy.demo"], cwd=tmp_path, env=env)
    assert "Double dump test passed" in result.stdout, result.stdout
    where = run([python, "-c", "import lino_dumpy; print(lino_dumpy.__file__)"],
                cwd=tmp_path, env=env)
    assert where.stdout.startswith(str(venv)), where.stdout
