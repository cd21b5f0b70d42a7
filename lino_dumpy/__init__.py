"""Python dumps: exact, atomic and migratable snapshots of a Django or Lino
database.

In a Lino site, ``lino_dumpy`` is also a plugin: Lino looks up the
``Plugin`` class of this package, which is imported lazily so that a plain
Django project does not need Lino.
"""

__version__ = "0.5.0"


def __getattr__(name):
    if name == "Plugin":
        from .lino.plugin import Plugin
        return Plugin
    raise AttributeError("module %r has no attribute %r" % (__name__, name))
