from django.apps import AppConfig


class ShopConfig(AppConfig):
    """The demo web shop whose models exercise the dump's tricky shapes."""

    name = "lino_dumpy.projects.demo.shop"
    label = "shop"
    verbose_name = "Demo shop"
    default_auto_field = "django.db.models.BigAutoField"
