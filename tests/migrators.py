"""Migrators used by the tests to provoke failures."""
from lino_dumpy.migrate import Migrator as BaseMigrator
from lino_dumpy.operations import SaveObjects
from lino_dumpy.projects.library.v3.catalog.migrate import Migrator


class FailingStep(Migrator):
    def migrate_from_2_0(self, globals_dict):
        """A step that breaks."""
        raise ValueError("the step is broken")


class StepGoingBackwards(Migrator):
    def migrate_from_2_0(self, globals_dict):
        """A step that returns an older version."""
        return "1.5"


class SlowStep(Migrator):
    """Signals that its step runs, then waits to be killed."""

    def migrate_from_2_0(self, globals_dict):
        """A step that takes its time."""
        announce("migrating")
        return super().migrate_from_2_0(globals_dict)


class SlowAfterLoad(Migrator):
    """Waits, after all rows are in, inside the restore's transaction."""

    def migrate_from_2_0(self, globals_dict):
        """Release 3 with a slow after_load callback."""
        self.after_load(lambda loader: announce("loaded"))
        return super().migrate_from_2_0(globals_dict)


def announce(what):
    """Print `what` and sleep: the test kills the process meanwhile."""
    import time
    print(what, flush=True)
    time.sleep(60)


class SaveNodes(BaseMigrator):
    def migrate_from_1_0(self, globals_dict):
        """Nodes are saved after the load."""
        self.apply(globals_dict, SaveObjects("fieldtypes.Node"))
        return "2.0"


class SaveInvalidNodes(BaseMigrator):
    def migrate_from_1_0(self, globals_dict):
        """The root node has no parent, which full_clean() refuses (the
        field is not blank=True)."""
        self.apply(globals_dict,
                   SaveObjects("fieldtypes.Node", full_clean=True))
        return "2.0"
