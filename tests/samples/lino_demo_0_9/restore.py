#!/usr/bin/env python
# -*- coding: UTF-8 -*-
# This is a Python dump written by lino_dumpy 0.1.0 (dump format 1).
# DJANGO_SETTINGS_MODULE was 'lino_dumpy.projects.lino_demo.settings', TIME_ZONE was 'UTC'.
#
# To restore it into the database of a site (the schema is migrated first,
# then all data is replaced in one transaction), where DIR is the directory
# of this file:
#
#   python manage.py run DIR/restore.py [--noinput] [--quick]
#   DJANGO_SETTINGS_MODULE=lino_dumpy.projects.lino_demo.settings python DIR/restore.py [--noinput]
#
# Repair scripts may import this module: nothing runs unless it is __main__.

SOURCE_VERSION = '0.9'
SOURCE_VERSIONS = {'journal': '1'}
DUMP_FORMAT = 1

from lino_dumpy.dumpfile import *  # noqa: F401,F403  (sets up Django)

bv2kw = babel_keywords(['en', 'de', 'fr'])

system_SiteConfig = resolve_model('system.SiteConfig')
linod_SystemTask = resolve_model('linod.SystemTask')
countries_Country = resolve_model('countries.Country')
countries_Place = resolve_model('countries.Place')
contacts_Partner = resolve_model('contacts.Partner')
users_User = resolve_model('users.User')
users_Authorization = resolve_model('users.Authorization')
changes_Change = resolve_model('changes.Change')
contacts_Person = resolve_model('contacts.Person')
contacts_CompanyType = resolve_model('contacts.CompanyType')
contacts_Company = resolve_model('contacts.Company')
contacts_RoleType = resolve_model('contacts.RoleType')
contacts_Role = resolve_model('contacts.Role')
journal_Entry = resolve_model('journal.Entry')

def create_system_siteconfig(id, primereact_theme, name, simulate_today):
    return instantiate(
        system_SiteConfig,
        id=id,
        primereact_theme=primereact_theme,
        name=name,
        simulate_today=simulate_today,
    )

def create_linod_systemtask(id, start_date, start_time, end_date, end_time, seqno, every_unit, every, positions, monday, tuesday, wednesday, thursday, friday, saturday, sunday, max_events, log_level, disabled, last_start_time, last_end_time, requested_at, message, procedure, name):
    return instantiate(
        linod_SystemTask,
        id=id,
        start_date=start_date,
        start_time=start_time,
        end_date=end_date,
        end_time=end_time,
        seqno=seqno,
        every_unit=every_unit,
        every=every,
        positions=positions,
        monday=monday,
        tuesday=tuesday,
        wednesday=wednesday,
        thursday=thursday,
        friday=friday,
        saturday=saturday,
        sunday=sunday,
        max_events=max_events,
        log_level=log_level,
        disabled=disabled,
        last_start_time=last_start_time,
        last_end_time=last_end_time,
        requested_at=requested_at,
        message=message,
        procedure=procedure,
        name=name,
    )

def create_countries_country(name, isocode, short_code, iso3):
    return instantiate(
        countries_Country,
        **bv2kw('name', name),
        isocode=isocode,
        short_code=short_code,
        iso3=iso3,
    )

def create_countries_place(id, name, parent_id, country_id, zip_code, type, show_type):
    return instantiate(
        countries_Place,
        id=id,
        **bv2kw('name', name),
        parent_id=parent_id,
        country_id=country_id,
        zip_code=zip_code,
        type=type,
        show_type=show_type,
    )

def create_contacts_partner(id, email, language, country_id, city_id, zip_code, region_id, addr1, street_prefix, street, street_no, street_box, addr2, url, phone, gsm, fax, prefix, name, remarks):
    return instantiate(
        contacts_Partner,
        id=id,
        email=email,
        language=language,
        country_id=country_id,
        city_id=city_id,
        zip_code=zip_code,
        region_id=region_id,
        addr1=addr1,
        street_prefix=street_prefix,
        street=street,
        street_no=street_no,
        street_box=street_box,
        addr2=addr2,
        url=url,
        phone=phone,
        gsm=gsm,
        fax=fax,
        prefix=prefix,
        name=name,
        remarks=remarks,
    )

def create_users_user(id, start_date, end_date, email, language, modified, created, password, last_login, username, user_type, initials, first_name, last_name, remarks, partner_id, verification_password, verification_code, verification_code_sent_on, time_zone, date_format, forget_me_since):
    return instantiate(
        users_User,
        id=id,
        start_date=start_date,
        end_date=end_date,
        email=email,
        language=language,
        modified=modified,
        created=created,
        password=password,
        last_login=last_login,
        username=username,
        user_type=user_type,
        initials=initials,
        first_name=first_name,
        last_name=last_name,
        remarks=remarks,
        partner_id=partner_id,
        verification_password=verification_password,
        verification_code=verification_code,
        verification_code_sent_on=verification_code_sent_on,
        time_zone=time_zone,
        date_format=date_format,
        forget_me_since=forget_me_since,
    )

def create_users_authorization(id, user_id, recipient_id):
    return instantiate(
        users_Authorization,
        id=id,
        user_id=user_id,
        recipient_id=recipient_id,
    )

def create_changes_change(id, user_id, time, type, object_type_id, object_id, master_type_id, master_id, diff, changed_fields):
    object_type_id = new_content_type_id(object_type_id)
    master_type_id = new_content_type_id(master_type_id)
    return instantiate(
        changes_Change,
        id=id,
        user_id=user_id,
        time=time,
        type=type,
        object_type_id=object_type_id,
        object_id=object_id,
        master_type_id=master_type_id,
        master_id=master_id,
        diff=diff,
        changed_fields=changed_fields,
    )

def create_contacts_person(partner_ptr_id, title, first_name, middle_name, last_name, gender, birth_date):
    return create_mti_child(
        contacts_Partner, partner_ptr_id, contacts_Person,
        title=title,
        first_name=first_name,
        middle_name=middle_name,
        last_name=last_name,
        gender=gender,
        birth_date=birth_date,
    )

def create_contacts_companytype(id, name, abbr):
    return instantiate(
        contacts_CompanyType,
        id=id,
        **bv2kw('name', name),
        **bv2kw('abbr', abbr),
    )

def create_contacts_company(partner_ptr_id, type_id):
    return create_mti_child(
        contacts_Partner, partner_ptr_id, contacts_Company,
        type_id=type_id,
    )

def create_contacts_roletype(id, name, can_sign):
    return instantiate(
        contacts_RoleType,
        id=id,
        **bv2kw('name', name),
        can_sign=can_sign,
    )

def create_contacts_role(id, type_id, person_id, company_id):
    return instantiate(
        contacts_Role,
        id=id,
        type_id=type_id,
        person_id=person_id,
        company_id=company_id,
    )

def create_journal_entry(id, subject, partner_id, body):
    return instantiate(
        journal_Entry,
        id=id,
        subject=subject,
        partner_id=partner_id,
        body=body,
    )

# The table files, in load order: (file name, model, table of its create_
# function, number of rows, SHA-256 of the file).  The restore refuses files that do not match.
TABLE_FILES = [
    ('system_siteconfig.py', 'system.SiteConfig', 'system_siteconfig', 1, '293c6640d74d04e71d33b09a89653c256ba8a808ff674dcf145467f9d5293e39'),
    ('linod_systemtask.py', 'linod.SystemTask', 'linod_systemtask', 0, 'b7e75a3d93813defc2473c117668828a9413957945b4c225b3da5cf00af28dad'),
    ('countries_country.py', 'countries.Country', 'countries_country', 10, '4f66af92a902a3e17631be62ef2359a98d04ed582c61c44defff10e9c20fb8b8'),
    ('countries_place.py', 'countries.Place', 'countries_place', 80, '10896e86a47db3d8a3131ecbb793e07208118ba8133f31e448a63f22ccb6641b'),
    ('contacts_partner.py', 'contacts.Partner', 'contacts_partner', 81, '18cf8646013f4729cacd31064618e6a9dbb2fb9ba6d18f74e5cc6cb7fac3f1be'),
    ('users_user.py', 'users.User', 'users_user', 3, '8a02b97e2b8db7607b16d33e0bbe67509738383f8a5cd972a5afd4ae3cc79d28'),
    ('users_authorization.py', 'users.Authorization', 'users_authorization', 0, 'b43961be4738b91718e7426089cf1e1c369658ccb52693fe3b5419936490ee93'),
    ('changes_change.py', 'changes.Change', 'changes_change', 3, '734ef56292d88f43a3c407861cfa60a523cf7135795b53aeb2be29372a142244'),
    ('contacts_person.py', 'contacts.Person', 'contacts_person', 69, '5b284a5f8a3281a587813e7b948f1f277cef07231d3a39dba045b26b314ccbcf'),
    ('contacts_companytype.py', 'contacts.CompanyType', 'contacts_companytype', 16, '54eed7925ffd382c6f9366e89664282af92bbbfb1854cebf686d692916947d91'),
    ('contacts_company.py', 'contacts.Company', 'contacts_company', 12, '14e9ff11707c99340863c674fb2204039c8f4a9400ef4297cea43e32193bdde2'),
    ('contacts_roletype.py', 'contacts.RoleType', 'contacts_roletype', 5, '4c23df037f5ec1856a6887b39230c96cd677e5593200aec0e809cfa8202c5fde'),
    ('contacts_role.py', 'contacts.Role', 'contacts_role', 3, '487648c9e52fe55f55015510a1d9dd96fd72c8d2eee38e66e7248264b50b2a38'),
    ('journal_entry.py', 'journal.Entry', 'journal_entry', 4, 'c7dd332fc27fa6a00f1bb3c15c0164634d94146ee12c4b3b875b94f3ce2937fc'),
]


def main(argv=None):
    """Restore this dump into the database of the current site."""
    from lino_dumpy.restore import restore_main
    restore_main(globals(), argv)


if __name__ == "__main__":
    main()
