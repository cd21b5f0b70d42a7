"""Operations on Lino's multilingual fields, in the Lino demo site.

Both dump formats carry a babel field as one list of values in the dump's
languages (en, de, fr in the demo): renamed to a multilingual field it
keeps every language, renamed to a plain field it keeps the site's main
language (or the one named), removed it loses them all.
"""
import json
import os

import pytest

from tests.test_lino import (  # noqa: F401,F811 (fixtures)
    LINO_SAMPLE, OLD_RELEASE_SAMPLE, fresh_site)
from tests.conftest import ROOT


@pytest.mark.parametrize("sample", [LINO_SAMPLE, OLD_RELEASE_SAMPLE],
                         ids=["lino_dump2py", "lino_dumpy"])
def test_multilingual_fields_in_rename_and_remove(fresh_site, sample):
    result = fresh_site.manage(
        "run", os.path.join(ROOT, "tests", "lino_babel_rows.py"), sample)
    cases = json.loads(result.stdout.strip().splitlines()[-1])
    assert cases["plain"]["values"] == {
        "zip_code": "Kelmis", "name": "", "name_de": "", "name_fr": ""}
    assert cases["plain"]["log"][-1] == (
        "Rename field countries.Place.name to zip_code (multilingual: the "
        "'en' value)")
    assert cases["plain_fr"]["values"]["zip_code"] == "La Calamine"
    assert cases["babel"]["values"] == {
        "name": "", "name_de": "", "name_fr": "",
        "abbr": "Company", "abbr_de": "Firma", "abbr_fr": "Société"}
    assert cases["babel"]["log"][-1] == (
        "Rename field contacts.CompanyType.name to abbr (multilingual: "
        "every language)")
    assert cases["removed"]["values"] == {
        "name": "", "name_de": "", "name_fr": "",
        "abbr": "Co", "abbr_de": "Fa", "abbr_fr": "Sté"}
    assert cases["removed"]["log"] == [
        "Remove field contacts.CompanyType.name (multilingual: every "
        "language)"]
