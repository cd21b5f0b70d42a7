#!/usr/bin/env python
# -*- coding: UTF-8 -*-
# This is a Python dump written by lino_dumpy 0.2.0 (dump format 2).
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
DUMP_FORMAT = 2

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
perapp_Switch = resolve_model('perapp.Switch')
fieldtypes_Node = resolve_model('fieldtypes.Node')
fieldtypes_Owner = resolve_model('fieldtypes.Owner')
fieldtypes_Owner_nodes = resolve_model('fieldtypes.Owner_nodes')
fieldtypes_Membership = resolve_model('fieldtypes.Membership')
contenttypes_ContentType = resolve_model('contenttypes.ContentType')
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
    ('auth_permission.py', 'auth.Permission', 'auth_permission', 72, '63995091ba3b1832c5f32b6d63dde974b0f2cdcf62e243167f3570767ee53477'),
    ('auth_group.py', 'auth.Group', 'auth_group', 1, 'db2373bd6500c1fd630379edf3974dc9022bc506727e13fbbcfd14abc7e21bbb'),
    ('auth_group_permissions.py', 'auth.Group_permissions', 'auth_group_permissions', 3, '7f6588edeae4f55af32df5903915b589774c2a407320ba13ba49fc2ca3054326'),
    ('auth_user.py', 'auth.User', 'auth_user', 1, '5257fda828c78e78cd505b4cb0006bf3c4ab9e8296e2605e2d5a3d4a76136bae'),
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
