from django.apps import AppConfig


class DumpyConfig(AppConfig):
    """lino_dumpy as a plain Django app: it contributes its commands."""

    name = "lino_dumpy"
    verbose_name = "Python dumps"
    default_auto_field = "django.db.models.BigAutoField"
