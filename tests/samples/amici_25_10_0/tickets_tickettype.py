# -*- coding: UTF-8 -*-
# tickets.TicketType: 0 rows
# Each line is one row; the columns are the arguments of create_tickets_tickettype():
# id, name
