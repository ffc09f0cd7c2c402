"""The rounding ranges of printed figures: the bounds of a growth of a sum of rounded parts."""

from __future__ import annotations

import functools
from decimal import Decimal
from fractions import Fraction
from typing import TYPE_CHECKING, cast

from dongdang import indicators
from dongdang._decimal import EXACT, ONE, QUOTIENT, round_half_up, tidy, to_decimal
from dongdang._sums import Part, sum_growth_bounds
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


def _printed(records: Iterable[FeeRecord], base: str) -> tuple[Decimal, Decimal]:
    """The sum of the records' amounts in ``base``, and half a unit of each, summed."""
    items = list(records)
    value = functools.reduce(EXACT.add, (magnitude_in(r.amount, base) for r in items), Decimal(0))
    half = functools.reduce(EXACT.add, (_half_unit(r.amount, base) for r in items), Decimal(0))
    return value, half


def _printed_base(parts: Sequence[Part]) -> Decimal | None:
    """The parts' previous amounts as printed, summed (an implied one as implied_previous gives it).

    None when a stated growth of -100% or less leaves the previous amount undefined.
    """
    total = Decimal(0)
    for part in parts:
        if part.previous is not None:
            value = part.previous
        else:
            growth = cast("Decimal", part.growth)
            if EXACT.add(ONE, growth) <= 0:
                return None
            value = indicators.implied_previous(part.current, growth)
        total = EXACT.add(total, value)
    return total


def _growth_of(now: Decimal, before: Decimal | None) -> Decimal | None:
    if before is None or before <= 0:
        return None
    return tidy(EXACT.subtract(QUOTIENT.divide(now, before), ONE))


def _growth_bounds(parts: Sequence[Part]) -> tuple[Decimal, Decimal | None, Decimal | None]:
    """The least and greatest growth the parts allow, and the growth as printed.

    The bounds are :func:`dongdang._sums.sum_growth_bounds`'s, for any number of parts.
    """
    low, high = sum_growth_bounds(parts)
    now = functools.reduce(EXACT.add, (p.current for p in parts), Decimal(0))
    return low, high, _growth_of(now, _printed_base(parts))


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
