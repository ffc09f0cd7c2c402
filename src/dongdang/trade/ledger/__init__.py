"""The trade ledger: flows as numpy columns, summed exactly.

**Storage.** A :class:`TradeLedger` holds flows of one currency as columns.
Values are **exact integers of minor units**: cents for USD and CNY (fen),
đồng for VND, or ``10**-decimals`` of the currency when built with
``decimals``. A value finer than that is refused, never rounded. One flow may
hold up to 2**53 - 1 minor units (90 trillion USD in cents), so that every
value is exact in a float64 too. Categories (direction, measure, gate, HS code,
valuation, stated growth, source, note) are small integer codes; periods are
day numbers, and the months they start and end in.

**Sums** are exact whatever their size: ``numpy.bincount`` adds float64
weights, and its partial sums are exact integers as long as they stay below
2**53. When the values could pass that, each is cut into its low 26 bits and
the rest, the two summed apart and joined again (as Python integers past 2**63).

**Measures.** A ledger may hold flows of several measures
(:class:`~dongdang.trade.flows.Measure`), but no total, balance, share or growth
adds two of them: filter with ``measure=`` or group ``by="measure"``.

**Periods.** A total for a period counts the flows whose period lies inside it.
A flow that overlaps the period without lying inside it cannot be split, and is
an error. The ledger is taken to hold every flow of any period it has a flow
in: a growth compares with last year's flows where the ledger has any.
"""

from __future__ import annotations

from dongdang._modules import public_home
from dongdang.trade.flows import TradeFlow  # noqa: F401 - the methods' examples use it, as before
from dongdang.trade.ledger._filters import ANY, FIELDS, Filters
from dongdang.trade.ledger._filters import _Any as _Any  # pickles of ANY name it here
from dongdang.trade.ledger._ledger import TradeLedger
from dongdang.trade.ledger._storage import _Vocabulary as _Vocabulary  # a pickled ledger's

__all__ = ["ANY", "FIELDS", "Filters", "TradeLedger"]


public_home(__name__, __all__, globals())
# Pickles name the classes of the filters' default and of a ledger's codes here, as before.
public_home(__name__, ["_Any", "_Vocabulary"], globals())
