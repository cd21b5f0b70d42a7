"""Deterministic data for release 1 of the library (the oldest one that
writes dumps in the tests and the demo)."""
import datetime
import decimal

UTC = datetime.timezone.utc
AUTHORS = [("Ursula K. Le Guin", datetime.date(1929, 10, 21)),
           ("Stanisław Lem", datetime.date(1921, 9, 12)),
           ("Anonymous", None)]
BOOKS = [("The Dispossessed", 0, "12.50", "pb", "utopia"),
         ("A Wizard of Earthsea", 0, "9.99", "pb", ""),
         ("Solaris", 1, "15.00", "hc", "ocean 🌊"),
         ("The Cyberiad", 1, "11.20", "pb", "robots"),
         ("Beowulf", 2, "7.00", "hc", "")]
READERS = ["Anna", "Björn", "Chloé"]


def populate(prices_in_cents=False):
    """Create the rows of release 1 (prices in cents for release 0.9)."""
    from django.apps import apps
    Author = apps.get_model("catalog", "Author")
    Book = apps.get_model("catalog", "Book")
    Reader = apps.get_model("catalog", "Reader")
    Loan = apps.get_model("catalog", "Loan")
    authors = [Author.objects.create(name=n, born=b) for n, b in AUTHORS]
    books = []
    for title, author, price, format, notes in BOOKS:
        price = decimal.Decimal(price)
        if prices_in_cents:
            price = price * 100
        books.append(Book.objects.create(
            title=title, author=authors[author], price=price, format=format,
            notes=notes))
    readers = [Reader.objects.create(name=name) for name in READERS]
    for number, (book, reader) in enumerate([(0, 0), (2, 1), (3, 1),
                                             (4, 2)]):
        Loan.objects.create(book=books[book], reader=readers[reader],
                            since=datetime.datetime(2024, 5, number + 1, 9,
                                                    30, 15, 250000,
                                                    tzinfo=UTC))
