"""Failure paths: a broken dump or an interrupted command changes nothing.

Every restore here runs ``python DIR/restore.py`` in a subprocess, as users
do.  Before it runs, the database is changed so that it no longer holds
what the dump holds: a restore that wrongly went through would show up in
the snapshot comparison.  A refusal "before the database is touched" is
told apart from a rollback by the output: the restore prints "Preflight
passed: ..." once its preflight has passed, before it touches the
database, into an empty target as into a full one.
"""
import os
import signal
import subprocess
import sys
import time

import pytest
from django.conf import settings
from django.db import connections

from lino_dumpy.dump import modelwriter
from lino_dumpy.exceptions import DumpError
from lino_dumpy.dump.writer import dump
from tests.conftest import ROOT, VENDOR
from tests.fixtures_data import (LOAD_STARTED, PREFLIGHT_PASSED,
                                 add_many_rows,
                                 change_database, populate, snapshot,
                                 snapshot_difference, tree)

def with_env(project, **overrides):
    """The same project with some environment variables changed."""
    return type(project)(dict(project.env, **overrides))


def run_restore(project, dump_dir, *options):
    """``python DIR/restore.py --noinput [options]`` without checking."""
    return project.python(str(dump_dir / "restore.py"), "--noinput",
                          *options, check=False)


def output(result):
    return "exit code %s\nstdout:\n%s\nstderr:\n%s" % (
        result.returncode, result.stdout, result.stderr)


def assert_refused(result, *fragments):
    """Non-zero exit, and stderr contains every fragment."""
    assert result.returncode != 0, output(result)
    for fragment in fragments:
        assert fragment in result.stderr, (fragment, output(result))
    assert "Traceback" not in result.stderr, output(result)


def assert_refused_in_preflight(result, *fragments):
    """Refused by the preflight itself, which never passed."""
    assert_refused(result, *fragments)
    assert PREFLIGHT_PASSED not in result.stdout, output(result)


def assert_rolled_back(result, *fragments):
    """Refused during the load, which had started (so the unchanged
    database proves the rollback, not a preflight)."""
    assert_refused(result, *fragments)
    assert PREFLIGHT_PASSED in result.stdout, output(result)
    assert LOAD_STARTED in result.stdout, output(result)


def read_lines(path):
    with open(path, encoding="utf-8") as stream:
        return stream.read().splitlines(keepends=True)


def write_lines(path, lines):
    with open(path, "w", encoding="utf-8", newline="") as stream:
        stream.write("".join(lines))


def row_index(lines, prefix):
    """Index of the only row line of a table file starting with `prefix`
    (e.g. ``loader.save(create_fieldtypes_node(12,``)."""
    found = [i for i, line in enumerate(lines) if line.startswith(prefix)]
    assert len(found) == 1, (prefix, lines)
    return found[0]


def node_row_prefix(pk):
    return "loader.save(create_fieldtypes_node(%d," % pk


def node_pk(name):
    from tests.fieldtypes.models import Node
    return Node.objects.get(name=name).pk


@pytest.fixture
def populated(clean_db):
    populate()


@pytest.fixture
def dumped(populated, tmp_path):
    """A dump of the populated database, and the database changed since."""
    dump_dir = tmp_path / "dump"
    dump(dump_dir, progress=False)
    return dump_dir, change_database()


# Damaged table files: refused by the preflight -------------------------------

def test_edited_table_file_is_refused_before_the_database_is_touched(
        dumped, project):
    """A checksum mismatch names the file and suggests --accept-edited."""
    dump_dir, before = dumped
    path = dump_dir / "fieldtypes_node.py"
    lines = read_lines(path)
    index = row_index(lines, node_row_prefix(node_pk("child")))
    lines[index] = lines[index].replace("'child'", "'kid'")
    write_lines(path, lines)
    result = run_restore(project, dump_dir)
    assert_refused_in_preflight(
        result, str(path), "SHA-256 mismatch", "--accept-edited")
    assert snapshot() == before


def test_table_file_cut_in_the_middle_of_a_line_is_refused(dumped, project):
    """A copy truncated inside a row (interrupted transfer) is refused."""
    dump_dir, before = dumped
    path = dump_dir / "fieldtypes_everything.py"
    data = path.read_bytes()
    last_line = data.rstrip(b"\n").rindex(b"\n") + 1
    second_last_line = data[:last_line - 1].rindex(b"\n") + 1
    middle = (second_last_line + last_line) // 2
    path.write_bytes(data[:middle])
    result = run_restore(project, dump_dir)
    assert_refused_in_preflight(result, str(path), "truncated or edited")
    assert snapshot() == before


def test_dump_in_a_newer_format_is_refused(dumped, project):
    """A dump written by a newer lino_dumpy in a format this one cannot
    read is refused before the database is touched."""
    from lino_dumpy.dumpformat import DUMP_FORMAT
    dump_dir, before = dumped
    path = dump_dir / "restore.py"
    text = path.read_text(encoding="utf-8")
    assert "\nDUMP_FORMAT = %d\n" % DUMP_FORMAT in text
    path.write_text(text.replace("\nDUMP_FORMAT = %d\n" % DUMP_FORMAT,
                                 "\nDUMP_FORMAT = %d\n" % (DUMP_FORMAT + 1)),
                    encoding="utf-8")
    result = run_restore(project, dump_dir)
    assert_refused_in_preflight(
        result, str(path), "the dump is in format %d" % (DUMP_FORMAT + 1),
        "reads formats up to %d" % DUMP_FORMAT)
    assert snapshot() == before


def test_table_file_cut_at_a_line_boundary_is_refused(dumped, project):
    """Valid Python with rows missing is refused: the row count differs."""
    dump_dir, before = dumped
    path = dump_dir / "fieldtypes_everything.py"
    lines = read_lines(path)
    rows = len([line for line in lines if line.startswith("loader.save(")])
    assert lines[-1].startswith("loader.save(") and rows > 1
    write_lines(path, lines[:-1])
    compile(path.read_bytes(), str(path), "exec")  # still valid Python
    result = run_restore(project, dump_dir)
    assert_refused_in_preflight(
        result, str(path), "it has %d rows where the dump wrote %d" % (
            rows - 1, rows))
    assert snapshot() == before


def test_missing_table_file_is_refused(dumped, project):
    """A dump with a table file deleted is incomplete and refused."""
    dump_dir, before = dumped
    path = dump_dir / "fieldtypes_node.py"
    path.unlink()
    result = run_restore(project, dump_dir)
    assert_refused_in_preflight(
        result, str(path), "table file of fieldtypes.Node is missing")
    assert snapshot() == before


def edit_a_row(dump_dir):
    path = dump_dir / "fieldtypes_node.py"
    lines = read_lines(path)
    index = [line.startswith("loader.save(") for line in lines].index(True)
    lines[index] = lines[index].replace("loader.save(", "loader.save( ")
    write_lines(path, lines)
    return path, "SHA-256 mismatch"


def cut_a_file(dump_dir):
    path = dump_dir / "fieldtypes_everything.py"
    path.write_bytes(path.read_bytes()[:-40])
    return path, "truncated or edited"


def remove_a_file(dump_dir):
    path = dump_dir / "fieldtypes_node.py"
    path.unlink()
    return path, "table file of fieldtypes.Node is missing"


def newer_format(dump_dir):
    from lino_dumpy.dumpformat import DUMP_FORMAT
    path = dump_dir / "restore.py"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("\nDUMP_FORMAT = %d\n" % DUMP_FORMAT,
                                 "\nDUMP_FORMAT = %d\n" % (DUMP_FORMAT + 1)),
                    encoding="utf-8")
    return path, "reads formats up to %d" % DUMP_FORMAT


TABLES = ("from django.db import connection; "
          "print(sorted(connection.introspection.table_names()))")


@pytest.mark.parametrize("damage", [edit_a_row, cut_a_file, remove_a_file,
                                    newer_format],
                         ids=lambda damage: damage.__name__)
def test_refused_in_preflight_into_an_empty_database(
        populated, project, fresh_env, tmp_path, damage):
    """Into an empty (not even migrated) database, where no confirmation
    is asked: refused by the preflight, and the database is still empty,
    without a single table."""
    dump_dir = tmp_path / "dump"
    dump(dump_dir, progress=False)
    path, message = damage(dump_dir)
    fresh = with_env(project, **fresh_env)
    result = run_restore(fresh, dump_dir)
    assert_refused_in_preflight(result, str(path), message)
    assert fresh.manage("shell", "--no-imports", "-c",
                        TABLES).stdout.strip() == "[]"


def test_preflight_passed_is_printed_into_an_empty_database(
        populated, project, fresh_env, tmp_path):
    """The other side of the check above: an intact dump passes the
    preflight, and says so, into an empty database too."""
    dump_dir = tmp_path / "dump"
    dump(dump_dir, progress=False)
    result = run_restore(with_env(project, **fresh_env), dump_dir)
    assert result.returncode == 0, output(result)
    assert PREFLIGHT_PASSED in result.stdout, output(result)
    assert LOAD_STARTED not in result.stdout, output(result)


# Bad rows accepted by --accept-edited: refused during the load ---------------

def test_syntax_error_names_file_and_line(dumped, project):
    """A damaged row gives file:line and rolls the load back."""
    dump_dir, before = dumped
    path = dump_dir / "fieldtypes_node.py"
    lines = read_lines(path)
    index = row_index(lines, node_row_prefix(node_pk("root")))
    lines[index] = lines[index].rstrip("\n")[:-1] + "\n"
    write_lines(path, lines)
    result = run_restore(project, dump_dir, "--accept-edited")
    assert snapshot() == before
    assert_rolled_back(result, "%s:%d" % (path, index + 1), "syntax error")


def test_duplicate_primary_key_names_file_model_and_pk(dumped, project):
    """A copied row is refused by the database; the message points at the
    copy (file:line, model, pk) and the load is rolled back."""
    dump_dir, before = dumped
    path = dump_dir / "fieldtypes_node.py"
    lines = read_lines(path)
    root = node_pk("root")
    lines.append(lines[row_index(lines, node_row_prefix(root))])
    write_lines(path, lines)
    result = run_restore(project, dump_dir, "--accept-edited")
    assert snapshot() == before
    assert_rolled_back(result, "%s:%d" % (path, len(lines)),
                       "fieldtypes.Node pk=%d" % root)


def test_foreign_key_to_a_missing_row_names_model_pk_and_field(
        dumped, project):
    """A row pointing to a row that is not in the dump is refused."""
    dump_dir, before = dumped
    path = dump_dir / "fieldtypes_node.py"
    lines = read_lines(path)
    root, child = node_pk("root"), node_pk("child")
    missing = root + child + 1000
    index = row_index(lines, node_row_prefix(child))
    lines[index] = lines[index].replace(
        "(%d,%d," % (child, root), "(%d,%d," % (child, missing))
    assert str(missing) in lines[index]
    write_lines(path, lines)
    result = run_restore(project, dump_dir, "--accept-edited")
    assert snapshot() == before
    assert_rolled_back(
        result, "fieldtypes.Node pk=%d: parent=%d points to a missing "
        "fieldtypes.Node" % (child, missing))


def put_a_string_into_big(path, which=1):
    """Edit the second (or `which`) row of fieldtypes_everything.py so that
    its integer field ``big`` holds a string; return that row's object and
    index.  The drift preflight reads the type of a column from its first
    value: a bad second value shows only when the rows are loaded."""
    from tests.fieldtypes.models import Everything
    lines = read_lines(path)
    first = Everything.objects.order_by("pk")[which]
    prefix = "loader.save(create_fieldtypes_everything(%d," % first.pk
    index = row_index(lines, prefix)
    lines[index] = lines[index].replace(
        prefix + "%d," % first.big, prefix + "'not a number',")
    assert "'not a number'" in lines[index]
    write_lines(path, lines)
    return first, index


def test_value_that_does_not_fit_names_file_model_and_pk(dumped, project):
    """A non-numeric string in an integer column (refused on every backend)
    gives file:line, model and pk, and the load is rolled back."""
    dump_dir, before = dumped
    path = dump_dir / "fieldtypes_everything.py"
    first, index = put_a_string_into_big(path)
    result = run_restore(project, dump_dir, "--accept-edited")
    assert snapshot() == before
    assert_rolled_back(result, "%s:%d" % (path, index + 1),
                       "fieldtypes.Everything pk=%d" % first.pk, "big")


def test_a_value_of_another_type_is_refused_before_the_load(dumped,
                                                            project):
    """A string where the first row of an integer column had a number is
    drift: the preflight names file:line, field and value."""
    dump_dir, before = dumped
    path = dump_dir / "fieldtypes_everything.py"
    first, index = put_a_string_into_big(path, 0)
    result = run_restore(project, dump_dir, "--accept-edited")
    assert snapshot() == before
    assert_refused_in_preflight(
        result, "fieldtypes.Everything.big is now a BigIntegerField; the "
        "rows hold str values (e.g. 'not a number' at %s:%d)" % (
            path, index + 1), 'ConvertValue("fieldtypes.Everything", "big"')


def test_too_long_string_is_refused_before_the_load(dumped, project):
    """A 300-character string for a CharField(max_length=20) is drift,
    refused by the preflight on every backend (SQLite itself would store
    it), naming file:line, model, pk and field."""
    dump_dir, before = dumped
    path = dump_dir / "fieldtypes_node.py"
    lines = read_lines(path)
    child = node_pk("child")
    index = row_index(lines, node_row_prefix(child))
    lines[index] = lines[index].replace("'child'", repr("x" * 300))
    write_lines(path, lines)
    result = run_restore(project, dump_dir, "--accept-edited")
    assert snapshot() == before
    assert_refused_in_preflight(result, "%s:%d" % (path, index + 1),
                                "fieldtypes.Node pk=%d" % child,
                                "fieldtypes.Node.name has max_length 20")


def test_too_long_string_after_the_first_rows_stops_the_load(
        populated, project, tmp_path):
    """The preflight reads the first rows only; the load checks every
    text's length on every backend and rolls back, naming file:line,
    model, pk and field."""
    from tests.fieldtypes.models import Node
    Node.objects.bulk_create(Node(name="n%d" % i) for i in range(30))
    dump_dir = tmp_path / "dump"
    dump(dump_dir, progress=False)
    last = Node.objects.order_by("pk").last()
    before = change_database()
    path = dump_dir / "fieldtypes_node.py"
    lines = read_lines(path)
    index = row_index(lines, node_row_prefix(last.pk))
    lines[index] = lines[index].replace("'n29'", repr("y" * 300))
    write_lines(path, lines)
    result = run_restore(project, dump_dir, "--accept-edited")
    assert snapshot() == before
    assert_rolled_back(result, "%s:%d" % (path, index + 1),
                       "fieldtypes.Node pk=%d" % last.pk,
                       "name='%s' does not fit its field: 300 characters, "
                       "more than its max_length 20" % ("y" * 300))


# A model the code no longer has ----------------------------------------------

def test_dump_of_a_removed_model_is_refused(project, fresh_env, tmp_path):
    """Rows of extraapp.Gadget, an app the code no longer installs, are
    refused before the database is touched.

    This runs in a database of its own (``fresh_env``) so that the extra
    app's table does not linger in the session's database; the database is
    compared by dumping it before and after the refused restore.
    """
    old_code = with_env(project, DUMPY_TEST_EXTRA_APP="1", **fresh_env)
    new_code = with_env(project, DUMPY_TEST_EXTRA_APP="", **fresh_env)
    old_code.manage("shell", "-c", (
        "from django.core.management import call_command; "
        "call_command('migrate', verbosity=0); "
        "from tests.fixtures_data import populate; populate(); "
        "from tests.extraapp.models import Gadget; "
        "Gadget.objects.create(name='gadget')"))
    old_code.manage("dump2py", str(tmp_path / "old"))
    assert (tmp_path / "old" / "extraapp_gadget.py").exists()
    old_code.manage("shell", "-c", (
        "from tests.fieldtypes.models import Node; "
        "Node.objects.create(name='after dump'); "
        "from django.core.management import call_command; "
        "call_command('dump2py', %r)" % str(tmp_path / "before")))
    result = run_restore(new_code, tmp_path / "old")
    assert_refused_in_preflight(result, "extraapp.Gadget",
                                "extraapp_gadget.py")
    old_code.manage("dump2py", str(tmp_path / "after"))
    assert tree(tmp_path / "after") == tree(tmp_path / "before")


# dump2py and an existing DIR -------------------------------------------------

def test_dump2py_refuses_an_existing_directory(populated, project, tmp_path):
    """Without --overwrite an existing DIR is left exactly as it was."""
    target = tmp_path / "dump"
    dump(target, progress=False)
    change_database()
    previous = tree(target)
    result = project.manage("dump2py", str(target), check=False)
    assert_refused(result, str(target), "already exists", "--overwrite")
    assert tree(target) == previous
    assert sorted(os.listdir(tmp_path)) == ["dump"]


def test_dump2py_overwrite_replaces_a_previous_dump(populated, project,
                                                    tmp_path):
    """--overwrite replaces the old dump by a complete new one."""
    target = tmp_path / "dump"
    dump(target, progress=False)
    previous = tree(target)
    change_database()
    project.manage("dump2py", "--overwrite", str(target))
    dump(tmp_path / "expected", progress=False)
    assert tree(target) == tree(tmp_path / "expected")
    assert tree(target) != previous
    assert sorted(os.listdir(tmp_path)) == ["dump", "expected"]


def test_dump2py_overwrite_refuses_a_directory_that_is_not_a_dump(
        populated, project, tmp_path):
    """--overwrite never replaces a directory without restore.py."""
    target = tmp_path / "documents"
    target.mkdir()
    (target / "thesis.txt").write_text("years of work")
    (target / "notes").mkdir()
    (target / "notes" / "todo.txt").write_text("finish")
    previous = tree(target)
    result = project.manage("dump2py", "--overwrite", str(target),
                            check=False)
    assert_refused(result, str(target), "is not a dump directory")
    assert tree(target) == previous
    assert sorted(os.listdir(tmp_path)) == ["documents"]


# Interrupted dumps -----------------------------------------------------------

class InterruptAt:
    """Replaces ModelWriter.render_row: raises `error` when row number `at`
    of model `label` is rendered, after noting which files the temporary
    dump directory holds at that moment."""

    def __init__(self, monkeypatch, parent, label, at, error):
        self.original = modelwriter.ModelWriter.render_row
        self.parent = parent
        self.label = label
        self.at = at
        self.error = error
        self.rendered = 0
        self.seen = None

        def render_row(model_writer, row):
            return self.render(model_writer, row)
        monkeypatch.setattr(modelwriter.ModelWriter, "render_row", render_row)

    def render(self, model_writer, row):
        if model_writer.label == self.label:
            self.rendered += 1
            if self.rendered == self.at:
                self.seen = {
                    entry: sorted(os.listdir(os.path.join(self.parent, entry)))
                    for entry in os.listdir(self.parent)
                    if entry.endswith(".partial")}
                raise self.error
        return self.original(model_writer, row)

    def assert_interrupted_mid_table(self, name, filename):
        """The temporary sibling existed and `filename` was being written
        after the tables before it, and before restore.py."""
        assert len(self.seen) == 1, self.seen
        (entry, files), = self.seen.items()
        assert entry.startswith(".%s." % name), entry
        assert filename in files and "auth_permission.py" in files, files
        assert "restore.py" not in files, files


@pytest.mark.parametrize("overwrite", [False, True])
def test_interrupted_dump_leaves_no_trace(populated, monkeypatch, tmp_path,
                                          overwrite):
    """Ctrl-C in the middle of a table: nothing at DIR (or the previous
    dump, untouched) and no temporary sibling left behind."""
    target = tmp_path / "dump"
    previous = None
    if overwrite:
        dump(target, progress=False)
        previous = tree(target)
        change_database()
    interrupt = InterruptAt(monkeypatch, tmp_path, "fieldtypes.Everything",
                            2, KeyboardInterrupt())
    with pytest.raises(KeyboardInterrupt):
        dump(target, progress=False, overwrite=overwrite)
    interrupt.assert_interrupted_mid_table("dump", "fieldtypes_everything.py")
    if overwrite:
        assert tree(target) == previous
        assert sorted(os.listdir(tmp_path)) == ["dump"]
    else:
        assert os.listdir(tmp_path) == []


def test_disk_full_while_dumping_leaves_no_trace(populated, monkeypatch,
                                                 tmp_path):
    """A write error (disk full) gives a DumpError naming DIR; nothing is
    left behind."""
    import errno
    target = tmp_path / "dump"
    interrupt = InterruptAt(monkeypatch, tmp_path, "fieldtypes.Everything",
                            2, OSError(errno.ENOSPC, "No space left"))
    with pytest.raises(DumpError, match="disk is full") as caught:
        dump(target, progress=False)
    interrupt.assert_interrupted_mid_table("dump", "fieldtypes_everything.py")
    assert str(target) in str(caught.value)
    assert os.listdir(tmp_path) == []


@pytest.mark.parametrize("overwrite", [False, True])
def test_dump2py_that_cannot_write_leaves_no_trace(populated, project,
                                                   tmp_path, overwrite):
    """dump2py whose writes fail (a file size limit of a few KiB stands in
    for a full disk) exits non-zero naming DIR; nothing is left behind, and
    with --overwrite the previous dump is untouched."""
    target = tmp_path / "dump"
    options = []
    if overwrite:
        dump(target, progress=False)
        previous = tree(target)
        change_database()
        options = ["--overwrite"]
    result = project.run(
        ["sh", "-c", 'ulimit -f 4 && exec "$0" -m django dump2py "$@"',
         sys.executable, str(target)] + options, check=False)
    assert_refused(result, str(target), "File too large",
                   "Nothing was changed")
    if overwrite:
        assert tree(target) == previous
        assert os.listdir(tmp_path) == ["dump"]
    else:
        assert os.listdir(tmp_path) == []


# Processes killed or interrupted ----------------------------------------------

def start(project, args, **env):
    """Start ``python ARGS`` in a process group of its own, as a shell
    starts a foreground job."""
    connections.close_all()
    return subprocess.Popen(
        [sys.executable] + list(args),
        env=dict(project.env, PYTHONUNBUFFERED="1", **env), cwd=ROOT,
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        start_new_session=True, preexec_fn=take_ctrl_c)


def take_ctrl_c():
    """Let the child react to Ctrl-C as a foreground job does, also where
    the test run ignores SIGINT (a shell starts background jobs, such as
    ``inv test &``, with SIGINT ignored, and children inherit that)."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def wait_for(condition, process, what, interval=0.005, timeout=60):
    """Poll `condition` while `process` runs; fail if it ends first."""
    deadline = time.monotonic() + timeout
    while not condition():
        if process.poll() is not None:
            stdout, stderr = process.communicate()
            pytest.fail("The process ended (exit %s) before %s.\nstdout:\n"
                        "%s\nstderr:\n%s" % (process.returncode, what,
                                              stdout, stderr))
        if time.monotonic() > deadline:
            process.kill()
            pytest.fail("Timed out waiting until %s." % what)
        time.sleep(interval)


def interrupt(process, sig):
    """Signal a process that must still be running; return its exit code
    and output.

    SIGINT goes to the whole process group, as Ctrl-C in a terminal does;
    SIGKILL only to the process (as the OOM killer does), and then to
    what is left of its group, so that no helper process outlives the test.
    """
    assert process.poll() is None, "the process ended too early"
    if sig == signal.SIGINT:
        os.killpg(process.pid, sig)
    else:
        process.send_signal(sig)
    try:
        process.wait(timeout=120)
    finally:
        try:
            os.killpg(process.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
    stdout, stderr = process.communicate(timeout=120)
    return process.returncode, stdout, stderr


def writing_table_file(parent, name, prefix):
    """A probe: True once a temporary sibling of DIR `name` holds a table
    file whose name starts with `prefix` and that has data in it."""
    def condition():
        for entry in os.listdir(parent):
            if entry.startswith(".%s." % name) and entry.endswith(".partial"):
                directory = os.path.join(parent, entry)
                try:
                    for filename in os.listdir(directory):
                        path = os.path.join(directory, filename)
                        if (filename.startswith(prefix)
                                and os.path.getsize(path) > 0):
                            return True
                except FileNotFoundError:
                    pass  # renamed into place meanwhile: the dump ended
        return False
    return condition


def test_killed_dump2py_leaves_no_dump(clean_db, project, tmp_path):
    """SIGKILL while dump2py writes a large table: no DIR appears, and an
    existing dump at DIR is untouched when the killed run had --overwrite.

    A killed process cannot clean up, so its hidden ``.DIR.*.partial``
    sibling may stay; the dump itself never appears half written.
    """
    previous_dir = tmp_path / "previous"
    populate()
    dump(previous_dir, progress=False)
    previous = tree(previous_dir)
    add_many_rows(64000)
    for target, options in ((tmp_path / "new", []),
                            (previous_dir, ["--overwrite"])):
        process = start(project, ["-m", "django", "dump2py", str(target)]
                        + options)
        wait_for(writing_table_file(tmp_path, target.name,
                                    "fieldtypes_everything"),
                 process, "dump2py writes fieldtypes_everything")
        code, stdout, stderr = interrupt(process, signal.SIGKILL)
        assert code == -signal.SIGKILL, (code, stdout, stderr)
    assert not (tmp_path / "new").exists()
    assert tree(previous_dir) == previous
    assert sorted(e for e in os.listdir(tmp_path)
                  if not e.endswith(".partial")) == ["previous"]


# Interrupted restores --------------------------------------------------------

def load_transaction_open():
    """A probe: True once another connection to the test database is
    inside the restore's load transaction and has written to it.

    Poll it at most every 0.1 s: InnoDB refreshes what innodb_trx shows
    only when it was not read for that long.
    """
    if VENDOR == "sqlite":
        journal = settings.DATABASES["default"]["NAME"] + "-journal"
        return lambda: os.path.exists(journal)
    if VENDOR == "postgresql":
        queries = [(
            "SELECT l.pid FROM pg_locks l JOIN pg_database d "
            "ON d.oid = l.database WHERE d.datname = current_database() "
            "AND l.pid <> pg_backend_pid() AND l.granted "
            "AND l.mode = 'AccessExclusiveLock' "
            "AND l.relation = 'fieldtypes_everything'::regclass")]
    else:
        # Other test sessions may use the same server: keep the
        # transactions of connections to this session's database.
        queries = [
            "SELECT trx_mysql_thread_id FROM information_schema.innodb_trx "
            "WHERE trx_rows_modified > 0",
            "SELECT id FROM information_schema.processlist "
            "WHERE db = DATABASE() AND id <> CONNECTION_ID()"]

    def probe():
        found = None
        with connections["default"].cursor() as cursor:
            for sql in queries:
                cursor.execute(sql)
                ids = {row[0] for row in cursor.fetchall()}
                found = ids if found is None else found & ids
        connections["default"].close()
        return bool(found)
    return probe


@pytest.fixture
def large_dump(clean_db, tmp_path):
    """A dump of 64000 rows in several table files (a restore of them
    takes a few seconds); the database then holds the small populated
    data, changed after its own dump."""
    add_many_rows(64000)
    dump(tmp_path / "large", progress=False, max_row_count=8000)
    from tests.fieldtypes.models import Everything
    Everything.objects.all().delete()
    populate()
    return tmp_path / "large", change_database()


@pytest.mark.parametrize("sig", [signal.SIGINT, signal.SIGKILL],
                         ids=["SIGINT", "SIGKILL"])
def test_interrupted_restore_changes_nothing(large_dump, project, tmp_path,
                                            sig):
    """Ctrl-C (SIGINT) or SIGKILL in the middle of the load: the database
    holds exactly what it held before.  After Ctrl-C the restore says so,
    exits non-zero and leaves no temporary files; after SIGKILL the server
    (or, on SQLite, the next connection, from the hot journal) rolls the
    transaction back.

    A killed process cannot clean up: temporary files of its helpers (in
    TMPDIR) may stay after SIGKILL.
    """
    dump_dir, before = large_dump
    tmpdir = tmp_path / "tmp"
    tmpdir.mkdir()
    process = start(project, [str(dump_dir / "restore.py"), "--noinput"],
                    TMPDIR=str(tmpdir))
    wait_for(load_transaction_open(), process, "the load transaction opened",
             interval=0.2)
    time.sleep(0.2)
    code, stdout, stderr = interrupt(process, sig)
    assert not snapshot_difference(before, snapshot()), stdout
    assert LOAD_STARTED in stdout and "Restored" not in stdout, stdout
    if sig == signal.SIGINT:
        assert code == 130, (code, stdout, stderr)
        assert "Interrupted" in stderr, stderr
        assert "Traceback" not in stderr, stderr
        assert os.listdir(tmpdir) == []
    else:
        assert code == -signal.SIGKILL, (code, stdout, stderr)
