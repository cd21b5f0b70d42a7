"""A database router that keeps fieldtypes.Routed off one alias."""
from django.conf import settings


class RoutedOff:
    """No table for fieldtypes.Routed on the alias named by the setting
    DUMPY_TEST_ROUTED_OFF; no opinion on anything else."""

    def allow_migrate(self, db, app_label, model_name=None, **hints):
        if app_label == "fieldtypes" and model_name == "routed" and \
                db == getattr(settings, "DUMPY_TEST_ROUTED_OFF", None):
            return False
        return None
