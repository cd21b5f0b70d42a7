"""Run by tests/test_lino_operations.py in the Lino demo site:
``manage.py run tests/lino_babel_rows.py DIR``.

Applies operations on multilingual fields to the dump in DIR and prints,
as JSON, the babel columns of the objects its create_ functions build.
"""
import json
import sys

from lino_dumpy.lino.compat import adapt_globals
from lino_dumpy.operations import RemoveField, RenameField, apply_operations
from lino_dumpy.restore.restorer import load_dump

PLACE = dict(id=5, name=["Kelmis", "Kelmis", "La Calamine"], parent_id=None,
             country_id="BE", zip_code="4720", type="50", show_type=False)
COMPANY_TYPE = dict(id=1, name=["Company", "Firma", "Société"],
                    abbr=["Co", "Fa", "Sté"])

CASES = {
    "plain": (("countries.Place", RemoveField, "zip_code"),
              ("countries.Place", RenameField, "name", "zip_code")),
    "plain_fr": (("countries.Place", RemoveField, "zip_code"),
                 ("countries.Place", RenameField, "name", "zip_code",
                  "fr")),
    "babel": (("contacts.CompanyType", RemoveField, "abbr"),
              ("contacts.CompanyType", RenameField, "name", "abbr")),
    "removed": (("contacts.CompanyType", RemoveField, "name"),),
}

COLUMNS = {"countries.Place": ("zip_code", "name", "name_de", "name_fr"),
           "contacts.CompanyType": ("name", "name_de", "name_fr", "abbr",
                                    "abbr_de", "abbr_fr")}


def dump_globals(directory):
    globals_dict = vars(load_dump(directory))
    if "TABLE_FILES" not in globals_dict:
        adapt_globals(globals_dict)
    globals_dict["DUMPY_GENERATED"] = {
        name: value for name, value in globals_dict.items()
        if name.startswith("create_")}
    return globals_dict


def run_case(directory, operations):
    globals_dict = dump_globals(directory)
    apply_operations(globals_dict, *[
        kind(model, *args) for model, kind, *args in operations])
    model = operations[0][0]
    row = PLACE if model == "countries.Place" else COMPANY_TYPE
    table = model.replace(".", "_").lower()
    obj = globals_dict["create_" + table](**row)
    return {"log": globals_dict["DUMPY_LOG"],
            "values": {name: getattr(obj, name) for name in COLUMNS[model]}}


print(json.dumps({name: run_case(sys.argv[1], operations)
                  for name, operations in CASES.items()}))
