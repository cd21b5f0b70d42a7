"""A dump paused mid-way, and a writer that commits during the pause
(run as subprocesses by tests/test_consistency.py).

``python -m tests.paused_dump dump DIR PAUSED RESUME`` runs ``dump2py
DIR``; after the first page of the ledger it creates the file PAUSED and
waits until RESUME exists.  ``python -m tests.paused_dump write`` moves one
unit from the bank leg to the cash leg of every ledger transaction and adds
a new transaction, all in one database transaction.
"""
import os
import sys
import time

#: Rows of the ledger: three pages of the reader, the two legs of each
#: transaction on different pages.
PAIRS = 3000


def fill():
    """The ledger: cash legs first, then the bank legs of the same
    transactions, each pair summing to zero."""
    from decimal import Decimal
    from tests.fieldtypes.models import LedgerEntry
    amounts = [Decimal(n % 997) + Decimal("0.25") for n in range(PAIRS)]
    LedgerEntry.objects.bulk_create(
        [LedgerEntry(txn=n + 1, account="cash", amount=amounts[n])
         for n in range(PAIRS)] +
        [LedgerEntry(txn=n + 1, account="bank", amount=-amounts[n])
         for n in range(PAIRS)], batch_size=1000)


def ledger(using="default"):
    from tests.fieldtypes.models import LedgerEntry
    return list(LedgerEntry.objects.using(using).order_by("pk").values_list(
        "pk", "txn", "account", "amount"))


def pause_after_first_page(paused, resume):
    from lino_dumpy.dump.reader import TableReader
    from tests.fieldtypes.models import LedgerEntry
    original = TableReader.pages

    def pages(self, after=None):
        for number, page in enumerate(original(self, after)):
            yield page
            if number == 0 and self.queryset.model is LedgerEntry:
                open(paused, "w").close()
                while not os.path.exists(resume):
                    time.sleep(0.05)
    TableReader.pages = pages


def write():
    from django.db import transaction
    from django.db.models import F
    from tests.fieldtypes.models import LedgerEntry
    with transaction.atomic():
        LedgerEntry.objects.filter(account="cash").update(
            amount=F("amount") + 1)
        LedgerEntry.objects.filter(account="bank").update(
            amount=F("amount") - 1)
        LedgerEntry.objects.create(txn=PAIRS + 1, account="cash", amount=5)
        LedgerEntry.objects.create(txn=PAIRS + 1, account="bank", amount=-5)


def main(command, *args):
    import django
    django.setup()
    if command == "write":
        write()
        return
    from django.core.management import call_command
    directory, paused, resume = args
    pause_after_first_page(paused, resume)
    call_command("dump2py", directory, verbosity=0)


if __name__ == "__main__":
    main(*sys.argv[1:])
