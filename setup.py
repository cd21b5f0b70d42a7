from setuptools import find_packages, setup

from lino_dumpy import __version__

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
        "lino": ["lino>=26.10,<27", "lino-xl>=26.10,<27", "lino-react",
                 "atelier"],
        "postgresql": ["psycopg[binary]>=3.1"],
        "mysql": ["mysqlclient>=2.2"],
        "test": ["pytest>=8", "psycopg[binary]>=3.1",
                 "mysqlclient>=2.2", "invoke", "atelier", "sphinx"],
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
