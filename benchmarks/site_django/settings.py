"""The plain Django site of the benchmark: the ledger app and lino_dumpy.

lino_dumpy, dumpdata/loaddata and the raw limit all run with these
settings; the database comes from the environment (harness.dbconfig).
"""

from harness.dbconfig import database_from_environ

SECRET_KEY = "lino-dumpy-benchmark-not-a-secret"
DEBUG = False
ALLOWED_HOSTS = []

INSTALLED_APPS = [
    "django.contrib.contenttypes",
    "lino_dumpy",
    "bench",
]

DATABASES = {"default": database_from_environ()}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

USE_TZ = True
TIME_ZONE = "UTC"
USE_I18N = False
LANGUAGE_CODE = "en-us"
