"""Orders of version numbers for the migration chain: PEP 440, and
Lino's calendar order.

Lino applications numbered their releases ``YYYY.M.N`` until 2017
(Lino Noi: ``2016.12.0``, ``2017.02.0``) and ``YY.M.N`` since (``25.7.3``,
``26.9.2``); before that, some started with plain numbers (Noi's ``0.0.1``
... ``1.0.2``).  PEP 440 puts ``2016.12.1`` after ``25.7.3``; Lino's own
restore never compares versions (it looks up ``migrate_from_X_Y`` methods
by name), but lino_dumpy's chain rule needs an order, and this is the one
of the calendar:

- a first component of 100 or more is a year as written (``2016.12.1``);
- a first component from 10 to 99 is a year of this century, ``YY`` read
  as ``2000 + YY`` (``25.7.3`` is ``2025.7.3``, after ``2017.2.0``);
- a first component below 10 is a version from before the calendar
  numbering (``0.0.2``, ``1.0.2``): these come before every calendar
  release, in PEP 440 order among themselves.

The rest of a version (further components, pre-, post- and development
releases) is compared as PEP 440 compares it.  ``17.2.0`` and
``2017.2.0`` are the same point of the order.  Nothing here imports Lino:
the Migrator picks the calendar order when the site is a Lino site
(lino_dumpy.upgrade.migrator.default_version_order).
"""
import re

from packaging.version import Version

#: The first release component of a normalized PEP 440 version, after its
#: epoch, if any.
FIRST = re.compile(r"^((?:\d+!)?)(\d+)")


def pep440_key(version):
    """The default order of versions: PEP 440 (packaging's Version)."""
    return Version(str(version))


def calendar_key(version):
    """The sort key of `version` (a string) in Lino's calendar order.

    Raises packaging's InvalidVersion for what is not a PEP 440 version.
    """
    parsed = Version(str(version))
    first = parsed.release[0]
    if first < 10:
        return (0, parsed)
    if first >= 100:
        return (1, parsed)
    year = FIRST.sub(lambda m: m.group(1) + str(2000 + first), str(parsed),
                     count=1)
    return (1, Version(year))
