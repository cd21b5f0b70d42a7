"""The restricted reader in worker processes (rowpool.py, rowworker.py)
and the trusted restore and loaddata reading rows with it, compiling only
from a line it refuses (trustedrows.py, compiler.py)."""
import datetime
import glob
import os
import re
import sys

import pytest

from lino_dumpy.dump.writer import dump
from lino_dumpy.exceptions import DumpFormatError
from lino_dumpy.restore import restore_directory
from lino_dumpy.restore.compiler import CHUNK_LINES, compiled_from
from lino_dumpy.restore.rowpool import table_file_rows, worker_count
from lino_dumpy.restore.rowreader import read_rows
from lino_dumpy.restore.trustedrows import table_file_steps
from tests.fixtures_data import populate, snapshot
from tests.test_rowreader import HELPERS, SAMPLES
from tests.test_serializer import edit

LIBRARY = os.path.join(SAMPLES, "fieldtypes_3_0")


def sample_files(directory):
    with open(os.path.join(directory, "restore.py"), encoding="utf-8") as f:
        source = f.read()
    names = {name: "model " + name for name in re.findall(
        r"^(\w+) = resolve_model\(", source, re.M)}
    files = re.findall(r"^    \('([\w.]+)', '[\w.]+', '(\w+)'", source,
                       re.M)
    return files, names


def pooled(directory, files, names, workers):
    return [(filename, lineno, args if args is None else tuple(args))
            for filename, _, lineno, args in table_file_rows(
                directory, files, HELPERS, names, workers)]


@pytest.mark.parametrize("directory", sorted(
    glob.glob(os.path.join(SAMPLES, "fieldtypes_*"))))
@pytest.mark.parametrize("workers", [0, 2])
def test_workers_read_as_the_reader(directory, workers):
    files, names = sample_files(directory)
    expected = [(filename, lineno, args)
                for filename, table in files
                for lineno, args in read_rows(
                    os.path.join(directory, filename), table, HELPERS,
                    names=names)]
    assert pooled(directory, files, names, workers) == expected
    assert any(value in names.values() for _, _, args in expected
               for value in args or ())


def test_workers_stop_when_their_spec_cannot_be_made(monkeypatch):
    """The renderings are made once the workers are started (they import
    meanwhile); if that fails, no worker is left behind."""
    import subprocess
    started = []
    popen = subprocess.Popen

    def recording(*args, **kwargs):
        started.append(popen(*args, **kwargs))
        return started[-1]
    monkeypatch.setattr(subprocess, "Popen", recording)

    def renderings():
        raise RuntimeError("the database went away")
    files, names = sample_files(LIBRARY)
    with pytest.raises(RuntimeError, match="went away"):
        next(table_file_rows(LIBRARY, files, HELPERS, names, 2, renderings))
    assert len(started) == 2
    assert all(worker.poll() is not None for worker in started)


def test_a_refusal_in_a_worker_names_the_line(tmp_path):
    files, names = sample_files(LIBRARY)
    for filename, _ in files:
        (tmp_path / filename).write_bytes(
            open(os.path.join(LIBRARY, filename), "rb").read())
    path = tmp_path / "fieldtypes_node.py"
    path.write_text(path.read_text().replace(
        "'child'", "__import__('os').system('true')"))
    with pytest.raises(DumpFormatError, match=re.escape(
            "fieldtypes_node.py:6: found a call of __import__")):
        pooled(str(tmp_path), files, names, 2)


@pytest.fixture
def populated(clean_db):
    populate()
    return snapshot()


@pytest.mark.parametrize("edited", [
    ("'club'", "'golf ' + 'club'"),
    ("loader.save(create_fieldtypes_club(",
     "for _ in range(1):\n    loader.save(create_fieldtypes_club("),
])
def test_a_trusted_dump_with_a_hand_edit_restores(populated, tmp_path,
                                                 edited):
    """The file is compiled from the edited line on: every row once, the
    edited one as the edit says."""
    import shutil
    dump(tmp_path / "d", progress=False)
    shutil.copytree(tmp_path / "d", tmp_path / "e")
    edit(tmp_path / "e", "fieldtypes_club.py", *edited)
    restore_directory(str(tmp_path / "d"), interactive=False, verbosity=0)
    expected = snapshot()
    restore_directory(str(tmp_path / "e"), interactive=False, verbosity=0)
    if "golf" in edited[1]:
        expected["fieldtypes.Club"] = [
            dict(row, name="golf club" if row["name"] == "club"
                 else row["name"]) for row in expected["fieldtypes.Club"]]
    assert snapshot() == expected


def test_trusted_rows_read_builtins_and_the_dumps_helpers(tmp_path):
    """float('inf') finds the builtin, as exec() does (no compiling), and
    dt is the dump's."""
    (tmp_path / "t.py").write_text(
        "loader.save(create_t(float('inf'),Decimal('1.5'),dt('x')))\n")
    dump_globals = dict(HELPERS, dt=lambda text: "dt " + text)
    steps = list(table_file_steps(
        str(tmp_path), [("t.py", "t.T", "t", 1, None)], dump_globals, 0))
    assert steps == [(str(tmp_path / "t.py"), "t", 1,
                      (float("inf"), HELPERS["Decimal"]("1.5"), "dt x"))]


def write_rows(path, rows):
    """A table file of `rows` rows after a comment line."""
    with open(path, "w") as stream:
        stream.write("# table t\n")
        for row in range(rows):
            stream.write("loader.save(create_t(%d))\n" % row)


@pytest.mark.parametrize("lineno", [1, CHUNK_LINES + 5])
def test_compiled_chunks_run_with_the_line_numbers_of_the_file(tmp_path,
                                                               lineno):
    """A trusted file compiled from a refused line on: in chunks of
    CHUNK_LINES lines, each row at its own line (as a traceback shows)."""
    path = str(tmp_path / "t.py")
    rows = 3 * CHUNK_LINES + 7
    write_rows(path, rows)
    codes = list(compiled_from(path, lineno))
    assert len(codes) == -(-(rows + 2 - lineno) // CHUNK_LINES)
    saved = []
    namespace = {"loader": type("Loader", (), {"save": saved.append}),
                 "create_t": lambda row: (row, sys._getframe(1).f_lineno)}
    for code in codes:
        exec(code, namespace)
    assert saved == [(row, row + 2) for row in range(rows)
                     if row + 2 >= lineno]


@pytest.mark.parametrize("workers", [0, 2])
def test_a_syntax_error_names_file_and_line(tmp_path, workers):
    path = tmp_path / "t.py"
    write_rows(str(path), 2 * CHUNK_LINES)
    path.write_text(path.read_text().replace(
        "create_t(%d)" % CHUNK_LINES, "create_t(%d, 'unclosed)" % CHUNK_LINES))
    with pytest.raises(DumpFormatError, match=(
            r"t.py:%d: syntax error: .*copy the dump again"
            % (CHUNK_LINES + 2))):
        list(table_file_steps(str(tmp_path), [("t.py", "t.T", "t", 1, None)],
                              HELPERS, workers))


def test_small_dumps_are_read_in_the_restoring_process(tmp_path):
    write_rows(str(tmp_path / "t.py"), 10)
    paths = [str(tmp_path / "t.py")] * 2
    assert worker_count(paths) == 0
    assert worker_count(paths, 3) == 3


@pytest.mark.parametrize("use_tz", [True, False])
@pytest.mark.parametrize("custom_dt", [False, True])
def test_workers_evaluate_dt_as_the_restoring_process(use_tz, custom_dt):
    """The standard dt() runs in the workers, by the site's USE_TZ; a dt()
    that converts time zones (datetimes.py) stays with the restore."""
    from django.test import override_settings
    from lino_dumpy.restore.rowpool import site_dt
    from lino_dumpy.restore.runtime import dt
    calls = []

    def converting_dt(*args):
        calls.append(args)
        return dt(*args).replace(microsecond=1)
    helpers = dict(HELPERS, dt=converting_dt if custom_dt else dt)
    files, names = sample_files(LIBRARY)
    with override_settings(USE_TZ=use_tz):
        assert site_dt(helpers) == (
            None if custom_dt else "aware" if use_tz else "naive")
        expected = [(filename, lineno, args)
                    for filename, table in files
                    for lineno, args in read_rows(
                        os.path.join(LIBRARY, filename), table, helpers,
                        names=names)]
        pooled_rows = [
            (filename, lineno, args if args is None else tuple(args))
            for filename, _, lineno, args in table_file_rows(
                LIBRARY, files, helpers, names, 2)]
    assert pooled_rows == expected
    times = [value for _, _, args in expected for value in args or ()
             if isinstance(value, datetime.datetime)]
    assert times and all(
        (value.tzinfo is not None) is use_tz for value in times)
    assert bool(calls) is custom_dt
