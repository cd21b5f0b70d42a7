"""The text that Lino 26.10's ``dump2py`` generates in a ``restore.py``.

The safe restore accepts a Lino dump only if its ``restore.py`` is this
text with the dump's own values filled in (see scriptcheck.py); nothing
of it is run.  Copied from lino/management/commands/dump2py.py.
"""
# Lino's line is lino_dumpy's.
from ..dump.templates import CONTENT_TYPE_LINE

#: Everything between the header comments and the resolve_model() lines,
#: but SOURCE_VERSION (a value) and bv2kw() (the languages).
PRELUDE = '''\
from lino import logger

import os
import six
from decimal import Decimal
from datetime import datetime
from datetime import time, date
from django.conf import settings
from django.utils.timezone import make_aware
from datetime import timezone; utc = timezone.utc
from django.core.management import call_command
from lino.utils.dpy import create_mti_child
from lino.utils.dpy import DpyLoader
from lino.core.utils import resolve_model

settings.ADMINS = []

if settings.USE_TZ:
    def dt(*args):
        return make_aware(datetime(*args), timezone=utc)
else:
    def dt(*args):
        return datetime(*args)

def new_content_type_id(m):
    if m is None: return m
    ct = settings.SITE.models.contenttypes.ContentType.objects.get_for_model(m)
    if ct is None: return None
    return ct.pk

def pmem():
    process = psutil.Process(os.getpid())
    print(process.memory_info().rss)

def execfile(fn, *args):
    logger.info("Execute file %s ...", fn)
    six.exec_(compile(open(fn, "rb").read(), fn, 'exec'), *args)

if __name__ == '__main__':
    import argparse
    parser = argparse.ArgumentParser(description='Restore the data.')
    parser.add_argument('-b', '--noinput', '--batch', dest='interactive',
        action='store_false', default=True,
        help="Don't ask for confirmation before flushing the database.")
    parser.add_argument('--quick', dest='quick',
        action='store_true',default=False,
        help='Do not call full_clean() on restored instances.')

    args = parser.parse_args()
    main(args)
'''

BV2KW = '''\
def bv2kw(fieldname, values):
    """
    Needed if `Site.languages` changed between dumpdata and loaddata
    """
    return settings.SITE.babelkw(fieldname, {languages})
'''

BV2KW_LANGUAGE = "{0}=values[{1}]"

MAIN = '''\
def main(args):
    loader = DpyLoader(globals(), quick=args.quick, strict=True)
    from django.core.management import call_command
    call_command('initdb', interactive=args.interactive)
    os.chdir(os.path.dirname(__file__))
    loader.initialize()
    args = (globals(), locals())

{execfiles}    loader.finalize()
    logger.info("Loaded %d objects", loader.count_objects)
    call_command('resetsequences')
'''

EXECFILE = '    execfile("{0}", *args)\n'

CREATE_FUNCTION = "def create_{table}({args}):\n{body}"

DECIMAL_LINE = "    if {0} is not None: {0} = Decimal({0})\n"

KEYWORDS = "    kw = dict()\n"

KEYWORD = "    kw.update({0}={0})\n"

BABEL_KEYWORD = "    if {0} is not None: kw.update(bv2kw({0!r},{0}))\n"

RETURN = "    return {model}(**kw)\n"

MTI_RETURN = "    return create_mti_child({parent}, {link}, {model}, **kw)\n"


def create_function(table, args, model, content_types=(), babel=(),
                    parent=None, decimals=()):
    """Source of a ``create_<table>()`` as Lino's dump2py writes it (the
    parameters as for lino_dumpy.dump.templates.create_function)."""
    conversions = [
        (DECIMAL_LINE if arg in decimals else CONTENT_TYPE_LINE).format(arg)
        for arg in args if arg in decimals or arg in content_types]
    keywords = [(BABEL_KEYWORD if arg in babel else KEYWORD).format(arg)
                for arg in args if parent is None or arg != parent[1]]
    last = RETURN.format(model=model) if parent is None else \
        MTI_RETURN.format(parent=parent[0], link=parent[1], model=model)
    return CREATE_FUNCTION.format(
        table=table, args=", ".join(args),
        body="".join(conversions + [KEYWORDS] + keywords + [last]))


def bv2kw_function(languages):
    """Source of the bv2kw() of a dump of a site with `languages`."""
    return BV2KW.format(languages=",".join(
        BV2KW_LANGUAGE.format(name, index)
        for index, name in enumerate(languages)))


def main_function(filenames):
    """Source of the main() of a dump whose table files are `filenames`."""
    return MAIN.format(execfiles="".join(
        EXECFILE.format(name) for name in filenames))
