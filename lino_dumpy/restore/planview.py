"""What ``--plan`` prints: the whole plan of a restore, read-only.

The version chain with each step, the operations and rows per table,
the drift (see upgrade/drift.py), the tables kept because the dump left
them out and the models whose data will be replaced.
"""
from ..cli import count_of
from ..ordering import model_label
from .integrity import data_counts


def plan_lines(restorer):
    """The lines of the plan of `restorer`, whose preflight has run."""
    options, report = restorer.options, restorer.report
    yield "Plan for restoring %s into the database %r (nothing is changed)." \
        % (restorer.directory, options.using)
    yield from step_lines(restorer.globals, report.steps)
    yield from table_lines(report.drift.states)
    for line in report.drift.defaults + report.drift.unchecked:
        yield "  " + line
    for model in restorer.kept:
        label = model_label(model)
        yield "Kept: the rows of %s (left out of the dump: %s)." % (
            label, restorer.excluded[label])
    yield from replaced_lines(restorer)
    if report.drift:
        yield report.drift.message()
    else:
        yield "No drift: the dump fits the current models."


def step_lines(globals_dict, steps):
    if not steps:
        yield "Versions: the dump is at %s; no migration step runs." % (
            globals_dict.get("SOURCE_VERSION"),)
    for step in steps:
        yield from step.lines()


def table_lines(states):
    yield "Tables (in load order):"
    for state in states:
        model = getattr(state.model, "_meta", None)
        target = "" if model is None or model.label == state.dump_label \
            else " -> %s" % model.label
        what = "removed: rows skipped" if state.removed else count_of(
            state.rows, "row")
        yield "  %s%s: %s" % (state.dump_label, target, what)
        for operation in state.operations:
            yield "    - %s" % operation
        if state.opaque and not state.removed:
            yield "    - built by %s" % state.opaque


def replaced_lines(restorer):
    counts = data_counts(restorer.options.using, restorer.replaced)
    yield "Replaced: the data of %s (%s in the database now)." % (
        count_of(len(restorer.replaced), "model"),
        count_of(sum(counts.values()), "row"))
    for label, count in sorted(counts.items()):
        yield "  %s: %s now" % (label, count_of(count, "row"))
