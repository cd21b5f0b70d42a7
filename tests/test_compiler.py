"""Table files compiled by worker processes arrive complete and in order."""
import os
import signal

import pytest

from lino_dumpy.restore.compiler import CHUNK_LINES
from lino_dumpy.exceptions import DumpFormatError
from lino_dumpy.restore.compiling import (CompilerPool, compiled_table_files,
                                          compiler_process_count)

# Rows per file: 0, 1 and several chunks, with a chunk count that does
# not divide by the number of workers.
FILE_ROWS = [3 * CHUNK_LINES + 7, 0, 1, 2 * CHUNK_LINES, CHUNK_LINES + 1]


@pytest.fixture
def table_files(tmp_path):
    entries = []
    for number, rows in enumerate(FILE_ROWS):
        name = "table_%d.py" % number
        with open(tmp_path / name, "w") as stream:
            stream.write("# table %d\n" % number)
            for row in range(rows):
                stream.write("loader.save(create(%d, %d, 'x'))\n"
                             % (number, row))
        entries.append((name, "app.Model%d" % number, "t", rows, None))
    return str(tmp_path), entries


def facts(code):
    """What must be equal in two compilations of the same chunk (marshal
    output also depends on reference counts)."""
    return (code.co_filename, code.co_code, code.co_consts, code.co_names,
            list(code.co_lines()))


def chunks(directory, entries, workers):
    return [(filename, facts(code)) for filename, code in
            compiled_table_files(directory, entries, workers)]


@pytest.mark.parametrize("workers", [1, 2, 3])
def test_workers_deliver_what_the_restoring_process_compiles(table_files,
                                                             workers):
    here = chunks(*table_files, workers=0)
    # Each file has a comment line before its rows.
    assert len(here) == sum(-(-(rows + 1) // CHUNK_LINES)
                            for rows in FILE_ROWS)
    assert chunks(*table_files, workers=workers) == here


@pytest.mark.parametrize("workers", [0, 2])
def test_a_syntax_error_names_file_and_line(table_files, workers):
    directory, entries = table_files
    path = os.path.join(directory, "table_4.py")
    with open(path) as stream:
        lines = stream.readlines()
    lines[CHUNK_LINES + 1] = "loader.save(create(4, 'unclosed)\n"
    with open(path, "w") as stream:
        stream.writelines(lines)
    with pytest.raises(DumpFormatError, match=(
            r"table_4.py:%d: syntax error: .*copy the dump again"
            % (CHUNK_LINES + 2))):
        chunks(directory, entries, workers)


def test_a_lost_worker_is_replaced_by_compiling_here(table_files):
    directory, entries = table_files
    paths = [os.path.join(directory, entry[0]) for entry in entries]
    expected = chunks(directory, entries, workers=0)
    pool = CompilerPool(paths, 2)
    received = []
    try:
        first = pool.chunks(0, paths[0])
        received.append(facts(next(first)))
        os.kill(pool.workers[1].pid, signal.SIGKILL)
        received.extend(facts(code) for code in first)
        for index, path in enumerate(paths[1:], 1):
            received.extend(facts(code)
                            for code in pool.chunks(index, path))
    finally:
        pool.close()
    assert received == [data for _, data in expected]
    assert pool.workers == []


def test_small_dumps_are_compiled_in_the_restoring_process(table_files):
    directory, entries = table_files
    paths = [os.path.join(directory, entry[0]) for entry in entries]
    assert compiler_process_count(paths) == 0
    assert compiler_process_count(paths, 3) == 3
