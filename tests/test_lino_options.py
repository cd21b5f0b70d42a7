"""lino_dumpy's restore options on a dump written by Lino's dump2py.

The restore.py of a Lino dump parses only ``--noinput`` and ``--quick``;
the plugin takes lino_dumpy's options out of its command line first, for
``manage.py run DIR/restore.py``, ``manage.py run DIR/`` and ``python
DIR/restore.py`` (which Lino itself cannot run: Django is not set up).
"""
import os
import shutil
import sys

from tests import forkserver
from tests.test_lino import (  # noqa: F401 (fixtures)
    LINO_SAMPLE, PROJECT, seed, site)

SETTINGS = "lino_dumpy.projects.lino_demo.settings"


def python_restore(site, path, *args):
    """``python DIR/restore.py ARGS`` in the demo project."""
    env = dict(site.env, DJANGO_SETTINGS_MODULE=SETTINGS)
    return forkserver.run([sys.executable, str(path)] + list(args), env,
                          PROJECT, kind="lino")


def newer_sample(tmp_path):
    """The stored Lino dump, stamped with a release newer than the code."""
    target = tmp_path / "newer"
    shutil.copytree(LINO_SAMPLE, target)
    path = target / "restore.py"
    text = path.read_text()
    path.write_text(text.replace("SOURCE_VERSION = '1.0'",
                                 "SOURCE_VERSION = '1.1'"))
    return target


def test_force_reaches_the_restore_on_every_entry_point(site, tmp_path):
    dump = newer_sample(tmp_path)
    before = site.snapshot()
    refused = site.manage("run", dump / "restore.py", "--noinput",
                          check=False)
    assert refused.returncode == 1
    assert "unrecognized arguments" not in refused.stderr
    assert "newer than the running code" in refused.stderr
    assert site.snapshot() == before
    for result in (
            site.manage("run", dump / "restore.py", "--noinput", "--force",
                        "-v", "2", check=False),
            site.manage("run", dump, "--force", "--noinput", check=False),
            python_restore(site, dump / "restore.py", "--force", "-b")):
        assert result.returncode == 0, result.stderr
        assert "Restored 283 rows" in result.stdout
    assert "  users.User: 3 rows" in site.manage(
        "run", dump, "--noinput", "--force", "-v", "2").stdout


def test_every_option_is_accepted(site):
    """--full-clean validates Lino's rows (a Place's clean() reads its
    parent, which is validated once loaded); --database names the alias."""
    for result in (
            site.manage("run", LINO_SAMPLE, "--noinput", "--full-clean",
                        "--accept-edited", "--non-atomic", "--database",
                        "default", "-v", "1", "--quick", check=False),
            python_restore(site, os.path.join(LINO_SAMPLE, "restore.py"),
                           "--noinput", "--full-clean", "--database",
                           "default")):
        assert result.returncode == 0, result.stderr
        assert "Restored 283 rows" in result.stdout
    result = site.manage("run", LINO_SAMPLE, "--noinput", "--database",
                         "nope", check=False)
    assert result.returncode == 1
    assert result.stderr.strip().endswith(
        "Give one of the aliases of DATABASES (default) with --database. "
        "Nothing was changed.")


def test_unexpected_exception_of_a_lino_dump_says_restore_failed(
        site, tmp_path):
    """An after_load handler of the Lino dump itself fails."""
    dump = tmp_path / "failing"
    shutil.copytree(LINO_SAMPLE, dump)
    path = dump / "restore.py"
    path.write_text(path.read_text().replace(
        "    loader = DpyLoader(globals(), quick=args.quick, strict=True)\n",
        "    loader = DpyLoader(globals(), quick=args.quick, strict=True)\n"
        "    loader.AFTER_LOAD_HANDLERS.append(lambda loader: 1 / 0)\n"))
    before = site.snapshot()
    for result in (site.manage("run", dump, "--noinput", check=False),
                   python_restore(site, path, "--noinput")):
        assert result.returncode == 1
        assert "Traceback" not in result.stderr
        assert "Restore failed: the after_load handler <lambda> of a " \
               "migration step failed: ZeroDivisionError" in result.stderr
    assert site.snapshot() == before


def test_plan_of_a_lino_dump_prints_the_plan_and_changes_nothing(
        site, tmp_path):
    """--plan on every entry point stops before main() calls initdb."""
    dump = newer_sample(tmp_path)
    before = site.snapshot()
    for result in (
            python_restore(site, os.path.join(LINO_SAMPLE, "restore.py"),
                           "--plan"),
            site.manage("run", LINO_SAMPLE, "--plan", check=False),
            python_restore(site, dump / "restore.py", "--plan", "--force")):
        assert result.returncode == 0, result.stdout + result.stderr
        assert "Plan for restoring" in result.stdout
        assert "  users.User: 3 rows" in result.stdout
        assert "No drift: the dump fits the current models." in \
            result.stdout
        assert "Restored" not in result.stdout
    assert site.snapshot() == before
