from django.apps import AppConfig


class CatalogConfig(AppConfig):
    name = "lino_dumpy.projects.library.v1.catalog"
    label = "catalog"
    default_auto_field = "django.db.models.BigAutoField"
