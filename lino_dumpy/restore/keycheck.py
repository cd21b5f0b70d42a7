"""Check a dump's keys before any row of the database is touched.

Where a restore cannot roll back (tables without transactions, accepted
with ``--non-atomic``), the integrity check after the load comes too late:
the previous rows are gone.  So the table files are run once beforehand
with a loader that inserts nothing and records every key instead.  It
refuses a duplicate primary key, and a foreign key to a row that is
neither in the dump nor, for the tables that the restore keeps, in the
database.  ``before_dumpy_save`` hooks and after_load callbacks are not
run here (they may need the rows in the database); the check after the
load still covers what they do.
"""
from collections import defaultdict


from ..exceptions import RestoreFailed
from ..ordering import model_label
from .integrity import MAX_REPORTED
from .loader import Loader


def foreign_keys(model):
    return [field for field in model._meta.local_concrete_fields
            if field.is_relation and getattr(field, "db_constraint", False)]


def target_of(field):
    """``(model, attname)`` that the values of the foreign key `field`
    must be found in."""
    target = field.target_field
    return target.model._meta.concrete_model, target.attname


class KeyCollector(Loader):
    """A loader that records the keys of the dump's rows instead of
    inserting them."""

    def __init__(self, using, targets):
        super().__init__(using)
        #: ``{model: [attname]}``: the columns foreign keys point to.
        self.targets = targets
        self.keys = defaultdict(set)
        self.references = []
        self.problems = []

    def save_instance(self, obj, where):
        self.stage(obj, where)

    def flush_model(self, model):
        for obj, where in self.pending.pop(model, None) or []:
            self.record(obj, where)

    def record(self, obj, where):
        model = type(obj)._meta.concrete_model
        pk = obj.pk
        keys = self.keys[model, model._meta.pk.attname]
        if pk in keys:
            self.problems.append("%s pk=%r (%s) is in the dump twice" % (
                model_label(model), pk, where))
        keys.add(pk)
        for attname in self.targets.get(model, ()):
            self.keys[model, attname].add(getattr(obj, attname))
        for field in foreign_keys(model):
            value = getattr(obj, field.attname)
            if value is not None:
                self.references.append((model, pk, field, value))


def all_targets(models):
    targets = defaultdict(set)
    for model in models:
        for field in foreign_keys(model):
            target, attname = target_of(field)
            targets[target].add(attname)
    return targets


def existing_values(using, model, attname, values):
    """The `values` of column `attname` that rows of `model` have."""
    found = set()
    values = list(values)
    for start in range(0, len(values), 500):
        found.update(model._base_manager.using(using).filter(**{
            attname + "__in": values[start:start + 500]}).values_list(
            attname, flat=True))
    return found


def missing_references(collector, replaced, using):
    """The references of `collector` to rows that will not exist."""
    kept = defaultdict(set)
    for model, pk, field, value in collector.references:
        target, attname = target_of(field)
        if target not in replaced:
            kept[target, attname].add(value)
    existing = {key: existing_values(using, key[0], key[1], values)
                for key, values in kept.items()}
    problems = []
    for model, pk, field, value in collector.references:
        target, attname = target_of(field)
        found = (collector.keys[target, attname] if target in replaced
                 else existing[target, attname])
        if value not in found:
            problems.append("%s pk=%r: %s=%r points to a missing %s" % (
                model_label(model), pk, field.name, value,
                model_label(target)))
    return problems


def check_dump_keys(run_table_files, globals_dict, using, replaced):
    """Run the table files (``run_table_files()``) with a KeyCollector as
    the dump's ``loader``; raise RestoreFailed for the problems found.

    `replaced`: the models whose rows the restore replaces.
    """
    collector = KeyCollector(using, all_targets(replaced))
    previous = globals_dict.get("loader")
    globals_dict["loader"] = collector
    try:
        run_table_files(collector)
        collector.flush()
    finally:
        globals_dict["loader"] = previous
    problems = collector.problems + missing_references(
        collector, set(replaced), using)
    if problems:
        shown = problems[:MAX_REPORTED]
        more = len(problems) - len(shown)
        raise RestoreFailed(
            "The dump's keys do not fit (checked before any row was "
            "touched, as the tables do not support transactions):\n- %s%s\n"
            "Fix the dump or add a migration step that drops or repairs "
            "these rows. Nothing was changed." % (
                "\n- ".join(shown),
                "\n(and %d more)" % more if more else ""))
