"""Work left in flight on a connection while the load goes on.

MariaDB's pipelined INSERTs and PostgreSQL's open COPY send rows without
waiting for the server, so that the server stores them while the restore
converts the next ones.  Nothing else may use the connection until that
work is finished: :func:`settled_before_use` finishes it (``settle()``)
before every query that goes through Django's connection, and at the end
of the load.  An error found then cannot be tied to a row, so it refuses
the fast load (:func:`refusal`); any other error, or Ctrl-C, ends the
work without reading its fate (``discard()``) and is reported as it is.
"""
from contextlib import contextmanager

from ..exceptions import FastLoadRefused, was_interrupted


def refusal(error):
    """The FastLoadRefused of a database `error` found when settling; the
    error itself where Ctrl-C caused it (the restore must stop, not load
    again)."""
    if was_interrupted(error):
        return error
    return FastLoadRefused(str(error).strip())


@contextmanager
def settled_before_use(connection, inflight):
    """Yield `inflight` (with ``settle()``, ``discard()`` and an
    ``active`` flag) for the load on `connection`."""
    def settle_first(execute, sql, params, many, context):
        inflight.settle()
        return execute(sql, params, many, context)

    try:
        with connection.execute_wrapper(settle_first):
            yield inflight
            inflight.settle()
    except BaseException:
        inflight.discard()
        raise
    finally:
        inflight.active = False
