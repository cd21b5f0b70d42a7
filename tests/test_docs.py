"""The documentation builds without a single Sphinx warning (as ``inv bd``
requires), so CI notices a broken reference or a page left out of the
table of contents."""
import os
import subprocess
import sys

from tests.conftest import ROOT


def test_the_docs_build_without_warnings(tmp_path):
    result = subprocess.run(
        [sys.executable, "-m", "sphinx", "-W", "--keep-going", "-b", "html",
         "-q", "-d", str(tmp_path / "doctrees"), os.path.join(ROOT, "docs"),
         str(tmp_path / "html")],
        capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stdout + result.stderr
    for page in ("index", "quickstart", "dump_format", "migrations",
                 "fixtures", "ddt", "lino", "comparison", "troubleshooting"):
        assert (tmp_path / "html" / (page + ".html")).exists(), page
