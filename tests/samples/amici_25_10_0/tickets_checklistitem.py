# -*- coding: UTF-8 -*-
# tickets.CheckListItem: 0 rows
# Each line is one row; the columns are the arguments of create_tickets_checklistitem():
# id, ticket_id, details, checked
