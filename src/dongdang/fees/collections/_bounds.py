"""The rounding ranges of printed figures: the bounds of a growth of a sum of rounded parts."""

from __future__ import annotations

import functools
import itertools
from decimal import Decimal
from fractions import Fraction
from typing import TYPE_CHECKING, cast

import attrs

from dongdang import indicators
from dongdang._decimal import EXACT, ONE, QUOTIENT, round_half_up, tidy, to_decimal
from dongdang.intervals import (
    Interval,
    half_unit,
    implied_previous_interval,
    interval_of,
)
from dongdang.intervals import over as _over
from dongdang.intervals import to_decimal as interval_decimal
from dongdang.text import Figure, Qualifier
from dongdang.units import (
    Quantity,
    magnitude_in,
    ureg,
)

if TYPE_CHECKING:
    from collections.abc import Iterable, Sequence

    from dongdang.fees.collections._record import FeeRecord


# -- rounding ranges ------------------------------------------------------------------------


def _prints_as(value: Decimal, stated: Figure | None) -> bool | None:
    if stated is None:
        return None
    return round_half_up(value.scaleb(2, EXACT), stated.decimals) == stated.value


def _half_percent(figure: Figure) -> Decimal:
    """Half a unit of the last printed digit of a percent, as a fraction."""
    return interval_decimal(half_unit(figure) / 100)


def _consistent(bounds: tuple[Decimal, Decimal | None], stated: Figure) -> bool:
    """Whether a range of values meets the values that print as ``stated``.

    The stated figure allows what :func:`dongdang.intervals.interval_of` says,
    qualifier included.
    """
    low, high = bounds
    allowed = Interval(low=Fraction(low) * 100, high=None if high is None else Fraction(high) * 100)
    return allowed.meets(interval_of(stated))


def _half_unit(quantity: Quantity, base: str) -> Decimal:
    """Half a unit of the last digit of ``quantity``'s magnitude, in ``base``."""
    exponent = cast("int", to_decimal(quantity.magnitude, "amount").as_tuple().exponent)
    return magnitude_in(ureg.Quantity(Decimal(5).scaleb(exponent - 1, EXACT), quantity.units), base)


@attrs.frozen
class _Part:
    """A figure and its base, each as printed with half a unit of its last digit."""

    current: Decimal
    current_half: Decimal
    previous: Decimal | None = None
    previous_half: Decimal = Decimal(0)
    growth: Decimal | None = None
    growth_half: Decimal = Decimal(0)


def _printed(records: Iterable[FeeRecord], base: str) -> tuple[Decimal, Decimal]:
    """The sum of the records' amounts in ``base``, and half a unit of each, summed."""
    items = list(records)
    value = functools.reduce(EXACT.add, (magnitude_in(r.amount, base) for r in items), Decimal(0))
    half = functools.reduce(EXACT.add, (_half_unit(r.amount, base) for r in items), Decimal(0))
    return value, half


def _previous_sum(parts: Sequence[_Part], currents: Sequence[Decimal], end: int) -> Decimal | None:
    """The parts' previous amounts summed: each at its least (-1), as printed (0) or most (+1).

    None when a stated growth of -100% or less leaves the previous amount undefined.
    """
    total = Decimal(0)
    for part, now in zip(parts, currents, strict=True):
        if part.previous is not None:
            value = max(
                EXACT.add(part.previous, EXACT.multiply(end, part.previous_half)), Decimal(0)
            )
        else:
            # The most previous goes with the least growth.
            growth = EXACT.subtract(
                cast("Decimal", part.growth), EXACT.multiply(end, part.growth_half)
            )
            base = EXACT.add(ONE, growth)
            if base <= 0:
                return None
            # As implied_previous rounds it, so that the point is the breakdown's growth.
            value = indicators.implied_previous(now, growth)
        total = EXACT.add(total, value)
    return total


def _growth_of(now: Decimal, before: Decimal | None) -> Decimal | None:
    if before is None or before <= 0:
        return None
    return tidy(EXACT.subtract(QUOTIENT.divide(now, before), ONE))


def _growth_bounds(parts: Sequence[_Part]) -> tuple[Decimal, Decimal | None, Decimal | None]:
    """The least and greatest growth the parts allow, and the growth as printed.

    The growth of a sum is monotonic in each previous amount and each stated
    growth, and a ratio of linear functions of the current amounts, so its
    extremes are at the corners of the box of current amounts.
    """
    lows: list[Decimal] = []
    highs: list[Decimal | None] = []
    boxes = [
        (
            max(EXACT.subtract(p.current, p.current_half), Decimal(0)),
            EXACT.add(p.current, p.current_half),
        )
        for p in parts
    ]
    for corner in itertools.product(*boxes):
        now = functools.reduce(EXACT.add, corner, Decimal(0))
        low = _growth_of(now, _previous_sum(parts, corner, +1))
        lows.append(-ONE if low is None else low)
        highs.append(_growth_of(now, _previous_sum(parts, corner, -1)))
    printed = [p.current for p in parts]
    point = _growth_of(
        functools.reduce(EXACT.add, printed, Decimal(0)), _previous_sum(parts, printed, 0)
    )
    high = None if any(h is None for h in highs) else max(cast("list[Decimal]", highs))
    return min(lows), high, point


def _implied(record: FeeRecord, stated: Figure) -> Quantity:
    """Last year's amount a record and its stated growth imply.

    As the printed numbers give it, or, when it is a bound, the bound the printed
    figures guarantee within their rounding.
    """
    point = indicators.implied_previous(record.amount, stated.fraction)
    qualifier = _over(record.qualifier, stated.qualifier)
    if qualifier not in (Qualifier.AT_LEAST, Qualifier.AT_MOST, Qualifier.BELOW):
        return point
    value = to_decimal(record.amount.magnitude, "amount")
    exponent = cast("int", value.as_tuple().exponent)
    printed = Figure(
        text=str(record.amount),
        span=(0, 0),
        qualifier=record.qualifier,
        qualifier_word=None,
        value=value,
        decimals=max(-exponent, 0),
        unit=str(record.amount.units),
    )
    allowed = implied_previous_interval(printed, stated)
    end = allowed.low if qualifier is Qualifier.AT_LEAST else allowed.high
    # A bound in one direction comes from figures bounded on that side, and a
    # stated growth above -100% is above it within its rounding too.
    assert end is not None  # noqa: S101
    exact = QUOTIENT.divide(Decimal(end.numerator), Decimal(end.denominator))
    return ureg.Quantity(tidy(exact), record.amount.units)
