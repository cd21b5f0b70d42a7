"""lino_dumpy in the Lino world: the plugin, Lino's own dumps, invoke tasks.

- :mod:`.plugin`: the Lino plugin that routes Lino's dump and restore
  entry points to lino_dumpy;
- :mod:`.compat`: restoring dumps written by Lino's ``dump2py``;
- :mod:`.tasks`: atelier/invoke tasks (``inv ddt``, ``inv prep``).

Inside this package ``import lino`` still means Lino itself (imports are
absolute).
"""
