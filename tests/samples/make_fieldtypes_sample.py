"""Write tests/samples/NAME: a dump of the test project's edge cases,
kept so that every later version proves it still restores them.

    python tests/samples/make_fieldtypes_sample.py fieldtypes_2_0

fieldtypes_1_0 was written by lino_dumpy 0.1.0 (dump format 1),
fieldtypes_2_0 by lino_dumpy 0.2.0 (dump format 2).  Never rewrite a
sample of a released version: write a new one.
"""
import os
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
    target = os.path.join(ROOT, "tests", "samples", sys.argv[1])
    if os.path.exists(target):
        sys.exit("%s exists; samples of released versions stay as written."
                 % target)
    dump(target, progress=False)
    print("wrote", target)
