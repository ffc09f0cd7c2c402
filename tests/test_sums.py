"""Growth bounds of a sum of rounded parts: one home, and the fee and trade breakdowns use it.

Every expected bound is found here by brute force, with fractions: the growth
Σ now / Σ base − 1 at each corner of the box of printed values, each base at
the end of its rounding that gives the extreme.
"""

from __future__ import annotations

import itertools
from decimal import Decimal
from fractions import Fraction
from typing import TYPE_CHECKING

from hypothesis import given, settings
from hypothesis import strategies as st

from dongdang._sums import Part, sum_growth_bounds
from dongdang.errors import DongDangError
from dongdang.fees.collections import FeeCollections, FeeLine, FeeRecord
from dongdang.periods import Period
from dongdang.trade.results import growth_bounds
from dongdang.units import amount

if TYPE_CHECKING:
    from collections.abc import Sequence

values = st.decimals(min_value=0, max_value=1000, places=1)
halves = st.sampled_from([Decimal(0), Decimal("0.05"), Decimal("0.5"), Decimal(5)])
growths = st.decimals(min_value=Decimal("-1.2"), max_value=3, places=3)
#: Growths a fee record states ("5,2%", "-12,5%"): a fraction with three places.
fee_growths = st.decimals(min_value=Decimal("-0.9"), max_value=3, places=3)
growth_halves = st.sampled_from([Decimal(0), Decimal("0.0005"), Decimal("0.005"), Decimal("0.05")])
parts = st.one_of(
    st.builds(Part, values, halves),  # new this year: no base
    st.builds(
        lambda c, h, p, ph: Part(c, h, previous=p, previous_half=ph), values, halves, values, halves
    ),
    st.builds(Part, values, halves, growths, growth_halves),
)


def _brute_force(items: Sequence[Part]) -> tuple[Fraction, Fraction | None]:
    """The least and greatest growth over every corner; -1 and None where a base is unbounded."""

    def ends(value: Decimal, half: Decimal) -> list[Fraction]:
        return [
            max(Fraction(value) - Fraction(half), Fraction(0)),
            Fraction(value) + Fraction(half),
        ]

    lows: list[Fraction] = []
    highs: list[Fraction | None] = []
    for corner in itertools.product(*(ends(p.current, p.current_half) for p in items)):
        for side in (+1, -1):  # +1: the most base (the least growth); -1: the least base
            before: Fraction | None = Fraction(0)
            for part, now in zip(items, corner, strict=True):
                if part.growth is not None:
                    rate = 1 + Fraction(part.growth) - side * Fraction(part.growth_half)
                    before = None if before is None or rate <= 0 else before + now / rate
                elif part.previous is not None and before is not None:
                    low, high = ends(part.previous, part.previous_half)
                    before += high if side > 0 else low
            if side > 0:
                # the least growth takes the values now that stand alone at their least
                alone = sum(
                    (ends(p.current, p.current_half)[0] for p in items if p.growth is None),
                    Fraction(0),
                )
                coupled = sum(
                    (n for p, n in zip(items, corner, strict=True) if p.growth is not None), 0
                )
                lows.append(-1 if not before else (alone + coupled) / before - 1)
            else:
                alone = sum(
                    (ends(p.current, p.current_half)[1] for p in items if p.growth is None),
                    Fraction(0),
                )
                coupled = sum(
                    (n for p, n in zip(items, corner, strict=True) if p.growth is not None), 0
                )
                highs.append(None if not before else (alone + coupled) / before - 1)
    high = None if None in highs else max(h for h in highs if h is not None)
    return min(lows), high


def _close(value: Decimal | None, expected: Fraction | None) -> bool:
    if value is None or expected is None:
        return value is None and expected is None
    return abs(Fraction(value) - expected) <= Fraction(1, 10**25) * max(1, abs(expected))


@settings(max_examples=300, deadline=None)
@given(st.lists(parts, min_size=1, max_size=6))
def test_the_bounds_are_those_of_every_corner_of_the_printed_figures(items: list[Part]) -> None:
    low, high = sum_growth_bounds(items)
    expected_low, expected_high = _brute_force(items)
    assert _close(low, expected_low), (low, expected_low)
    assert _close(high, expected_high), (high, expected_high)


def test_a_fall_of_100_percent_within_rounding_leaves_the_base_unbounded() -> None:
    # 99,95% ± 0,05 points may be a fall of 100%: the base may be anything; the least
    # growth is -1, and the greatest that of a fall of 99,9%.
    fall = Part(Decimal(1), Decimal(0), growth=Decimal("-0.9995"), growth_half=Decimal("0.0005"))
    low, high = sum_growth_bounds([fall])
    assert low == -1
    assert _close(high, Fraction(1) / (1 / Fraction(1, 1000)) - 1)
    # a base of nothing (and nothing now) bounds nothing above
    assert sum_growth_bounds([Part(Decimal(0), Decimal(0), previous=Decimal(0))]) == (-1, None)
    falls = Part(Decimal(1), Decimal(0), growth=Decimal(-1), growth_half=Decimal(0))
    assert sum_growth_bounds([falls]) == (-1, None)


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.one_of(
            st.builds(Part, values, halves), st.builds(Part, values, halves, growths, growth_halves)
        ),
        max_size=5,
    ),
    st.lists(st.builds(Part, values, halves), max_size=3),
)
def test_the_trade_breakdowns_bounds_are_the_homes(
    current: list[Part], previous: list[Part]
) -> None:
    # the trade's parts of last year carry their values as ``current``
    bounds = growth_bounds(current, previous)
    before = [
        Part(Decimal(0), Decimal(0), previous=p.current, previous_half=p.current_half)
        for p in previous
    ]
    expected_low, expected_high = _brute_force([*current, *before])
    assert _close(bounds[0], expected_low)
    assert _close(bounds[1], expected_high)


@settings(max_examples=60, deadline=None)
@given(
    st.lists(st.tuples(values, values | st.none(), fee_growths), min_size=2, max_size=2),
)
def test_the_fee_breakdowns_bounds_are_the_homes(
    lines: list[tuple[Decimal, Decimal | None, Decimal]],
) -> None:
    # each reporting line: this year's amount, and last year's or a stated growth
    this, last = Period.year(2024), Period.year(2023)
    records = []
    items = []
    for line, (now, before, growth) in zip(
        (FeeLine.ENTRY_EXIT, FeeLine.TRANSSHIPMENT), lines, strict=True
    ):
        half = Decimal("0.05")
        if before is not None:
            records.append(FeeRecord(line=line, period=last, amount=amount(before, "million_VND")))
            records.append(FeeRecord(line=line, period=this, amount=amount(now, "million_VND")))
            items.append(Part(now, half, previous=before, previous_half=half))
        else:
            stated = f"{growth * 100:.1f}".replace(".", ",") + "%"
            records.append(
                FeeRecord(
                    line=line, period=this, amount=amount(now, "million_VND"), stated_growth=stated
                )
            )
            items.append(Part(now, half, growth=growth, growth_half=Decimal("0.0005")))
    try:
        breakdown = FeeCollections(records=records).breakdown(this)
    except DongDangError:  # no growth to break down: last year adds up to nothing
        return
    assert breakdown.bounds is not None
    expected_low, expected_high = _brute_force(items)
    assert _close(breakdown.bounds[0], expected_low)
    assert _close(breakdown.bounds[1], expected_high)
