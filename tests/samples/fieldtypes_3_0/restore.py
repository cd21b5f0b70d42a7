#!/usr/bin/env python
# -*- coding: UTF-8 -*-
# This is a Python dump written by lino_dumpy 0.4.0 (dump format 3).
# DJANGO_SETTINGS_MODULE was 'tests.settings', TIME_ZONE was 'Europe/Brussels'.
#
# To restore it into the database of a site (the schema is migrated first,
# then all data is replaced in one transaction), where DIR is the directory
# of this file:
#
#   python manage.py run DIR/restore.py [--noinput] [--quick]
#   DJANGO_SETTINGS_MODULE=tests.settings python DIR/restore.py [--noinput]
#
# Repair scripts may import this module: nothing runs unless it is __main__.

SOURCE_VERSION = '1.0'
SOURCE_VERSIONS = {'perapp': '2'}
DUMP_FORMAT = 3
USE_TZ = True
TIME_ZONE = 'Europe/Brussels'

# The models whose rows this dump does not hold, and why.  A restore
# leaves the rows of these tables as they are.
EXCLUDED = {
    'contenttypes.ContentType': 'content types are rebuilt by migrate',
    'fieldtypes.Featureless': 'SQLite lacks the required_db_features dumpy_test_feature',
    'fieldtypes.Unmanaged': 'unmanaged (managed = False)',
    'sessions.Session': 'sessions are not dumped',
}

from lino_dumpy.dumpfile import *  # noqa: F401,F403  (sets up Django)

auth_Permission = resolve_model('auth.Permission')
auth_Group = resolve_model('auth.Group')
auth_Group_permissions = resolve_model('auth.Group_permissions')
auth_User = resolve_model('auth.User')
auth_User_groups = resolve_model('auth.User_groups')
auth_User_user_permissions = resolve_model('auth.User_user_permissions')
sites_Site = resolve_model('sites.Site')
fieldtypes_Everything = resolve_model('fieldtypes.Everything')
fieldtypes_Stamped = resolve_model('fieldtypes.Stamped')
fieldtypes_Club = resolve_model('fieldtypes.Club')
fieldtypes_Place = resolve_model('fieldtypes.Place')
fieldtypes_Restaurant = resolve_model('fieldtypes.Restaurant')
fieldtypes_Tagged = resolve_model('fieldtypes.Tagged')
fieldtypes_Keyed = resolve_model('fieldtypes.Keyed')
fieldtypes_LedgerEntry = resolve_model('fieldtypes.LedgerEntry')
fieldtypes_Routed = resolve_model('fieldtypes.Routed')
fieldtypes_TextKeyed = resolve_model('fieldtypes.TextKeyed')
fieldtypes_StoredValue = resolve_model('fieldtypes.StoredValue')
fieldtypes_CleanedValue = resolve_model('fieldtypes.CleanedValue')
perapp_Switch = resolve_model('perapp.Switch')
fieldtypes_Node = resolve_model('fieldtypes.Node')
fieldtypes_Owner = resolve_model('fieldtypes.Owner')
fieldtypes_Owner_nodes = resolve_model('fieldtypes.Owner_nodes')
fieldtypes_Membership = resolve_model('fieldtypes.Membership')
contenttypes_ContentType = resolve_model('contenttypes.ContentType')
fieldtypes_Featureless = resolve_model('fieldtypes.Featureless')
fieldtypes_Unmanaged = resolve_model('fieldtypes.Unmanaged')
sessions_Session = resolve_model('sessions.Session')

# Dependency cycles: these models come before some models they point
# to; they load because constraint checks are deferred until all rows
# are in:
# - fieldtypes.Node

def create_auth_permission(id, name, content_type_id, codename):
    content_type_id = new_content_type_id(content_type_id)
    return instantiate(
        auth_Permission,
        id=id,
        name=name,
        content_type_id=content_type_id,
        codename=codename,
    )

def create_auth_group(id, name):
    return instantiate(
        auth_Group,
        id=id,
        name=name,
    )

def create_auth_group_permissions(id, group_id, permission_id):
    return instantiate(
        auth_Group_permissions,
        id=id,
        group_id=group_id,
        permission_id=permission_id,
    )

def create_auth_user(id, password, last_login, is_superuser, username, first_name, last_name, email, is_staff, is_active, date_joined):
    return instantiate(
        auth_User,
        id=id,
        password=password,
        last_login=last_login,
        is_superuser=is_superuser,
        username=username,
        first_name=first_name,
        last_name=last_name,
        email=email,
        is_staff=is_staff,
        is_active=is_active,
        date_joined=date_joined,
    )

def create_auth_user_groups(id, user_id, group_id):
    return instantiate(
        auth_User_groups,
        id=id,
        user_id=user_id,
        group_id=group_id,
    )

def create_auth_user_user_permissions(id, user_id, permission_id):
    return instantiate(
        auth_User_user_permissions,
        id=id,
        user_id=user_id,
        permission_id=permission_id,
    )

def create_django_site(id, domain, name):
    return instantiate(
        sites_Site,
        id=id,
        domain=domain,
        name=name,
    )

def create_fieldtypes_everything(id, big, small, positive, flag, char, text, slug, email, url, ip, amount, ratio, when, day, clock, span, uid, blob, data, upload):
    return instantiate(
        fieldtypes_Everything,
        id=id,
        big=big,
        small=small,
        positive=positive,
        flag=flag,
        char=char,
        text=text,
        slug=slug,
        email=email,
        url=url,
        ip=ip,
        amount=amount,
        ratio=ratio,
        when=when,
        day=day,
        clock=clock,
        span=span,
        uid=uid,
        blob=blob,
        data=data,
        upload=upload,
    )

def create_fieldtypes_stamped(id, name, created, modified):
    return instantiate(
        fieldtypes_Stamped,
        id=id,
        name=name,
        created=created,
        modified=modified,
    )

def create_fieldtypes_club(id, name):
    return instantiate(
        fieldtypes_Club,
        id=id,
        name=name,
    )

def create_fieldtypes_place(id, name):
    return instantiate(
        fieldtypes_Place,
        id=id,
        name=name,
    )

def create_fieldtypes_restaurant(place_ptr_id, serves_pizza):
    return create_mti_child(
        fieldtypes_Place, place_ptr_id, fieldtypes_Restaurant,
        serves_pizza=serves_pizza,
    )

def create_fieldtypes_tagged(id, content_type_id, object_id, label):
    content_type_id = new_content_type_id(content_type_id)
    return instantiate(
        fieldtypes_Tagged,
        id=id,
        content_type_id=content_type_id,
        object_id=object_id,
        label=label,
    )

def create_fieldtypes_keyed(key, note):
    return instantiate(
        fieldtypes_Keyed,
        key=key,
        note=note,
    )

def create_fieldtypes_ledgerentry(id, txn, account, amount):
    return instantiate(
        fieldtypes_LedgerEntry,
        id=id,
        txn=txn,
        account=account,
        amount=amount,
    )

def create_fieldtypes_routed(id, name):
    return instantiate(
        fieldtypes_Routed,
        id=id,
        name=name,
    )

def create_fieldtypes_textkeyed(key, note):
    return instantiate(
        fieldtypes_TextKeyed,
        key=key,
        note=note,
    )

def create_fieldtypes_storedvalue(id, amount, stamped, money, moment):
    return instantiate(
        fieldtypes_StoredValue,
        id=id,
        amount=amount,
        stamped=stamped,
        money=money,
        moment=moment,
    )

def create_fieldtypes_cleanedvalue(id, name):
    return instantiate(
        fieldtypes_CleanedValue,
        id=id,
        name=name,
    )

def create_perapp_switch(id, name, state):
    return instantiate(
        perapp_Switch,
        id=id,
        name=name,
        state=state,
    )

def create_fieldtypes_node(id, parent_id, owner_id, name):
    return instantiate(
        fieldtypes_Node,
        id=id,
        parent_id=parent_id,
        owner_id=owner_id,
        name=name,
    )

def create_fieldtypes_owner(id, favourite_id, name):
    return instantiate(
        fieldtypes_Owner,
        id=id,
        favourite_id=favourite_id,
        name=name,
    )

def create_fieldtypes_owner_nodes(id, owner_id, node_id):
    return instantiate(
        fieldtypes_Owner_nodes,
        id=id,
        owner_id=owner_id,
        node_id=node_id,
    )

def create_fieldtypes_membership(id, owner_id, group_id, since):
    return instantiate(
        fieldtypes_Membership,
        id=id,
        owner_id=owner_id,
        group_id=group_id,
        since=since,
    )

# The table files, in load order: (file name, model, table of its create_
# function, number of rows, SHA-256 of the file).  The restore refuses files that do not match.
TABLE_FILES = [
    ('auth_permission.py', 'auth.Permission', 'auth_permission', 96, '038381ed721a99f6fb4419e9518a7093d531cc4386cc3591f2449ae76c53e9d9'),
    ('auth_group.py', 'auth.Group', 'auth_group', 1, 'db2373bd6500c1fd630379edf3974dc9022bc506727e13fbbcfd14abc7e21bbb'),
    ('auth_group_permissions.py', 'auth.Group_permissions', 'auth_group_permissions', 3, 'cc65650eb077a86f02dc6f57b850cb61f954832abc0f676cddf716a64f0a449e'),
    ('auth_user.py', 'auth.User', 'auth_user', 1, 'b6ac358d37b266d5edb90509180a7e2fd3fc8d26950cdedc1407f8b3db78bf00'),
    ('auth_user_groups.py', 'auth.User_groups', 'auth_user_groups', 1, '6b6ceb8c0ac1cc7d28c2532ca5d052b717bb9681168a30b3d5dafe74377a8c0d'),
    ('auth_user_user_permissions.py', 'auth.User_user_permissions', 'auth_user_user_permissions', 0, '7a93bc0ed647485b92b1fcca8d683cda51064169801e642c4e2ce3338c15a74d'),
    ('django_site.py', 'sites.Site', 'django_site', 1, '39ffe29c7abf8c4a7331104b8005da8c9acedba3e64c2aed5163eec398094942'),
    ('fieldtypes_everything.py', 'fieldtypes.Everything', 'fieldtypes_everything', 3, 'a76f82da885ab6fa9afb77f36209aff6c0494cf2a5d9d209083cddae29fa95d6'),
    ('fieldtypes_stamped.py', 'fieldtypes.Stamped', 'fieldtypes_stamped', 1, 'bd0727a96cae8ecce38614f5d3d477c84cb0c9d3e693a39ce21dd09fa74e3e09'),
    ('fieldtypes_club.py', 'fieldtypes.Club', 'fieldtypes_club', 1, '18609313cdfd9e08227ac58bb29ab3bf29a5ad5a966d5e804a603abea77066b6'),
    ('fieldtypes_place.py', 'fieldtypes.Place', 'fieldtypes_place', 2, '7b3e2b9a27b46b38e063444d0c4502084a7ec61bc866e8ef1680bfbe3b10a95a'),
    ('fieldtypes_restaurant.py', 'fieldtypes.Restaurant', 'fieldtypes_restaurant', 1, '46dc455eda2eb34fa64696b48f4be6388fd5c5a61362fb7ca59ff96862a888f1'),
    ('fieldtypes_tagged.py', 'fieldtypes.Tagged', 'fieldtypes_tagged', 2, 'a37cd33a14b99c721c14b6236bd8991951b724d85693f9494592cc5a601a6716'),
    ('fieldtypes_keyed.py', 'fieldtypes.Keyed', 'fieldtypes_keyed', 1, '0d1ce5dbeac6481e420ac2f6e67ee748235a229683e02fe70306bfaf5fe968c3'),
    ('fieldtypes_ledgerentry.py', 'fieldtypes.LedgerEntry', 'fieldtypes_ledgerentry', 0, 'feb47de946dac913a229eb6c8ecdf75a8154a6047f02eac54a1d96950694a10c'),
    ('fieldtypes_routed.py', 'fieldtypes.Routed', 'fieldtypes_routed', 0, '4dc66e6c4ec6e882b185be43b1cf3d544a30ba05e942450ecc23e0e4278e9798'),
    ('fieldtypes_textkeyed.py', 'fieldtypes.TextKeyed', 'fieldtypes_textkeyed', 6, 'c146ce1384004e89a8d0f8085e3ee335af6aa310a0089b44b48ee7aa33a9c865'),
    ('fieldtypes_storedvalue.py', 'fieldtypes.StoredValue', 'fieldtypes_storedvalue', 1, 'e30f1ec1ba8b5cebb11adeb6e22ba69cf3b18103d390190830c66718c7dde905'),
    ('fieldtypes_cleanedvalue.py', 'fieldtypes.CleanedValue', 'fieldtypes_cleanedvalue', 1, '87e8ba258fdbaf8f9724e4dbcefa640c51997c40d832d86d9fa37c4f5e923a8a'),
    ('perapp_switch.py', 'perapp.Switch', 'perapp_switch', 0, '3207f6bc97b91c1f876c69858de5cd62b0a9cae0f2cbbfe4f6b21070cfeef8cc'),
    ('fieldtypes_node.py', 'fieldtypes.Node', 'fieldtypes_node', 2, '8460e500115144d1ab87a553bb9e567413124a98b28a338880b4766f759e5dbb'),
    ('fieldtypes_owner.py', 'fieldtypes.Owner', 'fieldtypes_owner', 1, '3e9f3eefe0450c90c2a0490addc4ffef6f349ced9867240794edbd69373c63fe'),
    ('fieldtypes_owner_nodes.py', 'fieldtypes.Owner_nodes', 'fieldtypes_owner_nodes', 2, '64c1ba3689e8418e24f4e882f8b98a3f5cbba65713527833d9dfce0c6f93f975'),
    ('fieldtypes_membership.py', 'fieldtypes.Membership', 'fieldtypes_membership', 1, '6bbf1dbbe458c0c7592298b169d02801caafe8f6ac060ee83cdb4a604cacf264'),
]


def main(argv=None):
    """Restore this dump into the database of the current site."""
    from lino_dumpy.restore import restore_main
    restore_main(globals(), argv)


if __name__ == "__main__":
    main()
