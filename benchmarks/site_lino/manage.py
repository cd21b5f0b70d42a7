#!/usr/bin/env python
"""manage.py of the benchmark's Lino site."""

import os
import sys
from pathlib import Path


def main():
    # The benchmark's packages (bench, harness, site_*) live next to this
    # directory, outside lino_dumpy.
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "site_lino.settings")
    from django.core.management import execute_from_command_line
    execute_from_command_line(sys.argv)


if __name__ == "__main__":
    main()
