"""The double dump test: dump, restore that dump, dump again, compare.

Two dumps of an unchanged database are byte-identical, so any difference
means the restore lost or changed something.  The comparison is reported
as table, primary key, field, old and new value, not as a raw diff.

Everything runs in this process on the same database connection, so the
second dump reads what the restore really wrote (Lino's ``ddt`` restores in
a subprocess while holding an old SQLite connection, and can miss losses).
"""
import ast
import filecmp
import os
import shutil
import tempfile
from dataclasses import dataclass, field as dataclass_field

from .restore import restore_directory
from .writer import dump

ROW_START = "loader.save("


@dataclass
class Difference:
    """One difference between dump a and dump b."""
    filename: str
    key: str = None
    field: str = None
    old: str = None
    new: str = None

    def __str__(self):
        if self.key is None:
            return "%s: %s" % (self.filename, self.old)
        if self.field is None:
            return "%s %s: %s" % (self.filename, self.key, self.old)
        return "%s %s: %s: %s -> %s" % (
            self.filename, self.key, self.field, self.old, self.new)


@dataclass
class DoubleDumpReport:
    first: str
    second: str
    differences: list = dataclass_field(default_factory=list)
    rows: int = 0

    @property
    def ok(self):
        return not self.differences


def parse_rows(path):
    """``(columns, {key: [values...]})`` of a table file, values as source."""
    columns = []
    rows = {}
    with open(path, encoding="utf-8") as stream:
        for line in stream:
            if line.startswith("# ") and not columns and "," in line:
                candidate = [c.strip() for c in line[2:].split(",")]
                if all(c.isidentifier() for c in candidate):
                    columns = candidate
            if not line.startswith(ROW_START):
                continue
            call = ast.parse(line).body[0].value.args[0]
            values = [ast.get_source_segment(line, arg) for arg in call.args]
            rows[values[0] if values else line] = values
    return columns, rows


def compare_table_files(first, second, filename):
    columns, old_rows = parse_rows(os.path.join(first, filename))
    _, new_rows = parse_rows(os.path.join(second, filename))
    differences = []
    for key in sorted(set(old_rows) | set(new_rows), key=sort_key):
        old, new = old_rows.get(key), new_rows.get(key)
        label = "pk=%s" % key
        if new is None:
            differences.append(Difference(filename, label, old="row missing"))
        elif old is None:
            differences.append(Difference(filename, label, old="row added"))
        else:
            for index, (a, b) in enumerate(zip(old, new)):
                if a != b:
                    name = columns[index] if index < len(columns) else index
                    differences.append(Difference(filename, label, name, a, b))
    return differences


def sort_key(text):
    return (0, int(text), "") if text.lstrip("-").isdigit() else (1, 0, text)


def compare_dumps(first, second):
    """The differences between two dump directories."""
    comparison = filecmp.dircmp(first, second)
    differences = [
        Difference(name, old="only in the first dump")
        for name in sorted(comparison.left_only)]
    differences += [
        Difference(name, old="only in the second dump")
        for name in sorted(comparison.right_only)]
    for name in sorted(comparison.common_files):
        if filecmp.cmp(os.path.join(first, name), os.path.join(second, name),
                       shallow=False):
            continue
        if name == "restore.py":
            differences.append(Difference(name, old="restore.py differs"))
            continue
        found = compare_table_files(first, second, name)
        differences += found or [Difference(name, old="file differs")]
    return differences


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
