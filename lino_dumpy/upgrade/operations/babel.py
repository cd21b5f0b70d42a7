"""Lino's multilingual (babel) fields in the rows of a dump.

A babel field ``name`` of a Lino site has one column per language
(``name``, ``name_de``, ``name_fr``: the site's main language has no
suffix).  Both Lino's dumps and lino_dumpy's write it as one argument
holding the list of values in the dump's languages, which the dump's
``bv2kw(fieldname, values)`` turns into the keyword arguments of the
columns; row operations see that list under the field's name.
"""
from ... import conf
from ...exceptions import MigrationError
from ...restore.runtime import bv2kw


def is_babel_column(function, name):
    """True if the rows of `function` carry `name` as a babel value list."""
    shape = function.shape
    return shape is not None and name in shape.babel_columns


def site_languages():
    site = conf.lino_site()
    return list(site.languages) if site is not None else []


def is_babel_field(model, name):
    """True if `model` has a babel field `name` (a column per language)."""
    if not isinstance(model, type):
        return False
    names = {field.name for field in model._meta.concrete_fields}
    languages = site_languages()
    return len(languages) > 1 and all(
        name + language.suffix in names for language in languages)


def main_language():
    """The name of the site's main language (the column without suffix)."""
    languages = site_languages()
    return languages[0].name if languages else None


def language_value(globals_dict, field, values, language):
    """The value in `language` of a babel value list of the dump."""
    site = conf.lino_site()
    info = site.language_dict.get(language) if site else None
    if info is None:
        raise MigrationError(
            "%r is not a language of this site (%s)." % (
                language, ", ".join(l.name for l in site_languages())))
    keywords = globals_dict.get("bv2kw", bv2kw)(field, values)
    key = field + info.suffix
    if key not in keywords:
        raise MigrationError(
            "The dump has no %r value of %s." % (language, field))
    return keywords[key]
