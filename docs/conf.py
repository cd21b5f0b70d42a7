"""Sphinx configuration of the lino_dumpy documentation.

Build with ``inv bd`` or ``sphinx-build -W -b html docs docs/_build/html``
(warnings are errors, in CI too: tests/test_docs.py).
"""
import os
import sys

sys.path.insert(0, os.path.abspath(".."))

from lino_dumpy import __version__  # noqa: E402

project = "lino_dumpy"
author = "the lino_dumpy authors"
copyright = "the lino_dumpy authors, AGPL-3.0-or-later"
version = release = __version__

extensions = []
root_doc = "index"
# _notes/ holds the team's internal notes, not user documentation.
exclude_patterns = ["_build", ".build", "_notes", "Thumbs.db", ".DS_Store"]
templates_path = []
html_static_path = []

html_theme = "alabaster"
html_title = "lino_dumpy %s" % release
highlight_language = "python3"
nitpicky = True
