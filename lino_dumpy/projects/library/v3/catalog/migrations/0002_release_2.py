"""This release ships the migration of release 2 unchanged."""
from importlib import import_module

Migration = import_module(
    "lino_dumpy.projects.library.v2.catalog.migrations.0002_release_2"
).Migration
