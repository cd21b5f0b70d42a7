"""The errors lino_dumpy raises.

Every error carries the structured facts (file, line, model, pk, field) as
attributes, and its message says what is wrong and what to do about it.
Management commands turn them into ``CommandError``; ``restore.py`` prints
the message and exits non-zero.
"""


#: The end of the message of a restore that failed and rolled back.
NOTHING_CHANGED = "Nothing was changed."


class DumpyError(Exception):
    """Base class of every error raised by lino_dumpy."""


class DumpError(DumpyError):
    """Writing a dump failed; the target directory was left unchanged."""


def located(message, filename, lineno):
    """``file:line: message`` (or less, as far as the place is known)."""
    if not filename:
        return message
    where = filename if lineno is None else "%s:%s" % (filename, lineno)
    return "%s: %s" % (where, message)


class DumpFormatError(DumpyError):
    """A dump directory is missing, incomplete, garbled or edited."""

    def __init__(self, message, filename=None, lineno=None):
        super().__init__(located(message, filename, lineno))
        self.filename = filename
        self.lineno = lineno


#: What a refusal of the safe restore ends with.
TRUSTED_ADVICE = (
    "manage.py restore runs no code of a dump, only what its writer "
    "generates. If you trust the author of this dump, restore it with "
    "`manage.py run DIR/` instead, which runs restore.py as a program.")


class UnsafeDump(DumpFormatError):
    """A dump holds something its writer does not generate, which the safe
    restore (``manage.py restore``) would have to run or ignore."""

    def __init__(self, message, filename=None, lineno=None):
        super().__init__("%s %s" % (message, TRUSTED_ADVICE), filename,
                         lineno)


class MigrationError(DumpyError):
    """The version chain from the dump to the code cannot be resolved."""


class MissingMigrationStep(MigrationError):
    """No step leads forward from a version inside the migrator's span."""

    def __init__(self, message, version=None, existing=()):
        super().__init__(message)
        self.version = version
        self.existing = tuple(existing)


class DumpNewerThanCode(MigrationError):
    """The dump was written by a newer version than the running code."""


class MigrationStepFailed(MigrationError):
    """A migration step raised an exception."""


class PlanError(MigrationError):
    """An operation of a step names a model or field that the dump does
    not have at that point of the chain."""


class SchemaDrift(DumpyError):
    """The rows of the dump, after the planned steps, do not fit the
    current models.  `report` is the DriftReport listing every problem."""

    def __init__(self, message, report=None):
        super().__init__(message)
        self.report = report


class UnknownModel(DumpyError):
    """The dump holds rows of a model that the running code does not have."""


class FastLoadRefused(DumpyError):
    """The database refused a row on a backend's fast path, where the row
    cannot be named: the restore loads again on the default path (see
    lino_dumpy.restore.fastpaths)."""


class RestoreFailed(DumpyError):
    """Loading the rows failed; the transaction was rolled back."""

    def __init__(self, message, model=None, pk=None, field=None,
                 filename=None, lineno=None):
        super().__init__(located(message, filename, lineno))
        self.model = model
        self.pk = pk
        self.field = field
        self.filename = filename
        self.lineno = lineno


class UnsavedObjects(RestoreFailed):
    """Some objects could never be saved, even after retrying."""

    def __init__(self, failures):
        lines = ["%d object(s) could not be saved:" % len(failures)]
        for failure in failures:
            lines.append("- %s" % failure)
        lines.append(
            "Fix the rows or the migration step that creates them, "
            "then restore again. Nothing was changed.")
        super().__init__("\n".join(lines))
        self.failures = failures


class InvalidLocalTime(DumpyError):
    """A naive datetime of the dump names no single instant in the time
    zone of the site that wrote it: the clocks skip it or repeat it."""

    def __init__(self, value, zone, problem):
        super().__init__("the local time %s %s in %s" % (value, problem,
                                                         zone))
        self.value = value
        self.zone = zone
        self.problem = problem


class RestoreCancelled(DumpyError):
    """The user declined to replace the data of a non-empty database."""


class SchemaMismatch(DumpyError):
    """Tables of apps without migrations differ from their models, and the
    database cannot rebuild them inside a transaction."""

    def __init__(self, message, tables=()):
        super().__init__(message)
        self.tables = tuple(tables)


class NoTable(DumpyError):
    """Models whose rows a dump or a restore needs have no table on the
    database (it was not migrated, or Django creates none there)."""

    def __init__(self, message, models=()):
        super().__init__(message)
        self.models = tuple(models)

class UnsupportedModels(DumpError):
    """Models that dump2py cannot dump exactly yet (composite primary
    keys); nothing was written."""

    def __init__(self, message, models=()):
        super().__init__(message)
        self.models = tuple(models)


class NonTransactionalTables(DumpyError):
    """Tables of a MariaDB/MySQL database have an engine without
    transactions (MyISAM, Aria, MEMORY...), and the user did not accept a
    non-atomic operation (``--non-atomic``)."""

    def __init__(self, message, tables=None):
        super().__init__(message)
        #: ``{table: engine}``
        self.tables = dict(tables or {})


def was_interrupted(error):
    """True when Ctrl-C caused `error`: the database server, which got the
    signal too, cancels the running statement (psycopg's QueryCanceled)."""
    seen = set()
    while error is not None and id(error) not in seen:
        seen.add(id(error))
        if isinstance(error, KeyboardInterrupt) or \
                type(error).__name__ == "QueryCanceled":
            return True
        error = error.__cause__ or error.__context__
    return False
