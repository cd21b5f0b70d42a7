"""Per-app version chains run independently of the site's version."""
import os
import re

import pytest


@pytest.mark.parametrize("safe", [False, True],
                         ids=["restore.py", "manage.py restore"])
def test_app_chain_runs_while_the_site_version_is_unchanged(
        project, fresh_env, tmp_path, safe):
    old = dict(project.env, PERAPP_VERSION="1", **fresh_env)
    new = dict(project.env, PERAPP_VERSION="2", **fresh_env)
    project.env = old
    project.manage("migrate", "--verbosity", "0")
    project.manage("shell", "--no-imports", "-c",
                   "from tests.perapp.models import Switch; "
                   "Switch.objects.create(name='light', state='yes'); "
                   "Switch.objects.create(name='fan', state='no')")
    project.manage("dump2py", str(tmp_path / "d"))
    restore = (tmp_path / "d" / "restore.py").read_text()
    assert "SOURCE_VERSION = '1.0'\nSOURCE_VERSIONS = {'perapp': '1'}" \
        in restore
    project.env = new
    if safe:
        result = project.manage("restore", str(tmp_path / "d"), "--noinput")
    else:
        result = project.python(str(tmp_path / "d" / "restore.py"),
                                "--noinput")
    assert result.stdout.splitlines()[:2] == [
        "Migrated from 1 to 2: Switch states are on/off instead of yes/no.",
        "  - Convert perapp.Switch.state (2 values mapped)"]
    project.manage("dump2py", str(tmp_path / "after"))
    rows = (tmp_path / "after" / "perapp_switch.py").read_text()
    assert re.findall(r"^loader.save\(create_perapp_switch\((.*)\)\)$",
                      rows, re.M) == [
        "1,'light','on'", "2,'fan','off'"]
    assert "SOURCE_VERSIONS = {'perapp': '2'}" in (
        tmp_path / "after" / "restore.py").read_text()


def test_dump_without_app_versions_still_restores(project, fresh_env,
                                                  tmp_path):
    """Dumps written before per-app versions existed have no
    SOURCE_VERSIONS; their app data is loaded as it is."""
    project.env = dict(project.env, **fresh_env)
    project.manage("migrate", "--verbosity", "0")
    project.manage("dump2py", str(tmp_path / "d"))
    path = tmp_path / "d" / "restore.py"
    text = path.read_text()
    path.write_text(re.sub(r"SOURCE_VERSIONS = .*\n", "", text))
    result = project.python(str(path), "--noinput")
    assert "Migrated" not in result.stdout
    assert os.path.isdir(tmp_path / "d")
