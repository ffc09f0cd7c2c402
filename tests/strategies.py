"""Hypothesis strategies shared by the test modules."""

from __future__ import annotations

import calendar
import copy
import datetime as dt
import functools
import math
from decimal import Decimal
from fractions import Fraction
from typing import TYPE_CHECKING, Any

import attrs
import numpy as np
from hypothesis import strategies as st

from dongdang import (
    Dataset,
    ExchangeRate,
    Figure,
    Finding,
    Period,
    Qualifier,
    Statement,
    Unparsed,
    amount,
    format_number,
    parse_amount,
    parse_statements,
    read_figure,
)
from dongdang.auditing import FindingKind as AuditFindingKind
from dongdang.auditing import Severity
from dongdang.data import (
    SeedFigure,
    SeedFinding,
    SeedStatement,
    seed_dataset,
    seed_figures,
    seed_findings,
    seed_statements,
)
from dongdang.dataset import DatasetInfo
from dongdang.exchange import ExchangeRateTable
from dongdang.fees import (
    Assessment,
    Cap,
    Coefficient,
    ContainerSize,
    Crossing,
    FeeAttainment,
    FeeCollections,
    FeeFinding,
    FeeGrowth,
    FeeLine,
    FeePerTrip,
    FeeRecord,
    FeeSchedule,
    FeeTotal,
    FeeVersion,
    GoodsFee,
    GrowthBreakdown,
    Journey,
    LineContribution,
    MixedCargoRule,
    PayloadBracket,
    Rate,
    Split,
    SplitRule,
    lang_son_fee_schedule,
)
from dongdang.fees import Basis as FeeBasis
from dongdang.fees import FindingKind as FeeFindingKind
from dongdang.fees.comparison import ComparisonRow, ComparisonTable, compare
from dongdang.fees.detail import AssessedCrossings, CollectedFees, CollectedRow
from dongdang.fees.reforms import Reform, ScaleRate, SetCap, SetCoefficient, SetRate, SetSplit
from dongdang.gates import (
    PAIR_FACTS,
    ROUTE_FACTS,
    Caveat,
    ClearingResult,
    CountCheck,
    Counterpart,
    CountScope,
    EventKind,
    Gap,
    GateCategory,
    GatePair,
    GateRegistry,
    Location,
    Management,
    Mode,
    Route,
    StatedCount,
    StatusEvent,
)
from dongdang.gates import Note as GateNote
from dongdang.intervals import Interval
from dongdang.investment import Allocation as CapitalAllocation
from dongdang.investment import (
    CapitalPlan,
    CapitalTransaction,
    Disbursement,
    DisbursementRatio,
    ImpliedBase,
    Organization,
    PlanFinding,
    PlanVersion,
    PlanVersionKind,
    StatutoryWindow,
    implied_base_range,
    statutory_window,
)
from dongdang.legal import LegalKind, LegalReference
from dongdang.projections import (
    GrowthPath,
    Method,
    PaceKind,
    PaceNeeded,
    ProjectionInput,
    YearEndProjection,
    growth_path,
    pace_needed,
    run_rate,
)
from dongdang.projects import (
    AreaTotal,
    Capital,
    CapitalMeasure,
    CapitalSource,
    CapitalTotal,
    Milestone,
    MilestoneDelay,
    MilestoneKind,
    Portfolio,
    Project,
    ProjectStatus,
)
from dongdang.provenance import Citation, Provenance, Source
from dongdang.records import CrossingTable, read_crossings
from dongdang.report import Comparison as ReportComparison
from dongdang.report import Line, LineMeasure, Report, ReportFinding, Section, build_report
from dongdang.scenarios import (
    ChangeLand,
    DatedChange,
    DisbursementOutlook,
    FeeScenario,
    RevisePlan,
    Scenario,
    ScenarioRow,
    ScenarioTable,
    SetGrowth,
    SetPace,
    compare_scenarios,
)
from dongdang.statements import Comparison as StatementComparison
from dongdang.statements import ComparisonKind as StatementComparisonKind
from dongdang.tables import Column, Problem
from dongdang.tasks import (
    StatedTaskCount,
    Task,
    TaskCheck,
    TaskCounts,
    TaskLog,
    TaskRatio,
    TaskRatioBase,
    TaskSource,
)
from dongdang.trade import (
    ComponentGrowth,
    Direction,
    Granularity,
    GrowthBasis,
    GrowthTable,
    HSCode,
    Measure,
    StatedCheck,
    Totals,
    TradeBreakdown,
    TradeFlow,
    TradeGrowth,
    Valuation,
)
from dongdang.trade.ledger import TradeLedger
from dongdang.trade.results import Part
from dongdang.trade.scenarios import GrowthAssumption, TradeScenario
from dongdang.zoning import (
    VERSION_FACTS,
    Allocation,
    Area,
    BudgetDiff,
    ClassChange,
    Fit,
    LandBudget,
    Plan,
    PlanLevel,
    PlanRegistry,
    PlanStage,
    diff,
    lang_son_plans,
)
from dongdang.zoning import PlanVersion as ZoningPlanVersion
from fee_tables import GOODS, REGIMES, USER, columns_of

if TYPE_CHECKING:
    from collections.abc import Sequence

    from dongdang.units import Quantity

#: Money as reports print it: up to 10^15 with up to four decimals.
amounts = st.decimals(
    min_value=Decimal(0),
    max_value=Decimal(10) ** 15,
    places=4,
    allow_nan=False,
    allow_infinity=False,
)
#: Strictly positive amounts: bases of ratios.
positive_amounts = amounts.filter(lambda value: value > 0)
#: Whole đồng.
dong = st.integers(min_value=0, max_value=10**15)
#: Any finite decimal, including negatives and many digits.
finite_decimals = st.decimals(
    allow_nan=False,
    allow_infinity=False,
    max_value=Decimal(10) ** 20,
    min_value=-(Decimal(10) ** 20),
)

dates = st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2100, 12, 31))
years = st.integers(min_value=1990, max_value=2100)


@st.composite
def periods(draw: st.DrawFn, days: st.SearchStrategy[dt.date] = dates) -> Period:
    """The period between two days of ``days``, in either order: any period inside 1990–2100."""
    first, second = draw(days), draw(days)
    return Period.between(min(first, second), max(first, second))


def calendar_periods(of_years: st.SearchStrategy[int] = years) -> st.SearchStrategy[Period]:
    """A year, half, quarter, month, first or last months of a year of ``of_years``."""
    return st.one_of(
        st.builds(Period.year, of_years),
        st.builds(Period.half, of_years, st.integers(1, 2)),
        st.builds(Period.quarter, of_years, st.integers(1, 4)),
        st.builds(Period.month, of_years, st.integers(1, 12)),
        st.builds(Period.first_months, of_years, st.integers(1, 12)),
        st.builds(Period.last_months, of_years, st.integers(1, 12)),
    )


@st.composite
def whole_months(draw: st.DrawFn, of_years: st.SearchStrategy[int] = years) -> Period:
    """From the 1st of one month to the last day of a later month of the same year."""
    year = draw(of_years)
    first = draw(st.integers(1, 12))
    last = draw(st.integers(first, 12))
    end = dt.date(year, last, calendar.monthrange(year, last)[1])
    return Period.between(dt.date(year, first, 1), end)


def languages() -> st.SearchStrategy[str]:
    return st.sampled_from(["vi", "en"])


#: Whole đồng above zero: bases and amounts that cannot be nothing.
positive_dong = st.integers(min_value=1, max_value=10**15)
#: A printed figure's qualifier, or none.
qualifiers = st.sampled_from([None, *Qualifier])
#: Calendar months of 2022–2025, and single days of the same years, as periods.
months = st.tuples(st.integers(2022, 2025), st.integers(1, 12)).map(lambda ym: Period.month(*ym))
single_days = st.dates(min_value=dt.date(2022, 1, 1), max_value=dt.date(2025, 12, 31)).map(
    lambda day: Period.between(day, day)
)


@st.composite
def brackets(draw: st.DrawFn) -> PayloadBracket:
    """A payload bracket from 0–100 t, open-ended or up to 50 t wide, high end left out."""
    low = draw(st.decimals(min_value=0, max_value=100, places=2))
    width = draw(st.decimals(min_value=Decimal("0.01"), max_value=50, places=2))
    return PayloadBracket(
        low=low,
        high=None if draw(st.booleans()) else low + width,
        low_inclusive=draw(st.booleans()),
        high_inclusive=False,
    )


@st.composite
def land_budgets(draw: st.DrawFn, pool: tuple[str, ...] = tuple("abcdefgh")) -> LandBudget:
    """A budget of 1 to 6 classes from ``pool``, within its total."""
    codes = draw(st.lists(st.sampled_from(pool), min_size=1, max_size=6, unique=True))
    classes = []
    for code in codes:
        hectares = draw(st.decimals(min_value=0, max_value=10**6, places=2))
        name = draw(st.sampled_from([f"Đất {code}", f"Land {code}"]))
        classes.append(
            Allocation(
                code=code, name=name, area=Area(hectares=hectares, qualifier=draw(qualifiers))
            )
        )
    slack = draw(st.decimals(min_value=0, max_value=10**4, places=3))
    total = sum((c.area.hectares for c in classes), slack)
    tolerance = draw(st.none() | st.decimals(min_value=0, max_value=10, places=1))
    return LandBudget(
        year=draw(st.integers(min_value=2000, max_value=2060)),
        total=Area(hectares=total, qualifier=draw(qualifiers)),
        allocations=classes,
        tolerance=tolerance,
    )


# -- legal references: an independent model of the numbering ------------------------------

#: The kind a code in a number says, written out here rather than read from dongdang.
KIND_OF_CODE = {
    "NQ": LegalKind.RESOLUTION,
    "QĐ": LegalKind.DECISION,
    "KH": LegalKind.PLAN,
    "TB": LegalKind.NOTICE,
    "CT": LegalKind.DIRECTIVE,
    "KL": LegalKind.CONCLUSION,
}
STATE_ISSUERS = ["TTg", "HĐND", "UBND", "BTC", "BCT", "VP"]
LETTER_PREFIXES = ["BCĐ", "TTg", "VP", "UBND", "SXD"]
LETTER_SUFFIXES = ["CQTT", "CN", "KT", "KTN", "TH"]
ISSUERS = [
    None,
    "HĐND tỉnh",
    "UBND tỉnh Lạng Sơn",
    "Bộ Chính trị",
    "Thủ tướng Chính phủ",
    "Ban Chỉ đạo Thương mại biên giới",
]


@st.composite
def references(draw: st.DrawFn) -> LegalReference:
    """A reference whose number, kind, date and issuer agree, as a real one's do."""
    form = draw(st.sampled_from(["dated", "undated", "letter", "party"]))
    seq = draw(st.integers(min_value=1, max_value=9999).map(str))
    seq = draw(st.sampled_from([seq, seq.zfill(2)]))
    year = draw(st.integers(min_value=1990, max_value=2100))
    code = draw(st.sampled_from(sorted(KIND_OF_CODE)))
    kind = KIND_OF_CODE[code]
    if form == "dated":
        number = f"{seq}/{year}/{code}-{draw(st.sampled_from(STATE_ISSUERS))}"
    elif form == "undated":
        number = f"{seq}/{code}-{draw(st.sampled_from(STATE_ISSUERS))}"
    elif form == "party":
        number = f"{seq}-{code}/TW"
    else:
        prefix, suffix = (
            draw(st.sampled_from(LETTER_PREFIXES)),
            draw(st.sampled_from(LETTER_SUFFIXES)),
        )
        number = f"{seq}/{prefix}-{suffix}"
        kind = draw(st.sampled_from(list(LegalKind)))  # a letter's number says no kind
    signed = draw(
        st.none()
        | st.dates(min_value=dt.date(year, 1, 1), max_value=dt.date(year, 12, 31))
        | st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2100, 12, 31))
    )
    if form == "dated" and signed is not None and signed.year != year:
        signed = signed.replace(year=year, day=min(signed.day, 28))
    return LegalReference(
        number=number, kind=kind, issuer=draw(st.sampled_from(ISSUERS)), signed=signed
    )


@st.composite
def printed_land_budgets(draw: st.DrawFn) -> LandBudget:
    """A budget of :func:`land_budgets`; its classes may have an English name, a printed digit."""
    budget = draw(land_budgets())
    classes = [
        Allocation(
            code=item.code,
            name=item.name,
            english=draw(st.none() | st.just(f"Land {item.code}")),
            area=Area(
                hectares=item.area.hectares,
                qualifier=item.area.qualifier,
                resolution=draw(st.none() | st.sampled_from([Decimal("0.01"), Decimal(1)])),
            ),
        )
        for item in budget.allocations
    ]
    return LandBudget(
        year=budget.year, total=budget.total, allocations=classes, tolerance=budget.tolerance
    )


#: The days tasks are assigned on.
task_days = st.dates(min_value=dt.date(2015, 1, 1), max_value=dt.date(2030, 12, 31))


@st.composite
def tasks(
    draw: st.DrawFn,
    code: str = "t",
    days: st.SearchStrategy[dt.date] = task_days,
    max_delay: int = 400,
) -> Task:
    """A task assigned on one of ``days``; a deadline and a completion (each maybe) after it.

    Each is at most ``max_delay`` days after the assignment.
    """
    assigned = draw(days)
    later = st.none() | st.integers(min_value=0, max_value=max_delay).map(
        lambda delay: assigned + dt.timedelta(days=delay)
    )
    return Task(
        code=code,
        title=draw(st.sampled_from(["Báo cáo tình hình thông quan", "Rà soát quy hoạch"])),
        source=draw(st.sampled_from(list(TaskSource))),
        assigned=assigned,
        due=draw(later),
        completed=draw(later),
        assigned_by=draw(st.sampled_from([None, "UBND tỉnh", "Chủ tịch UBND tỉnh"])),
        reference=draw(st.none() | references()),
        note=draw(st.none() | st.just("ghi chú")),
    )


# == damaged data files ===================================================================

#: Words the registry files write, so that a replaced value may pass a loader's first checks.
TOML_WORDS = (
    *("seed-003", "seed-004", "soxd-630", "VND", "ha", "2020-01-01", "NaN", "kkt-dong"),
    *("road", "clearing", "not-found", "huu-nghi", "năm 2021"),
)

#: Values of every TOML type, and of the shapes the loaders expect elsewhere.
toml_values: st.SearchStrategy[object] = st.recursive(
    st.one_of(
        st.text(max_size=12),
        st.sampled_from(TOML_WORDS),
        st.integers(-3, 20),
        st.integers(),
        st.integers(min_value=-(10**30), max_value=10**30),
        st.decimals(allow_nan=False, allow_infinity=False, places=3),
        st.booleans(),
        st.dates(min_value=dt.date(2019, 1, 1), max_value=dt.date(2026, 1, 1)),
        st.dates(min_value=dt.date(1, 1, 1)),
        st.datetimes(),
    ),
    lambda inner: st.one_of(
        st.lists(inner, max_size=3), st.dictionaries(st.text(max_size=8), inner, max_size=3)
    ),
    max_leaves=6,
)


def _paths(document: object, path: tuple[object, ...] = ()) -> list[tuple[object, ...]]:
    found = [path] if path else []
    if isinstance(document, dict):
        for key, value in document.items():
            found += _paths(value, (*path, key))
    elif isinstance(document, list):
        for index, value in enumerate(document):
            found += _paths(value, (*path, index))
    return found


@st.composite
def damaged_documents(
    draw: st.DrawFn, document: dict[str, Any], changes: int = 3
) -> dict[str, Any]:
    """A copy of the TOML ``document`` with 1 to ``changes`` values replaced, added or removed.

    Any value at any depth may be hit: a top-level table as well as a leaf.
    """
    damaged: Any = copy.deepcopy(document)
    for _ in range(draw(st.integers(1, changes))):
        paths = _paths(damaged)
        if not paths:
            break
        *parents, last = draw(st.sampled_from(paths))
        holder = damaged
        for step in parents:
            holder = holder[step]
        action = draw(st.sampled_from(["replace", "add", "remove"]))
        if action == "remove":
            del holder[last]
        elif action == "add" and isinstance(holder, dict):
            holder[draw(st.text(max_size=10))] = draw(toml_values)
        else:
            holder[last] = draw(toml_values)
    return damaged  # type: ignore[no-any-return]


def task_lists(
    days: st.SearchStrategy[dt.date] = task_days, max_delay: int = 400, max_size: int = 12
) -> st.SearchStrategy[list[Task]]:
    """Up to ``max_size`` tasks of distinct codes ``t0``, ``t1``, … (see :func:`tasks`)."""
    return st.integers(0, max_size).flatmap(
        lambda size: st.tuples(*(tasks(f"t{index}", days, max_delay) for index in range(size))).map(
            list
        )
    )


# == one strategy per public value type ===================================================
#
# Each draws valid instances through the public constructors (or the public functions
# that make them); ``VALUE_TYPES`` maps every frozen attrs class of a public ``__all__``
# to its strategy, and tests/test_strategies.py fails on a public type missing from it.

#: Short Vietnamese and English labels, as the bundled data writes them.
labels = st.sampled_from(["Cửa khẩu Hữu Nghị", "Chi Ma", "Tân Thanh", "Cốc Nam", "Hữu Nghị"])
#: Short notes: none, or a few words.
notes = st.none() | st.sampled_from(["ghi chú", "a note", "theo báo cáo"])
#: Codes of the bundled gate pairs and routes.
GATE_CODES = ("huu-nghi", "dong-dang", "chi-ma", "tan-thanh", "coc-nam")
GATE_NAMES = dict(
    zip(GATE_CODES, ["Hữu Nghị", "Đồng Đăng", "Chi Ma", "Tân Thanh", "Cốc Nam"], strict=True)
)
gate_codes = st.sampled_from(GATE_CODES)
optional_dates = st.none() | dates
#: Amounts of money as quantities, in any of the units reports write.
MONEY_UNITS = ("VND", "million_VND", "billion_VND", "USD", "million_USD")
VND_UNITS = ("VND", "million_VND", "billion_VND")
#: Ratios and growths as decimals: -99 % to +500 %, three places.
rates = st.decimals(min_value=Decimal("-0.99"), max_value=Decimal(5), places=3)
#: Shares: 0 to 1, four places.
shares = st.decimals(min_value=Decimal(0), max_value=Decimal(1), places=4)
counts = st.integers(min_value=0, max_value=10_000)


def money(units: tuple[str, ...] = MONEY_UNITS) -> st.SearchStrategy[Quantity]:
    """An amount of money in one of ``units``."""
    return st.builds(amount, amounts, st.sampled_from(units))


def vnd() -> st.SearchStrategy[Quantity]:
    """An amount of money in đồng (or millions, billions of đồng)."""
    return money(VND_UNITS)


hectares = st.decimals(min_value=0, max_value=10**6, places=2).map(
    lambda value: amount(value, "hectare")
)


# -- figures, intervals, statements ------------------------------------------------------

#: Figures as reports print them, each read by :func:`dongdang.read_figure`.
PRINTED = [
    "344,8 tỷ đồng",
    "trên 344,8 tỷ đồng",
    "gần 52,6 tỷ đồng",
    "khoảng 1.200 triệu USD",
    "14,4%",
    "dưới 5%",
    "215.385 lượt xe",
    "ước 4.270 triệu USD",
    "06",
    "278.718 triệu đồng",
    "hơn 2 nghìn tỷ đồng",
]


#: The words that qualify a printed figure, and none.
QUALIFIER_WORDS = ("", "trên ", "hơn ", "gần ", "dưới ", "khoảng ", "ước ")
#: Units reports print amounts in.
PRINTED_UNITS = ("triệu đồng", "tỷ đồng", "triệu USD")


@st.composite
def printed(draw: st.DrawFn, unit: str | None = None, *, positive: bool = False) -> Figure:
    """A printed figure, as read_figure reads it from the text a report prints."""
    decimals = draw(st.integers(min_value=0, max_value=3))
    lowest = 10**decimals if positive else 0
    digits = draw(st.integers(min_value=lowest, max_value=10**9))
    value = Decimal(digits).scaleb(-decimals)
    text = format_number(value, "vi", decimals)
    qualifier = draw(st.sampled_from(QUALIFIER_WORDS))
    return read_figure(f"{qualifier}{text} {unit or draw(st.sampled_from(PRINTED_UNITS))}")


@st.composite
def figures(draw: st.DrawFn) -> Figure:
    """A figure as a report prints it: an amount, a percent or a count, maybe qualified."""
    if draw(st.booleans()):
        return read_figure(draw(st.sampled_from(PRINTED)))
    return draw(printed(draw(st.sampled_from([None, "%", "lượt xe"]))))


percents = st.sampled_from(["14,4%", "52%", "-3,5%", "0,5%", "120%"]).map(read_figure)


@st.composite
def intervals(draw: st.DrawFn) -> Interval:
    """An interval of fractions; either end may be open (None)."""
    low = draw(st.none() | st.fractions(min_value=-1000, max_value=1000, max_denominator=100))
    high = draw(st.none() | st.fractions(min_value=-1000, max_value=1000, max_denominator=100))
    if low is not None and high is not None and high < low:
        low, high = high, low
    return Interval(low=low, high=high)


SENTENCES = [
    "Tổng kim ngạch xuất nhập khẩu năm 2021 đạt 4.270 triệu USD, tăng 52% so với cùng kỳ.",
    "Tổng số phí thu đạt trên 344,8 tỷ đồng, giảm 21,5% so với cùng kỳ 2019.",
    "Phí ra vào cửa khẩu thu 234.433 triệu đồng tăng 14,1%, phí sang tải đạt 44.285 triệu đồng.",
    "Hiện có 06/12 cặp cửa khẩu đã thông quan XNK hàng hóa.",
    "Giải ngân đạt 52,6 tỷ đồng, bằng 60% kế hoạch vốn.",
]


def _statements_of(sentence: str) -> list[Statement]:
    return [item for item in parse_statements(sentence) if isinstance(item, Statement)]


def _unparsed_of(sentence: str) -> list[Unparsed]:
    return [item for item in parse_statements(sentence) if isinstance(item, Unparsed)]


@st.composite
def statements(draw: st.DrawFn) -> Statement:
    """A statement read from a report sentence, or built from a subject and a figure."""
    read = [item for sentence in SENTENCES for item in _statements_of(sentence)]
    if read and draw(st.booleans()):
        return draw(st.sampled_from(read))
    return Statement(
        subject=draw(st.sampled_from(["kim ngạch xuất nhập khẩu", "phí sang tải", "số thu"])),
        value=draw(figures()),
        period=draw(st.none() | periods()),
        comparisons=tuple(draw(st.lists(statement_comparisons(), max_size=2))),
    )


@st.composite
def statement_comparisons(draw: st.DrawFn) -> StatementComparison:
    """A comparison a statement makes: a growth, ratio, attainment … of a percent."""
    return StatementComparison(
        kind=draw(st.sampled_from(list(StatementComparisonKind))),
        value=draw(percents),
        decrease=draw(st.booleans()),
        base=draw(st.none() | st.just("cùng kỳ năm trước")),
        base_period=draw(st.none() | periods()),
    )


@st.composite
def unparsed(draw: st.DrawFn) -> Unparsed:
    """A piece of text the reader left unread, with its reason."""
    text = draw(st.sampled_from(["đạt khoảng", "tăng mạnh so với", "???"]))
    start = draw(st.integers(min_value=0, max_value=500))
    return Unparsed(text=text, span=(start, start + len(text)), reason="no figure")


@st.composite
def findings(draw: st.DrawFn) -> Finding:
    """An audit finding: severity, kind, the statements behind it, allowed and stated."""
    return Finding(
        severity=draw(st.sampled_from(list(Severity))),
        kind=draw(st.sampled_from(list(AuditFindingKind))),
        statements=tuple(draw(st.lists(statements(), max_size=2))),
        allowed=draw(st.none() | intervals()),
        stated=draw(st.none() | figures()),
        unparsed=draw(st.none() | unparsed()),
        truncated=draw(st.booleans()),
    )


# -- provenance, legal -------------------------------------------------------------------

#: Source documents, one per id (as a dataset holds them): records citing one id agree.
sources = st.sampled_from(
    [
        Source(
            id="seed-000",
            title="Báo cáo 9 tháng năm 2020",
            event=dt.date(2020, 10, 7),
            file="000_952eb776013379ca.txt",
        ),
        Source(
            id="seed-002",
            title="Hội nghị sơ kết 6 tháng đầu năm 2024",
            event=dt.date(2024, 6, 26),
            file="002_b3f1bc2bd9bfbb82.txt",
            published=dt.date(2024, 6, 27),
        ),
        Source(id="user-1", title="Báo cáo của người dùng", event=None, file="report.txt"),
    ]
)
#: Citations of a registry file: a key, and maybe an address, title and dates.
citations = st.builds(
    Citation,
    key=st.sampled_from(["baolangson-2020", "vnexpress-2023", "seed-000"]),
    url=st.just("https://baolangson.vn/bai-viet"),
    title=st.none() | st.just("Bài viết"),
    published=optional_dates,
    file=st.none() | st.just("000_952eb776013379ca.txt"),
    event=optional_dates,
    note=notes,
)
#: Where a registry's fact comes from: citations, maybe a caveat and a note.
provenances = st.one_of(
    st.builds(Provenance, sources=st.lists(citations, max_size=2).map(tuple), note=notes),
    st.builds(
        Provenance,
        sources=st.lists(citations, max_size=2).map(tuple),
        caveat=st.sampled_from(list(Caveat)),
        note=st.just("not found in any source"),
    ),
)


# -- gates -------------------------------------------------------------------------------

counterparts = st.builds(
    Counterpart,
    vietnamese=st.none() | st.just("Hữu Nghị Quan"),
    chinese=st.none() | st.just("友谊关"),
    pinyin=st.none() | st.just("Youyiguan"),
    aliases=st.lists(st.sampled_from(["Mục Nam Quan", "Pingxiang"]), max_size=2, unique=True).map(
        tuple
    ),
    location=st.none() | st.just("Bằng Tường"),
)
locations = st.builds(
    Location,
    district=st.none() | st.sampled_from(["Cao Lộc", "Văn Lãng", "Tràng Định"]),
    commune=st.none() | st.sampled_from(["Đồng Đăng", "Tân Thanh"]),
    markers=st.none() | st.lists(st.sampled_from(["1116", "1119"]), max_size=2).map(tuple),
    detail=notes,
)


@st.composite
def managements(draw: st.DrawFn) -> Management:
    """The unit that runs a gate, since a day; an ended one says how it ended."""
    ended = draw(st.booleans())
    return Management(
        unit=draw(st.sampled_from(["Trung tâm Quản lý cửa khẩu Hữu Nghị - Bảo Lâm"])),
        since=draw(optional_dates),
        legal=draw(st.none() | references()),
        ended=ended,
        end_note="Replaced by a single centre." if ended else None,
    )


gate_notes = st.builds(
    GateNote,
    key=st.sampled_from(["counting", "names"]),
    text=st.sampled_from(["Một ghi chú.", "A note."]),
    sources=st.lists(citations, min_size=1, max_size=2).map(tuple),
)


@st.composite
def status_events(draw: st.DrawFn) -> StatusEvent:
    """Evidence of clearing (or not), or an opening, on a day or over a period."""
    kind = draw(st.sampled_from([EventKind.CLEARING, EventKind.NOT_CLEARING, EventKind.OPENED]))
    when = draw(dates | periods())
    evidence = kind in (EventKind.CLEARING, EventKind.NOT_CLEARING)
    return StatusEvent(
        kind=kind,
        when=when,
        sources=tuple(draw(st.lists(citations, min_size=1, max_size=2))),
        description=draw(st.sampled_from(["thông quan", "cleared goods"])),
        throughout=draw(st.booleans()) if evidence else False,
    )


@st.composite
def histories(draw: st.DrawFn) -> tuple[StatusEvent, ...]:
    """Up to 3 events in order of their first day, no two starting on the same day."""
    drawn = draw(st.lists(status_events(), max_size=3, unique_by=lambda e: e.when.start))
    return tuple(sorted(drawn, key=lambda event: event.when.start))


def sourced(values: dict[str, object], cite: Provenance) -> dict[str, Provenance]:
    """A provenance for each fact: ``cite`` for a known one, a caveat for an unknown one."""
    return {
        path: cite
        if value is not None and value != ()
        else Provenance(caveat=Caveat.NOT_FOUND, note=f"no {path} found")
        for path, value in values.items()
    }


@st.composite
def gate_pairs(draw: st.DrawFn, code: str | None = None) -> GatePair:
    """A gate pair: code, name, maybe counterpart, category, mode, location and history."""
    counterpart = draw(counterparts)
    location = draw(locations)
    category = draw(st.none() | st.sampled_from(list(GateCategory)))
    mode = draw(st.none() | st.sampled_from(list(Mode)))
    managed_by = draw(st.none() | managements())
    code = code if code is not None else draw(gate_codes)
    name = GATE_NAMES[code]
    values: dict[str, object] = {
        "name": name,
        "category": category,
        "mode": mode,
        "counterpart.vietnamese": counterpart.vietnamese,
        "counterpart.chinese": counterpart.chinese,
        "counterpart.pinyin": counterpart.pinyin,
        "location.district": location.district,
        "location.commune": location.commune,
        "location.markers": location.markers,
        "managed_by": managed_by,
    }
    assert set(values) == set(PAIR_FACTS)
    return GatePair(
        code=code,
        name=name,
        counterpart=counterpart,
        category=category,
        mode=mode,
        location=location,
        managed_by=managed_by,
        history=draw(histories()),
        provenance=sourced(values, Provenance(sources=[draw(citations)])),
    )


@st.composite
def routes(draw: st.DrawFn, pair: str = "huu-nghi") -> Route:
    """A clearance route attached to the pair ``pair``."""
    location = draw(locations)
    category = draw(st.none() | st.just(GateCategory.CLEARANCE_ROUTE))
    mode = draw(st.none() | st.sampled_from(list(Mode)))
    name = draw(st.sampled_from(["Nà Hình", "Lối mở Bình Nghi"]))
    values: dict[str, object] = {
        "name": name,
        "category": category,
        "mode": mode,
        "location.district": location.district,
        "location.commune": location.commune,
        "location.markers": location.markers,
    }
    assert set(values) == set(ROUTE_FACTS)
    return Route(
        code=draw(st.sampled_from(["coc-nam-route", "na-hinh"])),
        name=name,
        pair=pair,
        category=category,
        mode=mode,
        location=location,
        history=draw(histories()),
        provenance=sourced(values, Provenance(sources=[draw(citations)])),
    )


@st.composite
def gaps(draw: st.DrawFn) -> Gap:
    """The pairs no source names: none, or a few with a caveat saying why."""
    count = draw(st.integers(min_value=0, max_value=3))
    caveat = Provenance(caveat=Caveat.NOT_FOUND, note="not named in any source")
    return Gap(count=count, provenance=caveat if count else Provenance())


@st.composite
def stated_counts(draw: st.DrawFn) -> StatedCount:
    """A count of gates a source states, of some total, on a day or over a period."""
    count = draw(st.integers(min_value=0, max_value=12))
    return StatedCount(
        key=draw(st.sampled_from(["2020-9m", "2023-q1"])),
        text=draw(st.sampled_from(["06/12 cặp cửa khẩu đã thông quan", "6 of 12 pairs"])),
        count=count,
        of_total=draw(st.none() | st.integers(min_value=count, max_value=20)),
        when=draw(dates | periods()),
        scope=draw(st.sampled_from(list(CountScope))),
        sources=tuple(draw(st.lists(citations, min_size=1, max_size=2))),
        reproducible=draw(st.booleans()),
        note=draw(st.sampled_from(["as printed", "theo báo cáo"])),
    )


@st.composite
def gate_registries(draw: st.DrawFn, *, stated: bool = True) -> GateRegistry:
    """A registry of 1 to 3 pairs with distinct codes, maybe a route, a stated count, notes."""
    codes = draw(st.lists(st.sampled_from(GATE_CODES), min_size=1, max_size=3, unique=True))
    pairs = [draw(gate_pairs(code)) for code in codes]
    unnamed = draw(gaps())
    return GateRegistry(
        province_total=len(pairs) + unnamed.count,
        province_provenance=Provenance(sources=[draw(citations)]),
        pairs=pairs,
        routes=[draw(routes(codes[0]))] if draw(st.booleans()) else [],
        unnamed=unnamed,
        stated_counts=draw(st.lists(stated_counts(), max_size=1)) if stated else [],
        notes=draw(st.lists(gate_notes, max_size=1)),
    )


@st.composite
def clearing_results(draw: st.DrawFn) -> ClearingResult:
    """Which pairs of a drawn registry cleared goods over a drawn period."""
    return draw(gate_registries(stated=False)).clearing_goods(during=draw(periods()))


@st.composite
def count_checks(draw: st.DrawFn) -> CountCheck:
    """A stated count checked against a registry that holds it."""
    registry = draw(gate_registries(stated=False))
    stated = draw(stated_counts())
    return GateRegistry(
        province_total=registry.province_total,
        province_provenance=registry.province_provenance,
        pairs=registry.pairs,
        unnamed=registry.unnamed,
        stated_counts=[stated],
    ).check(stated.key)


# -- fees --------------------------------------------------------------------------------

LAODONG = "https://laodong.vn/bai-viet"
factors = st.decimals(min_value=Decimal("0.1"), max_value=Decimal(3), places=2)
fees_per_trip = st.integers(min_value=0, max_value=5_000_000)
vehicles = st.one_of(brackets(), st.sampled_from(list(ContainerSize)))
fee_rates = st.builds(
    Rate,
    vehicle=vehicles,
    regime=st.sampled_from(REGIMES),
    goods=st.none() | st.sampled_from(GOODS),
    amount=fees_per_trip,
    source=st.just(LAODONG),
    note=notes,
)
coefficients = st.builds(
    Coefficient,
    id=st.sampled_from(["ore", "inland", "yard"]),
    factor=factors,
    regimes=st.lists(st.sampled_from(REGIMES), max_size=2, unique=True).map(tuple),
    goods=st.lists(st.sampled_from(GOODS), max_size=2, unique=True).map(tuple),
    source=st.just(LAODONG),
    note=notes,
)
caps = st.builds(Cap, amount=fees_per_trip, source=st.just(LAODONG), note=notes)
mixed_cargo_rules = st.builds(MixedCargoRule, rule=st.just("highest"), source=st.just(LAODONG))
split_rules = st.builds(
    SplitRule, collector=st.decimals(min_value=0, max_value=1, places=2), source=st.just(LAODONG)
)


def rate_class(rate: Rate) -> tuple[object, ...]:
    """What two rates of a version may not share: a regime, goods and container or payload."""
    vehicle = rate.vehicle if isinstance(rate.vehicle, ContainerSize) else "payload"
    return (rate.regime, rate.goods, vehicle)


@st.composite
def splits(draw: st.DrawFn) -> Split:
    """A fee split between the collector and the budget."""
    fee = draw(fees_per_trip)
    collector = draw(st.integers(min_value=0, max_value=fee))
    return Split(collector=collector, budget=fee - collector)


@st.composite
def fee_versions(
    draw: st.DrawFn, *, start: dt.date | None = None, end: dt.date | None = None
) -> FeeVersion:
    """A version of a fee table: rates, coefficients, maybe a cap, a split and a rule."""
    start = start if start is not None else draw(dates)
    return FeeVersion(
        id=draw(st.sampled_from(["01/2019", "09/2025", "v1"])),
        start=start,
        end=end,
        legal=draw(references()),
        rates=draw(st.lists(fee_rates, max_size=3, unique_by=rate_class)),
        coefficients=draw(st.lists(coefficients, max_size=2, unique_by=lambda c: c.id)),
        cap=draw(st.none() | caps),
        mixed_cargo=draw(st.none() | mixed_cargo_rules),
        split=draw(st.none() | split_rules),
        start_assumed=draw(st.booleans()),
        notes=draw(st.lists(st.sampled_from(["ghi chú", "a note"]), max_size=2)),
    )


@st.composite
def fee_schedules(draw: st.DrawFn) -> FeeSchedule:
    """The bundled or a user's schedule, or 1 to 3 drawn versions one after another."""
    if draw(st.booleans()):
        return draw(st.sampled_from([lang_son_fee_schedule(), USER]))
    day = draw(st.dates(min_value=dt.date(2000, 1, 1), max_value=dt.date(2020, 1, 1)))
    versions = []
    for _ in range(draw(st.integers(min_value=1, max_value=3))):
        version = draw(fee_versions(start=day, end=day + dt.timedelta(days=99)))
        versions.append(attrs.evolve(version, id=f"v{len(versions)}"))
        day += dt.timedelta(days=100 + draw(st.integers(0, 30)))
    return FeeSchedule(versions=versions, name=draw(st.none() | st.just("Phí hạ tầng")))


payloads = st.one_of(
    st.sampled_from([0, 2, 5, 10, 0.0, 1.999, 2.0, 5.0, 5.000001, 10.5, 10.499999999999998]),
    st.sampled_from([math.nextafter(2.0, 0), math.nextafter(5.0, 9), math.nextafter(10.5, 0)]),
    st.floats(min_value=0, max_value=60, allow_nan=False),
    st.integers(min_value=0, max_value=60),
)


@st.composite
def crossing_rows(
    draw: st.DrawFn,
    *,
    start: dt.date = dt.date(2024, 1, 1),
    end: dt.date = dt.date(2026, 12, 31),
    goods: Sequence[str] = GOODS,
) -> dict[str, Any]:
    """Keyword arguments of a Crossing; the table of the test decides the fee."""
    row: dict[str, Any] = {
        "date": draw(st.dates(min_value=start, max_value=end)),
        "regime": draw(st.sampled_from(REGIMES)),
        "goods": "+".join(draw(st.lists(st.sampled_from(goods), min_size=1, max_size=3))),
        "journey": draw(st.sampled_from([journey.value for journey in Journey])),
    }
    if draw(st.booleans()):
        row["container"] = draw(st.sampled_from(["20ft", "40ft"]))
    else:
        row["payload"] = draw(payloads)
    return row


crossings = crossing_rows().map(lambda row: Crossing(**row))


@st.composite
def assessments(draw: st.DrawFn) -> Assessment:
    """A user's schedule's assessment of a drawn crossing."""
    return USER.assess(draw(crossings))


goods_fees = assessments().map(lambda assessment: assessment.charged)
crossing_batches = st.lists(crossing_rows(), min_size=1, max_size=8).map(columns_of)


@st.composite
def assessed_crossings(draw: st.DrawFn) -> AssessedCrossings:
    """A batch of 1 to 8 crossings assessed by a user's schedule."""
    return USER.assess_table(draw(crossing_batches))


collected_fees = assessed_crossings().map(lambda table: table.collections())
collected_rows = collected_fees.flatmap(lambda table: st.sampled_from(list(table)))
set_rates = st.builds(
    SetRate,
    vehicle=vehicles,
    regime=st.sampled_from(REGIMES),
    goods=st.none() | st.sampled_from(GOODS),
    amount=fees_per_trip,
)
scale_rates = st.builds(
    ScaleRate,
    vehicle=vehicles,
    regime=st.sampled_from(REGIMES),
    goods=st.none() | st.sampled_from(GOODS),
    factor=factors,
)
set_caps = st.builds(SetCap, amount=st.none() | fees_per_trip)
set_coefficients = st.builds(SetCoefficient, id=st.sampled_from(["ore", "inland"]), factor=factors)
set_splits = st.builds(SetSplit, collector=st.decimals(min_value=0, max_value=1, places=2))


@st.composite
def reforms(draw: st.DrawFn) -> Reform:
    """A dated reform: a new cap or split from 2026."""
    return Reform(
        id=draw(st.sampled_from(["cap", "split", "r1"])),
        start=draw(st.dates(min_value=dt.date(2026, 1, 1), max_value=dt.date(2026, 6, 30))),
        vi="Cải cách",
        en="Reform",
        changes=draw(st.lists(st.one_of(set_caps, set_splits), min_size=1, max_size=2)),
        legal=draw(st.none() | references()),
    )


@st.composite
def comparison_tables(draw: st.DrawFn) -> ComparisonTable:
    """Fees of a batch of crossings under a user's schedule and a reform, by line or month."""
    comparison = compare(draw(crossing_batches), USER, draw(reforms()))
    return comparison.by(*draw(st.sampled_from([("line",), ("month",), ("line", "month")])))


comparison_rows = comparison_tables().map(lambda table: table.total())


# -- fee collections ---------------------------------------------------------------------

FEE_PERIODS = (Period.year(2021), Period.year(2022), Period.first_months(2024, 5))


@st.composite
def fee_records(
    draw: st.DrawFn, *, line: FeeLine | None = None, period: Period | None = None
) -> FeeRecord:
    """A record of fees collected, maybe with trips, an estimate and stated percents."""
    return FeeRecord(
        line=line if line is not None else draw(st.sampled_from(list(FeeLine))),
        period=period if period is not None else draw(st.sampled_from(FEE_PERIODS)),
        amount=draw(vnd()),
        gate=draw(st.none() | gate_codes),
        trips=draw(st.none() | st.integers(min_value=0, max_value=10**7)),
        estimate=draw(st.none() | vnd()),
        qualifier=draw(qualifiers),
        stated_growth=draw(st.none() | percents),
        source=draw(st.none() | sources),
    )


@st.composite
def fee_collections(draw: st.DrawFn, *, max_size: int = 12) -> FeeCollections:
    """Records of distinct line, period and gate."""
    keys = draw(
        st.lists(
            st.tuples(
                st.sampled_from(list(FeeLine)),
                st.sampled_from(FEE_PERIODS),
                st.sampled_from([None, "huu-nghi", "chi-ma"]),
            ),
            unique=True,
            max_size=max_size,
        )
    )
    records = []
    for line, period, gate in keys:
        record = draw(fee_records(line=line, period=period))
        records.append(attrs.evolve(record, gate=gate))
    return FeeCollections(records=records)


@st.composite
def fee_totals(draw: st.DrawFn) -> FeeTotal:
    """A total of fee records of one line and period."""
    record = draw(fee_records())
    return FeeTotal(
        period=record.period,
        line=record.line,
        gate=record.gate,
        amount=record.amount,
        qualifier=record.qualifier,
        trips=None,
        estimate=record.estimate,
        basis=draw(st.sampled_from(list(FeeBasis))),
        records=(record,),
    )


@st.composite
def fee_growths(draw: st.DrawFn) -> FeeGrowth:
    """A growth of fees from one period to the next, with its records."""
    current = draw(fee_records(period=Period.year(2022)))
    previous = draw(fee_records(line=current.line, period=Period.year(2021)))
    return FeeGrowth(
        period=current.period,
        previous_period=previous.period,
        line=current.line,
        gate=None,
        current=current.amount,
        current_qualifier=current.qualifier,
        previous=previous.amount,
        previous_qualifier=previous.qualifier,
        rate=draw(rates),
        qualifier=draw(qualifiers),
        basis=draw(st.sampled_from(list(FeeBasis))),
        stated=draw(st.none() | percents),
        records=(current, previous),
    )


@st.composite
def fee_attainments(draw: st.DrawFn) -> FeeAttainment:
    """An amount collected against an estimate."""
    record = draw(fee_records())
    return FeeAttainment(
        period=record.period,
        line=record.line,
        gate=record.gate,
        amount=record.amount,
        estimate=draw(vnd()),
        ratio=draw(rates),
        qualifier=record.qualifier,
        estimate_qualifier=draw(qualifiers),
        basis=draw(st.sampled_from(list(FeeBasis))),
        stated=draw(st.none() | percents),
        records=(record,),
    )


@st.composite
def fees_per_trips(draw: st.DrawFn) -> FeePerTrip:
    """The average fee of one trip over a period."""
    record = draw(fee_records())
    trips = draw(st.integers(min_value=1, max_value=10**6))
    return FeePerTrip(
        period=record.period,
        line=record.line,
        gate=record.gate,
        amount=record.amount,
        trips=trips,
        average=record.amount / trips,
        qualifier=record.qualifier,
        records=(record,),
    )


@st.composite
def fee_findings(draw: st.DrawFn) -> FeeFinding:
    """What a check of fee records found, with the records behind it."""
    record = draw(fee_records())
    return FeeFinding(
        kind=draw(st.sampled_from(list(FeeFindingKind))),
        period=record.period,
        line=record.line,
        gate=record.gate,
        records=(record,),
        stated=draw(st.none() | percents),
        derived=draw(st.none() | rates),
        basis=draw(st.none() | st.sampled_from(list(FeeBasis))),
        difference=draw(st.none() | vnd()),
    )


@st.composite
def line_contributions(draw: st.DrawFn) -> LineContribution:
    """One line's share of a total's growth."""
    growth = draw(fee_growths())
    return LineContribution(
        line=growth.line,
        growth=growth,
        share=draw(shares),
        previous_share=draw(shares),
        contribution=draw(rates),
    )


@st.composite
def growth_breakdowns(draw: st.DrawFn) -> GrowthBreakdown:
    """A total's growth and the contributions of its lines."""
    total = draw(fee_growths())
    return GrowthBreakdown(
        period=total.period,
        gate=None,
        total=total,
        lines=tuple(draw(st.lists(line_contributions(), max_size=2))),
        stated=draw(st.none() | percents),
        bounds=draw(st.none() | st.tuples(rates, st.none() | rates)),
    )


# -- trade -------------------------------------------------------------------------------

hs_codes = st.builds(
    HSCode.parse,
    st.sampled_from(["0810.90.10", "0810 90", "08", "2601", "8471.30"]),
    vintage=st.sampled_from(["HS2017", "HS2022"]),
)
cents = st.decimals(min_value=0, max_value=10**9, places=2)


@st.composite
def trade_flows(draw: st.DrawFn, *, periods: st.SearchStrategy[Period] | None = None) -> TradeFlow:
    """A flow of goods through a gate (or the province) over a month or a day, in USD."""
    return TradeFlow(
        direction=draw(st.sampled_from(list(Direction))),
        period=draw(periods if periods is not None else st.one_of(months, single_days)),
        value=amount(draw(cents), draw(st.sampled_from(["USD", "million_USD"]))),
        measure=draw(st.sampled_from(list(Measure))),
        gate=draw(st.none() | st.sampled_from(["huu-nghi", "chi-ma", "tan-thanh"])),
        hs=draw(st.none() | hs_codes),
        net_weight=draw(st.none() | st.decimals(min_value=0, max_value=10**6, places=1)),
        vehicles=draw(st.none() | st.integers(min_value=0, max_value=10**5)),
        valuation=draw(st.none() | st.sampled_from(list(Valuation))),
        estimated=draw(st.booleans()),
        growth=draw(st.none() | percents),
        source=draw(st.none() | sources),
        note=draw(notes),
    )


def flow(
    value: object = 100,
    direction: str = "export",
    period: Period | None = None,
    measure: str = "customs",
    unit: str = "USD",
    **fields: Any,
) -> TradeFlow:
    """A trade flow of customs figures in USD, of January 2024 unless told."""
    return TradeFlow(
        direction=direction,
        period=period or Period.month(2024, 1),
        value=amount(value, unit),
        measure=measure,
        **fields,
    )


#: Gates of the flows a ledger holds, and none (the province).
LEDGER_GATES = ("huu-nghi", "chi-ma", "tan-thanh", None)


@st.composite
def flows(draw: st.DrawFn, *, periods: st.SearchStrategy[Period] | None = None) -> TradeFlow:
    """A customs flow in USD of any direction over a month or a day, through a gate or none."""
    return flow(
        draw(cents),
        draw(st.sampled_from(list(Direction))),
        draw(periods if periods is not None else st.one_of(months, single_days)),
        gate=draw(st.sampled_from(LEDGER_GATES)),
    )


#: Gates of the trade scenarios' flows.
SCENARIO_GATES = ("huu-nghi", "tan-thanh", "chi-ma")
#: Exports and imports of the months of 2023, through the scenarios' gates.
flows_2023 = st.lists(
    st.builds(
        lambda value, direction, month, gate: flow(
            value, direction, Period.month(2023, month), gate=gate
        ),
        st.decimals(min_value=0, max_value=10**7, places=2),
        st.sampled_from(["export", "import"]),
        st.integers(1, 12),
        st.sampled_from(SCENARIO_GATES),
    ),
    min_size=1,
    max_size=30,
)
#: Growth rates a scenario assumes: -90 % to +200 %, three places.
scenario_rates = st.decimals(min_value=Decimal("-0.9"), max_value=2, places=3)


def assume(rate: object, **scope: Any) -> GrowthAssumption:
    """A growth assumption of ``rate`` over ``scope`` (gate, direction, measure, start)."""
    return GrowthAssumption(rate=rate, vi="Giả định", en="Assumption", **scope)


def round_cents(value: Fraction) -> Fraction:
    """``value`` rounded half-up to the cent."""
    return Fraction(math.floor(value * 100 + Fraction(1, 2)), 100)


#: Trade in whole months of 2023 and 2024, the same measure, so that growths exist.
trade_ledgers = st.lists(
    trade_flows(
        periods=st.tuples(st.integers(2023, 2024), st.integers(1, 12)).map(
            lambda ym: Period.month(*ym)
        )
    ).map(
        lambda flow: attrs.evolve(
            flow, measure=Measure.CUSTOMS, value=amount(flow.value.magnitude, "USD")
        )
    ),
    min_size=1,
    max_size=12,
).map(TradeLedger)
trade_totals = st.builds(
    lambda ledger, by: ledger.totals(by),
    trade_ledgers,
    st.sampled_from(["gate", "direction", "month", ("gate", "direction")]),
)
growth_tables = st.builds(
    lambda ledger, granularity, by: ledger.growth_table(granularity, by=by),
    trade_ledgers,
    st.sampled_from(list(Granularity)),
    st.sampled_from([(), "gate", "direction"]),
)


@st.composite
def trade_growths(draw: st.DrawFn) -> TradeGrowth:
    """A growth of trade from a period to the same period a year before."""
    year = draw(st.integers(min_value=2000, max_value=2030))
    return TradeGrowth(
        period=Period.year(year),
        previous_period=Period.year(year - 1),
        key=draw(st.none() | st.sampled_from(["huu-nghi", "export"])),
        current=amount(draw(cents), "USD"),
        previous=amount(draw(cents), "USD"),
        rate=draw(st.none() | rates),
        basis=draw(st.sampled_from(list(GrowthBasis))),
        stated=draw(st.none() | percents),
    )


@st.composite
def component_growths(draw: st.DrawFn) -> ComponentGrowth:
    """A component's growth and its share of the total's."""
    growth = draw(trade_growths())
    return ComponentGrowth(
        key=growth.key,
        growth=growth,
        share=draw(st.none() | shares),
        previous_share=draw(st.none() | shares),
        contribution=draw(st.none() | rates),
    )


trade_parts = st.builds(
    Part,
    current=cents,
    current_half=st.decimals(min_value=0, max_value=Decimal("0.005"), places=4),
    growth=st.none() | rates,
    growth_half=st.decimals(min_value=0, max_value=Decimal("0.0005"), places=5),
)


@st.composite
def trade_breakdowns(draw: st.DrawFn) -> TradeBreakdown:
    """A total's growth split into its components."""
    total = draw(trade_growths())
    return TradeBreakdown(
        period=total.period,
        by=("gate",),
        total=total,
        components=tuple(draw(st.lists(component_growths(), max_size=2))),
        parts=(
            tuple(draw(st.lists(trade_parts, max_size=2))),
            tuple(draw(st.lists(trade_parts, max_size=2))),
        ),
    )


@st.composite
def stated_checks(draw: st.DrawFn) -> StatedCheck:
    """A stated growth (and maybe total) checked against a breakdown's."""
    stated = draw(percents)
    return StatedCheck(
        stated_growth=stated,
        implied=draw(st.none() | rates),
        matches=draw(st.none() | st.booleans()),
        bounds=draw(st.none() | st.tuples(rates, st.none() | rates)),
        consistent=draw(st.none() | st.booleans()),
        total=amount(draw(cents), "USD"),
        stated_total=None,
        total_difference=None,
        total_consistent=None,
    )


growth_assumptions = st.builds(
    GrowthAssumption,
    rate=st.decimals(min_value=Decimal("-0.9"), max_value=2, places=3),
    gate=st.none() | st.sampled_from(["huu-nghi", "chi-ma"]),
    direction=st.none() | st.sampled_from(list(Direction)),
    measure=st.none() | st.sampled_from(list(Measure)),
    vi=st.just("Giả định"),
    en=st.just("Assumption"),
)


def assumption_scope(assumption: GrowthAssumption) -> tuple[object, ...]:
    """What two assumptions of a scenario may not share: the flows they are for."""
    return (assumption.gate, assumption.direction, assumption.measure, assumption.start)


trade_scenarios = st.builds(
    TradeScenario,
    name=st.sampled_from(["flat", "growth"]),
    base=st.integers(2020, 2025).map(Period.year),
    assumptions=st.lists(growth_assumptions, min_size=1, max_size=3, unique_by=assumption_scope),
)


# -- exchange rates ----------------------------------------------------------------------

#: The pairs rates are quoted for, the quote currency last.
RATE_PAIRS = (("USD", "VND"), ("CNY", "VND"), ("USD", "CNY"))

#: A rate of one of the pairs, to four decimals (down to 0,0001), from a source whose name
#: may hold a comma (a CSV cell to quote).
exchange_rates = st.sampled_from(RATE_PAIRS).flatmap(
    lambda pair: st.builds(
        ExchangeRate,
        base=st.just(pair[0]),
        quote=st.just(pair[1]),
        rate=st.decimals(min_value="0.0001", max_value=10**6, places=4),
        on=st.dates(min_value=dt.date(2015, 1, 1), max_value=dt.date(2030, 12, 31)),
        source=st.sampled_from(["SBV", "Vietcombank", "Vietcombank, buying"]),
    )
)
exchange_rate_tables = st.builds(
    ExchangeRateTable,
    rates=st.lists(exchange_rates, max_size=8, unique_by=lambda r: (r.base, r.quote, r.on)).map(
        tuple
    ),
    max_age_days=st.none() | st.integers(min_value=0, max_value=60),
)


# -- investment --------------------------------------------------------------------------

organizations = st.sampled_from(
    [
        Organization(code="bql-kktck-dong-dang-lang-son", name="Ban Quản lý Khu kinh tế"),
        Organization(code="ubnd-lang-son", name="UBND tỉnh Lạng Sơn"),
    ]
)
#: Days of the plans' year, 2020.
plan_days = st.dates(min_value=dt.date(2020, 1, 1), max_value=dt.date(2020, 12, 31))
#: Capital in whole đồng written in any scale of đồng.
capital_amounts = st.builds(
    lambda dong, unit: amount(Decimal(dong).scaleb(-{"VND": 0, "million_VND": 6}[unit]), unit),
    st.integers(min_value=1, max_value=10**13),
    st.sampled_from(["VND", "million_VND"]),
)


@st.composite
def plan_versions(draw: st.DrawFn, kind: PlanVersionKind | str | None = None) -> PlanVersion:
    """A version of a year's capital plan: assigned, adjusted, supplemented or carried over.

    ``kind="later"`` draws one of the kinds that follow the assignment.
    """
    if not isinstance(kind, PlanVersionKind):
        kinds = list(PlanVersionKind)
        kind = draw(st.sampled_from(kinds[1:] if kind == "later" else kinds))
    carried = kind is PlanVersionKind.CARRIED_OVER
    return PlanVersion(
        id=draw(st.sampled_from(["giao", "dieu-chinh", "v1"])),
        kind=kind,
        date=draw(plan_days),
        amount=draw(capital_amounts),
        legal=draw(st.none() | references()),
        from_year=draw(st.integers(2015, 2019)) if carried else None,
        date_assumed=draw(st.booleans()),
        source=draw(st.none() | sources),
        note=draw(notes),
    )


allocations = st.builds(
    CapitalAllocation,
    date=plan_days,
    amount=capital_amounts,
    id=st.none(),
    qualifier=qualifiers,
    legal=st.none() | references(),
    source=st.none() | sources,
    note=notes,
)
disbursements = st.builds(
    Disbursement,
    date=plan_days,
    amount=capital_amounts,
    id=st.none(),
    qualifier=qualifiers,
    payee=st.none() | organizations,
    source=st.none() | sources,
    note=notes,
)


@st.composite
def capital_plans(draw: st.DrawFn) -> CapitalPlan:
    """A plan of 2020: an assignment then later versions, allocations and disbursements.

    Each version cites its own decision, or none (one decision makes one version).
    """
    days = sorted(draw(st.sets(plan_days, min_size=1, max_size=4)))
    versions = []
    cited: set[str] = set()
    for index, day in enumerate(days):
        version = draw(plan_versions(PlanVersionKind.ASSIGNED if index == 0 else "later"))
        legal = version.legal
        number = None if legal is None else getattr(legal, "number", legal)
        if number in cited:
            legal = None
        cited.add(str(number))
        versions.append(attrs.evolve(version, id=f"v{index}", date=day, legal=legal))
    return CapitalPlan(
        year=2020,
        owner=draw(organizations),
        versions=versions,
        allocations=draw(st.lists(allocations, max_size=3)),
        disbursements=draw(st.lists(disbursements, max_size=4)),
        provider=draw(st.none() | organizations),
        notes=draw(st.lists(st.sampled_from(["ghi chú"]), max_size=1)),
    )


disbursement_ratios = capital_plans().flatmap(
    lambda plan: st.dates(min_value=plan.versions[0].date, max_value=dt.date(2020, 12, 31)).map(
        plan.ratio
    )
)
plan_findings = capital_plans().flatmap(
    lambda plan: st.sampled_from(plan.findings()) if plan.findings() else st.nothing()
)
capital_transactions = capital_plans().flatmap(lambda plan: st.sampled_from(plan.transactions()))
statutory_windows = st.integers(min_value=2020, max_value=2035).map(statutory_window)


@st.composite
def implied_bases(draw: st.DrawFn) -> ImpliedBase:
    """The base a printed amount and a printed percent of it imply."""
    value = draw(st.sampled_from(["trên 52,6 tỷ đồng", "42.119 triệu đồng", "gần 10 tỷ đồng"]))
    ratio = draw(st.sampled_from(["51,2%", "41%", "khoảng 60%"]))
    return implied_base_range(value, ratio, honour_qualifier=draw(st.booleans()))


# -- projections -------------------------------------------------------------------------


@st.composite
def projection_inputs(draw: st.DrawFn) -> ProjectionInput:
    """A named amount a projection starts from, maybe as printed."""
    figure = draw(st.none() | st.sampled_from(["344,8 tỷ đồng", "trên 278.718 triệu đồng"]))
    printed = None if figure is None else read_figure(figure)
    bare = None if figure is None else figure.removeprefix("trên ")
    value = draw(vnd()) if bare is None else parse_amount(bare)
    return ProjectionInput(name=draw(st.sampled_from(["ytd", "plan"])), value=value, figure=printed)


@st.composite
def year_end_projections(draw: st.DrawFn) -> YearEndProjection:
    """A year-end projection by run rate of an amount of the first months of a year."""
    months = draw(st.integers(min_value=1, max_value=12))
    period = Period.first_months(draw(st.integers(2015, 2030)), months)
    method = draw(st.sampled_from([Method.RUN_RATE_MONTHS, Method.RUN_RATE_DAYS]))
    return run_rate(draw(vnd()), period, method=method)


@st.composite
def paces_needed(draw: st.DrawFn) -> PaceNeeded:
    """The pace that takes an amount done to a target by the end of the year."""
    as_of = draw(st.dates(min_value=dt.date(2020, 1, 2), max_value=dt.date(2020, 12, 30)))
    return pace_needed(
        draw(vnd()),
        amount(draw(positive_dong), "VND"),
        as_of=as_of,
        kind=draw(st.sampled_from([PaceKind.FEE_ESTIMATE, PaceKind.TRADE_PLAN, PaceKind.TARGET])),
    )


@st.composite
def growth_paths(draw: st.DrawFn) -> GrowthPath:
    """The constant growth from a base year's amount to a later target."""
    base_year = draw(st.integers(min_value=2000, max_value=2030))
    return growth_path(
        amount(draw(positive_dong), "VND"),
        amount(draw(dong), "VND"),
        base_year,
        base_year + draw(st.integers(min_value=1, max_value=20)),
    )


# -- projects ----------------------------------------------------------------------------

CURRENCY_UNITS = ("VND", "million_VND", "billion_VND", "USD", "million_USD", "CNY")
project_days = st.dates(min_value=dt.date(2000, 1, 1), max_value=dt.date(2040, 12, 31))
magnitudes = st.decimals(min_value=0, max_value=10**9, places=3, allow_nan=False)
project_capitals = st.builds(
    Capital,
    amount=st.builds(amount, magnitudes, st.sampled_from(CURRENCY_UNITS)),
    qualifier=st.sampled_from([None, None, Qualifier.AT_LEAST, Qualifier.ABOUT]),
)
#: Milestones that need only the investment approval, which none has: any may be open.
OPEN_KINDS = (
    MilestoneKind.SITE_CLEARED,
    MilestoneKind.LAND_HANDED_OVER,
    MilestoneKind.CONSTRUCTION_STARTED,
    MilestoneKind.IN_OPERATION,
)
milestones = st.builds(
    Milestone,
    kind=st.sampled_from(OPEN_KINDS),
    planned=project_days,
    name=st.none() | st.just("giai đoạn 1"),
    note=notes,
)


def _as_cited(reference: LegalReference) -> LegalReference:
    """The legal basis a project file holds: what its citation reads, with the url and summary."""
    cited = LegalReference.parse(reference.cite())
    return attrs.evolve(cited, url=reference.url, summary=reference.summary)


#: A project's legal basis as its data holds it (``projects.toml`` or the project tables):
#: its citation, url and summary.
project_references = references().map(_as_cited)


@st.composite
def projects(draw: st.DrawFn, code: str = "p0") -> Project:
    """A project: investor, capital, land, zone, status and open milestones, all optional."""
    kinds = draw(st.lists(st.sampled_from(OPEN_KINDS), unique=True, max_size=4))
    legal = draw(st.none() | project_references)
    start = dt.date(2000, 1, 1) if legal is None or legal.signed is None else legal.signed
    planned = st.dates(min_value=start, max_value=max(start, dt.date(2040, 12, 31)))
    return Project(
        code=code,
        name=draw(st.sampled_from(["Dự án khu logistics", "Trung tâm hội chợ"])),
        investor=draw(st.sampled_from([None, "Công ty A", "Công ty B"])),
        capital_source=draw(st.sampled_from([None, *CapitalSource])),
        registered_capital=draw(st.none() | project_capitals),
        total_investment=draw(st.none() | project_capitals),
        land_area=draw(st.none() | hectares),
        zone=draw(st.sampled_from([None, "khu-che-xuat-1", "kcn-dong-banh"])),
        legal=legal,
        status=draw(st.sampled_from([None, *ProjectStatus])),
        milestones=[Milestone(kind=kind, planned=draw(planned)) for kind in kinds],
    )


@st.composite
def portfolios(draw: st.DrawFn, *, max_size: int = 8) -> Portfolio:
    """Up to ``max_size`` projects of distinct codes."""
    size = draw(st.integers(min_value=0, max_value=max_size))
    return Portfolio(
        projects=[draw(projects(f"p{index}")) for index in range(size)],
        as_of=draw(st.none() | project_days),
        name=draw(st.none() | st.just("Các dự án")),
    )


area_totals = portfolios().map(lambda portfolio: portfolio.land_area())
capital_totals = st.builds(
    lambda portfolio, measure: portfolio.capital(measure),
    portfolios(),
    st.sampled_from(list(CapitalMeasure)),
)
milestone_delays = st.builds(
    MilestoneDelay,
    project=st.just("p0"),
    milestone=milestones,
    on=project_days,
)


# -- tasks -------------------------------------------------------------------------------


@st.composite
def stated_task_counts(draw: st.DrawFn) -> StatedTaskCount:
    """What a report says of its tasks: so many assigned, so many done on time …"""
    assigned = draw(st.integers(min_value=0, max_value=500))
    on_time = draw(st.none() | st.integers(min_value=0, max_value=assigned))
    completed = draw(
        st.none() | st.integers(min_value=0 if on_time is None else on_time, max_value=assigned)
    )
    period = draw(st.none() | periods())
    return StatedTaskCount(
        key=draw(st.sampled_from(["2020-9m", "2024-6m"])),
        text=draw(st.sampled_from(["Tổng số nhiệm vụ được giao 120", "120 tasks assigned"])),
        sources=draw(
            st.lists(st.sampled_from(list(TaskSource)), min_size=1, max_size=2, unique=True)
        ),
        assigned=assigned,
        on_time=on_time,
        completed=completed,
        period=period,
        as_of=draw(dates) if period is None else period.end,
        assigned_by=draw(st.sampled_from([None, "UBND tỉnh"])),
        citation=draw(st.none() | citations),
        note=draw(notes),
    )


@st.composite
def task_logs(draw: st.DrawFn) -> TaskLog:
    """Up to 8 tasks of distinct codes, and maybe a stated count."""
    size = draw(st.integers(min_value=0, max_value=8))
    return TaskLog(
        tasks=[draw(tasks(f"t{index}")) for index in range(size)],
        stated=draw(st.lists(stated_task_counts(), max_size=1)),
    )


task_counts = st.builds(
    lambda log, day: log.counts(day),
    task_logs(),
    st.dates(min_value=dt.date(2015, 1, 1), max_value=dt.date(2032, 12, 31)),
)
task_ratios = st.builds(
    lambda counts, base: counts.on_time_ratio(base),
    task_counts.filter(lambda counts: counts.assigned > 0),
    st.sampled_from([TaskRatioBase.ASSIGNED]),
)
task_checks = (
    task_logs().filter(lambda log: bool(log.stated)).map(lambda log: log.check(log.stated[0].key))
)


# -- zoning ------------------------------------------------------------------------------

areas = st.builds(
    Area,
    hectares=st.decimals(min_value=0, max_value=10**6, places=2),
    qualifier=qualifiers,
    resolution=st.none() | st.sampled_from([Decimal("0.01"), Decimal(1)]),
)
land_allocations = st.builds(
    Allocation,
    code=st.sampled_from(["a", "b", "c"]),
    name=st.sampled_from(["Đất công nghiệp", "Đất ở"]),
    area=areas,
    english=st.none() | st.just("Industrial land"),
)
fits = land_budgets().map(lambda budget: budget.fit())
budget_diffs = st.builds(diff, land_budgets(), land_budgets())
class_changes = budget_diffs.filter(lambda change: bool(change.changes)).flatmap(
    lambda change: st.sampled_from(change.changes)
)


@st.composite
def zoning_plan_versions(
    draw: st.DrawFn, code: str = "v1", *, dated: bool = True
) -> ZoningPlanVersion:
    """A version of a zoning plan: maybe a stage, legal basis, land budgets; unknowns caveated.

    Undated (``dated=False``), it has no legal basis, so a plan may hold several in any order.
    """
    budgets = sorted(
        draw(st.lists(land_budgets(), max_size=2, unique_by=lambda b: b.year)),
        key=lambda budget: budget.year,
    )
    known = {
        "stage": draw(st.none() | st.sampled_from(list(PlanStage))),
        "legal": draw(st.none() | references()) if dated else None,
        "horizons": tuple(budget.year for budget in budgets),
        "total": None,
        "land_use": tuple(budgets),
        "zones": (),
    }
    not_found = Provenance(caveat=Caveat.NOT_FOUND, note="not found in any source")
    facts = {fact: not_found for fact in VERSION_FACTS if known[fact] is None or known[fact] == ()}
    return ZoningPlanVersion(
        code=code,
        name=draw(st.sampled_from(["Quy hoạch chung đến năm 2030", "Điều chỉnh cục bộ"])),
        sources=draw(st.lists(citations, min_size=1, max_size=2)),
        facts=facts,
        **known,
    )


@st.composite
def zoning_plans(draw: st.DrawFn) -> Plan:
    """A plan of 1 or 2 undated versions."""
    count = draw(st.integers(min_value=1, max_value=2))
    return Plan(
        code=draw(st.sampled_from(["kkt-dong-dang", "chi-ma"])),
        name="Quy hoạch chung",
        level=draw(st.sampled_from(list(PlanLevel))),
        versions=[draw(zoning_plan_versions(f"v{index}", dated=False)) for index in range(count)],
        sources=draw(st.lists(citations, min_size=1, max_size=2)),
    )


@st.composite
def plan_registries(draw: st.DrawFn) -> PlanRegistry:
    """The bundled plans, or one or two drawn ones of distinct codes."""
    if draw(st.booleans()):
        return lang_son_plans()
    plans = draw(st.lists(zoning_plans(), min_size=1, max_size=2, unique_by=lambda p: p.code))
    return PlanRegistry(plans=plans)


# -- scenarios ---------------------------------------------------------------------------

change_days = st.dates(min_value=dt.date(2020, 6, 1), max_value=dt.date(2020, 12, 31))
dated_changes = st.builds(
    DatedChange, id=st.just("c"), start=change_days, vi=st.just("Thay đổi"), en=st.just("Change")
)
set_growths = st.builds(
    SetGrowth,
    id=st.just("g"),
    start=change_days,
    vi=st.just("Tăng trưởng"),
    en=st.just("Growth"),
    assumptions=st.lists(growth_assumptions, min_size=1, max_size=2, unique_by=assumption_scope),
)
set_paces = st.builds(
    SetPace,
    id=st.just("p"),
    start=change_days,
    vi=st.just("Nhịp độ"),
    en=st.just("Pace"),
    per_month=st.decimals(min_value=0, max_value=10**4, places=1),
)
revise_plans = st.builds(
    RevisePlan,
    id=st.just("2020-dc"),
    start=change_days,
    vi=st.just("Điều chỉnh"),
    en=st.just("Adjusted"),
    amount=st.decimals(min_value=1, max_value=10**6, places=1),
)
change_lands = st.builds(
    ChangeLand,
    id=st.just("l"),
    start=change_days,
    vi=st.just("Đất"),
    en=st.just("Land"),
    by=st.dictionaries(
        st.sampled_from(["a", "b"]), st.decimals(min_value=-10, max_value=10, places=1), max_size=2
    ),
)
disbursement_outlooks = capital_plans().flatmap(
    lambda plan: st.builds(
        DisbursementOutlook,
        plan=st.just(plan),
        as_of=st.dates(min_value=plan.versions[0].date, max_value=dt.date(2020, 12, 30)),
        share=st.none() | st.sampled_from([Decimal(1), Decimal("0.9")]),
    )
)


@st.composite
def scenarios(draw: st.DrawFn) -> Scenario:
    """A fee, trade, disbursement or land scenario with a change of its kind."""
    kind = draw(st.sampled_from(["fee", "trade", "disbursement", "land"]))
    if kind == "fee":
        baseline: Any = USER
        changes: list[Any] = [draw(reforms())]
    elif kind == "trade":
        baseline, changes = draw(trade_scenarios), [draw(set_growths)]
    elif kind == "disbursement":
        baseline, changes = draw(disbursement_outlooks), [draw(set_paces)]
    else:
        budget = draw(land_budgets(pool=("a", "b")))
        shifts = {code: Decimal(0) for code in budget.codes}
        baseline = budget
        changes = [ChangeLand(id="l", start=dt.date(2026, 1, 1), vi="Đất", en="Land", by=shifts)]
    return Scenario(name=draw(st.sampled_from(["base", "cap"])), baseline=baseline, changes=changes)


fee_scenarios = st.builds(
    FeeScenario,
    name=st.sampled_from(["cap", "split"]),
    baseline=st.just(USER),
    reforms=st.lists(reforms(), max_size=2),
)


@st.composite
def scenario_tables(draw: st.DrawFn) -> ScenarioTable:
    """A batch of crossings under a user's schedule and one or two fee scenarios."""
    columns = draw(crossing_batches)
    columns["gate"] = np.array(
        draw(st.lists(gate_codes, min_size=len(columns["date"]), max_size=len(columns["date"])))
    )
    chosen = draw(st.lists(fee_scenarios, min_size=1, max_size=2, unique_by=lambda s: s.name))
    return compare_scenarios(columns, chosen)


scenario_rows = scenario_tables().map(lambda table: table.total())


# -- records, dataset, seed data, report, tables -------------------------------------------


@st.composite
def crossing_tables(draw: st.DrawFn) -> CrossingTable:
    """Up to 8 crossings read, column by column, into a table."""
    rows = draw(st.lists(crossing_rows(), max_size=8))
    if not rows:
        return CrossingTable.empty()
    columns = columns_of(rows)
    columns["gate"] = np.array(
        draw(st.lists(st.none() | gate_codes, min_size=len(rows), max_size=len(rows))), object
    )
    return read_crossings(columns, gates=GATE_CODES)


@functools.cache
def _seed() -> Dataset:
    return seed_dataset()


@functools.cache
def _report(lang: str) -> Report:
    return build_report(lang)  # type: ignore[arg-type]


#: What a dataset is called: a Vietnamese title, maybe an English one and a short name.
dataset_infos = st.builds(
    DatasetInfo,
    title=st.sampled_from(["Số liệu năm 2025", "Báo cáo 6 tháng đầu năm 2024"]),
    title_en=st.sampled_from([None, "Figures of 2025"]),
    name=st.sampled_from([None, "lang-son-2025"]),
)


#: The bundled seed data, and the same with its drawn parts in place of some.
@st.composite
def datasets(draw: st.DrawFn) -> Dataset:
    """The bundled seed dataset, maybe with drawn fee collections, tasks and crossings."""
    seed = _seed()
    return Dataset(
        gates=seed.gates,
        fee_schedule=seed.fee_schedule,
        zoning=seed.zoning,
        projects=seed.projects,
        tasks=draw(st.just(seed.tasks) | task_logs()),
        sources=seed.sources,
        fee_collections=seed.fee_collections,
        trade=seed.trade,
        crossings=draw(st.just(seed.crossings) | crossing_tables()),
        exchange_rates=draw(st.just(seed.exchange_rates) | exchange_rate_tables),
        capital_plans=seed.capital_plans,
        figures=seed.figures,
        statements=seed.statements,
        registry_texts=seed.registry_texts,
        info=draw(st.just(seed.info) | st.none() | dataset_infos),
    )


seed_figure_values = st.builds(lambda: list(seed_figures().values())).flatmap(st.sampled_from)
seed_statement_values = st.builds(lambda: list(seed_statements().values())).flatmap(st.sampled_from)


@st.composite
def seed_finding_values(draw: st.DrawFn) -> SeedFinding:
    """A seed finding, or a drawn finding with drawn sources."""
    if draw(st.booleans()):
        return draw(st.sampled_from(seed_findings()))
    return SeedFinding(
        finding=draw(findings()), sources=tuple(draw(st.lists(sources, min_size=1, max_size=2)))
    )


reports = st.sampled_from(["vi", "en"]).map(_report)
report_sections = reports.flatmap(lambda report: st.sampled_from(report.sections))
report_lines = report_sections.filter(lambda section: bool(section.lines)).flatmap(
    lambda section: st.sampled_from(section.lines)
)
line_measures = report_lines.map(lambda line: line.measure)
report_findings = reports.filter(lambda report: bool(report.findings)).flatmap(
    lambda report: st.sampled_from(report.findings)
)
report_comparisons = st.builds(
    ReportComparison,
    kind=st.sampled_from(["growth", "attainment", "ratio", "share"]),
    rate=st.none() | rates,
    base=st.none() | amounts,
    base_unit=st.none() | st.sampled_from(["million_VND", "USD"]),
    base_period=st.none() | periods(),
    base_origin=st.none() | st.sampled_from(["stated", "computed"]),
)
table_columns = st.builds(
    Column,
    name=st.sampled_from(["date", "amount", "gate"]),
    cell=st.sampled_from(["text", "date", "decimal", "count", "flag"]),
    required=st.booleans(),
)
problems = st.builds(
    Problem,
    file=st.sampled_from(["fees.csv", "tasks.parquet"]),
    row=st.none() | st.integers(min_value=1, max_value=10**5),
    column=st.none() | st.sampled_from(["amount", "date"]),
    message=st.sampled_from(["không đọc được", "not a date"]),
)


#: The strategy of each public value type (every frozen attrs class of a public ``__all__``).
VALUE_TYPES: dict[type, st.SearchStrategy[Any]] = {
    # periods, figures, intervals, statements, audit
    Period: periods(),
    Figure: figures(),
    Interval: intervals(),
    Statement: statements(),
    StatementComparison: statement_comparisons(),
    Unparsed: unparsed(),
    Finding: findings(),
    # provenance, legal
    Source: sources,
    Citation: citations,
    Provenance: provenances,
    LegalReference: references(),
    # gates
    Counterpart: counterparts,
    Location: locations,
    Management: managements(),
    GateNote: gate_notes,
    StatusEvent: status_events(),
    GatePair: gate_pairs(),
    Route: routes(),
    Gap: gaps(),
    StatedCount: stated_counts(),
    GateRegistry: gate_registries(),
    ClearingResult: clearing_results(),
    CountCheck: count_checks(),
    # fees
    PayloadBracket: brackets(),
    Rate: fee_rates,
    Coefficient: coefficients,
    Cap: caps,
    MixedCargoRule: mixed_cargo_rules,
    SplitRule: split_rules,
    Split: splits(),
    FeeVersion: fee_versions(),
    FeeSchedule: fee_schedules(),
    Crossing: crossings,
    Assessment: assessments(),
    GoodsFee: goods_fees,
    AssessedCrossings: assessed_crossings(),
    CollectedFees: collected_fees,
    CollectedRow: collected_rows,
    SetRate: set_rates,
    ScaleRate: scale_rates,
    SetCap: set_caps,
    SetCoefficient: set_coefficients,
    SetSplit: set_splits,
    Reform: reforms(),
    ComparisonTable: comparison_tables(),
    ComparisonRow: comparison_rows,
    FeeRecord: fee_records(),
    FeeCollections: fee_collections(),
    FeeTotal: fee_totals(),
    FeeGrowth: fee_growths(),
    FeeAttainment: fee_attainments(),
    FeePerTrip: fees_per_trips(),
    FeeFinding: fee_findings(),
    LineContribution: line_contributions(),
    GrowthBreakdown: growth_breakdowns(),
    # trade, exchange rates
    HSCode: hs_codes,
    TradeFlow: trade_flows(),
    Totals: trade_totals,
    GrowthTable: growth_tables,
    TradeGrowth: trade_growths(),
    ComponentGrowth: component_growths(),
    Part: trade_parts,
    TradeBreakdown: trade_breakdowns(),
    StatedCheck: stated_checks(),
    GrowthAssumption: growth_assumptions,
    TradeScenario: trade_scenarios,
    ExchangeRate: exchange_rates,
    ExchangeRateTable: exchange_rate_tables,
    # investment, projections
    Organization: organizations,
    PlanVersion: plan_versions(),
    CapitalAllocation: allocations,
    Disbursement: disbursements,
    CapitalPlan: capital_plans(),
    DisbursementRatio: disbursement_ratios,
    PlanFinding: plan_findings,
    CapitalTransaction: capital_transactions,
    StatutoryWindow: statutory_windows,
    ImpliedBase: implied_bases(),
    ProjectionInput: projection_inputs(),
    YearEndProjection: year_end_projections(),
    PaceNeeded: paces_needed(),
    GrowthPath: growth_paths(),
    # projects
    Capital: project_capitals,
    Milestone: milestones,
    Project: projects(),
    Portfolio: portfolios(),
    AreaTotal: area_totals,
    CapitalTotal: capital_totals,
    MilestoneDelay: milestone_delays,
    # tasks
    Task: tasks(),
    StatedTaskCount: stated_task_counts(),
    TaskLog: task_logs(),
    TaskCounts: task_counts,
    TaskRatio: task_ratios,
    TaskCheck: task_checks,
    # zoning
    Area: areas,
    Allocation: land_allocations,
    LandBudget: land_budgets(),
    Fit: fits,
    BudgetDiff: budget_diffs,
    ClassChange: class_changes,
    ZoningPlanVersion: zoning_plan_versions(),
    Plan: zoning_plans(),
    PlanRegistry: plan_registries(),
    # scenarios
    DatedChange: dated_changes,
    SetGrowth: set_growths,
    SetPace: set_paces,
    RevisePlan: revise_plans,
    ChangeLand: change_lands,
    DisbursementOutlook: disbursement_outlooks,
    Scenario: scenarios(),
    FeeScenario: fee_scenarios,
    ScenarioTable: scenario_tables(),
    ScenarioRow: scenario_rows,
    # records, dataset, seed data, report, tables
    CrossingTable: crossing_tables(),
    Dataset: datasets(),
    DatasetInfo: dataset_infos,
    SeedFigure: seed_figure_values,
    SeedStatement: seed_statement_values,
    SeedFinding: seed_finding_values(),
    Report: reports,
    Section: report_sections,
    Line: report_lines,
    LineMeasure: line_measures,
    ReportFinding: report_findings,
    ReportComparison: report_comparisons,
    Column: table_columns,
    Problem: problems,
}
