from setuptools import find_packages, setup

from lino_dumpy import __version__

# The Lino releases that lino_dumpy is tested against (lino 26.10 does not
# pull atelier, which tasks.py needs).
LINO = ["lino>=26.10.8,<26.11", "lino-xl>=26.10.5,<26.11", "lino-react",
        "atelier"]

setup(
    name="lino_dumpy",
    version=__version__,
    description=("Python dumps: exact, atomic and migratable snapshots of "
                 "a Django or Lino database"),
    long_description=open("README.md", encoding="utf-8").read(),
    long_description_content_type="text/markdown",
    license="AGPL-3.0-or-later",
    packages=find_packages(include=["lino_dumpy", "lino_dumpy.*"]),
    include_package_data=True,
    package_data={"lino_dumpy": ["fixtures/*.py", "fixtures/*/*.py",
                                 "projects/*/*.py",
                                 "projects/*/fixtures/*.py",
                                 "projects/*/*/fixtures/*.py"]},
    python_requires=">=3.10",
    install_requires=[
        "Django>=5.2,<6.1",
        "packaging",
        "tqdm",
    ],
    extras_require={
        "lino": LINO,
        "postgresql": ["psycopg[binary]>=3.1"],
        "mysql": ["mysqlclient>=2.2"],
        # Lino Amici: the real application of tests/test_lino_amici.py.
        "test": ["pytest>=8", "psycopg[binary]>=3.1", "mysqlclient>=2.2",
                 "invoke", "sphinx", "lino-amici==26.10.0"] + LINO,
        "docs": ["sphinx"],
    },
    entry_points={},
    classifiers=[
        "Framework :: Django",
        "Programming Language :: Python :: 3",
        "License :: OSI Approved :: GNU Affero General Public License v3 "
        "or later (AGPLv3+)",
    ],
)
