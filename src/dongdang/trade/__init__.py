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

>>> from dongdang.trade import seed_trade_ledger
>>> ledger = seed_trade_ledger()
>>> breakdown = ledger.breakdown(Period.year(2021), by="direction")
>>> [format_amount(item.growth.previous, "triệu USD", decimals=1) for item in breakdown.components]
['1.219,9 triệu USD', '1.589,9 triệu USD']
>>> check = breakdown.check(growth="52%", total="4.270 triệu USD")
>>> format_percent(check.implied, decimals=1), check.matches, check.consistent
('52,0%', True, True)
"""

from __future__ import annotations

import functools

from dongdang.data import seed_figures
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

_SEED_NOTE = (
    "Printed as 'tổng kim ngạch xuất nhập khẩu qua địa bàn các cửa khẩu', sized like the "
    "goods declared at Lạng Sơn Customs: which measure it is, is unverified. The total is "
    "'ước đạt' (an estimate), and so are its parts."
)


@functools.cache
def _seed_flows() -> tuple[TradeFlow, ...]:
    figures = seed_figures()
    return tuple(
        TradeFlow.from_seed(
            figures[key],
            direction=direction,
            measure=Measure.UNVERIFIED,
            estimated=True,
            note=_SEED_NOTE,
        )
        for key, direction in (
            ("trade-2021-export", Direction.EXPORT),
            ("trade-2021-import", Direction.IMPORT),
        )
    )


def seed_trade_flows() -> tuple[TradeFlow, ...]:
    """The 2021 exports and imports of seed article 003, with their stated growths.

    "Tổng kim ngạch xuất nhập khẩu qua địa bàn các cửa khẩu năm 2021 ước đạt
    4.270 triệu USD, tăng 52% so với cùng kỳ, trong đó xuất khẩu 1.370 triệu USD,
    tăng 12,3%; nhập khẩu 2.900 triệu USD, tăng 82,4%." Both are estimates of
    ``Measure.UNVERIFIED``, province-wide (no gate).

    >>> from dongdang.trade import seed_trade_flows
    >>> [(flow.direction.label(), flow.value, flow.growth.text) for flow in seed_trade_flows()]
    [('xuất khẩu', <Quantity(1370, 'million_USD')>, '12,3%'),
     ('nhập khẩu', <Quantity(2900, 'million_USD')>, '82,4%')]
    """
    return _seed_flows()


def seed_trade_ledger() -> TradeLedger:
    """A new USD ledger of :func:`seed_trade_flows`."""
    return TradeLedger(seed_trade_flows())
