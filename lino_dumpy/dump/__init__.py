"""Writing a dump: the side of lino_dumpy that reads the database.

- :mod:`.writer`: ``dump()``, the entry point of ``dump2py``: preflight,
  snapshot, the models in order, ``restore.py``;
- :mod:`.modelwriter`: the ``create_`` function and table files of one model;
- :mod:`.reader`: pages of rows from the database, keyset-paginated,
  read with the drivers' compiled parsers where they give the same values
  (:mod:`.drivers`);
- :mod:`.values` and :mod:`.stored`: a stored value as Python source;
- :mod:`.snapshot` and :mod:`.workers`: one consistent snapshot, shared by
  the worker processes that write the table files;
- :mod:`.storage`: the atomic dump directory (temporary sibling, rename);
- :mod:`.templates`: the text of the generated files.
"""
