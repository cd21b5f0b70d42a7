"""Tables, ratios against the issue's targets, and the JSON results file.

All ratios compare rows per second of lino_dumpy with another tool on the
same backend in the same run (medians of the repetitions), so that they
stay meaningful on machines of any speed.  A ratio above 1 means
lino_dumpy is faster.
"""

import json
from dataclasses import dataclass, replace

from .tools import REFERENCE_RESTORE, SAFE_RESTORE

SUBJECT = "lino_dumpy"
MEMORY_LIMIT_MB = 300
MEMORY_TARGET_ROWS = 1_000_000
FLATNESS_LIMIT = 1.3


@dataclass(frozen=True)
class Target:
    """One ratio the issue asks for: lino_dumpy's rows/s over `other`'s."""

    op: str
    other: str
    label: str
    minimum: float = None
    wording: str = ""
    other_op: str = None  # the other's operation, when not `op`


SERVER_TARGETS = (
    Target("restore", "raw", "restore vs raw parse+executemany", 1 / 1.5,
           "no slower than 1.5x"),
)
TARGETS = {
    "sqlite": (
        Target("restore", "lino", "restore vs Lino restore (Lino's subset)",
               50),
        Target("restore", "django", "restore vs Django loaddata", 6),
        Target("restore", "raw", "restore vs raw parse+executemany", 1,
               "no slower"),
        Target("dump", "lino", "dump vs Lino dump2py", 4),
        Target("dump", "django", "dump vs Django dumpdata", 5),
        Target("dump", "raw", "dump vs raw SELECT-to-file", 1 / 3,
               "within 3x"),
    ),
    "postgresql": SERVER_TARGETS,
    "mysql": SERVER_TARGETS,
}
#: Issue 17: lino_dumpy's time at most this multiple of the native tool's.
NATIVE_LIMITS = {
    "postgresql": {"dump": 2, "restore": 2},
    "mysql": {"dump": 3, "restore": 2},
    "sqlite": {"dump": 3, "restore": 3},
}
NATIVE_NAMES = {
    "postgresql": {"dump": "pg_dump -Fc",
                   "restore": "pg_restore --single-transaction"},
    "mysql": {"dump": "mysqldump --single-transaction",
              "restore": "mysql < dump.sql"},
    "sqlite": {"dump": "sqlite3 .dump", "restore": "sqlite3 new.db < dump"},
}
# Pairs shown without a target where the issue sets none.
INFO_PAIRS = (("restore", "django", "restore vs Django loaddata"),
              ("dump", "django", "dump vs Django dumpdata"),
              ("dump", "raw", "dump vs raw SELECT-to-file"))
#: Issue 16: the safe restore (manage.py restore) at least 1.5 times as
#: fast as the restore before the issue (run.py --reference) on SQLite,
#: and no slower than today's trusted restore (restore.py) anywhere.
REFERENCE_MINIMUM = {"sqlite": 1.5}


def safe_targets(backend):
    no_slower = backend not in REFERENCE_MINIMUM
    yield Target(SAFE_RESTORE, SUBJECT, "safe restore vs trusted restore",
                 1 if no_slower else None, "no slower" if no_slower else "",
                 "restore")
    yield Target("restore", SUBJECT, "restore vs reference restore",
                 REFERENCE_MINIMUM.get(backend), "", REFERENCE_RESTORE)


def subject_ops(op):
    """lino_dumpy's operations compared where `op` is: its restore has a
    trusted and a safe row."""
    return (op, SAFE_RESTORE) if op == "restore" else (op,)


def with_safe_twins(targets):
    """Every restore target, followed by the same one for the safe
    restore."""
    for target in targets:
        yield target
        if target.op == "restore":
            yield replace(target, op=SAFE_RESTORE,
                          other_op=target.other_op or "restore",
                          label="safe " + target.label)


def ratios(results, baseline=None):
    """Every ratio of the issue that this run can compute, as dicts."""
    index = {(r.backend, r.tool, r.op): r for r in results}
    backends = sorted({r.backend for r in results}, key=backend_order)
    rows = []
    for backend in backends:
        targets = list(safe_targets(backend)) + list(
            TARGETS.get(backend, ()))
        named = {(t.op, t.other) for t in targets}
        targets += [Target(op, other, label) for op, other, label in INFO_PAIRS
                    if (op, other) not in named]
        for target in with_safe_twins(targets):
            rows.append(speed_ratio(index, backend, target))
        rows.extend(native_multiples(index, backend))
        rows.extend(memory_rows(index, backend, baseline))
    return [row for row in rows if row is not None]


def speed_ratio(index, backend, target):
    mine = index.get((backend, SUBJECT, target.op))
    other = index.get((backend, target.other, target.other_op or target.op))
    if mine is None or other is None:
        return None
    value = None
    if mine.rows_per_second and other.rows_per_second:
        value = mine.rows_per_second / other.rows_per_second
    return ratio_row(backend, target.label, value, target.minimum,
                     target.wording, "x")


def native_multiples(index, backend):
    """lino_dumpy's median time as a multiple of the native tool's (issue
    17): above 1 means lino_dumpy is slower."""
    for op, limit in NATIVE_LIMITS.get(backend, {}).items():
        other = index.get((backend, "native", op))
        for mine_op in subject_ops(op):
            mine = index.get((backend, SUBJECT, mine_op))
            if mine is None or other is None:
                continue
            value = None
            if mine.median_seconds and other.median_seconds:
                value = mine.median_seconds / other.median_seconds
            row = ratio_row(backend, "%s time / %s time" % (
                mine_op, NATIVE_NAMES[backend][op]), value, None, "", "x")
            row["target"] = "<= %sx (time)" % limit
            row["met"] = None if value is None else value <= limit
            yield row


def memory_rows(index, backend, baseline):
    """Peak memory of lino_dumpy's process tree (its restore runs a
    compiler worker beside it), against the absolute limit and, given a
    baseline run with fewer rows, against that run's peak (flatness)."""
    for op in ("dump", "restore", SAFE_RESTORE, REFERENCE_RESTORE):
        mine = index.get((backend, SUBJECT, op))
        if mine is None or mine.tree_rss_mb is None:
            continue
        row = ratio_row(backend, "%s peak RSS (MB) at %d rows" % (
            op, mine.rows), mine.tree_rss_mb, None, "", " MB")
        row["target"] = "< %d MB at 1M rows" % MEMORY_LIMIT_MB
        if mine.rows >= MEMORY_TARGET_ROWS:
            row["met"] = mine.tree_rss_mb < MEMORY_LIMIT_MB
        yield row
        previous = baseline_peak(baseline, backend, op)
        if previous:
            label = "%s peak RSS vs baseline (%d rows)" % (op, previous[1])
            flat = ratio_row(backend, label, mine.tree_rss_mb / previous[0],
                             None, "", "x")
            flat["target"] = "<= %.1fx" % FLATNESS_LIMIT
            flat["met"] = flat["value"] <= FLATNESS_LIMIT
            yield flat


def baseline_peak(baseline, backend, op):
    """(peak RSS MB, rows) of lino_dumpy's `op` in a previous results file."""
    for result in (baseline or {}).get("results", []):
        peak = result.get("tree_rss_mb") or result.get("peak_rss_mb")
        if (result["backend"], result["tool"], result["op"]) == (
                backend, SUBJECT, op) and peak:
            return peak, result["rows"]
    return None


def ratio_row(backend, label, value, minimum, wording, unit):
    target = ""
    if minimum is not None:
        target = ">= %sx" % format_number(minimum)
        if wording:
            target += " (%s)" % wording
    return {"backend": backend, "ratio": label, "value": value,
            "unit": unit, "target": target,
            "met": None if minimum is None or value is None
            else value >= minimum}


def backend_order(name):
    return ["sqlite", "postgresql", "mysql"].index(name)


def format_number(value, digits=2):
    if value is None:
        return "-"
    if value >= 100:
        return "%.0f" % value
    return ("%%.%df" % digits) % value


# -- text output ----------------------------------------------------------

def results_table(results):
    header = ("backend", "tool", "operation", "rows", "median s", "CPU s",
              "rows/s", "peak RSS MB", "tree RSS MB", "runs", "dump MB")
    lines = []
    for r in sorted(results, key=lambda r: (backend_order(r.backend),
                                            r.op.startswith("restore"),
                                            r.tool, r.op)):
        size = (max(r.sizes) / 1e6) if r.sizes else None
        lines.append((
            r.backend, r.tool, r.op, "%d" % r.rows,
            format_number(r.median_seconds),
            format_number(r.median_cpu_seconds),
            format_int(r.rows_per_second),
            format_number(r.peak_rss_mb, 0), format_number(r.tree_rss_mb, 0),
            "%d/%d" % (len(r.ok_runs), len(r.runs)),
            format_number(size, 1) if size else ""))
    return format_table(header, lines)


def ratios_table(rows):
    header = ("backend", "lino_dumpy vs", "measured", "target", "met")
    lines = []
    for row in rows:
        met = {True: "yes", False: "NO", None: ""}[row["met"]]
        value = (format_number(row["value"]) + row["unit"]
                 if row["value"] is not None else "-")
        lines.append((row["backend"], row["ratio"], value, row["target"], met))
    return format_table(header, lines)


def notes_text(results):
    """Notes and errors of the results: failures must be visible."""
    out = []
    for r in results:
        for note in r.notes:
            out.append("- %s %s %s: %s" % (r.backend, r.tool, r.op, note))
        for error in r.errors:
            out.append("- %s %s %s failed:\n    %s" % (
                r.backend, r.tool, r.op, error.replace("\n", "\n    ")))
    return "\n".join(out)


def format_int(value):
    return "-" if value is None else "{:,.0f}".format(value)


def format_table(header, lines):
    widths = [max(len(str(row[i])) for row in [header, *lines])
              for i in range(len(header))]
    rule = "  ".join("-" * w for w in widths)
    text = [fmt_line(header, widths), rule]
    text += [fmt_line(line, widths) for line in lines]
    return "\n".join(text)


def fmt_line(cells, widths):
    return "  ".join(str(c).ljust(w) for c, w in zip(cells, widths)).rstrip()


# -- JSON -----------------------------------------------------------------

def write_json(path, meta, results, ratio_rows, profile=None):
    data = {"meta": meta, "results": [r.as_dict() for r in results],
            "ratios": ratio_rows}
    if profile:
        data["profile"] = profile
    with open(path, "w", encoding="utf-8") as out:
        json.dump(data, out, indent=2, sort_keys=True)
        out.write("\n")


def load_json(path):
    with open(path, encoding="utf-8") as source:
        return json.load(source)
