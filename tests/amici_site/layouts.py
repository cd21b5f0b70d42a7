"""Amici's custom layouts, and the user detail without AuthoritiesGiven
when Lino has no users.Authority (removed in Lino 26.10.4, which Amici
26.10.0 still shows in its user detail and therefore does not start)."""
from lino.api import _, dd
from lino.modlib.users import ui as lino_users_ui
from lino_amici.lib.amici.custom_layouts import *  # noqa: F401,F403
from lino_amici.lib.users.ui import UserDetail

if not hasattr(lino_users_ui, "AuthoritiesGiven"):
    UserDetail.general = dd.Panel("""
    box1
    remarks:40
    groups.MembershipsByUser
    """, label=_("General"))
