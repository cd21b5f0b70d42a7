"""Lino Amici's demo site (amici1) with the lino_dumpy plugin: the real
Lino application of the upgrade test (tests/test_lino_amici.py)."""
