"""The text of the files in a dump, apart from the logic that fills it.

Nothing here may depend on the time, the machine or absolute paths: two
dumps of the same data must be byte-identical (the double dump test).
"""
from ..dumpformat import ROW_PREFIX, factory_name

RESTORE_HEADER = '''\
#!/usr/bin/env python
# -*- coding: UTF-8 -*-
# This is a Python dump written by lino_dumpy {dumpy_version} (dump format {dump_format}).
# DJANGO_SETTINGS_MODULE was {settings_module!r}, TIME_ZONE was {time_zone!r}.
#
# To restore it into the database of a site (the schema is migrated first,
# then all data is replaced in one transaction), where DIR is the directory
# of this file:
#
#   python manage.py run DIR/restore.py [--noinput] [--quick]
#   DJANGO_SETTINGS_MODULE={settings_module} python DIR/restore.py [--noinput]
#
# Repair scripts may import this module: nothing runs unless it is __main__.

SOURCE_VERSION = {source_version!r}
SOURCE_VERSIONS = {source_versions}
DUMP_FORMAT = {dump_format!r}
USE_TZ = {use_tz!r}
TIME_ZONE = {time_zone!r}

# The models whose rows this dump does not hold, and why.  A restore
# leaves the rows of these tables as they are.
EXCLUDED = {{
{excluded}}}

from lino_dumpy.dumpfile import *  # noqa: F401,F403  (sets up Django)

'''

# Babel (multilingual) values are lists in the order of the languages of
# the site that wrote the dump; bv2kw maps them to this site's languages.
BABEL_LANGUAGES = "bv2kw = babel_keywords({languages!r})\n\n"

EXCLUDED_ENTRY = "    {label!r}: {reason!r},\n"

MODEL_GLOBAL = "{name} = resolve_model({label!r})\n"

CYCLE_COMMENT = (
    "# Dependency cycles: these models come before some models they point\n"
    "# to; they load because constraint checks are deferred until all rows\n"
    "# are in:\n"
)

CREATE_FUNCTION = '''\

def create_{table}({args}):
{body}'''

CONTENT_TYPE_LINE = "    {0} = new_content_type_id({0})\n"

MTI_RETURN = ("    return create_mti_child(\n"
              "        {parent}, {link}, {model},\n{keywords}    )\n")

#: Dump format 2 on; some format 1 dumps too.
INSTANTIATE_RETURN = (
    "    return instantiate(\n        {model},\n{keywords}    )\n")

#: The first dumps of format 1 called the model itself.
CALL_RETURN = "    return {model}(\n{keywords}    )\n"

KEYWORD = "        {0}={0},\n"

BABEL_KEYWORD = "        **bv2kw({0!r}, {0}),\n"


def create_function(table, args, model, content_types=(), babel=(),
                    parent=None, returns=INSTANTIATE_RETURN):
    """Source of ``create_<table>(*args)`` returning an instance of the
    model global `model`.

    The writer renders it from the model, the safe restore from the
    signature read in a dump: the same text for the same parameters.
    `content_types` are the args passed through new_content_type_id(),
    `babel` those passed through bv2kw(), `parent` is ``(parent global,
    parent link arg)`` of a multi-table inheritance child.
    """
    lines = [CONTENT_TYPE_LINE.format(arg) for arg in args
             if arg in content_types]
    keywords = "".join(
        (BABEL_KEYWORD if arg in babel else KEYWORD).format(arg)
        for arg in args if parent is None or arg != parent[1])
    if parent is None:
        lines.append(returns.format(model=model, keywords=keywords))
    else:
        lines.append(MTI_RETURN.format(
            parent=parent[0], link=parent[1], model=model,
            keywords=keywords))
    return CREATE_FUNCTION.format(table=table, args=", ".join(args),
                                  body="".join(lines))

TABLE_FILES_HEADER = '''
# The table files, in load order: (file name, model, table of its create_
# function, number of rows, SHA-256 of the file).  The restore refuses files that do not match.
TABLE_FILES = [
'''

TABLE_FILE_ENTRY = (
    "    ({filename!r}, {label!r}, {table!r}, {rows!r}, {sha256!r}),\n")

RESTORE_FOOTER = ''']


def main(argv=None):
    """Restore this dump into the database of the current site."""
    from lino_dumpy.restore import restore_main
    restore_main(globals(), argv)


if __name__ == "__main__":
    main()
'''

TABLE_FILE_HEADER = '''\
# -*- coding: UTF-8 -*-
# {label}: {description}
# Each line is one row; the columns are the arguments of create_{table}():
# {columns}
'''

ROW_START = ROW_PREFIX + factory_name("{table}") + "("

TOLERATED_ERROR = '''\
raise DumpIncomplete({message!r})
'''
