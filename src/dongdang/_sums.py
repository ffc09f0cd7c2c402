"""Growth bounds of a sum of rounded parts: the one home of fee and trade breakdowns' bounds.

A total is a sum of parts, each printed with its last digit rounded; its base
(last year's total) is the sum of the parts' bases, each on record (rounded
too) or implied by a stated growth (rounded too): ``value now / (1 + growth)``.
:func:`sum_growth_bounds` gives the least and greatest growth of the total the
printed figures allow, exactly, for any number of parts.
"""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction
from typing import TYPE_CHECKING

import attrs

from dongdang.intervals import to_decimal

if TYPE_CHECKING:
    from collections.abc import Sequence

__all__ = ["Part", "sum_growth_bounds"]


@attrs.frozen
class Part:
    """One part of a total, as printed: its value now and what its base is made of.

    Attributes:
        current: the value now (0 for a part that has a base only).
        current_half: half a unit of its last printed digit.
        growth: the stated growth (a fraction) that implies its base, or None.
        growth_half: half a unit of the growth's last printed digit, as a fraction.
        previous: its base on record, or None (no base, or one implied by ``growth``).
        previous_half: half a unit of the base's last printed digit.
    """

    current: Decimal
    current_half: Decimal
    growth: Decimal | None = None
    growth_half: Decimal = Decimal(0)
    previous: Decimal | None = None
    previous_half: Decimal = Decimal(0)


def _ends(value: Decimal, half: Decimal) -> tuple[Fraction, Fraction]:
    """The least and greatest value a printed value allows: never below zero."""
    exact, slack = Fraction(value), Fraction(half)
    return max(exact - slack, Fraction(0)), exact + slack


def _extreme(
    now: Fraction,
    before: Fraction,
    coupled: Sequence[tuple[tuple[Fraction, Fraction], Fraction]],
    *,
    lowest: bool = True,
) -> Fraction:
    """The least (or greatest) ``(now + Σv) / (before + Σv/r)`` over the box of values v.

    ``coupled`` holds each part's values (least, greatest) and its rate r
    (1 + growth, > 0). A ratio of linear functions takes its extremes where the
    parts whose 1/r lies above a threshold are at one end and the others at the
    other (Dinkelbach): one of the k + 1 choices "the first j parts by 1/r at
    their greatest", each taken from running sums.
    """
    order = sorted(coupled, key=lambda item: 1 / item[1], reverse=lowest)
    above = now + sum((low for (low, _), _ in order), Fraction(0))
    below = before + sum((low / rate for (low, _), rate in order), Fraction(0))
    best = above / below
    for (low, high), rate in order:
        above += high - low
        below += (high - low) / rate
        ratio = above / below
        best = min(best, ratio) if lowest else max(best, ratio)
    return best


def sum_growth_bounds(parts: Sequence[Part]) -> tuple[Decimal, Decimal | None]:
    """The least and greatest growth (fractions) of the total of ``parts``, within rounding.

    The growth is ``Σ now / Σ base − 1``. It falls as a base on record rises
    and rises with a value now that has no stated growth; a stated growth ties
    a part's base to its value now. The least is -1 when the figures allow a
    base without bound (a stated fall of 100% within rounding) or of nothing;
    the greatest is None then (nothing bounds it).

    >>> from decimal import Decimal as D
    >>> sum_growth_bounds([Part(D(110), D(0), previous=D(100)), Part(D(0), D(0), previous=D(0))])
    (Decimal('0.1'), Decimal('0.1'))
    >>> sum_growth_bounds([Part(D(12), D("0.5"), growth=D("0.2"), growth_half=D("0.005"))])
    (Decimal('0.195'), Decimal('0.205'))
    """
    now_low = now_high = before_low = before_high = Fraction(0)
    lowest: list[tuple[tuple[Fraction, Fraction], Fraction]] = []
    highest: list[tuple[tuple[Fraction, Fraction], Fraction]] = []
    for part in parts:
        values = _ends(part.current, part.current_half)
        if part.growth is not None:
            # the most base goes with the least growth, the least with the most
            growth, half = Fraction(part.growth), Fraction(part.growth_half)
            lowest.append((values, 1 + growth - half))
            highest.append((values, 1 + growth + half))
            continue
        now_low, now_high = now_low + values[0], now_high + values[1]
        if part.previous is not None:
            least, most = _ends(part.previous, part.previous_half)
            before_low, before_high = before_low + least, before_high + most
    base = _least_base(before_high, lowest)
    low = Decimal(-1) if base is None else to_decimal(_extreme(now_low, base, lowest) - 1)
    if _least_base(before_low, highest) is None:
        return low, None
    return low, to_decimal(_extreme(now_high, before_low, highest, lowest=False) - 1)


def _least_base(
    before: Fraction, coupled: Sequence[tuple[tuple[Fraction, Fraction], Fraction]]
) -> Fraction | None:
    """``before``, or None when the base may be unbounded (a rate of 0 or less) or nothing."""
    if any(rate <= 0 for _, rate in coupled):
        return None
    least = before + sum((low / rate for (low, _), rate in coupled), Fraction(0))
    return None if least == 0 else before
