import os

from django.apps import AppConfig


class PerappConfig(AppConfig):
    """Its data version moves independently of the site's DUMPY_VERSION."""
    name = "tests.perapp"
    default_auto_field = "django.db.models.BigAutoField"
    dumpy_version = os.environ.get("PERAPP_VERSION", "2")
    dumpy_migration_class = "tests.perapp.migrate.Migrator"
