from lino_dumpy.migrate import Migrator as BaseMigrator
from lino_dumpy.operations import ConvertValue


class Migrator(BaseMigrator):
    def migrate_from_1(self, globals_dict):
        """Switch states are on/off instead of yes/no."""
        self.apply(globals_dict, ConvertValue(
            "perapp.Switch", "state", {"yes": "on", "no": "off"}))
        return "2"
