import re
from pathlib import Path

from setuptools import find_packages, setup

HERE = Path(__file__).resolve().parent


def read_version():
    """lino_dumpy/__init__.py's __version__, read without importing the
    package (which needs Django, not yet installed when this runs)."""
    text = (HERE / "lino_dumpy" / "__init__.py").read_text(encoding="utf-8")
    return re.search(r'^__version__ = "([^"]+)"$', text, re.M).group(1)


# The Lino releases that lino_dumpy is tested against (lino 26.10 does not
# pull atelier, which tasks.py needs), and the Django releases that they
# accept: noxfile.py installs Lino only there, and elsewhere the Lino tests
# say that they are not applicable (tests/lino_support.py).
LINO = ["lino>=26.10.8,<26.11", "lino-xl>=26.10.5,<26.11", "lino-react",
        "atelier"]
LINO_DJANGO = "<6.1"

# What the test suite needs besides Lino (the "test-core" extra, for the
# Django releases that Lino does not support): pytest and the database
# drivers; atelier and invoke for tasks.py; Sphinx for the docs test; build
# and twine for the packaging test; hypothesis for the property tests; nox
# (and uv, which makes its virtualenvs fast) for the matrix of noxfile.py.
TEST_CORE = ["pytest>=8", "psycopg[binary]>=3.1", "mysqlclient>=2.2",
             "atelier", "invoke", "sphinx", "build", "twine", "nox", "uv",
             "hypothesis"]
# Lino Amici: the real application of tests/test_lino_amici.py.
TEST = TEST_CORE + LINO + ["lino-amici==26.10.0"]

setup(
    name="lino_dumpy",
    version=read_version(),
    description=("Python dumps: exact, atomic and migratable snapshots of "
                 "a Django or Lino database"),
    long_description=(HERE / "README.md").read_text(encoding="utf-8"),
    long_description_content_type="text/markdown",
    license="AGPL-3.0-or-later",
    packages=find_packages(include=["lino_dumpy", "lino_dumpy.*"]),
    include_package_data=True,
    package_data={"lino_dumpy": ["fixtures/*.py", "fixtures/*/*.py",
                                 "projects/*/*.py",
                                 "projects/*/fixtures/*.py",
                                 "projects/*/*/fixtures/*.py"]},
    python_requires=">=3.11",
    install_requires=[
        "Django>=5.2,<6.2",
        "packaging",
        "tqdm",
    ],
    extras_require={
        "lino": LINO,
        "postgresql": ["psycopg[binary]>=3.1"],
        "mysql": ["mysqlclient>=2.2"],
        "test-core": TEST_CORE,
        "test": TEST,
        "docs": ["sphinx"],
    },
    classifiers=[
        "Framework :: Django",
        "Framework :: Django :: 5.2",
        "Framework :: Django :: 6.0",
        "Framework :: Django :: 6.1",
        "Programming Language :: Python :: 3",
        "Programming Language :: Python :: 3 :: Only",
        "Programming Language :: Python :: 3.11",
        "Programming Language :: Python :: 3.12",
        "Programming Language :: Python :: 3.13",
        "License :: OSI Approved :: GNU Affero General Public License v3 "
        "or later (AGPLv3+)",
    ],
)
