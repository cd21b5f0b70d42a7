"""The explicit Lino tables (no models of its own)."""

from lino.api import dd

from bench.models import Movement, Note


class Movements(dd.Table):
    """Leaves out external_ref (UUIDField) and exchange_rate (FloatField)."""

    model = Movement
    column_names = "voucher seqno account partner currency amount debit"


class Notes(dd.Table):
    """Leaves out attachment (BinaryField)."""

    model = Note
    column_names = "content_type object_id author created body"
