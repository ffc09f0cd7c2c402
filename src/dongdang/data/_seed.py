"""The seed objects the domain modules' types are built into from the bundled figures.

This module sits one layer above the domain: :mod:`dongdang.fees`,
:mod:`dongdang.trade` and :mod:`dongdang.investment` define the types, and the
seed fee collections, trade flows and capital plan are built here from
:func:`dongdang.data.seed_figures`, like any dataset a user loads.
"""

from __future__ import annotations

import functools
from importlib.resources import files
from typing import TYPE_CHECKING, Final, cast

from dongdang._decimal import EXACT, tidy
from dongdang.data import _load, _sources, seed_figures
from dongdang.dataset import Dataset, DatasetInfo
from dongdang.fees import lang_son_fee_schedule
from dongdang.fees.collections import FeeCollections, FeeLine, FeeRecord
from dongdang.gates import lang_son_gates
from dongdang.investment import (
    MANAGEMENT_BOARD,
    CapitalPlan,
    Disbursement,
    PlanVersion,
    PlanVersionKind,
)
from dongdang.projects import lang_son_projects
from dongdang.tasks import lang_son_tasks
from dongdang.trade.flows import Direction, Measure, TradeFlow
from dongdang.trade.ledger import TradeLedger
from dongdang.units import magnitude_in, ureg
from dongdang.zoning import lang_son_plans

if TYPE_CHECKING:
    import datetime as dt

__all__ = [
    "seed_capital_plan",
    "seed_dataset",
    "seed_fee_collections",
    "seed_trade_flows",
    "seed_trade_ledger",
]


#: Seed figure id, line, and the id of the trip count printed with it.
_SEED_RECORDS: Final = (
    ("fee-2020-9m-total", FeeLine.TOTAL, None),
    ("fee-2021-total", FeeLine.TOTAL, None),
    ("fee-2021-transshipment", FeeLine.TRANSSHIPMENT, "trips-2021-transshipment"),
    ("fee-2024-jan-may-total", FeeLine.TOTAL, None),
    ("fee-2024-jan-may-entry-exit", FeeLine.ENTRY_EXIT, None),
    ("fee-2024-jan-may-transshipment", FeeLine.TRANSSHIPMENT, None),
)


def seed_fee_collections() -> FeeCollections:
    """The fee collections the seed articles print, each record with its source.

    >>> from dongdang.data import seed_fee_collections
    >>> from dongdang.periods import Period
    >>> fees = seed_fee_collections()
    >>> [period.label() for period in fees.periods]
    ['9 tháng đầu năm 2020', 'năm 2021', '5 tháng đầu năm 2024']
    >>> fees.record(Period.year(2021)).source.id
    'seed-003'
    """
    figures = seed_figures()
    return FeeCollections(
        records=[
            FeeRecord.from_seed(
                figures[key],
                line,
                trips=None if trips is None else figures[trips].figure.quantity,
            )
            for key, line, trips in _SEED_RECORDS
        ]
    )


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

    >>> from dongdang.data import seed_trade_flows
    >>> [(flow.direction.label(), flow.value, flow.growth.text) for flow in seed_trade_flows()]
    [('xuất khẩu', <Quantity(1370, 'million_USD')>, '12,3%'),
     ('nhập khẩu', <Quantity(2900, 'million_USD')>, '82,4%')]
    """
    return _seed_flows()


def seed_trade_ledger() -> TradeLedger:
    """A new USD ledger of :func:`seed_trade_flows`."""
    return TradeLedger(seed_trade_flows())


def seed_capital_plan() -> CapitalPlan:
    """The Management Board's 2020 capital plan, as far as the seed articles state it.

    From seed-004 (the check of 30/6/2020): "đã giải ngân được 42.119/102.681
    triệu đồng, bằng 41% kế hoạch vốn trong năm", as of 25/5/2020. From
    seed-000 (the meeting of 07/10/2020): "đã giải ngân được trên 52,6 tỷ đồng,
    bằng 51,2 % kế hoạch giao và đạt 89,6% nguồn vốn đã được cấp" for the first
    nine months.

    What the articles do not state stays out: the decision assigning the
    plan, its date and issuer (the version is dated 25/5/2020, the first day
    it is known in force, and flagged ``date_assumed``); the individual
    payments (each report's cumulative figure is one record); the capital
    allocated (89,6% implies about 58,7 tỷ đồng, but no amount is printed,
    so none is recorded). The nine-month figure is taken as of 30/9/2020,
    the end of the period.

    >>> import datetime as dt
    >>> from dongdang.data import seed_capital_plan
    >>> plan = seed_capital_plan()
    >>> print(plan.ratio(dt.date(2020, 9, 30)).describe("en"))
    by 30 September 2020, over 52,600 of 102,681 million VND disbursed: over 51.2% of the 2020
    capital plan, plan version 2020-giao: assigned, 102,681 million VND, dated 25 May 2020 (assumed)
    """
    figures = seed_figures()
    planned = figures["plan-2020"]
    may = figures["disbursed-2020-05-25"]
    nine = figures["disbursed-2020-9m"]
    may_day = cast("dt.date", may.as_of)
    cumulative = nine.figure.quantity
    version = PlanVersion(
        id="2020-giao",
        kind=PlanVersionKind.ASSIGNED,
        date=may_day,
        amount=planned.figure.quantity,
        date_assumed=True,
        source=planned.source,
        note=(
            "The decision assigning the 2020 plan, its date and issuer: NOT FOUND. The plan is "
            "known in force on 25/5/2020 (seed-004); seed-000 calls it 'kế hoạch giao' and "
            "implies a plan that agrees with it within rounding."
        ),
    )
    first = Disbursement(
        id="2020-05-25",
        date=may_day,
        amount=may.figure.quantity,
        source=may.source,
        note="Cumulative since 01/01/2020 as reported on 25/5/2020; payments not published.",
    )
    second = Disbursement(
        id="2020-09-30",
        date=nine.period.end,
        amount=ureg.Quantity(
            tidy(
                EXACT.subtract(
                    magnitude_in(cumulative, "million_VND"),
                    magnitude_in(first.amount, "million_VND"),
                )
            ),
            "million_VND",
        ),
        qualifier=nine.figure.qualifier,
        source=nine.source,
        note=(
            "The nine-month report prints the cumulative 'trên 52,6 tỷ đồng', a lower bound; "
            "this record is that bound less the 42.119 triệu đồng of 25/5/2020. Taken as of "
            "30/9/2020, the end of the period; the report's own cut-off date is not stated."
        ),
    )
    return CapitalPlan(
        year=planned.period.start.year,
        owner=MANAGEMENT_BOARD,
        versions=[version],
        disbursements=[first, second],
        notes=(
            "Sources: seed-004 (the check at the Board, 30/6/2020); seed-000 (07/10/2020).",
            "Provider (who assigned the plan and allocated the capital): NOT FOUND.",
            "Capital allocated: not printed; seed-000's 89,6% implies about 58,7 tỷ đồng.",
        ),
    )


#: The bundled TOML file of each registry of the seed dataset.
_REGISTRY_FILES: Final = {
    "gates": "gates.toml",
    "fee_schedule": "fees_lang_son.toml",
    "zoning": "zoning.toml",
    "projects": "projects.toml",
    "tasks": "tasks.toml",
    "statements": "seed_statements.toml",
    "info": "dataset.toml",
}


def seed_dataset() -> Dataset:
    """The bundled seed data as a :class:`~dongdang.dataset.Dataset`, the report's default.

    >>> from dongdang.data import seed_dataset
    >>> seed_dataset()
    <Dataset: 10 gate pairs, 2 fee versions, 6 fee records, 2 trade flows (USD), ...>
    """
    bundled = files("dongdang.data")
    texts = {
        field: bundled.joinpath(file).read_text("utf-8") for field, file in _REGISTRY_FILES.items()
    }
    return Dataset(
        gates=lang_son_gates(),
        fee_schedule=lang_son_fee_schedule(),
        zoning=lang_son_plans(),
        projects=lang_son_projects(),
        tasks=lang_son_tasks(),
        sources=_sources(),
        fee_collections=seed_fee_collections(),
        trade=seed_trade_ledger(),
        capital_plans=(seed_capital_plan(),),
        figures=seed_figures(),
        statements=_load("seed_statements.toml"),
        registry_texts=texts,
        info=DatasetInfo.loads(texts["info"], name="dongdang/data/dataset.toml"),
    )
