#!/usr/bin/env python
# -*- coding: UTF-8 -*-
# This is a Python dump written by lino_dumpy 0.5.0 (dump format 3).
# DJANGO_SETTINGS_MODULE was 'tests.amici_site.settings', TIME_ZONE was 'UTC'.
#
# To restore it into the database of a site (the schema is migrated first,
# then all data is replaced in one transaction), where DIR is the directory
# of this file:
#
#   python manage.py run DIR/restore.py [--noinput] [--quick]
#   DJANGO_SETTINGS_MODULE=tests.amici_site.settings python DIR/restore.py [--noinput]
#
# Repair scripts may import this module: nothing runs unless it is __main__.

SOURCE_VERSION = '25.10.0'
SOURCE_VERSIONS = {}
DUMP_FORMAT = 3
USE_TZ = True
TIME_ZONE = 'UTC'

# The models whose rows this dump does not hold, and why.  A restore
# leaves the rows of these tables as they are.
EXCLUDED = {
    'checkdata.Message': 'checkdata messages are recomputed by checkdata',
    'contenttypes.ContentType': 'content types are rebuilt by migrate',
    'sessions.Session': 'sessions are not dumped',
}

from lino_dumpy.dumpfile import *  # noqa: F401,F403  (sets up Django)

bv2kw = babel_keywords(['en', 'de', 'fr'])

countries_Country = resolve_model('countries.Country')
countries_Place = resolve_model('countries.Place')
contacts_CompanyType = resolve_model('contacts.CompanyType')
contacts_RoleType = resolve_model('contacts.RoleType')
linod_SystemTask = resolve_model('linod.SystemTask')
cal_RemoteCalendar = resolve_model('cal.RemoteCalendar')
cal_EventType = resolve_model('cal.EventType')
cal_GuestRole = resolve_model('cal.GuestRole')
cal_Calendar = resolve_model('cal.Calendar')
system_SiteConfig = resolve_model('system.SiteConfig')
cal_EventPolicy = resolve_model('cal.EventPolicy')
calview_DailyPlannerRow = resolve_model('calview.DailyPlannerRow')
households_Type = resolve_model('households.Type')
courses_Slot = resolve_model('courses.Slot')
courses_Topic = resolve_model('courses.Topic')
groups_Group = resolve_model('groups.Group')
excerpts_ExcerptType = resolve_model('excerpts.ExcerptType')
memo_Mention = resolve_model('memo.Mention')
comments_CommentType = resolve_model('comments.CommentType')
tickets_TicketType = resolve_model('tickets.TicketType')
lists_ListType = resolve_model('lists.ListType')
lists_List = resolve_model('lists.List')
topics_Topic = resolve_model('topics.Topic')
topics_Tag = resolve_model('topics.Tag')
uploads_Volume = resolve_model('uploads.Volume')
uploads_UploadType = resolve_model('uploads.UploadType')
sources_Author = resolve_model('sources.Author')
sources_License = resolve_model('sources.License')
blogs_EntryType = resolve_model('blogs.EntryType')
periods_StoredYear = resolve_model('periods.StoredYear')
periods_StoredPeriod = resolve_model('periods.StoredPeriod')
accounting_PaymentTerm = resolve_model('accounting.PaymentTerm')
accounting_Account = resolve_model('accounting.Account')
contacts_Partner = resolve_model('contacts.Partner')
users_User = resolve_model('users.User')
users_Authority = resolve_model('users.Authority')
contacts_Person = resolve_model('contacts.Person')
contacts_Company = resolve_model('contacts.Company')
contacts_Role = resolve_model('contacts.Role')
cal_Room = resolve_model('cal.Room')
cal_Subscription = resolve_model('cal.Subscription')
cal_Task = resolve_model('cal.Task')
cal_RecurrentEvent = resolve_model('cal.RecurrentEvent')
cal_Event = resolve_model('cal.Event')
cal_EntryRepeater = resolve_model('cal.EntryRepeater')
cal_Guest = resolve_model('cal.Guest')
addresses_Address = resolve_model('addresses.Address')
phones_ContactDetail = resolve_model('phones.ContactDetail')
households_Household = resolve_model('households.Household')
households_Member = resolve_model('households.Member')
humanlinks_Link = resolve_model('humanlinks.Link')
courses_Line = resolve_model('courses.Line')
courses_Course = resolve_model('courses.Course')
groups_Membership = resolve_model('groups.Membership')
excerpts_Excerpt = resolve_model('excerpts.Excerpt')
courses_Enrolment = resolve_model('courses.Enrolment')
comments_Comment = resolve_model('comments.Comment')
comments_Reaction = resolve_model('comments.Reaction')
tickets_Ticket = resolve_model('tickets.Ticket')
tickets_CheckListItem = resolve_model('tickets.CheckListItem')
agenda_Item = resolve_model('agenda.Item')
lists_Member = resolve_model('lists.Member')
albums_Album = resolve_model('albums.Album')
publisher_Page = resolve_model('publisher.Page')
sources_Source = resolve_model('sources.Source')
uploads_Upload = resolve_model('uploads.Upload')
albums_AlbumItem = resolve_model('albums.AlbumItem')
blogs_Entry = resolve_model('blogs.Entry')
accounting_LedgerInfo = resolve_model('accounting.LedgerInfo')
sepa_Account = resolve_model('sepa.Account')
accounting_Journal = resolve_model('accounting.Journal')
accounting_Voucher = resolve_model('accounting.Voucher')
accounting_Movement = resolve_model('accounting.Movement')
accounting_MatchRule = resolve_model('accounting.MatchRule')
notify_Message = resolve_model('notify.Message')
tinymce_TextFieldTemplate = resolve_model('tinymce.TextFieldTemplate')
dashboard_Widget = resolve_model('dashboard.Widget')
google_CalendarSubscription = resolve_model('google.CalendarSubscription')
google_EventSyncToken = resolve_model('google.EventSyncToken')
google_CalendarSyncToken = resolve_model('google.CalendarSyncToken')
google_DeletedEntry = resolve_model('google.DeletedEntry')
google_Contact = resolve_model('google.Contact')
google_DeletedContact = resolve_model('google.DeletedContact')
google_ContactSyncToken = resolve_model('google.ContactSyncToken')
google_SyncSummary = resolve_model('google.SyncSummary')
google_FailedForeignItem = resolve_model('google.FailedForeignItem')

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

def create_contacts_companytype(id, name, abbr):
    return instantiate(
        contacts_CompanyType,
        id=id,
        **bv2kw('name', name),
        **bv2kw('abbr', abbr),
    )

def create_contacts_roletype(id, name, can_sign):
    return instantiate(
        contacts_RoleType,
        id=id,
        **bv2kw('name', name),
        can_sign=can_sign,
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

def create_cal_remotecalendar(id, seqno, type, url_template, username, password, readonly):
    return instantiate(
        cal_RemoteCalendar,
        id=id,
        seqno=seqno,
        type=type,
        url_template=url_template,
        username=username,
        password=password,
        readonly=readonly,
    )

def create_cal_eventtype(id, name, seqno, ref, attach_to_email, email_template, description, is_appointment, is_public, all_rooms, locks_user, force_guest_states, fill_presences, start_date, event_label, max_conflicting, max_days, transparent, planner_column, default_duration):
    return instantiate(
        cal_EventType,
        id=id,
        **bv2kw('name', name),
        seqno=seqno,
        ref=ref,
        attach_to_email=attach_to_email,
        email_template=email_template,
        description=description,
        is_appointment=is_appointment,
        is_public=is_public,
        all_rooms=all_rooms,
        locks_user=locks_user,
        force_guest_states=force_guest_states,
        fill_presences=fill_presences,
        start_date=start_date,
        **bv2kw('event_label', event_label),
        max_conflicting=max_conflicting,
        max_days=max_days,
        transparent=transparent,
        planner_column=planner_column,
        default_duration=default_duration,
    )

def create_cal_guestrole(id, name, ref):
    return instantiate(
        cal_GuestRole,
        id=id,
        **bv2kw('name', name),
        ref=ref,
    )

def create_cal_calendar(id, name, google_id, modified, description, color):
    return instantiate(
        cal_Calendar,
        id=id,
        **bv2kw('name', name),
        google_id=google_id,
        modified=modified,
        description=description,
        color=color,
    )

def create_system_siteconfig(id, default_build_method, simulate_today, default_event_type_id, site_calendar_id, max_auto_events, hide_events_before, default_color, pupil_guestrole_id):
    return instantiate(
        system_SiteConfig,
        id=id,
        default_build_method=default_build_method,
        simulate_today=simulate_today,
        default_event_type_id=default_event_type_id,
        site_calendar_id=site_calendar_id,
        max_auto_events=max_auto_events,
        hide_events_before=hide_events_before,
        default_color=default_color,
        pupil_guestrole_id=pupil_guestrole_id,
    )

def create_cal_eventpolicy(id, name, start_date, start_time, end_date, end_time, every_unit, every, positions, monday, tuesday, wednesday, thursday, friday, saturday, sunday, max_events, event_type_id):
    return instantiate(
        cal_EventPolicy,
        id=id,
        **bv2kw('name', name),
        start_date=start_date,
        start_time=start_time,
        end_date=end_date,
        end_time=end_time,
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
        event_type_id=event_type_id,
    )

def create_calview_dailyplannerrow(id, designation, seqno, start_time, end_time):
    return instantiate(
        calview_DailyPlannerRow,
        id=id,
        **bv2kw('designation', designation),
        seqno=seqno,
        start_time=start_time,
        end_time=end_time,
    )

def create_households_type(id, name):
    return instantiate(
        households_Type,
        id=id,
        **bv2kw('name', name),
    )

def create_courses_slot(id, seqno, start_time, end_time, name):
    return instantiate(
        courses_Slot,
        id=id,
        seqno=seqno,
        start_time=start_time,
        end_time=end_time,
        name=name,
    )

def create_courses_topic(id, name):
    return instantiate(
        courses_Topic,
        id=id,
        **bv2kw('name', name),
    )

def create_groups_group(id, name, ref, description, private):
    return instantiate(
        groups_Group,
        id=id,
        **bv2kw('name', name),
        ref=ref,
        description=description,
        private=private,
    )

def create_excerpts_excerpttype(id, name, build_method, template, attach_to_email, email_template, certifying, remark, body_template, content_type_id, primary, backward_compat, print_recipient, print_directly, shortcut):
    content_type_id = new_content_type_id(content_type_id)
    return instantiate(
        excerpts_ExcerptType,
        id=id,
        **bv2kw('name', name),
        build_method=build_method,
        template=template,
        attach_to_email=attach_to_email,
        email_template=email_template,
        certifying=certifying,
        remark=remark,
        body_template=body_template,
        content_type_id=content_type_id,
        primary=primary,
        backward_compat=backward_compat,
        print_recipient=print_recipient,
        print_directly=print_directly,
        shortcut=shortcut,
    )

def create_memo_mention(id, owner_type_id, owner_id, target_type_id, target_id):
    owner_type_id = new_content_type_id(owner_type_id)
    target_type_id = new_content_type_id(target_type_id)
    return instantiate(
        memo_Mention,
        id=id,
        owner_type_id=owner_type_id,
        owner_id=owner_id,
        target_type_id=target_type_id,
        target_id=target_id,
    )

def create_comments_commenttype(id, name):
    return instantiate(
        comments_CommentType,
        id=id,
        **bv2kw('name', name),
    )

def create_tickets_tickettype(id, name):
    return instantiate(
        tickets_TicketType,
        id=id,
        **bv2kw('name', name),
    )

def create_lists_listtype(id, designation):
    return instantiate(
        lists_ListType,
        id=id,
        **bv2kw('designation', designation),
    )

def create_lists_list(id, designation, ref, list_type_id, remarks):
    return instantiate(
        lists_List,
        id=id,
        **bv2kw('designation', designation),
        ref=ref,
        list_type_id=list_type_id,
        remarks=remarks,
    )

def create_topics_topic(id, name, ref, description_text):
    return instantiate(
        topics_Topic,
        id=id,
        **bv2kw('name', name),
        ref=ref,
        description_text=description_text,
    )

def create_topics_tag(id, owner_type_id, owner_id, topic_id):
    owner_type_id = new_content_type_id(owner_type_id)
    return instantiate(
        topics_Tag,
        id=id,
        owner_type_id=owner_type_id,
        owner_id=owner_id,
        topic_id=topic_id,
    )

def create_uploads_volume(id, ref, root_dir, description):
    return instantiate(
        uploads_Volume,
        id=id,
        ref=ref,
        root_dir=root_dir,
        description=description,
    )

def create_uploads_uploadtype(id, name, upload_area, max_number, wanted, shortcut):
    return instantiate(
        uploads_UploadType,
        id=id,
        **bv2kw('name', name),
        upload_area=upload_area,
        max_number=max_number,
        wanted=wanted,
        shortcut=shortcut,
    )

def create_sources_author(id, title, first_name, middle_name, last_name, gender, birth_date, death_date, birth_place_id, death_place_id):
    return instantiate(
        sources_Author,
        id=id,
        title=title,
        first_name=first_name,
        middle_name=middle_name,
        last_name=last_name,
        gender=gender,
        birth_date=birth_date,
        death_date=death_date,
        birth_place_id=birth_place_id,
        death_place_id=death_place_id,
    )

def create_sources_license(id, designation, ref, url):
    return instantiate(
        sources_License,
        id=id,
        **bv2kw('designation', designation),
        ref=ref,
        url=url,
    )

def create_blogs_entrytype(id, name, important, remark):
    return instantiate(
        blogs_EntryType,
        id=id,
        **bv2kw('name', name),
        important=important,
        remark=remark,
    )

def create_periods_storedyear(id, start_date, end_date, ref, state):
    return instantiate(
        periods_StoredYear,
        id=id,
        start_date=start_date,
        end_date=end_date,
        ref=ref,
        state=state,
    )

def create_periods_storedperiod(id, start_date, end_date, seqno, ref, state, year_id, remark):
    return instantiate(
        periods_StoredPeriod,
        id=id,
        start_date=start_date,
        end_date=end_date,
        seqno=seqno,
        ref=ref,
        state=state,
        year_id=year_id,
        remark=remark,
    )

def create_accounting_paymentterm(id, name, ref, days, months, end_of_month, printed_text, informal):
    return instantiate(
        accounting_PaymentTerm,
        id=id,
        **bv2kw('name', name),
        ref=ref,
        days=days,
        months=months,
        end_of_month=end_of_month,
        **bv2kw('printed_text', printed_text),
        informal=informal,
    )

def create_accounting_account(id, name, seqno, ref, common_account, needs_partner, clearable, default_amount, sales_allowed, purchases_allowed, wages_allowed, taxes_allowed, clearings_allowed, bank_po_allowed):
    return instantiate(
        accounting_Account,
        id=id,
        **bv2kw('name', name),
        seqno=seqno,
        ref=ref,
        common_account=common_account,
        needs_partner=needs_partner,
        clearable=clearable,
        default_amount=default_amount,
        sales_allowed=sales_allowed,
        purchases_allowed=purchases_allowed,
        wages_allowed=wages_allowed,
        taxes_allowed=taxes_allowed,
        clearings_allowed=clearings_allowed,
        bank_po_allowed=bank_po_allowed,
    )

def create_contacts_partner(id, email, language, url, phone, gsm, fax, country_id, city_id, zip_code, region_id, addr1, street_prefix, street, street_no, street_box, addr2, prefix, name, remarks, purchase_account_id):
    return instantiate(
        contacts_Partner,
        id=id,
        email=email,
        language=language,
        url=url,
        phone=phone,
        gsm=gsm,
        fax=fax,
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
        prefix=prefix,
        name=name,
        remarks=remarks,
        purchase_account_id=purchase_account_id,
    )

def create_users_user(id, start_date, end_date, email, language, modified, created, password, last_login, username, user_type, initials, first_name, last_name, remarks, partner_id, verification_password, verification_code, verification_code_sent_on, time_zone, date_format, event_type_id, current_group_id, notify_myself, mail_mode):
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
        event_type_id=event_type_id,
        current_group_id=current_group_id,
        notify_myself=notify_myself,
        mail_mode=mail_mode,
    )

def create_users_authority(id, user_id, authorized_id):
    return instantiate(
        users_Authority,
        id=id,
        user_id=user_id,
        authorized_id=authorized_id,
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

def create_contacts_company(partner_ptr_id, parent_id, type_id):
    return create_mti_child(
        contacts_Partner, partner_ptr_id, contacts_Company,
        parent_id=parent_id,
        type_id=type_id,
    )

def create_contacts_role(id, type_id, person_id, company_id, start_date, end_date):
    return instantiate(
        contacts_Role,
        id=id,
        type_id=type_id,
        person_id=person_id,
        company_id=company_id,
        start_date=start_date,
        end_date=end_date,
    )

def create_cal_room(id, name, contact_person_id, contact_role_id, company_id, display_color, description, calendar_id):
    return instantiate(
        cal_Room,
        id=id,
        **bv2kw('name', name),
        contact_person_id=contact_person_id,
        contact_role_id=contact_role_id,
        company_id=company_id,
        display_color=display_color,
        description=description,
        calendar_id=calendar_id,
    )

def create_cal_subscription(id, user_id, calendar_id, is_hidden):
    return instantiate(
        cal_Subscription,
        id=id,
        user_id=user_id,
        calendar_id=calendar_id,
        is_hidden=is_hidden,
    )

def create_cal_task(id, start_date, start_time, modified, created, user_id, owner_type_id, owner_id, summary, description, auto_type, priority, due_date, due_time, percent, state):
    owner_type_id = new_content_type_id(owner_type_id)
    return instantiate(
        cal_Task,
        id=id,
        start_date=start_date,
        start_time=start_time,
        modified=modified,
        created=created,
        user_id=user_id,
        owner_type_id=owner_type_id,
        owner_id=owner_id,
        summary=summary,
        description=description,
        auto_type=auto_type,
        priority=priority,
        due_date=due_date,
        due_time=due_time,
        percent=percent,
        state=state,
    )

def create_cal_recurrentevent(id, name, start_date, start_time, end_date, end_time, every_unit, every, positions, monday, tuesday, wednesday, thursday, friday, saturday, sunday, max_events, user_id, event_type_id, description):
    return instantiate(
        cal_RecurrentEvent,
        id=id,
        **bv2kw('name', name),
        start_date=start_date,
        start_time=start_time,
        end_date=end_date,
        end_time=end_time,
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
        user_id=user_id,
        event_type_id=event_type_id,
        description=description,
    )

def create_cal_event(id, start_date, start_time, end_date, end_time, modified, created, build_time, build_method, user_id, assigned_to_id, owner_type_id, owner_id, google_id, summary, description, auto_type, priority, event_type_id, transparent, guests_edited, room_id, state, notify_before, notify_unit, notified):
    owner_type_id = new_content_type_id(owner_type_id)
    return instantiate(
        cal_Event,
        id=id,
        start_date=start_date,
        start_time=start_time,
        end_date=end_date,
        end_time=end_time,
        modified=modified,
        created=created,
        build_time=build_time,
        build_method=build_method,
        user_id=user_id,
        assigned_to_id=assigned_to_id,
        owner_type_id=owner_type_id,
        owner_id=owner_id,
        google_id=google_id,
        summary=summary,
        description=description,
        auto_type=auto_type,
        priority=priority,
        event_type_id=event_type_id,
        transparent=transparent,
        guests_edited=guests_edited,
        room_id=room_id,
        state=state,
        notify_before=notify_before,
        notify_unit=notify_unit,
        notified=notified,
    )

def create_cal_entryrepeater(id, start_date, start_time, end_date, end_time, every_unit, every, positions, monday, tuesday, wednesday, thursday, friday, saturday, sunday, max_events, cal_entry_id):
    return instantiate(
        cal_EntryRepeater,
        id=id,
        start_date=start_date,
        start_time=start_time,
        end_date=end_date,
        end_time=end_time,
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
        cal_entry_id=cal_entry_id,
    )

def create_cal_guest(id, event_id, partner_id, role_id, state, remark):
    return instantiate(
        cal_Guest,
        id=id,
        event_id=event_id,
        partner_id=partner_id,
        role_id=role_id,
        state=state,
        remark=remark,
    )

def create_addresses_address(id, country_id, city_id, zip_code, region_id, addr1, street_prefix, street, street_no, street_box, addr2, data_source, address_type, partner_id, remark, primary):
    return instantiate(
        addresses_Address,
        id=id,
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
        data_source=data_source,
        address_type=address_type,
        partner_id=partner_id,
        remark=remark,
        primary=primary,
    )

def create_phones_contactdetail(id, start_date, end_date, detail_type, partner_id, value, remark, primary):
    return instantiate(
        phones_ContactDetail,
        id=id,
        start_date=start_date,
        end_date=end_date,
        detail_type=detail_type,
        partner_id=partner_id,
        value=value,
        remark=remark,
        primary=primary,
    )

def create_households_household(partner_ptr_id, type_id):
    return create_mti_child(
        contacts_Partner, partner_ptr_id, households_Household,
        type_id=type_id,
    )

def create_households_member(id, title, first_name, middle_name, last_name, gender, birth_date, start_date, end_date, role, person_id, household_id, dependency, primary):
    return instantiate(
        households_Member,
        id=id,
        title=title,
        first_name=first_name,
        middle_name=middle_name,
        last_name=last_name,
        gender=gender,
        birth_date=birth_date,
        start_date=start_date,
        end_date=end_date,
        role=role,
        person_id=person_id,
        household_id=household_id,
        dependency=dependency,
        primary=primary,
    )

def create_humanlinks_link(id, type, parent_id, child_id):
    return instantiate(
        humanlinks_Link,
        id=id,
        type=type,
        parent_id=parent_id,
        child_id=child_id,
    )

def create_courses_line(id, name, ref, contact_person_id, contact_role_id, company_id, excerpt_title, course_area, topic_id, description, every_unit, every, event_type_id, guest_role_id, body_template):
    return instantiate(
        courses_Line,
        id=id,
        **bv2kw('name', name),
        ref=ref,
        contact_person_id=contact_person_id,
        contact_role_id=contact_role_id,
        company_id=company_id,
        **bv2kw('excerpt_title', excerpt_title),
        course_area=course_area,
        topic_id=topic_id,
        **bv2kw('description', description),
        every_unit=every_unit,
        every=every,
        event_type_id=event_type_id,
        guest_role_id=guest_role_id,
        body_template=body_template,
    )

def create_courses_course(id, start_date, start_time, end_date, end_time, every_unit, every, positions, monday, tuesday, wednesday, thursday, friday, saturday, sunday, max_events, user_id, room_id, max_date, line_id, teacher_id, slot_id, description, remark, state, max_places, name, enrolments_until):
    return instantiate(
        courses_Course,
        id=id,
        start_date=start_date,
        start_time=start_time,
        end_date=end_date,
        end_time=end_time,
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
        user_id=user_id,
        room_id=room_id,
        max_date=max_date,
        line_id=line_id,
        teacher_id=teacher_id,
        slot_id=slot_id,
        **bv2kw('description', description),
        remark=remark,
        state=state,
        max_places=max_places,
        name=name,
        enrolments_until=enrolments_until,
    )

def create_groups_membership(id, user_id, group_id, remark):
    return instantiate(
        groups_Membership,
        id=id,
        user_id=user_id,
        group_id=group_id,
        remark=remark,
    )

def create_excerpts_excerpt(id, build_time, build_method, user_id, contact_person_id, contact_role_id, company_id, owner_type_id, owner_id, excerpt_type_id, language):
    owner_type_id = new_content_type_id(owner_type_id)
    return instantiate(
        excerpts_Excerpt,
        id=id,
        build_time=build_time,
        build_method=build_method,
        user_id=user_id,
        contact_person_id=contact_person_id,
        contact_role_id=contact_role_id,
        company_id=company_id,
        owner_type_id=owner_type_id,
        owner_id=owner_id,
        excerpt_type_id=excerpt_type_id,
        language=language,
    )

def create_courses_enrolment(id, start_date, end_date, user_id, printed_by_id, course_area, course_id, pupil_id, request_date, state, places, remark, confirmation_details):
    return instantiate(
        courses_Enrolment,
        id=id,
        start_date=start_date,
        end_date=end_date,
        user_id=user_id,
        printed_by_id=printed_by_id,
        course_area=course_area,
        course_id=course_id,
        pupil_id=pupil_id,
        request_date=request_date,
        state=state,
        places=places,
        remark=remark,
        confirmation_details=confirmation_details,
    )

def create_comments_comment(id, modified, created, body, body_short_preview, body_full_preview, user_id, private, group_id, owner_type_id, owner_id, reply_to_id, comment_type_id):
    owner_type_id = new_content_type_id(owner_type_id)
    return instantiate(
        comments_Comment,
        id=id,
        modified=modified,
        created=created,
        body=body,
        body_short_preview=body_short_preview,
        body_full_preview=body_full_preview,
        user_id=user_id,
        private=private,
        group_id=group_id,
        owner_type_id=owner_type_id,
        owner_id=owner_id,
        reply_to_id=reply_to_id,
        comment_type_id=comment_type_id,
    )

def create_comments_reaction(id, modified, created, user_id, comment_id, emotion):
    return instantiate(
        comments_Reaction,
        id=id,
        modified=modified,
        created=created,
        user_id=user_id,
        comment_id=comment_id,
        emotion=emotion,
    )

def create_tickets_ticket(id, parent_id, ref, modified, created, user_id, assigned_to_id, private, group_id, closed, planned_time, urgent, priority, summary, description, upgrade_notes, ticket_type_id, duplicate_of_id, end_user_id, state, deadline, reporter_id, waiting_for, feedback, standby, fixed_since, last_commenter_id):
    return instantiate(
        tickets_Ticket,
        id=id,
        parent_id=parent_id,
        ref=ref,
        modified=modified,
        created=created,
        user_id=user_id,
        assigned_to_id=assigned_to_id,
        private=private,
        group_id=group_id,
        closed=closed,
        planned_time=planned_time,
        urgent=urgent,
        priority=priority,
        summary=summary,
        description=description,
        upgrade_notes=upgrade_notes,
        ticket_type_id=ticket_type_id,
        duplicate_of_id=duplicate_of_id,
        end_user_id=end_user_id,
        state=state,
        deadline=deadline,
        reporter_id=reporter_id,
        waiting_for=waiting_for,
        feedback=feedback,
        standby=standby,
        fixed_since=fixed_since,
        last_commenter_id=last_commenter_id,
    )

def create_tickets_checklistitem(id, ticket_id, details, checked):
    return instantiate(
        tickets_CheckListItem,
        id=id,
        ticket_id=ticket_id,
        details=details,
        checked=checked,
    )

def create_agenda_item(id, seqno, meeting_id, topic_id, title, description):
    return instantiate(
        agenda_Item,
        id=id,
        seqno=seqno,
        meeting_id=meeting_id,
        topic_id=topic_id,
        title=title,
        description=description,
    )

def create_lists_member(id, seqno, list_id, partner_id, remark):
    return instantiate(
        lists_Member,
        id=id,
        seqno=seqno,
        list_id=list_id,
        partner_id=partner_id,
        remark=remark,
    )

def create_albums_album(id, user_id, private, group_id, title, image_format, image_size):
    return instantiate(
        albums_Album,
        id=id,
        user_id=user_id,
        private=private,
        group_id=group_id,
        title=title,
        image_format=image_format,
        image_size=image_size,
    )

def create_publisher_page(id, seqno, parent_id, body, body_short_preview, body_full_preview, pub_date, pub_time, publishing_state, language, translated_from_id, album_id, title, page_name, special_page, previous_page_id, root_page_id):
    return instantiate(
        publisher_Page,
        id=id,
        seqno=seqno,
        parent_id=parent_id,
        body=body,
        body_short_preview=body_short_preview,
        body_full_preview=body_full_preview,
        pub_date=pub_date,
        pub_time=pub_time,
        publishing_state=publishing_state,
        language=language,
        translated_from_id=translated_from_id,
        album_id=album_id,
        title=title,
        page_name=page_name,
        special_page=special_page,
        previous_page_id=previous_page_id,
        root_page_id=root_page_id,
    )

def create_sources_source(id, parent_id, ref, copyright_owner_id, year_published, license_id, url, title, author_id):
    return instantiate(
        sources_Source,
        id=id,
        parent_id=parent_id,
        ref=ref,
        copyright_owner_id=copyright_owner_id,
        year_published=year_published,
        license_id=license_id,
        url=url,
        title=title,
        author_id=author_id,
    )

def create_uploads_upload(id, file, mimetype, file_size, user_id, owner_type_id, owner_id, upload_area, type_id, volume_id, library_file, description, source_id):
    owner_type_id = new_content_type_id(owner_type_id)
    return instantiate(
        uploads_Upload,
        id=id,
        file=file,
        mimetype=mimetype,
        file_size=file_size,
        user_id=user_id,
        owner_type_id=owner_type_id,
        owner_id=owner_id,
        upload_area=upload_area,
        type_id=type_id,
        volume_id=volume_id,
        library_file=library_file,
        description=description,
        source_id=source_id,
    )

def create_albums_albumitem(id, seqno, album_id, upload_id, title, image_format, image_size):
    return instantiate(
        albums_AlbumItem,
        id=id,
        seqno=seqno,
        album_id=album_id,
        upload_id=upload_id,
        title=title,
        image_format=image_format,
        image_size=image_size,
    )

def create_blogs_entry(id, body, body_short_preview, body_full_preview, user_id, pub_date, pub_time, publishing_state, language, translated_from_id, album_id, owner_type_id, owner_id, title, entry_type_id):
    owner_type_id = new_content_type_id(owner_type_id)
    return instantiate(
        blogs_Entry,
        id=id,
        body=body,
        body_short_preview=body_short_preview,
        body_full_preview=body_full_preview,
        user_id=user_id,
        pub_date=pub_date,
        pub_time=pub_time,
        publishing_state=publishing_state,
        language=language,
        translated_from_id=translated_from_id,
        album_id=album_id,
        owner_type_id=owner_type_id,
        owner_id=owner_id,
        title=title,
        entry_type_id=entry_type_id,
    )

def create_accounting_ledgerinfo(user_id, entry_date):
    return instantiate(
        accounting_LedgerInfo,
        user_id=user_id,
        entry_date=entry_date,
    )

def create_sepa_account(id, partner_id, iban, bic, remark, primary):
    return instantiate(
        sepa_Account,
        id=id,
        partner_id=partner_id,
        iban=iban,
        bic=bic,
        remark=remark,
        primary=primary,
    )

def create_accounting_journal(id, name, seqno, ref, build_method, template, trade_type, voucher_type, journal_group, auto_check_clearings, auto_fill_suggestions, force_sequence, preliminary, make_ledger_movements, account_id, partner_id, printed_name, dc, yearly_numbering, uploads_volume_id, sepa_account_id):
    return instantiate(
        accounting_Journal,
        id=id,
        **bv2kw('name', name),
        seqno=seqno,
        ref=ref,
        build_method=build_method,
        template=template,
        trade_type=trade_type,
        voucher_type=voucher_type,
        journal_group=journal_group,
        auto_check_clearings=auto_check_clearings,
        auto_fill_suggestions=auto_fill_suggestions,
        force_sequence=force_sequence,
        preliminary=preliminary,
        make_ledger_movements=make_ledger_movements,
        account_id=account_id,
        partner_id=partner_id,
        **bv2kw('printed_name', printed_name),
        dc=dc,
        yearly_numbering=yearly_numbering,
        uploads_volume_id=uploads_volume_id,
        sepa_account_id=sepa_account_id,
    )

def create_accounting_voucher(id, user_id, journal_id, entry_date, voucher_date, fiscal_year_id, accounting_period_id, number, narration):
    return instantiate(
        accounting_Voucher,
        id=id,
        user_id=user_id,
        journal_id=journal_id,
        entry_date=entry_date,
        voucher_date=voucher_date,
        fiscal_year_id=fiscal_year_id,
        accounting_period_id=accounting_period_id,
        number=number,
        narration=narration,
    )

def create_accounting_movement(id, voucher_id, seqno, partner_id, value_date, match, cleared, account_id, amount):
    return instantiate(
        accounting_Movement,
        id=id,
        voucher_id=voucher_id,
        seqno=seqno,
        partner_id=partner_id,
        value_date=value_date,
        match=match,
        cleared=cleared,
        account_id=account_id,
        amount=amount,
    )

def create_accounting_matchrule(id, account_id, journal_id):
    return instantiate(
        accounting_MatchRule,
        id=id,
        account_id=account_id,
        journal_id=journal_id,
    )

def create_notify_message(id, created, user_id, owner_type_id, owner_id, message_type, seen, sent, body, mail_mode, subject, reply_to_id):
    owner_type_id = new_content_type_id(owner_type_id)
    return instantiate(
        notify_Message,
        id=id,
        created=created,
        user_id=user_id,
        owner_type_id=owner_type_id,
        owner_id=owner_id,
        message_type=message_type,
        seen=seen,
        sent=sent,
        body=body,
        mail_mode=mail_mode,
        subject=subject,
        reply_to_id=reply_to_id,
    )

def create_tinymce_textfieldtemplate(id, user_id, name, description, text):
    return instantiate(
        tinymce_TextFieldTemplate,
        id=id,
        user_id=user_id,
        name=name,
        description=description,
        text=text,
    )

def create_dashboard_widget(id, seqno, user_id, item_name, visible):
    return instantiate(
        dashboard_Widget,
        id=id,
        seqno=seqno,
        user_id=user_id,
        item_name=item_name,
        visible=visible,
    )

def create_google_calendarsubscription(id, user_id, calendar_id, is_hidden, primary, access_role):
    return instantiate(
        google_CalendarSubscription,
        id=id,
        user_id=user_id,
        calendar_id=calendar_id,
        is_hidden=is_hidden,
        primary=primary,
        access_role=access_role,
    )

def create_google_eventsynctoken(id, modified, user_id, locked, sync_token, page_token, subscription_id):
    return instantiate(
        google_EventSyncToken,
        id=id,
        modified=modified,
        user_id=user_id,
        locked=locked,
        sync_token=sync_token,
        page_token=page_token,
        subscription_id=subscription_id,
    )

def create_google_calendarsynctoken(id, modified, user_id, locked, sync_token, page_token):
    return instantiate(
        google_CalendarSyncToken,
        id=id,
        modified=modified,
        user_id=user_id,
        locked=locked,
        sync_token=sync_token,
        page_token=page_token,
    )

def create_google_deletedentry(id, calendar, user_id, event_id, calendar_id):
    return instantiate(
        google_DeletedEntry,
        id=id,
        calendar=calendar,
        user_id=user_id,
        event_id=event_id,
        calendar_id=calendar_id,
    )

def create_google_contact(id, modified, user_id, google_id, contact_id):
    return instantiate(
        google_Contact,
        id=id,
        modified=modified,
        user_id=user_id,
        google_id=google_id,
        contact_id=contact_id,
    )

def create_google_deletedcontact(id, user_id, contact_id):
    return instantiate(
        google_DeletedContact,
        id=id,
        user_id=user_id,
        contact_id=contact_id,
    )

def create_google_contactsynctoken(id, modified, user_id, locked, sync_token, page_token):
    return instantiate(
        google_ContactSyncToken,
        id=id,
        modified=modified,
        user_id=user_id,
        locked=locked,
        sync_token=sync_token,
        page_token=page_token,
    )

def create_google_syncsummary(id, created, user_id, halted, stats):
    return instantiate(
        google_SyncSummary,
        id=id,
        created=created,
        user_id=user_id,
        halted=halted,
        stats=stats,
    )

def create_google_failedforeignitem(id, job_id, value, item_class_id):
    item_class_id = new_content_type_id(item_class_id)
    return instantiate(
        google_FailedForeignItem,
        id=id,
        job_id=job_id,
        value=value,
        item_class_id=item_class_id,
    )

# The table files, in load order: (file name, model, table of its create_
# function, number of rows, SHA-256 of the file).  The restore refuses files that do not match.
TABLE_FILES = [
    ('countries_country.py', 'countries.Country', 'countries_country', 10, '4f66af92a902a3e17631be62ef2359a98d04ed582c61c44defff10e9c20fb8b8'),
    ('countries_place.py', 'countries.Place', 'countries_place', 81, 'd5dc1a503ea523abb2e6f9430b79c550b79c6dbf280ad16430e516f216e1807b'),
    ('contacts_companytype.py', 'contacts.CompanyType', 'contacts_companytype', 16, '54eed7925ffd382c6f9366e89664282af92bbbfb1854cebf686d692916947d91'),
    ('contacts_roletype.py', 'contacts.RoleType', 'contacts_roletype', 5, '4c23df037f5ec1856a6887b39230c96cd677e5593200aec0e809cfa8202c5fde'),
    ('linod_systemtask.py', 'linod.SystemTask', 'linod_systemtask', 8, 'a341f05a7010ff52046dc117a6ba00c4be7dfd7643314c99722de0c362c48f60'),
    ('cal_remotecalendar.py', 'cal.RemoteCalendar', 'cal_remotecalendar', 0, '1e2f7889ac844d7272ad87c2771866972691f2ae7f0c581ee94c5d23924ac980'),
    ('cal_eventtype.py', 'cal.EventType', 'cal_eventtype', 4, '70edf5ac03adde387eec62bc0cb61e806fa7cba1afcf07946d426cebc879db6f'),
    ('cal_guestrole.py', 'cal.GuestRole', 'cal_guestrole', 0, 'cb9c9144e5825ed0acdf1492eb9239173f8be8ac7ca491a31b01fd810ad627e9'),
    ('cal_calendar.py', 'cal.Calendar', 'cal_calendar', 1, '08aecf4f6f7d1f0ca29b7d6af33f1a2a3dd5ed39d83d44effab5a4be6b38c1d4'),
    ('system_siteconfig.py', 'system.SiteConfig', 'system_siteconfig', 1, '172877399beeb9044a81c29c3ebf537e44c403689e64c642e24e589fd38df36c'),
    ('cal_eventpolicy.py', 'cal.EventPolicy', 'cal_eventpolicy', 6, '7943ce99fd9ad0171538487163c434ed017f120b75020fc29a6b0f1a274f9323'),
    ('calview_dailyplannerrow.py', 'calview.DailyPlannerRow', 'calview_dailyplannerrow', 2, 'd5df3e3c49fa3dc17eee360736d7166a7a16ad1d686fe64d18ef6024eb8d5e56'),
    ('households_type.py', 'households.Type', 'households_type', 6, 'a631ce57422b42704309f8ff5f6ed387b969752b224f5c4c203cb04e5c9c0afa'),
    ('courses_slot.py', 'courses.Slot', 'courses_slot', 0, '94d2d7ab1a5a316d745ed2ecbc1e3a29ac29cc66a5e62e433fd145f96341a5e2'),
    ('courses_topic.py', 'courses.Topic', 'courses_topic', 0, '0c72eb40cfa81a6f0f38b7ae7018c8491772bbd52e42ac1e4b21a6396fbb16a5'),
    ('groups_group.py', 'groups.Group', 'groups_group', 3, '2be9838456b2fd82883db42fef1f518034106bb3ff66d79748faaa3a802b4d8a'),
    ('excerpts_excerpttype.py', 'excerpts.ExcerptType', 'excerpts_excerpttype', 3, '3b0d4797738fb4c60b8590c171eab5cf192744c8de0c69e93f0428f2bbc4b36c'),
    ('memo_mention.py', 'memo.Mention', 'memo_mention', 293, '6707ee150d7bff134fd7763cbb237ef1af6acef1ddc18497c74bc58ab1093c60'),
    ('comments_commenttype.py', 'comments.CommentType', 'comments_commenttype', 0, '7c880fe54f4a002b5b8030fe27d564b0b5ef951502d75f6c2bf3e1d68f729c4d'),
    ('tickets_tickettype.py', 'tickets.TicketType', 'tickets_tickettype', 0, '61f1577b5aa32b21c2d7e478b9738f5075b1dd6c1e7536cec8e17c4d8d7ef137'),
    ('lists_listtype.py', 'lists.ListType', 'lists_listtype', 3, '193adc321454b9b722a3369678483dd135ef13e3351cef37557a6444240c0d5f'),
    ('lists_list.py', 'lists.List', 'lists_list', 8, 'f423882401b6f49a99f937eb73327fd558dc691d2932d3d35918369a95f53fca'),
    ('topics_topic.py', 'topics.Topic', 'topics_topic', 0, '5e69fd98992cdd978d528b6b4c8095315954b84dbfaaee4c6deca7e4e9544bb1'),
    ('topics_tag.py', 'topics.Tag', 'topics_tag', 0, 'ebf722e42c231f1678a12a29fccab4f0c04ac72df9552c30985e184453861f79'),
    ('uploads_volume.py', 'uploads.Volume', 'uploads_volume', 1, 'b9bc2a51b9a792d6f7ab451bd52465f743def3898d7026c72d623cad8ffd9ff2'),
    ('uploads_uploadtype.py', 'uploads.UploadType', 'uploads_uploadtype', 1, '8055d5367cc1ebed2f0297d537faf6d5af115b5952be8e7d4d5b2ff0ccf9d3ef'),
    ('sources_author.py', 'sources.Author', 'sources_author', 4, '3b260cb35d92675dd1100eeb4a701bc2eb545deba92f740f939e70651b290e6c'),
    ('sources_license.py', 'sources.License', 'sources_license', 5, '9f9bf3126a1679afd8a5dc1e53853fc3c1dabfb9905483b3936350d8c1213834'),
    ('blogs_entrytype.py', 'blogs.EntryType', 'blogs_entrytype', 0, 'b3caacba10c4607d26fb8c2db75af649e03c8629783aae62459851dbc0a53f37'),
    ('periods_storedyear.py', 'periods.StoredYear', 'periods_storedyear', 13, '1fddf62bfdd7d706a1e362e3579d75654ea0d8ca94a421f75d2f7cec5fdd3944'),
    ('periods_storedperiod.py', 'periods.StoredPeriod', 'periods_storedperiod', 0, '79671bbe4c48d0f2da79aa35c76661ebd5a1250201e76a2f6a05c850cc1cdb6d'),
    ('accounting_paymentterm.py', 'accounting.PaymentTerm', 'accounting_paymentterm', 8, '6c7343a2b9532761f17a0175cc09b371ae1152daf2c6068283e7efc774dbcd13'),
    ('accounting_account.py', 'accounting.Account', 'accounting_account', 20, '66bbe10b0b2dd7302098fc22a0cbb04eab7119990132c2fc95f8d2fbad7e7ba9'),
    ('contacts_partner.py', 'contacts.Partner', 'contacts_partner', 133, 'e4c678be741aaf22c787b2650ba5933682ebb340d8768022ff6146b046dc37ca'),
    ('users_user.py', 'users.User', 'users_user', 6, '2a6992e282df8bdba1a3d1f97e903f53f089fcb79e7b315de03c6317a4cce637'),
    ('users_authority.py', 'users.Authority', 'users_authority', 0, '5ba9509e371509e2bd14638e0c55621becfd669df3ab4e1c0fe21bf63d4aa2de'),
    ('contacts_person.py', 'contacts.Person', 'contacts_person', 97, '791b27bbbe2843ea473f3542a9c4cd65791be19b0b89bf070b608dfe76ed7304'),
    ('contacts_company.py', 'contacts.Company', 'contacts_company', 22, 'ad2cdfc0e77b239ec64f2dd855013433833e3e6d9aa256f1130aa91f422cd82b'),
    ('contacts_role.py', 'contacts.Role', 'contacts_role', 3, '1591e70ffa4545b18058d02ce17be12c45b410dd3e21f9356c6698fa5171cbe4'),
    ('cal_room.py', 'cal.Room', 'cal_room', 0, '8797c7e4082b5c68cc19e152e799525fe032cbae8cd5f480c22fcc2310811632'),
    ('cal_subscription.py', 'cal.Subscription', 'cal_subscription', 0, 'd4d2281abe4d957211982fb840b88ef06c59baf09e999a69a3acb8dd4640daa0'),
    ('cal_task.py', 'cal.Task', 'cal_task', 0, '23ad06b76a7aac4285e2030937f1239b19adeba9504f3b931ee7540054e72fbc'),
    ('cal_recurrentevent.py', 'cal.RecurrentEvent', 'cal_recurrentevent', 15, '8bb514fd4213ccb9180492d41f855cb5ffca1016a5506d332d0c557d7662a9cd'),
    ('cal_event.py', 'cal.Event', 'cal_event', 239, 'd69f693e5fffb232f6a936267153b1cd40394ecf9a982482f4609099e1612a01'),
    ('cal_entryrepeater.py', 'cal.EntryRepeater', 'cal_entryrepeater', 0, '35a2fe8acb6d28e1753d4586fc0b78d1dc243a5804ec32d33c7b01b8d7c8029b'),
    ('cal_guest.py', 'cal.Guest', 'cal_guest', 0, 'a28b41638f274a53a5c69a651c4ad076fe77284aa53d75af3f1e45ec1acce3d9'),
    ('addresses_address.py', 'addresses.Address', 'addresses_address', 119, 'c805000a66f8d74cf0c891b3ce00373f35bdaf42a38c5295035969406eacf1dd'),
    ('phones_contactdetail.py', 'phones.ContactDetail', 'phones_contactdetail', 19, 'd1100d9f0a503af117112a1e4788d0910278cbe30a8c0d3056614c413a1fbe71'),
    ('households_household.py', 'households.Household', 'households_household', 14, 'fd3702fca282e15c4ff92337894640ea7f113d31f12d5d4111592cbab1d47f61'),
    ('households_member.py', 'households.Member', 'households_member', 44, '43a2dcb59562a7566987c3ce513021dd4a022ed69c6ecf28b39bed8a9c0d2743'),
    ('humanlinks_link.py', 'humanlinks.Link', 'humanlinks_link', 49, '1992410ebba052689c9852b71796f8fd45657114b1d39c2619c91bdea099047c'),
    ('courses_line.py', 'courses.Line', 'courses_line', 1, '8a696b2a14bdad80807546fceabe9a2ed71df33b50777dce5fd57534023a5a9c'),
    ('courses_course.py', 'courses.Course', 'courses_course', 0, '58ee8542be662451af6622fda9ce2759c281e659823b570822f623b3032f0e95'),
    ('groups_membership.py', 'groups.Membership', 'groups_membership', 6, '202209ce73117a3f5114317321fd99a125c1b7f378d0ff9e60c15000914fa181'),
    ('excerpts_excerpt.py', 'excerpts.Excerpt', 'excerpts_excerpt', 0, '1ccd81a613e2213c1060c75f75c54cbc4181d6d27a8eb8d489f3554ae09f0cc0'),
    ('courses_enrolment.py', 'courses.Enrolment', 'courses_enrolment', 0, '919cb8715a5626ccb583ad9ff959c6dfca9bdfbfaf9da6cf3a617784bcd6ee97'),
    ('comments_comment.py', 'comments.Comment', 'comments_comment', 40, 'd4d029b4e1109aba17512ebb2f3078d7d1b0169e1f4b94fa4b5814653a6930de'),
    ('comments_reaction.py', 'comments.Reaction', 'comments_reaction', 0, '634eef5fbcfe29b68a5fd46448347603ee2ba163eee9c086e8bbbe808059fe46'),
    ('tickets_ticket.py', 'tickets.Ticket', 'tickets_ticket', 10, 'e8c21655ee421e22ad4b48b5634c34f41faeebe9939ede47b0f3bc0e7d58aceb'),
    ('tickets_checklistitem.py', 'tickets.CheckListItem', 'tickets_checklistitem', 0, '1b410a469ded13f44d74249dcc5d45ce3430a8131ccd3b0f4436befc2ebe6fdf'),
    ('agenda_item.py', 'agenda.Item', 'agenda_item', 0, 'ecddffcc90aad9d5b4d75ae2ca01509bda75df6a8aa1c1a84961f94283c86dd5'),
    ('lists_member.py', 'lists.Member', 'lists_member', 133, 'eef6260b2cb9794a3ab351275fcb8680fe00955cf6ec6e6fe83fb47875bbf359'),
    ('albums_album.py', 'albums.Album', 'albums_album', 1, '1947c96b88832ea5f841c7d6d60df34d59395e16b92ed6454470efa2d3a8dc9e'),
    ('publisher_page.py', 'publisher.Page', 'publisher_page', 27, '357a381c66757424d5c7360d2fde143698fe9c0523e339b646f08c17df368dc2'),
    ('sources_source.py', 'sources.Source', 'sources_source', 5, '142ff71e77415f73ac94d541f9c2d12350827157065bffa44d89e3298e63b3d8'),
    ('uploads_upload.py', 'uploads.Upload', 'uploads_upload', 6, '36179c020f9b510e24be2de3c2afb9b76eab1f7c46299673c29545665163ee84'),
    ('albums_albumitem.py', 'albums.AlbumItem', 'albums_albumitem', 0, '368d6081e1a668ae785a8bb0fc9cef2460b7ae0c033c7a96e75b31c3bbd6ff9a'),
    ('blogs_entry.py', 'blogs.Entry', 'blogs_entry', 5, '51110b3dcf5399b106f7fa1fc07cf59bc3387cea54594b185fa22da4379eae13'),
    ('accounting_ledgerinfo.py', 'accounting.LedgerInfo', 'accounting_ledgerinfo', 0, '8b2e62379436f70bb58ebcbdb206431e14ee2b3f05d6d69527e4643bb730b335'),
    ('sepa_account.py', 'sepa.Account', 'sepa_account', 16, '16c5ae2781f52c90d96db0a1743f22caa90c2b6829d32e6182936eead7eec8b6'),
    ('accounting_journal.py', 'accounting.Journal', 'accounting_journal', 0, '782c79149bc0d646b299cde2626b77171a336029b9710165f9d0c60dbc6e4fd1'),
    ('accounting_voucher.py', 'accounting.Voucher', 'accounting_voucher', 0, '52087384ef494aca14cb532cb595c42ac319b136962a508a4410cad6cc21e842'),
    ('accounting_movement.py', 'accounting.Movement', 'accounting_movement', 0, 'beebd79a54123e2516056b49fd3de487c713293d88e05f00f2d976fd9099d1af'),
    ('accounting_matchrule.py', 'accounting.MatchRule', 'accounting_matchrule', 0, 'ce951392f0b30c54ca353bdb4ab765145277af436b377e3355c5030ace4ef6c0'),
    ('notify_message.py', 'notify.Message', 'notify_message', 7, 'b1310e233afe5d537c3c19260cbb83e65400f1b4e9b747d08b7a0455d2c5b4b9'),
    ('tinymce_textfieldtemplate.py', 'tinymce.TextFieldTemplate', 'tinymce_textfieldtemplate', 2, 'd459d9ad8150ff5c78b075a2e9038b95064ab5f179226c0a78fb8a91c6def15e'),
    ('dashboard_widget.py', 'dashboard.Widget', 'dashboard_widget', 0, '24a967abf169f0f172d1bf2f9430a400324a27e397e24518e259b7daf2a7b66e'),
    ('google_calendarsubscription.py', 'google.CalendarSubscription', 'google_calendarsubscription', 0, '431d4cda650931855d6e453e49805cf4fad272153a5a523832bf239c18462c73'),
    ('google_eventsynctoken.py', 'google.EventSyncToken', 'google_eventsynctoken', 0, 'b7b0089556c106d3855c716ce31996fbf0f0c75881e8bff13031e7d71515bb68'),
    ('google_calendarsynctoken.py', 'google.CalendarSyncToken', 'google_calendarsynctoken', 0, '4f0eef409a5b63cce7936035b33da917a2b403fdaa7a3562c2d8aaf07ebf90d9'),
    ('google_deletedentry.py', 'google.DeletedEntry', 'google_deletedentry', 0, '1a70c90cb9a02f22463ef95b063303222ff7427e3c3945aaefea78e012e1a295'),
    ('google_contact.py', 'google.Contact', 'google_contact', 0, '42e9a2e7d8f1a8b8986078df59574708d46d875f1af79d0127a6c086dbddb4b4'),
    ('google_deletedcontact.py', 'google.DeletedContact', 'google_deletedcontact', 0, 'a0e24df875035ee679d407ca01990d33423ff6b5437389925cfc1d734b1ba17a'),
    ('google_contactsynctoken.py', 'google.ContactSyncToken', 'google_contactsynctoken', 0, '8e74d55401dbea2b0c3bc6e573884938f5b960c64be0caeb4a5d7f02d19c34c9'),
    ('google_syncsummary.py', 'google.SyncSummary', 'google_syncsummary', 0, 'd65be8657dc9a6a553eeb8f6c09968297d6b5e2eb4031dd1e85ce5882608fff4'),
    ('google_failedforeignitem.py', 'google.FailedForeignItem', 'google_failedforeignitem', 0, 'd1ece4fc7a08124bdfce2a94b12483f55397dab8def69f565f0487b30a946c4e'),
]


def main(argv=None):
    """Restore this dump into the database of the current site."""
    from lino_dumpy.restore import restore_main
    restore_main(globals(), argv)


if __name__ == "__main__":
    main()
