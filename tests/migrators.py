"""Migrators used by the tests to provoke failures."""
from lino_dumpy.projects.library.v3.catalog.migrate import Migrator


class FailingStep(Migrator):
    def migrate_from_2_0(self, globals_dict):
        """A step that breaks."""
        raise ValueError("the step is broken")


class StepGoingBackwards(Migrator):
    def migrate_from_2_0(self, globals_dict):
        """A step that returns an older version."""
        return "1.5"
