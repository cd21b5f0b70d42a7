#!/usr/bin/env python
# -*- coding: UTF-8 -*-

# This is a Python dump created using dump2py.
# DJANGO_SETTINGS_MODULE was 'lino_dumpy.projects.lino_demo.settings', TIME_ZONE was 'UTC'.


from lino import logger

SOURCE_VERSION = '1.0'

import os
import six
from decimal import Decimal
from datetime import datetime
from datetime import time, date
from django.conf import settings
from django.utils.timezone import make_aware
from datetime import timezone; utc = timezone.utc
from django.core.management import call_command
# from django.contrib.contenttypes.models import ContentType
from lino.utils.dpy import create_mti_child
from lino.utils.dpy import DpyLoader
from lino.core.utils import resolve_model

settings.ADMINS = []  # Avoid spamming admins with useless error messages

if settings.USE_TZ:
    def dt(*args):
        return make_aware(datetime(*args), timezone=utc)
else:
    def dt(*args):
        return datetime(*args)

def new_content_type_id(m):
    if m is None: return m
    ct = settings.SITE.models.contenttypes.ContentType.objects.get_for_model(m)
    if ct is None: return None
    return ct.pk

def pmem():
    # Thanks to https://stackoverflow.com/questions/938733/total-memory-used-by-python-process
    process = psutil.Process(os.getpid())
    print(process.memory_info().rss)

def execfile(fn, *args):
    logger.info("Execute file %s ...", fn)
    six.exec_(compile(open(fn, "rb").read(), fn, 'exec'), *args)
    # pmem()  # requires pip install psutil


def bv2kw(fieldname, values):
    """
    Needed if `Site.languages` changed between dumpdata and loaddata
    """
    return settings.SITE.babelkw(fieldname, en=values[0],de=values[1],fr=values[2])

changes_Change = resolve_model("changes.Change")
contacts_Company = resolve_model("contacts.Company")
contacts_CompanyType = resolve_model("contacts.CompanyType")
contacts_Partner = resolve_model("contacts.Partner")
contacts_Person = resolve_model("contacts.Person")
contacts_Role = resolve_model("contacts.Role")
contacts_RoleType = resolve_model("contacts.RoleType")
countries_Country = resolve_model("countries.Country")
countries_Place = resolve_model("countries.Place")
linod_SystemTask = resolve_model("linod.SystemTask")
system_SiteConfig = resolve_model("system.SiteConfig")
users_Authorization = resolve_model("users.Authorization")
users_User = resolve_model("users.User")


def create_contacts_companytype(id, name, abbr):
    kw = dict()
    kw.update(id=id)
    if name is not None: kw.update(bv2kw('name',name))
    if abbr is not None: kw.update(bv2kw('abbr',abbr))
    return contacts_CompanyType(**kw)

def create_contacts_roletype(id, name, can_sign):
    kw = dict()
    kw.update(id=id)
    if name is not None: kw.update(bv2kw('name',name))
    kw.update(can_sign=can_sign)
    return contacts_RoleType(**kw)

def create_countries_country(name, isocode, short_code, iso3):
    kw = dict()
    if name is not None: kw.update(bv2kw('name',name))
    kw.update(isocode=isocode)
    kw.update(short_code=short_code)
    kw.update(iso3=iso3)
    return countries_Country(**kw)

def create_countries_place(id, name, parent_id, country_id, zip_code, type, show_type):
#    if type: type = settings.SITE.models.countries.PlaceTypes.get_by_value(type)
    kw = dict()
    kw.update(id=id)
    if name is not None: kw.update(bv2kw('name',name))
    kw.update(parent_id=parent_id)
    kw.update(country_id=country_id)
    kw.update(zip_code=zip_code)
    kw.update(type=type)
    kw.update(show_type=show_type)
    return countries_Place(**kw)

def create_contacts_partner(id, email, language, country_id, city_id, zip_code, region_id, addr1, street_prefix, street, street_no, street_box, addr2, url, phone, gsm, fax, prefix, name, remarks):
    kw = dict()
    kw.update(id=id)
    kw.update(email=email)
    kw.update(language=language)
    kw.update(country_id=country_id)
    kw.update(city_id=city_id)
    kw.update(zip_code=zip_code)
    kw.update(region_id=region_id)
    kw.update(addr1=addr1)
    kw.update(street_prefix=street_prefix)
    kw.update(street=street)
    kw.update(street_no=street_no)
    kw.update(street_box=street_box)
    kw.update(addr2=addr2)
    kw.update(url=url)
    kw.update(phone=phone)
    kw.update(gsm=gsm)
    kw.update(fax=fax)
    kw.update(prefix=prefix)
    kw.update(name=name)
    kw.update(remarks=remarks)
    return contacts_Partner(**kw)

def create_contacts_company(partner_ptr_id, type_id):
    kw = dict()
    kw.update(type_id=type_id)
    return create_mti_child(contacts_Partner, partner_ptr_id, contacts_Company, **kw)

def create_contacts_person(partner_ptr_id, title, first_name, middle_name, last_name, gender, birth_date):
#    if gender: gender = settings.SITE.models.system.Genders.get_by_value(gender)
    kw = dict()
    kw.update(title=title)
    kw.update(first_name=first_name)
    kw.update(middle_name=middle_name)
    kw.update(last_name=last_name)
    kw.update(gender=gender)
    kw.update(birth_date=birth_date)
    return create_mti_child(contacts_Partner, partner_ptr_id, contacts_Person, **kw)

def create_contacts_role(id, type_id, person_id, company_id):
    kw = dict()
    kw.update(id=id)
    kw.update(type_id=type_id)
    kw.update(person_id=person_id)
    kw.update(company_id=company_id)
    return contacts_Role(**kw)

def create_linod_systemtask(id, start_date, start_time, end_date, end_time, seqno, every_unit, every, positions, monday, tuesday, wednesday, thursday, friday, saturday, sunday, max_events, log_level, disabled, last_start_time, last_end_time, requested_at, message, procedure, name):
#    if every_unit: every_unit = settings.SITE.models.system.Recurrences.get_by_value(every_unit)
#    if log_level: log_level = settings.SITE.models.linod.LogLevels.get_by_value(log_level)
#    if procedure: procedure = settings.SITE.models.linod.Procedures.get_by_value(procedure)
    kw = dict()
    kw.update(id=id)
    kw.update(start_date=start_date)
    kw.update(start_time=start_time)
    kw.update(end_date=end_date)
    kw.update(end_time=end_time)
    kw.update(seqno=seqno)
    kw.update(every_unit=every_unit)
    kw.update(every=every)
    kw.update(positions=positions)
    kw.update(monday=monday)
    kw.update(tuesday=tuesday)
    kw.update(wednesday=wednesday)
    kw.update(thursday=thursday)
    kw.update(friday=friday)
    kw.update(saturday=saturday)
    kw.update(sunday=sunday)
    kw.update(max_events=max_events)
    kw.update(log_level=log_level)
    kw.update(disabled=disabled)
    kw.update(last_start_time=last_start_time)
    kw.update(last_end_time=last_end_time)
    kw.update(requested_at=requested_at)
    kw.update(message=message)
    kw.update(procedure=procedure)
    kw.update(name=name)
    return linod_SystemTask(**kw)

def create_system_siteconfig(id, primereact_theme, name, simulate_today):
#    if primereact_theme: primereact_theme = settings.SITE.models.react.PrimeReactThemes.get_by_value(primereact_theme)
    kw = dict()
    kw.update(id=id)
    kw.update(primereact_theme=primereact_theme)
    kw.update(name=name)
    kw.update(simulate_today=simulate_today)
    return system_SiteConfig(**kw)

def create_users_user(id, start_date, end_date, email, language, modified, created, password, last_login, username, user_type, initials, first_name, last_name, remarks, partner_id, verification_password, verification_code, verification_code_sent_on, time_zone, date_format, forget_me_since):
#    if user_type: user_type = settings.SITE.models.users.UserTypes.get_by_value(user_type)
#    if time_zone: time_zone = settings.SITE.models.system.TimeZones.get_by_value(time_zone)
#    if date_format: date_format = settings.SITE.models.system.DateFormats.get_by_value(date_format)
    kw = dict()
    kw.update(id=id)
    kw.update(start_date=start_date)
    kw.update(end_date=end_date)
    kw.update(email=email)
    kw.update(language=language)
    kw.update(modified=modified)
    kw.update(created=created)
    kw.update(password=password)
    kw.update(last_login=last_login)
    kw.update(username=username)
    kw.update(user_type=user_type)
    kw.update(initials=initials)
    kw.update(first_name=first_name)
    kw.update(last_name=last_name)
    kw.update(remarks=remarks)
    kw.update(partner_id=partner_id)
    kw.update(verification_password=verification_password)
    kw.update(verification_code=verification_code)
    kw.update(verification_code_sent_on=verification_code_sent_on)
    kw.update(time_zone=time_zone)
    kw.update(date_format=date_format)
    kw.update(forget_me_since=forget_me_since)
    return users_User(**kw)

def create_changes_change(id, user_id, time, type, object_type_id, object_id, master_type_id, master_id, diff, changed_fields):
#    if type: type = settings.SITE.models.changes.ChangeTypes.get_by_value(type)
    object_type_id = new_content_type_id(object_type_id)
    master_type_id = new_content_type_id(master_type_id)
    kw = dict()
    kw.update(id=id)
    kw.update(user_id=user_id)
    kw.update(time=time)
    kw.update(type=type)
    kw.update(object_type_id=object_type_id)
    kw.update(object_id=object_id)
    kw.update(master_type_id=master_type_id)
    kw.update(master_id=master_id)
    kw.update(diff=diff)
    kw.update(changed_fields=changed_fields)
    return changes_Change(**kw)

def create_users_authorization(id, user_id, recipient_id):
    kw = dict()
    kw.update(id=id)
    kw.update(user_id=user_id)
    kw.update(recipient_id=recipient_id)
    return users_Authorization(**kw)




def main(args):
    loader = DpyLoader(globals(), quick=args.quick, strict=True)
    from django.core.management import call_command
    call_command('initdb', interactive=args.interactive)
    os.chdir(os.path.dirname(__file__))
    loader.initialize()
    args = (globals(), locals())

    execfile("contacts_companytype.py", *args)
    execfile("contacts_roletype.py", *args)
    execfile("countries_country.py", *args)
    execfile("countries_place.py", *args)
    execfile("contacts_partner.py", *args)
    execfile("contacts_company.py", *args)
    execfile("contacts_person.py", *args)
    execfile("contacts_role.py", *args)
    execfile("linod_systemtask.py", *args)
    execfile("system_siteconfig.py", *args)
    execfile("users_user.py", *args)
    execfile("changes_change.py", *args)
    execfile("users_authorization.py", *args)
    loader.finalize()
    logger.info("Loaded %d objects", loader.count_objects)
    call_command('resetsequences')

if __name__ == '__main__':
    import argparse
    parser = argparse.ArgumentParser(description='Restore the data.')
    parser.add_argument('-b', '--noinput', '--batch', dest='interactive',
        action='store_false', default=True,
        help="Don't ask for confirmation before flushing the database.")
    parser.add_argument('--quick', dest='quick',
        action='store_true',default=False,
        help='Do not call full_clean() on restored instances.')

    args = parser.parse_args()
    main(args)
