"""The growth of a sum of parts with interval values: exact bounds without 2**k corners."""

from __future__ import annotations

import itertools
from fractions import Fraction

from hypothesis import given
from hypothesis import strategies as st

from dongdang import audit, parse_statements
from dongdang.auditing import FindingKind
from dongdang.intervals import growth_bounds as _growth_bounds

Ends = tuple[Fraction, Fraction]

fractions = st.fractions(min_value=0, max_value=1000, max_denominator=50)
positive = st.fractions(min_value=Fraction(1, 20), max_value=5, max_denominator=50)


@st.composite
def boxes(draw: st.DrawFn) -> tuple[list[Ends], list[Ends]]:
    size = draw(st.integers(min_value=1, max_value=6))
    values = [tuple(sorted(draw(st.tuples(fractions, fractions)))) for _ in range(size)]
    rates = [tuple(sorted(draw(st.tuples(positive, positive)))) for _ in range(size)]
    return values, rates  # type: ignore[return-value]


def by_corners(values: list[Ends], rates: list[Ends]) -> tuple[Fraction, Fraction] | None:
    """What the audit enumerated before: every corner of the box of values."""

    def growth(corner: tuple[Fraction, ...], end: int) -> Fraction:
        previous = sum((v / r[end] for v, r in zip(corner, rates, strict=True)), Fraction(0))
        return (sum(corner, Fraction(0)) / previous - 1) * 100

    corners = list(itertools.product(*values))
    if any(sum(corner) == 0 for corner in corners):
        return None
    return min(growth(c, 0) for c in corners), max(growth(c, 1) for c in corners)


@given(boxes())
def test_growth_bounds_equal_the_corners_of_the_box(box: tuple[list[Ends], list[Ends]]) -> None:
    assert _growth_bounds(*box) == by_corners(*box)


@given(boxes(), st.data())
def test_every_point_of_the_box_grows_within_the_bounds(
    box: tuple[list[Ends], list[Ends]], data: st.DataObject
) -> None:
    values, rates = box
    bounds = _growth_bounds(values, rates)
    point = [data.draw(st.fractions(min_value=low, max_value=high)) for low, high in values]
    rate = [data.draw(st.fractions(min_value=low, max_value=high)) for low, high in rates]
    previous = sum((v / r for v, r in zip(point, rate, strict=True)), Fraction(0))
    if bounds is None or previous == 0:
        return
    growth = (sum(point, Fraction(0)) / previous - 1) * 100
    assert bounds[0] <= growth <= bounds[1]


def test_a_total_of_twelve_parts_is_checked() -> None:
    # Above ten parts the growth check was skipped; now it is made, and finds this one.
    parts = ", ".join(f"cửa khẩu {k} đạt 10 triệu USD, tăng 10%" for k in range(12))
    text = f"Tổng kim ngạch đạt 120 triệu USD, tăng 50% so với cùng kỳ, trong đó {parts}."
    kinds = [finding.kind for finding in audit(parse_statements(text))]
    assert FindingKind.GROWTH_DISAGREES in kinds
    agreeing = text.replace("tăng 50%", "tăng 10%")
    assert FindingKind.GROWTH_DISAGREES not in [f.kind for f in audit(parse_statements(agreeing))]
