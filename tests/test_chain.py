"""The rules of one version chain, on migrators made for the test."""
import pytest

from lino_dumpy.upgrade.chain import collect_steps, plan_and_run
from lino_dumpy.exceptions import (DumpNewerThanCode, MigrationStepFailed,
                                   MissingMigrationStep)
from lino_dumpy.migrate import Migrator


class Steps(Migrator):
    """Steps 1.0 -> 1.1 -> 2.0 (the last one a no-op, as Lino writes them)."""

    def migrate_from_1_0(self, globals_dict):
        """Add a marker."""
        globals_dict.setdefault("ran", []).append("1.0")
        return "1.1"

    def migrate_from_1_1(self, globals_dict):
        globals_dict.setdefault("ran", []).append("1.1")
        return "2.0"


def run(source, current, migrator=None, force=False):
    globals_dict = {}
    steps = plan_and_run(collect_steps(migrator or Steps()), globals_dict, "SOURCE_VERSION",
                         source, current, force)
    return [(s.source, s.target) for s in steps], globals_dict


@pytest.mark.parametrize("source, current, expected", [
    ("2.0", "2.0", []),
    ("1.0", "2.0", [("1.0", "1.1"), ("1.1", "2.0")]),
    ("1.1", "2.0", [("1.1", "2.0")]),
    ("1.0", "26.10.8", [("1.0", "1.1"), ("1.1", "2.0")]),
    ("2.0", "26.10.8", []),
    ("25.3.0", "26.10.8", []),
])
def test_chains_that_are_accepted(source, current, expected):
    steps, globals_dict = run(source, current)
    assert steps == expected
    assert globals_dict.get("ran", []) == [s for s, _ in expected]


@pytest.mark.parametrize("source, message", [
    ("1.0.5", r"migrate_from_1_0_5\(\) is missing. Existing steps: "
              r"migrate_from_1_0 \(Steps\), migrate_from_1_1 \(Steps\)"),
    ("1.5", r"migrate_from_1_5\(\) is missing"),
    ("0.9", r"0.9 is older than the oldest migration step"),
])
def test_gaps_are_refused(source, message):
    with pytest.raises(MissingMigrationStep, match=message):
        run(source, "3.0")


def test_a_gap_is_refused_before_any_step_runs():
    class Gap(Steps):
        def migrate_from_1_1(self, globals_dict):
            return "1.2"

        def migrate_from_1_3(self, globals_dict):
            return "2.0"
    with pytest.raises(MissingMigrationStep, match="migrate_from_1_2"):
        run("1.0", "2.0", Gap())


def test_force_ignores_a_gap():
    assert run("1.5", "3.0", force=True)[0] == []


def test_newer_dump_is_refused():
    with pytest.raises(DumpNewerThanCode, match="newer than the running"):
        run("2.1", "2.0")


@pytest.mark.parametrize("result, message", [
    ("1.0", "not after 1.0"),
    ("0.5", "not after 1.0"),
    (None, "returned None instead of the version"),
    ("9.0", "after the version of the running code"),
    ("one", "not a valid version number"),
])
def test_steps_must_move_forward_to_a_valid_version(result, message):
    class Bad(Migrator):
        def migrate_from_1_0(self, globals_dict):
            return result
    with pytest.raises(Exception, match=message):
        run("1.0", "2.0", Bad())


def test_a_step_that_raises_is_named():
    class Broken(Migrator):
        def migrate_from_1_0(self, globals_dict):
            raise KeyError("create_x")
    with pytest.raises(MigrationStepFailed,
                       match=r"migrate_from_1_0 \(.*Broken\) failed: KeyError"):
        run("1.0", "2.0", Broken())


def test_unversioned_site_or_dump_needs_nothing():
    assert run(None, "2.0")[0] == []
    assert run("1.0", None)[0] == []


def test_old_style_module_steps_join_the_chain(tmp_path, monkeypatch):
    module = tmp_path / "ancient_steps.py"
    module.write_text(
        "def migrate_from_0_9(globals_dict):\n"
        "    '''Ancient step.'''\n"
        "    globals_dict.setdefault('ran', []).append('0.9')\n"
        "    return '1.0'\n")
    monkeypatch.syspath_prepend(str(tmp_path))

    class WithHistory(Steps):
        old_migration_modules = ["ancient_steps"]
    steps, globals_dict = run("0.9", "2.0", WithHistory())
    assert steps == [("0.9", "1.0"), ("1.0", "1.1"), ("1.1", "2.0")]
    assert globals_dict["ran"] == ["0.9", "1.0", "1.1"]


def test_install_shim_of_very_old_dumps_runs_the_chain_once(settings,
                                                            tmp_path,
                                                            monkeypatch):
    """Very old dumps end with ``install(globals())`` from an old-style
    module named by the site's migration module setting."""
    from lino_dumpy.old_migrate import install
    module = tmp_path / "site_migrate.py"
    module.write_text(
        "from lino_dumpy.old_migrate import install  # noqa: F401\n"
        "def migrate_from_0_8(globals_dict):\n"
        "    globals_dict['calls'] = globals_dict.get('calls', 0) + 1\n"
        "    return '1.0'\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.setattr(settings, "DUMPY_MIGRATION_MODULE", "site_migrate",
                        raising=False)
    monkeypatch.setattr(settings, "DUMPY_VERSION", "1.0")
    from site_migrate import install as reexported
    globals_dict = {"SOURCE_VERSION": "0.8"}
    assert reexported is install
    steps = install(globals_dict)
    assert [(s.source, s.target) for s in steps] == [("0.8", "1.0")]
    assert install(globals_dict) == []
    assert globals_dict["calls"] == 1
    assert globals_dict["SOURCE_VERSION"] == "1.0"


@pytest.fixture
def settings():
    from django.conf import settings
    return settings


class BadNames:
    """Steps whose names are no versions, as methods and as functions."""

    old_migration_modules = ["bad_step_names"]

    def migrate_from_1_0(self, globals_dict):
        return "2.0"

    def migrate_from_latest(self, globals_dict):
        return "9.0"


def test_invalid_version_names_are_skipped_alike(tmp_path, monkeypatch,
                                                 caplog):
    """A step name that is no version is skipped with a warning, whether it
    is a method or an old-style module function."""
    (tmp_path / "bad_step_names.py").write_text(
        "def migrate_from_0_9(globals_dict):\n"
        "    return '1.0'\n"
        "def migrate_from_old(globals_dict):\n"
        "    return '0.9'\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    with caplog.at_level("WARNING", logger="lino_dumpy.upgrade.chain"):
        steps = collect_steps(BadNames())
    assert sorted(str(v) for v in steps) == ["0.9", "1.0"]
    warnings = sorted(r.getMessage() for r in caplog.records)
    assert warnings == [
        "Ignoring migrate_from_latest of BadNames: 'latest' is not a "
        "version number.",
        "Ignoring migrate_from_old of bad_step_names: 'old' is not a "
        "version number."]
