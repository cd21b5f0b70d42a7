"""A concurrent writer for the consistency test (run as a subprocess).

Keeps the ledger balanced in every transaction: inserts pairs of entries
that sum to zero and moves amounts between the two entries of a pair.
Runs until the file given as argument disappears; prints the number of
committed transactions after each commit.
"""
import os
import random
import sys
import time
from decimal import Decimal


def main(flag):
    import django
    django.setup()
    from django.db import OperationalError, transaction
    from tests.fieldtypes.models import LedgerEntry
    rng = random.Random(7)
    commits = 0
    txn = 10 ** 6
    while os.path.exists(flag):
        try:
            with transaction.atomic():
                if rng.random() < 0.5:
                    txn += 1
                    amount = Decimal(rng.randint(1, 99999)) / 100
                    LedgerEntry.objects.bulk_create([
                        LedgerEntry(txn=txn, account="cash", amount=amount),
                        LedgerEntry(txn=txn, account="bank", amount=-amount)])
                else:
                    pair = rng.randint(1, 30000)
                    delta = Decimal(rng.randint(1, 999)) / 100
                    rows = list(LedgerEntry.objects.select_for_update()
                                .filter(txn=pair).order_by("pk"))
                    if len(rows) == 2:
                        rows[0].amount += delta
                        rows[1].amount -= delta
                        rows[0].save(update_fields=["amount"])
                        rows[1].save(update_fields=["amount"])
        except OperationalError:
            time.sleep(0.01)
            continue
        commits += 1
        print(commits, flush=True)


if __name__ == "__main__":
    main(sys.argv[1])
