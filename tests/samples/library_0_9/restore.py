#!/usr/bin/env python
# -*- coding: UTF-8 -*-
# This is a Python dump written by lino_dumpy 0.1.0 (dump format 1).
# DJANGO_SETTINGS_MODULE was 'lino_dumpy.projects.library.settings', TIME_ZONE was 'UTC'.
#
# To restore it into the database of a site (the schema is migrated first,
# then all data is replaced in one transaction), where DIR is the directory
# of this file:
#
#   python manage.py run DIR/restore.py [--noinput] [--quick]
#   DJANGO_SETTINGS_MODULE=lino_dumpy.projects.library.settings python DIR/restore.py [--noinput]
#
# Repair scripts may import this module: nothing runs unless it is __main__.

SOURCE_VERSION = '0.9'
SOURCE_VERSIONS = {}
DUMP_FORMAT = 1

from lino_dumpy.dumpfile import *  # noqa: F401,F403  (sets up Django)

auth_Permission = resolve_model('auth.Permission')
auth_Group = resolve_model('auth.Group')
auth_Group_permissions = resolve_model('auth.Group_permissions')
auth_User = resolve_model('auth.User')
auth_User_groups = resolve_model('auth.User_groups')
auth_User_user_permissions = resolve_model('auth.User_user_permissions')
catalog_Author = resolve_model('catalog.Author')
catalog_Book = resolve_model('catalog.Book')
catalog_Reader = resolve_model('catalog.Reader')
catalog_Loan = resolve_model('catalog.Loan')
contenttypes_ContentType = resolve_model('contenttypes.ContentType')

def create_auth_permission(id, name, content_type_id, codename):
    content_type_id = new_content_type_id(content_type_id)
    return auth_Permission(
        id=id,
        name=name,
        content_type_id=content_type_id,
        codename=codename,
    )

def create_auth_group(id, name):
    return auth_Group(
        id=id,
        name=name,
    )

def create_auth_group_permissions(id, group_id, permission_id):
    return auth_Group_permissions(
        id=id,
        group_id=group_id,
        permission_id=permission_id,
    )

def create_auth_user(id, password, last_login, is_superuser, username, first_name, last_name, email, is_staff, is_active, date_joined):
    return auth_User(
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
    return auth_User_groups(
        id=id,
        user_id=user_id,
        group_id=group_id,
    )

def create_auth_user_user_permissions(id, user_id, permission_id):
    return auth_User_user_permissions(
        id=id,
        user_id=user_id,
        permission_id=permission_id,
    )

def create_catalog_author(id, name, born):
    return catalog_Author(
        id=id,
        name=name,
        born=born,
    )

def create_catalog_book(id, title, author_id, price, format, notes):
    return catalog_Book(
        id=id,
        title=title,
        author_id=author_id,
        price=price,
        format=format,
        notes=notes,
    )

def create_catalog_reader(id, name):
    return catalog_Reader(
        id=id,
        name=name,
    )

def create_catalog_loan(id, book_id, reader_id, since):
    return catalog_Loan(
        id=id,
        book_id=book_id,
        reader_id=reader_id,
        since=since,
    )

# The table files, in load order: (file name, model, table of its create_
# function, number of rows, SHA-256 of the file).  The restore refuses files that do not match.
TABLE_FILES = [
    ('auth_permission.py', 'auth.Permission', 'auth_permission', 32, 'fdb7b7c3d2b8f0e86968cf8266f56c0ed75014051ca72fc127359b772d7e2252'),
    ('auth_group.py', 'auth.Group', 'auth_group', 0, '0760869f8c1a3347c70811c42220d90245f999b391c6efae4e64b57df54ea7d4'),
    ('auth_group_permissions.py', 'auth.Group_permissions', 'auth_group_permissions', 0, 'aed3014ebc44921b09ed63c1ecd7c2749609d895a3145d064f6d6ed72f87f155'),
    ('auth_user.py', 'auth.User', 'auth_user', 0, '044da4a88935e38614cc84ca0a3e1f15c1e2126d06c80883925e12058a6db4ae'),
    ('auth_user_groups.py', 'auth.User_groups', 'auth_user_groups', 0, '414d96c2e976763b8a34d724008ec924a333ea94db65fb876f4acaba74b08152'),
    ('auth_user_user_permissions.py', 'auth.User_user_permissions', 'auth_user_user_permissions', 0, '7a93bc0ed647485b92b1fcca8d683cda51064169801e642c4e2ce3338c15a74d'),
    ('catalog_author.py', 'catalog.Author', 'catalog_author', 3, '72a0613adbf68662b2fd1f01bed1d88c568b5fe8eb1e78d860462658317a85ee'),
    ('catalog_book.py', 'catalog.Book', 'catalog_book', 5, 'c53971d6500cf6a825b237b1c12d21c816abc9daa914e1416ece78abcf721e56'),
    ('catalog_reader.py', 'catalog.Reader', 'catalog_reader', 3, 'c79758e919f9a76da326acb19a5589641d76b7a52e914a8d10482dcb7af46097'),
    ('catalog_loan.py', 'catalog.Loan', 'catalog_loan', 4, 'de6570fc030d9b26950959a6d4ce6ab230b63e976fee22098181540780bce7d8'),
]


def main(argv=None):
    """Restore this dump into the database of the current site."""
    from lino_dumpy.restore import restore_main
    restore_main(globals(), argv)


if __name__ == "__main__":
    main()
