"""Restoring a dump: the side of lino_dumpy that writes the database.

- :mod:`.restorer`: preflight, migration plan, schema, load, checks;
  ``restore_main()`` is what every dump's ``restore.py`` calls;
- :mod:`.runtime`: the names a dump's code uses (``dt``, ``Decimal``,
  ``create_mti_child``...), free of side effects;
- :mod:`.dumpinfo`: what ``restore.py`` says about itself, read as data;
- :mod:`.verify`: table files checked against their checksums;
- :mod:`.rowreader`, :mod:`.rowpool` (with :mod:`.rowworker` and
  :mod:`.workerpipes`): table files read as data, in worker processes for
  large dumps; :mod:`.trustedrows` and :mod:`.compiler`: a trusted dump
  compiled from a hand-edited line on;
- :mod:`.loader` and :mod:`.inserts`: ``loader.save(obj)`` and the batched
  inserts behind it; :mod:`.fastpaths` with :mod:`.mysqlload` and
  :mod:`.sqliteload`: what a backend does its own way during the load;
  :mod:`.conflicts`: the unique key a refused row shares;
- :mod:`.schema`, :mod:`.schemastep`: the schema brought to current;
- :mod:`.keycheck`, :mod:`.integrity`, :mod:`.sequences`: keys checked
  before and after the load, counters reset;
- :mod:`.datetimes`, :mod:`.mediafiles`: instants across time zone
  settings, files the rows refer to.
"""

# Every dump ever written calls ``lino_dumpy.restore.restore_main``, and
# tests and applications call ``restore_directory`` and ``load_dump``: they
# stay reachable here.  They are imported on first use because the reader
# workers (``python -m lino_dumpy.restore.rowworker``) import this package
# and must start without loading Django.
PUBLIC = ("restore_main", "restore_directory", "load_dump")


def __getattr__(name):
    if name in PUBLIC:
        from . import restorer
        return getattr(restorer, name)
    raise AttributeError("module %r has no attribute %r" % (__name__, name))
