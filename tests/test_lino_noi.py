"""The chain rule on a real Lino application's version history: the
Migrator of Lino Noi 26.9.2 (vendored in tests/lino_noi_migrate.py) and
dumps stamped with real Noi release numbers.

Noi's steps: 0.0.1 -> 0.0.2 -> 0.0.3 (no step from 0.0.3: a true gap),
1.0.1 -> 1.0.2 -> 2016.12.0 (no step from 2016.12.0 either: Noi renamed
it ``unused_migrate_from_2016_12_0``), 2016.12.1 -> 2017.02.0.  Its
releases since 2017 are numbered 17.x ... 26.9.2.
"""
import pytest
from django.conf import settings

from lino_dumpy.exceptions import (DumpNewerThanCode, MigrationStepFailed,
                                   MissingMigrationStep)
from lino_dumpy.migrate import Migrator
from lino_dumpy.upgrade.chain import collect_steps, plan_and_run
from lino_dumpy.upgrade.migrator import chain_order, default_version_order
from lino_dumpy.upgrade.versions import calendar_key, pep440_key
from tests import lino_noi_migrate

NOI = "26.9.2"


class Anything:
    """A stand-in for Lino's dd and rt, and for the models they name."""

    def __getattr__(self, name):
        return Anything()

    def __call__(self, *args, **kwargs):
        return Anything()


@pytest.fixture
def lino_site(monkeypatch):
    """A Lino site (its SITE setting), and dd and rt for Noi's steps."""
    monkeypatch.setattr(settings, "SITE", Anything(), raising=False)
    monkeypatch.setattr(lino_noi_migrate, "dd", Anything())
    monkeypatch.setattr(lino_noi_migrate, "rt", Anything())
    monkeypatch.setattr(lino_noi_migrate, "settings", Anything())


def noi_globals():
    """The globals a Noi dump has for the tables Noi's steps override."""
    names = ["tickets_interest", "products_productcat", "products_product",
             "faculties_competence",
             "faculties_faculty", "tickets_site", "stars_star",
             "tickets_deployment", "tickets_milestone", "topics_interest",
             "tickets_project", "contacts_role", "tickets_ticket",
             "contacts_partner", "contacts_person", "contacts_company"]
    globals_dict = {"create_" + name: (lambda *args: None) for name in names}
    globals_dict.update(bv2kw=lambda name, value: {name: value},
                        new_content_type_id=lambda pk: pk)
    return globals_dict


def run(source, current=NOI, migrator=None):
    migrator = migrator or lino_noi_migrate.Migrator(None, None)
    steps = plan_and_run(collect_steps(migrator), noi_globals(),
                         "SOURCE_VERSION", source, current, False,
                         order=chain_order(migrator))
    return [(s.source, s.target) for s in steps]


def test_calendar_order():
    history = ["0.0.1", "0.0.2", "0.0.3", "1.0.1", "1.0.2", "2016.12.0",
               "2016.12.1", "2017.02.0", "17.3.0rc1", "17.3.0", "25.7.3",
               "26.9.1", "26.9.2", "26.10.0"]
    assert sorted(reversed(history), key=calendar_key) == history
    assert calendar_key("17.2.0") == calendar_key("2017.02.0")
    assert sorted(history, key=pep440_key)[-1] == "2017.02.0"


@pytest.mark.parametrize("source", [
    "17.2.0", "2017.02.0", "2017.2.0", "20.1.0", "25.7.3", "26.9.1", NOI])
def test_releases_after_the_last_step_need_no_step(lino_site, source):
    """2017.02.0 is the last step's target: every later release (in YY.M.N
    since 2017) restores with no step and no refusal."""
    assert run(source) == []


def test_the_last_step_runs_then_no_step_is_needed(lino_site):
    """2016.12.1 runs Noi's last step, which leads to 2017.02.0."""
    class Fixed(lino_noi_migrate.Migrator):
        def migrate_from_2016_12_1(self, globals_dict):
            return "2017.02.0"
    assert run("2016.12.1", migrator=Fixed(None, None)) == [
        ("2016.12.1", "2017.02.0")]


def test_a_step_serves_another_spelling_of_its_version(lino_site):
    """In the calendar order 16.12.1 is 2016.12.1: Noi's step runs."""
    class Fixed(lino_noi_migrate.Migrator):
        def migrate_from_2016_12_1(self, globals_dict):
            return "2017.02.0"
    assert run("16.12.1", migrator=Fixed(None, None)) == [
        ("16.12.1", "2017.02.0")]


def test_the_real_last_step_fails_as_written(lino_site):
    """Noi's migrate_from_2016_12_1 assigns to an undefined name (``users
    .User = ...``): it is called, and its failure is named."""
    with pytest.raises(MigrationStepFailed,
                       match=r"migrate_from_2016_12_1 .* failed: NameError"):
        run("2016.12.1")


@pytest.mark.parametrize("source, missing", [
    ("0.0.1", "migrate_from_0_0_3"),
    ("0.0.2", "migrate_from_0_0_3"),
    ("1.0.0", "migrate_from_1_0_0"),
    ("1.0.1", "migrate_from_2016_12_0"),
    ("2016.12.0", "migrate_from_2016_12_0"),
])
def test_gaps_inside_the_chain_are_still_refused(lino_site, source,
                                                 missing):
    """migrate_from_0_0_2 returns 0.0.3, from which no step starts, while
    later steps exist: a true gap."""
    with pytest.raises(MissingMigrationStep,
                       match=r"a method %s\(\) is missing" % missing):
        run(source)


def test_the_gap_after_0_0_2_is_reached_by_the_real_steps(lino_site):
    globals_dict = noi_globals()
    migrator = lino_noi_migrate.Migrator(None, None)
    with pytest.raises(MissingMigrationStep, match=r"version 0\.0\.3"):
        plan_and_run(collect_steps(migrator), globals_dict,
                     "SOURCE_VERSION", "0.0.2", NOI, False,
                     order=chain_order(migrator))
    assert globals_dict["SOURCE_VERSION"] == "0.0.3"


@pytest.mark.parametrize("source, current", [
    ("26.10.0", NOI), ("27.1.0", NOI), ("25.7.3", "2017.02.0")])
def test_a_dump_of_a_later_release_is_refused(lino_site, source, current):
    with pytest.raises(DumpNewerThanCode):
        run(source, current)


def test_plain_django_keeps_pep440():
    """Without a Lino site the same migrator is read in PEP 440 order, in
    which 25.7.3 lies inside the span of the steps (before 2016.12.1)."""
    assert default_version_order() is pep440_key
    assert Migrator().version_key("2016.12.1") > Migrator().version_key(
        "25.7.3")
    with pytest.raises(MissingMigrationStep,
                       match=r"migrate_from_25_7_3\(\) is missing"):
        run("25.7.3")
    with pytest.raises(DumpNewerThanCode):
        run("2016.12.1", "25.7.3", migrator=Migrator())


def test_a_lino_site_gets_the_calendar_order(lino_site):
    assert default_version_order() is calendar_key
    assert Migrator(settings.SITE).version_key("25.7.3") > Migrator(
        settings.SITE).version_key("2016.12.1")


def test_a_migrator_may_define_its_own_order(lino_site):
    """version_key() of the migrator decides, even in a Lino site."""
    class Reversed(Migrator):
        def version_key(self, version):
            return tuple(-part for part in pep440_key(version).release)

        def migrate_from_3_0(self, globals_dict):
            return "2.0"
    assert run("3.0", "1.0", Reversed()) == [("3.0", "2.0")]
    with pytest.raises(DumpNewerThanCode):
        run("0.5", "1.0", Reversed())
