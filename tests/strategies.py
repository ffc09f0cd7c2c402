"""Hypothesis strategies shared by the test modules."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from hypothesis import strategies as st

from dongdang import Period

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
