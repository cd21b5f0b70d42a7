"""Planning and running one chain of ``migrate_from_X_Y`` steps.

Lino apps bump their version with every release while their data changes
rarely, so a version with no step is not always a gap.  The rules:

- the dump is at the current version: nothing to do;
- the dump is newer than the code: refused;
- the dump is older than the oldest step: refused (old-style modules may
  provide older steps);
- a version inside the span of the steps with no step to go on: refused,
  naming the missing step and listing the existing ones;
- a version after the last step's target: a release without data changes,
  nothing to do.

"Older", "inside" and "after" are in the order of the migrator's
``version_key()`` (:func:`version_order`): PEP 440 by default, Lino's
calendar order for Lino sites (lino_dumpy.upgrade.versions).  A step is
found by its version number, as Lino finds it by name, or else by another
spelling of the same point of the order.

Steps only rewrite the dump's globals, so running them is part of the
preflight: every refusal happens before the database is touched.
"""
import ast
import importlib
import inspect
import logging
import textwrap

from packaging.version import InvalidVersion, Version

from ..exceptions import (DumpNewerThanCode, MigrationError,
                          MigrationStepFailed, MissingMigrationStep)
from .versions import pep440_key

logger = logging.getLogger(__name__)

PREFIX = "migrate_from_"


def parse_version(text, what):
    try:
        return Version(str(text))
    except InvalidVersion as error:
        raise MigrationError(
            "%s %r is not a valid version number (PEP 440). Versions look "
            "like 1.0, 2.3.1 or 2017.02.0." % (what, text)) from error


def version_order(migrator, default=pep440_key):
    """The sort key function of `migrator`'s chain: its ``version_key``.

    A migrator that is not a lino_dumpy Migrator (a subclass of Lino's own
    ``lino.utils.dpy.Migrator``) has none and gets `default`.
    """
    key = getattr(migrator, "version_key", None)
    return key if callable(key) else default


def step_name(version):
    """``1.0.2`` -> ``migrate_from_1_0_2`` (Lino's naming)."""
    return PREFIX + str(version).replace(".", "_")


class Step:
    """One migration step: from a version, a callable on the globals."""

    def __init__(self, name, function, origin):
        self.name = name
        self.function = function
        self.origin = origin
        self.from_text = name[len(PREFIX):].replace("_", ".")
        self.from_version = Version(self.from_text)

    @property
    def description(self):
        doc = inspect.getdoc(self.function) or ""
        return doc.strip().splitlines()[0] if doc.strip() else self.name

    def static_target(self):
        """The version the step returns, if its source says so literally."""
        try:
            source = textwrap.dedent(inspect.getsource(self.function))
            tree = ast.parse(source)
        except (OSError, TypeError, SyntaxError):
            return None
        targets = {
            node.value.value for node in ast.walk(tree)
            if isinstance(node, ast.Return)
            and isinstance(node.value, ast.Constant)
            and isinstance(node.value.value, str)}
        if len(targets) != 1:
            return None
        try:
            return Version(targets.pop())
        except InvalidVersion:
            return None

    def __str__(self):
        return "%s (%s)" % (self.name, self.origin)


class StepReport:
    """What one step did, for the restore log."""

    def __init__(self, source, target, description, operations):
        self.source, self.target = source, target
        self.description = description
        self.operations = list(operations)

    def lines(self):
        yield "Migrated from %s to %s: %s" % (
            self.source, self.target, self.description)
        for operation in self.operations:
            yield "  - %s" % operation


def collect_steps(migrator):
    """All steps of a migrator: its old-style modules, then its methods.

    A method overrides a module function that starts at the same version.
    """
    steps = {}
    for module in getattr(migrator, "old_migration_modules", ()):
        module = import_steps_module(module)
        steps.update(named_steps(
            inspect.getmembers(module, inspect.isfunction), module.__name__))
    owner = type(migrator)
    methods = [(name, getattr(migrator, name)) for name in dir(owner)
               if name.startswith(PREFIX)]
    steps.update(named_steps(methods, owner.__qualname__))
    return steps


def named_steps(members, origin):
    """``{from_version: Step}`` for the ``migrate_from_X_Y`` of `members`.

    Methods and old-style module functions are found the same way: a name
    after the prefix that is not a version (``migrate_from_old``) is
    skipped with a warning.
    """
    steps = {}
    for name, function in members:
        if not name.startswith(PREFIX):
            continue
        try:
            step = Step(name, function, origin)
        except InvalidVersion:
            logger.warning("Ignoring %s of %s: %r is not a version number.",
                           name, origin, name[len(PREFIX):])
            continue
        steps[step.from_version] = step
    return steps


def import_steps_module(module):
    """A module of old-style steps, given as a module or a dotted name."""
    if not isinstance(module, str):
        return module
    try:
        return importlib.import_module(module)
    except ImportError as error:
        raise MigrationError(
            "Cannot import the old-style migration module %r: %s"
            % (module, error)) from error


def check_gap(version, steps, chain, order=pep440_key):
    """Raise unless `version`, which has no step, needs none."""
    if not steps:
        logger.info("%s: no migration steps; version %s needs none.",
                    chain, version)
        return
    ordered = sorted(steps, key=lambda v: order(str(v)))
    existing = [str(steps[v]) for v in ordered]
    here = order(str(version))
    if here < order(str(ordered[0])):
        raise MissingMigrationStep(
            "The dump's %s version %s is older than the oldest migration "
            "step (%s). Steps for such old versions are not available; "
            "restore it with an older release of the application first, or "
            "add old-style steps (lino_dumpy.old_migrate)."
            % (chain, version, existing[0]), version, existing)
    last_target = steps[ordered[-1]].static_target()
    later = [v for v in ordered if order(str(v)) > here]
    if later or (last_target is not None
                 and here < order(str(last_target))):
        raise MissingMigrationStep(
            "No migration step leads on from %s version %s: a method %s() "
            "is missing. Existing steps: %s. Write the missing step (it may "
            "be a no-op that returns the next version)."
            % (chain, version, step_name(version), ", ".join(existing)),
            version, existing)
    logger.info("%s version %s is after the last migration step: "
                "no data changes since then.", chain, version)


def plan_and_run(steps, globals_dict, chain, source, current, force,
                 record=None, order=pep440_key):
    """Run the `steps` (from :func:`collect_steps`) that lead from `source`
    to `current`; return what ran.

    `order` is the sort key of versions (:func:`version_order` of the
    migrator): it decides whether the dump is newer than the code and
    whether a version without a step is a gap.
    """
    if current is None:
        logger.info("%s: the site has no version; no migration.", chain)
        return []
    if source is None:
        logger.info("%s: the dump has no version; no migration.", chain)
        return []
    version = parse_version(source, "The dump's %s" % chain)
    target = parse_version(current, "The site's %s" % chain)
    if order(str(version)) > order(str(target)):
        message = newer_than_code(chain, source, current)
        if not force:
            raise DumpNewerThanCode(message)
        logger.warning("%s Restoring anyway (--force).", message)
        return []
    ran = []
    text = str(source)
    while order(str(version)) != order(str(target)):
        step = steps.get(version) or same_point(steps, version, order)
        if step is None:
            try:
                check_gap(version, steps, chain, order)
            except MigrationError:
                if not force:
                    raise
                logger.warning("Ignoring the missing step (--force).")
            break
        log = globals_dict.setdefault("DUMPY_LOG", [])
        done = len(log)
        text = run_step(step, globals_dict, version, target, order)
        ran.append(StepReport(str(version), text, step.description,
                              log[done:]))
        if record is not None:
            record(text)
        else:
            globals_dict[chain] = text
        version = Version(text)
    return ran


def same_point(steps, version, order):
    """The step that starts at the point of `version` in the order under
    another spelling (``migrate_from_2017_2_0`` for 17.2.0), or None."""
    here = order(str(version))
    return next((step for start, step in steps.items()
                 if order(str(start)) == here), None)


def newer_than_code(chain, source, current):
    """The refusal of a dump whose data is newer than the running code."""
    if chain == "SOURCE_VERSION":
        what = "The dump holds data of version %s of the application" % source
    else:
        what = "The dump holds data of version %s of the app %s" % (source,
                                                                    chain)
    return (
        "%s, which is newer than the running code (version %s). Upgrade "
        "the application to version %s or later before restoring this "
        "dump." % (what, current, source))


def run_step(step, globals_dict, version, target, order=pep440_key):
    logger.debug("Migrating from version %s: %s", version, step.description)
    try:
        result = step.function(globals_dict)
    except MigrationError:
        raise
    except Exception as error:
        raise MigrationStepFailed(
            "The migration step %s failed: %s: %s. Nothing was changed in "
            "the database." % (step, type(error).__name__, error)) from error
    if not isinstance(result, str):
        raise MigrationStepFailed(
            "The migration step %s returned %r instead of the version it "
            "migrated to (a string)." % (step, result))
    reached = parse_version(result, "The version returned by %s" % step)
    if order(str(reached)) <= order(str(version)):
        raise MigrationStepFailed(
            "The migration step %s returned %s, which is not after %s: "
            "steps must move forward." % (step, result, version))
    if order(str(reached)) > order(str(target)):
        raise MigrationStepFailed(
            "The migration step %s returned %s, which is after the version "
            "of the running code (%s)." % (step, result, target))
    return result
