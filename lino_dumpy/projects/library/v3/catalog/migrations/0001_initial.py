"""This release ships the first migration of release 1 unchanged."""
from importlib import import_module

Migration = import_module(
    "lino_dumpy.projects.library.v1.catalog.migrations.0001_initial"
).Migration
