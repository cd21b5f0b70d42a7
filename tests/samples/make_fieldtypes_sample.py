"""Write tests/samples/fieldtypes_1_0: a dump of the test project's edge
cases by lino_dumpy 0.1 (dump format 1), kept so that every later
version proves it still restores them.

    DJANGO_SETTINGS_MODULE=tests.settings python tests/samples/make_fieldtypes_sample.py
"""
import os
import shutil
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(
    os.path.abspath(__file__))))
sys.path.insert(0, ROOT)
os.environ.update(DJANGO_SETTINGS_MODULE="tests.settings", DUMPY_DB="sqlite",
                  DUMPY_SQLITE_PATH=os.path.join(tempfile.mkdtemp(), "db"))

if __name__ == "__main__":
    import django
    django.setup()
    from django.core.management import call_command
    from lino_dumpy.writer import dump
    from tests.fixtures_data import populate
    call_command("migrate", verbosity=0)
    populate()
    target = os.path.join(ROOT, "tests", "samples", "fieldtypes_1_0")
    shutil.rmtree(target, ignore_errors=True)
    dump(target, progress=False)
    print("wrote", target)
