"""Hypothesis strategies shared by the test modules."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from hypothesis import strategies as st

from dongdang import Period, Qualifier
from dongdang.fees.vehicles import PayloadBracket
from dongdang.legal import LegalKind, LegalReference
from dongdang.tasks import Task, TaskSource
from dongdang.zoning import Allocation, Area, LandBudget

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
def periods(draw: st.DrawFn) -> Period:
    """Any period inside 1990–2100."""
    first, second = draw(dates), draw(dates)
    return Period.between(min(first, second), max(first, second))


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


@st.composite
def tasks(draw: st.DrawFn, code: str = "t") -> Task:
    """A task: a deadline and a completion (each maybe) on or after its assignment."""
    assigned = draw(st.dates(min_value=dt.date(2015, 1, 1), max_value=dt.date(2030, 12, 31)))
    later = st.none() | st.integers(min_value=0, max_value=400).map(
        lambda days: assigned + dt.timedelta(days=days)
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
