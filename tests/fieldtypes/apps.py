import os

from django.apps import AppConfig
from django.db.models.signals import pre_save


def tamper(sender, instance, raw, **kwargs):
    """Simulate a restore that changes data (to prove ddt catches it)."""
    if raw and sender.__name__ == "Node":
        instance.name = instance.name + "!"


class FieldtypesConfig(AppConfig):
    name = "tests.fieldtypes"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        if os.environ.get("DUMPY_TEST_TAMPER"):
            pre_save.connect(tamper)
