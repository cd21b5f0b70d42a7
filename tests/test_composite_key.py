"""A model with a composite primary key (Django 5.2's CompositePrimaryKey,
issue 18).

dump2py cannot dump such a model exactly yet: it refuses it before
writing anything, with one paragraph naming the model and the option that
leaves it out.  With ``--exclude`` the dump records it in ``EXCLUDED`` and
a restore keeps the rows of its table as they are.
"""
import os

import pytest

from tests.test_cli import output, with_env
from tests.test_command_messages import assert_one_paragraph

LABEL = "compositekey.CompositeKeyed"

ROWS = [("Z", 1, "upper"), ("e", 2, "plain"), ("e", 10, "ten"),
        ("é", 2, "accent")]

CREATE = (
    "from tests.compositekey.models import CompositeKeyed as M\n"
    "for code, number, note in %r:\n"
    "    M.objects.create(code=code, number=number, note=note)\n" % ROWS)

SHOW = (
    "from tests.compositekey.models import CompositeKeyed as M\n"
    "print(sorted(M.objects.values_list('code', 'number', 'note')))\n")


@pytest.fixture
def composite(project, fresh_env):
    """`project` on a fresh migrated database with tests.compositekey,
    whose table holds ROWS."""
    project = with_env(project, DUMPY_TEST_COMPOSITE_KEY="1", **fresh_env)
    project.manage("migrate", "--verbosity", "0")
    project.manage("shell", "-c", CREATE)
    return project


def rows(project):
    """The rows of the table (the last line: the shell may print a note
    on its automatic imports first)."""
    return project.manage("shell", "-c", SHOW).stdout.strip().splitlines()[-1]


def test_dump2py_refuses_a_composite_primary_key(composite, tmp_path):
    target = tmp_path / "d"
    result = composite.manage("dump2py", str(target), check=False)
    assert_one_paragraph(
        result, "dump2py does not support models with a composite primary "
        "key (CompositePrimaryKey) yet: %s." % LABEL,
        "Leave them out with --exclude %s;" % LABEL, "Nothing was written.")
    assert result.returncode == 1, output(result)
    assert not target.exists()


def test_an_excluded_composite_key_model_keeps_its_rows(composite, tmp_path):
    target = tmp_path / "d"
    result = composite.manage("dump2py", str(target), "--exclude", LABEL)
    assert "Left out: %s (--exclude)" % LABEL in result.stdout, \
        output(result)
    with open(os.path.join(target, "restore.py"), encoding="utf-8") as f:
        assert "    %r: '--exclude',\n" % LABEL in f.read()
    before = rows(composite)
    assert before == repr(sorted(ROWS))
    composite.manage("shell", "-c", "from django.contrib.auth.models "
                     "import Group; Group.objects.create(name='later')")
    result = composite.python(str(target / "restore.py"), "--noinput")
    assert "Kept the rows of %s (left out of the dump: --exclude)." % LABEL \
        in result.stdout + result.stderr, output(result)
    assert rows(composite) == before
    assert "later" not in composite.manage(
        "shell", "-c", "from django.contrib.auth.models import Group; "
        "print(list(Group.objects.values_list('name', flat=True)))").stdout
