"""Trade flows through the gates of Lạng Sơn: records, a columnar ledger, growth, Comtrade.

Reports give the value of goods traded (*kim ngạch*) by direction (xuất khẩu,
nhập khẩu, tạm nhập tái xuất, quá cảnh), for a period, often with its growth on
the same period of the year before. A :class:`~dongdang.trade.flows.TradeFlow` is one such value; a
:class:`~dongdang.trade.ledger.TradeLedger` holds many (a year of customs declarations) as numpy
columns and answers with exact totals, balances, shares, growths and each
component's contribution to growth.

Two different series are both called *kim ngạch* (:class:`~dongdang.trade.flows.Measure`): all goods
through the province, tens of billions of USD a year, and goods declared at
Lạng Sơn Customs, four to five. No total adds the two. The 2021 figures of the
seed articles are printed with the words of the first and the size of the
second, so their measure stays UNVERIFIED, a series of its own:

>>> from dongdang.data import seed_trade_ledger
>>> ledger = seed_trade_ledger()
>>> breakdown = ledger.breakdown(Period.year(2021), by="direction")
>>> [format_amount(item.growth.previous, "triệu USD", decimals=1) for item in breakdown.components]
['1.219,9 triệu USD', '1.589,9 triệu USD']
>>> check = breakdown.check(growth="52%", total="4.270 triệu USD")
>>> format_percent(check.implied, decimals=1), check.matches, check.consistent
('52,0%', True, True)
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from dongdang.trade.comtrade import comtrade_records
from dongdang.trade.flows import (
    HS_VINTAGES,
    Direction,
    HSCode,
    Measure,
    TradeFlow,
    Valuation,
    balance_of,
    check_gate,
    sum_flows,
)
from dongdang.trade.ledger import ANY, FIELDS, TradeLedger
from dongdang.trade.results import (
    ComponentGrowth,
    Granularity,
    GrowthBasis,
    GrowthTable,
    StatedCheck,
    Totals,
    TradeBreakdown,
    TradeGrowth,
)

__all__ = [
    "ANY",
    "FIELDS",
    "HS_VINTAGES",
    "ComponentGrowth",
    "Direction",
    "Granularity",
    "GrowthBasis",
    "GrowthTable",
    "HSCode",
    "Measure",
    "StatedCheck",
    "Totals",
    "TradeBreakdown",
    "TradeFlow",
    "TradeGrowth",
    "TradeLedger",
    "Valuation",
    "balance_of",
    "check_gate",
    "comtrade_records",
    "seed_trade_flows",
    "seed_trade_ledger",
    "sum_flows",
]


if TYPE_CHECKING:
    from dongdang.data import seed_trade_flows, seed_trade_ledger

_SEEDS = frozenset({"seed_trade_flows", "seed_trade_ledger"})


def __getattr__(name: str) -> object:
    # The seed flows are built one layer up, in dongdang.data; the old names
    # still work, without importing the bundled data with this package.
    if name in _SEEDS:
        from dongdang import data  # noqa: PLC0415 - the layer above, on demand

        return getattr(data, name)
    message = f"module 'dongdang.trade' has no attribute {name!r}"
    raise AttributeError(message)
