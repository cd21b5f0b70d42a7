"""The double dump test as ``inv test`` runs it (lino_dumpy.invlib), and
the report of lino_dumpy.testing.ddt.

tests/ddt_project is a demo project whose restore draws a new random value
for every row: its double dump test must fail, loudly and readably.
"""
import io
import os
import sys

from lino_dumpy.testing.ddt import DoubleDumpReport, compare_dumps
from lino_dumpy.invlib import DemoProject, double_dump_tests
from lino_dumpy.dump.writer import dump
from tests.conftest import ROOT
from tests.fixtures_data import populate

FLAKY = DemoProject("tests.ddt_project", prep=(
    "migrate --noinput --verbosity 0", "loaddata tickets"))

SHOP = DemoProject("lino_dumpy.projects.demo", prep=(
    "migrate --noinput --verbosity 0", "flush --noinput",
    "loaddata demo_shop"))

TASKS = """\
from invoke import Collection

from lino_dumpy.invlib import DemoProject, add_tasks

ns = add_tasks(Collection(), [DemoProject("tests.ddt_project", prep=(
    "migrate --noinput --verbosity 0", "loaddata tickets"))])
"""


def test_the_ddt_task_fails_loudly(project, fresh_env, tmp_path):
    """`inv ddt --prep` (what `inv test` runs) on the flaky project."""
    (tmp_path / "tasks.py").write_text(TASKS)
    project.env.update(fresh_env)
    result = project.run([sys.executable, "-m", "invoke", "ddt", "--prep"],
                         check=False, cwd=str(tmp_path))
    assert result.returncode == 1
    lines = result.stdout.splitlines()
    assert lines[0] == ("Double dump test of 1 demo project(s) (after "
                        "building their databases):")
    assert lines[1].startswith(
        "- tests.ddt_project: FAILED: ddt exited with 1 in ")
    for line, pk in zip(lines[2:4], (1, 2)):
        assert line.startswith("    flaky.Ticket pk=%d nonce: a='" % pk)
        assert "' b='" in line
    assert lines[4] == (
        "    CommandError: Double dump test failed: 2 difference(s) between "
        "the dump and the dump of its restore.")
    assert lines[-2:] == [
        "0 of 1 demo project(s) passed the double dump test.",
        "FAILED: tests.ddt_project (ddt exited with 1)"]
    assert result.stderr.strip() == (
        "The double dump test failed in tests.ddt_project.")


def test_a_failing_prep_is_reported(fresh_env):
    broken = DemoProject("tests.ddt_project", prep=(
        "migrate --noinput --verbosity 0", "loaddata no_such_fixture"))
    out = io.StringIO()
    [result] = double_dump_tests([broken], prep=True, stream=out,
                                 env=dict(fresh_env, PYTHONPATH=ROOT))
    assert not result.ok
    assert result.step == "prep `loaddata no_such_fixture` exited with 1"
    assert "No fixture named 'no_such_fixture' found." in out.getvalue()


def test_the_demo_shop_passes_on_this_backend(fresh_env):
    out = io.StringIO()
    [result] = double_dump_tests([SHOP], prep=True, stream=out,
                                 env=dict(fresh_env, PYTHONPATH=ROOT))
    assert result.ok, out.getvalue()
    assert "both dumps identical." in result.output


def test_differences_name_model_pk_field_and_values(clean_db, tmp_path):
    from tests.fieldtypes.models import Club, Everything, Node
    populate()
    dump(tmp_path / "a", progress=False, max_row_count=1)
    Club.objects.update(name="golf")
    Node.objects.filter(name="child").delete()
    Everything.objects.filter(char="").update(blob=b"\x00" * 100)
    dump(tmp_path / "b", progress=False, max_row_count=1)
    report = DoubleDumpReport(str(tmp_path / "a"), str(tmp_path / "b"))
    report.differences = compare_dumps(report.first, report.second)
    club = Club.objects.get()
    child = [d for d in report.differences if d.model == "fieldtypes.Node"]
    assert [str(d) for d in report.differences
            if d.model == "fieldtypes.Club"] == [
        "fieldtypes.Club pk=%d name: a='club' b='golf'" % club.pk]
    assert [(d.field, d.old) for d in child] == [(None, "row missing in b")]
    [blob] = [str(d) for d in report.differences
              if d.model == "fieldtypes.Everything"]
    assert " blob: a=b'' b=b'\\x00\\x00\\x00" in blob
    assert blob.endswith("[...]") and len(blob) < 120
    summary = list(report.lines())[0]
    assert summary.startswith("Double dump test failed: ")
    assert "fieldtypes.Club: 1" in summary


def test_the_ddt_command_prints_the_differences(clean_db, project,
                                                 fresh_env):
    """`manage.py ddt` itself, on the flaky project."""
    project.env.update(fresh_env,
                       DJANGO_SETTINGS_MODULE=FLAKY.settings_module)
    project.manage("migrate", "--noinput", "--verbosity", "0")
    project.manage("loaddata", "tickets")
    result = project.manage("ddt", "--noinput", check=False)
    assert result.returncode == 1
    assert result.stdout.splitlines()[0].startswith(
        "flaky.Ticket pk=1 nonce: a='")
    assert "CommandError: Double dump test failed: 2 difference(s)" \
        in result.stderr


def test_tasks_py_of_this_project_lists_every_demo_project():
    """`inv test` tests the DDT of every shipped demo project."""
    sys.path.insert(0, ROOT)
    try:
        import tasks
    finally:
        sys.path.remove(ROOT)
    projects = os.listdir(os.path.join(ROOT, "lino_dumpy", "projects"))
    shipped = sorted("lino_dumpy.projects." + name for name in projects
                     if os.path.isfile(os.path.join(
                         ROOT, "lino_dumpy", "projects", name, "settings.py")))
    assert sorted(p.name for p in tasks.DEMO_PROJECTS) == shipped
    assert {"ddt", "prep", "test", "bd", "clean"} <= set(tasks.ns.task_names)
