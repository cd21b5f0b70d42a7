"""The double dump test: dump, restore that dump, dump again, compare.

Two dumps of an unchanged database are byte-identical, so any difference
means the restore lost or changed something.  The comparison is reported
as model, primary key, field, and the value in dump a and in dump b, not
as a raw diff.

Everything runs in this process on the same database connection, so the
second dump reads what the restore really wrote (Lino's ``ddt`` restores in
a subprocess while holding an old SQLite connection, and can miss losses).
"""
import ast
import difflib
import filecmp
import os
import re
import shutil
import tempfile
from collections import Counter
from dataclasses import dataclass, field as dataclass_field

from ..cli import count_of
from ..dump.writer import dump
from ..dumpformat import (RESTORE_SCRIPT, ROW_PREFIX, is_factory_name,
                          table_of_factory)
from ..restore.restorer import restore_directory


#: Values longer than this are shortened in reports.
MAX_VALUE_LENGTH = 60


@dataclass
class Difference:
    """One difference between dump a and dump b.

    `model` is the model label (``shop.Product``) or, for a file that is
    not a table file, the file name.  `pk` is None for differences that
    concern a whole file, `field` None for a whole row.
    """
    model: str
    pk: str = None
    field: str = None
    old: str = None
    new: str = None

    def __str__(self):
        if self.pk is None:
            return "%s: %s" % (self.model, self.old)
        if self.field is None:
            return "%s pk=%s: %s" % (self.model, self.pk, self.old)
        return "%s pk=%s %s: a=%s b=%s" % (
            self.model, self.pk, self.field, shorten(self.old),
            shorten(self.new))


def shorten(text):
    if text is None or len(text) <= MAX_VALUE_LENGTH:
        return text
    return text[:MAX_VALUE_LENGTH - 5] + "[...]"


@dataclass
class DoubleDumpReport:
    first: str
    second: str
    differences: list = dataclass_field(default_factory=list)
    rows: int = 0

    @property
    def ok(self):
        return not self.differences

    def summary(self):
        """One line: how many differences in which models."""
        if self.ok:
            return "Double dump test passed: %s, both dumps identical." \
                % count_of(self.rows, "row")
        counts = Counter(d.model for d in self.differences)
        return (
            "Double dump test failed: %d difference(s) between the dump and "
            "the dump of its restore (%s)." % (
                len(self.differences), ", ".join(
                    "%s: %d" % item for item in sorted(counts.items()))))

    def lines(self, limit=50):
        """The summary, then at most `limit` differences."""
        yield self.summary()
        for difference in self.differences[:limit]:
            yield "  %s" % difference
        more = len(self.differences) - limit
        if more > 0:
            yield "  ... and %d more differences." % more


class DumpIndex:
    """What restore.py of a dump says about its table files.

    Read with ``ast`` (nothing is executed): the model and the columns of
    every table file, from TABLE_FILES and the create_ functions.
    """

    def __init__(self, directory):
        self.models = {}
        self.columns = {}
        path = os.path.join(directory, RESTORE_SCRIPT)
        try:
            with open(path, encoding="utf-8") as stream:
                tree = ast.parse(stream.read(), path)
        except (OSError, SyntaxError):
            return
        signatures = {}
        for node in tree.body:
            if isinstance(node, ast.FunctionDef) and \
                    is_factory_name(node.name):
                signatures[table_of_factory(node.name)] = [
                    arg.arg for arg in node.args.args]
            elif isinstance(node, ast.Assign) and any(
                    getattr(t, "id", None) == "TABLE_FILES"
                    for t in node.targets):
                try:
                    entries = ast.literal_eval(node.value)
                except ValueError:
                    continue
                for entry in entries:
                    self.models[entry[0]] = entry[1]
                    self.columns[entry[0]] = entry[2]
        self.columns = {name: signatures.get(table, [])
                        for name, table in self.columns.items()}


def parse_rows(path):
    """``{primary key: [values...]}`` of a table file, values as source."""
    rows = {}
    with open(path, encoding="utf-8") as stream:
        for line in stream:
            if not line.startswith(ROW_PREFIX):
                continue
            call = ast.parse(line).body[0].value.args[0]
            values = [ast.get_source_segment(line, arg) for arg in call.args]
            rows[values[0] if values else line] = values
    return rows


def compare_rows(model, columns, old_rows, new_rows):
    differences = []
    for key in sorted(set(old_rows) | set(new_rows), key=sort_key):
        old, new = old_rows.get(key), new_rows.get(key)
        if new is None:
            differences.append(Difference(model, key, old="row missing in b"))
        elif old is None:
            differences.append(Difference(model, key, old="row only in b"))
        else:
            for index, (a, b) in enumerate(zip(old, new)):
                if a != b:
                    name = columns[index] if index < len(columns) \
                        else "column %d" % (index + 1)
                    differences.append(Difference(model, key, name, a, b))
    return differences


def sort_key(text):
    return (0, int(text), "") if text.lstrip("-").isdigit() else (1, 0, text)


#: A line of TABLE_FILES in restore.py, up to its row count.
TABLE_FILE_ENTRY = re.compile(r"^(    \('[^']*', '[^']*', '[^']*', )\d+, .*$")


def text_lines(path):
    """The lines of a file; in restore.py, the row counts and checksums of
    the table files are masked (their differences show in the rows)."""
    with open(path, encoding="utf-8") as stream:
        lines = stream.read().splitlines()
    if os.path.basename(path) == "restore.py":
        lines = [TABLE_FILE_ENTRY.sub(r"\1...", line) for line in lines]
    return lines


def compare_text(first, second, name, limit=5):
    """The first changed lines of a file that is not a table file."""
    old = text_lines(os.path.join(first, name))
    new = text_lines(os.path.join(second, name))
    changed = [line for line in difflib.unified_diff(old, new, n=0,
                                                     lineterm="")
               if line[:1] in "+-" and line[:3] not in ("+++", "---")]
    if not changed:
        return []
    shown = "; ".join(changed[:limit])
    if len(changed) > limit:
        shown += "; ..."
    return [Difference(name, old="differs: " + shown)]


def compare_dumps(first, second):
    """The differences between two dump directories, by model."""
    index_a, index_b = DumpIndex(first), DumpIndex(second)
    comparison = filecmp.dircmp(first, second)
    differences = []
    touched = set()
    for name in sorted(comparison.left_only):
        if name in index_a.models:
            touched.add(index_a.models[name])
        else:
            differences.append(Difference(name, old="only in dump a"))
    for name in sorted(comparison.right_only):
        if name in index_b.models:
            touched.add(index_b.models[name])
        else:
            differences.append(Difference(name, old="only in dump b"))
    for name in sorted(comparison.common_files):
        if filecmp.cmp(os.path.join(first, name), os.path.join(second, name),
                       shallow=False):
            continue
        model = index_a.models.get(name) or index_b.models.get(name)
        if model is None:
            differences += compare_text(first, second, name)
        else:
            touched.add(model)
    for model in sorted(touched):
        differences += compare_model(model, first, index_a, second, index_b)
    return differences


def compare_model(model, first, index_a, second, index_b):
    """Compare the rows of all table files of `model` at once: a lost row
    moves the boundaries between the parts of a big table."""
    old_rows, new_rows = {}, {}
    names_a = sorted(n for n, label in index_a.models.items()
                     if label == model)
    names_b = sorted(n for n, label in index_b.models.items()
                     if label == model)
    for name in names_a:
        old_rows.update(parse_rows(os.path.join(first, name)))
    for name in names_b:
        new_rows.update(parse_rows(os.path.join(second, name)))
    columns = index_a.columns.get(names_a[0]) if names_a else []
    found = compare_rows(model, columns or [], old_rows, new_rows)
    return found or [Difference(model, old="table file differs (%s)" % (
        ", ".join(sorted(set(names_a) | set(names_b)))))]


def double_dump_test(using="default", workdir=None, keep=False,
                     stdout=None):
    """Run the double dump test on database `using`.

    Returns a DoubleDumpReport; the dumps are removed unless `keep`.
    """
    base = tempfile.mkdtemp(prefix="ddt-", dir=workdir)
    first, second = os.path.join(base, "a"), os.path.join(base, "b")
    try:
        report = DoubleDumpReport(first, second)
        report.rows = dump(first, using=using, progress=False).rows
        restore_directory(first, using=using, interactive=False,
                          verbosity=0, stdout=stdout)
        dump(second, using=using, progress=False)
        report.differences = compare_dumps(first, second)
        return report
    finally:
        if not keep:
            shutil.rmtree(base, ignore_errors=True)
