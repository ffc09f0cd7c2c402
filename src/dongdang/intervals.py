"""What a printed figure allows: one home for rounding, qualifiers and interval arithmetic.

A printed figure is not a number but the interval of the numbers that print
that way. "278.718 triệu đồng" stands for [278.717,5; 278.718,5] million VND
and "14,4%" for [14,35; 14,45] percent: half a unit of the last printed digit
either way. A word before the figure (:class:`~dongdang.text.Qualifier`)
moves the ends:

================  ==================================  ========================
qualifier         Vietnamese                          interval of "x"
================  ==================================  ========================
(none)                                                [x − h; x + h]
AT_LEAST          trên, hơn, tối thiểu, không dưới    [x − h; +∞)
AT_MOST           gần, tối đa, không quá              (−∞; x + h]
BELOW             dưới                                (−∞; x]
ABOUT             khoảng, xấp xỉ                      [x − h; x + h], widened
                                                      by ``about`` × abs(x)
ESTIMATE          ước, ước đạt, ước tính, dự ước      [x − h; x + h]
================  ==================================  ========================

An estimate ("ước đạt 520 tỷ đồng") is a figure the report stands by: it
keeps its printed rounding. "khoảng" (about) keeps it too unless the caller
asks for a wider tolerance (``about=Fraction(5, 100)``): no tolerance is
invented here. A count ("08 cuộc") is exact (``exact=True``).

Every module that compares printed figures (the audit, fee collections, trade
results, investment implied ranges, zoning tolerances) takes its intervals
from here, so the same printed figure allows the same values everywhere.

>>> from dongdang.intervals import interval_of, truncation_interval
>>> from dongdang.text import read_figure
>>> print(interval_of(read_figure("14,4%")))
[14.35, 14.45]
>>> print(interval_of(read_figure("khoảng 52,6 tỷ đồng")))
[52.55, 52.65]
>>> from fractions import Fraction
>>> print(interval_of(read_figure("khoảng 52,6 tỷ đồng"), about=Fraction(5, 100)))
[49.92, 55.28]
>>> print(truncation_interval(read_figure("108%")))
[108.00, 109.00]

Sums, differences, products and quotients of intervals are exact
(:class:`~fractions.Fraction`); :func:`growth_bounds` gives the growth of a
sum of parts, each known within bounds, in O(k log k) for k parts.
"""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction
from typing import TYPE_CHECKING, Final, final

import attrs

from dongdang._decimal import QUOTIENT
from dongdang.errors import InvalidTypeError, InvalidValueError, UndefinedRatioError
from dongdang.text import Figure, Qualifier

if TYPE_CHECKING:
    from collections.abc import Iterable, Sequence

__all__ = [
    "Interval",
    "around",
    "combine",
    "flip",
    "growth_bounds",
    "half_unit",
    "implied_previous_interval",
    "interval_of",
    "over",
    "range_interval",
    "to_decimal",
    "truncation_interval",
]


@final
@attrs.frozen(kw_only=True)
class Interval:
    """A closed interval of exact numbers; None for an unbounded end.

    Both ends belong to the interval (it is closed), even for "dưới x"
    (under x), whose interval (−∞, x] keeps x: a check is conservative and
    never flags a figure that could be true.

    >>> from fractions import Fraction
    >>> from dongdang.intervals import Interval
    >>> Interval(low=Fraction(1), high=Fraction(3)).meets(Interval(low=Fraction(3), high=None))
    True
    >>> print(Interval(low=Fraction(2, 3), high=None))
    [0.67, +inf)
    >>> print(Interval(low=Fraction(1), high=Fraction(2)) + Interval(low=Fraction(3), high=None))
    [4.00, +inf)
    >>> print(
    ...     Interval(low=Fraction(5), high=Fraction(6))
    ...     - Interval(low=Fraction(1), high=Fraction(2))
    ... )
    [3.00, 5.00]
    """

    low: Fraction | None
    high: Fraction | None

    def __attrs_post_init__(self) -> None:
        """Refuse an empty interval."""
        if self.low is not None and self.high is not None and self.low > self.high:
            raise InvalidValueError.more_than("low", self.low, "high", self.high)

    def meets(self, other: Interval) -> bool:
        """Whether the two intervals share a number."""
        below = self.high is not None and other.low is not None and self.high < other.low
        above = self.low is not None and other.high is not None and self.low > other.high
        return not (below or above)

    @property
    def bounded(self) -> bool:
        """Whether both ends are known."""
        return self.low is not None and self.high is not None

    def __add__(self, other: Interval) -> Interval:
        """The sums of a number of each interval."""
        return Interval(low=_plus(self.low, other.low), high=_plus(self.high, other.high))

    def __sub__(self, other: Interval) -> Interval:
        """The differences of a number of this interval and one of ``other``."""
        return Interval(low=_minus(self.low, other.high), high=_minus(self.high, other.low))

    def scaled(self, factor: Fraction) -> Interval:
        """Every number times a positive ``factor`` (a change of unit)."""
        return Interval(
            low=None if self.low is None else self.low * factor,
            high=None if self.high is None else self.high * factor,
        )

    def shifted(self, amount: Fraction) -> Interval:
        """Every number plus ``amount``: 1 + a growth, a growth from 1 + it.

        >>> from fractions import Fraction
        >>> print(Interval(low=Fraction(1, 10), high=None).shifted(Fraction(1)))
        [1.10, +inf)
        """
        return Interval(
            low=None if self.low is None else self.low + amount,
            high=None if self.high is None else self.high + amount,
        )

    def negated(self) -> Interval:
        """Every number's opposite: a fall of x% is a growth of −x%."""
        return Interval(
            low=None if self.high is None else -self.high,
            high=None if self.low is None else -self.low,
        )

    def __str__(self) -> str:
        """The bounds to two decimals, with ±inf for unbounded ends."""
        low = "(-inf" if self.low is None else f"[{float(self.low):.2f}"
        high = "+inf)" if self.high is None else f"{float(self.high):.2f}]"
        return f"{low}, {high}"


def _plus(left: Fraction | None, right: Fraction | None) -> Fraction | None:
    return None if left is None or right is None else left + right


def _minus(left: Fraction | None, right: Fraction | None) -> Fraction | None:
    return None if left is None or right is None else left - right


def half_unit(figure: Figure) -> Fraction:
    """Half a unit of the last printed digit, in the figure's own terms ("14,4%": 0,05).

    >>> from dongdang.intervals import half_unit
    >>> from dongdang.text import read_figure
    >>> half_unit(read_figure("278.718 triệu đồng")), half_unit(read_figure("14,4%"))
    (Fraction(1, 2), Fraction(1, 20))
    """
    return Fraction(1, 2 * 10**figure.decimals)


def _check_about(about: object) -> Fraction:
    if not isinstance(about, Fraction):
        raise InvalidTypeError.of("about", "a Fraction such as Fraction(5, 100)", about)
    if about < 0:
        raise InvalidValueError.negative("about", about)
    return about


def range_interval(
    first: Figure,
    last: Figure,
    qualifier: Qualifier | None,
    *,
    exact: bool = False,
    about: Fraction = Fraction(0),
) -> Interval:
    """The interval of a range "2.000 - 2.600" (its two ends as printed), qualified.

    ``first`` and ``last`` may be the same figure; ``exact=True`` (a count)
    drops the rounding; ``about`` widens an ABOUT figure by that fraction of
    its size. See the table of the module.

    >>> from dongdang.intervals import range_interval
    >>> from dongdang.text import read_figure
    >>> print(range_interval(read_figure("2.600"), read_figure("2.000"), None))
    [1999.50, 2600.50]

    Raises:
        InvalidTypeError: ``about`` is not a Fraction.
        InvalidValueError: ``about`` is negative.
    """
    ends = sorted((first, last), key=lambda figure: figure.value)  # "2.600 - 2.000" too
    bottom, top = Fraction(ends[0].value), Fraction(ends[1].value)
    below = Fraction(0) if exact else half_unit(ends[0])
    above = Fraction(0) if exact else half_unit(ends[1])
    return _qualify((bottom, top), (below, above), qualifier, _check_about(about))


def around(
    value: Fraction, half: Fraction, qualifier: Qualifier | None, *, about: Fraction = Fraction(0)
) -> Interval:
    """The interval of a value known to ± ``half`` (a figure already converted), qualified.

    For a value that is no longer a :class:`~dongdang.text.Figure` (an area
    in hectares read from m²): the same table as :func:`interval_of`.

    >>> from fractions import Fraction
    >>> from dongdang.intervals import around
    >>> from dongdang.text import Qualifier
    >>> print(around(Fraction(1437, 10), Fraction(1, 20), Qualifier.AT_MOST))
    (-inf, 143.75]

    Raises:
        InvalidTypeError: ``about`` is not a Fraction.
        InvalidValueError: ``about`` is negative.
    """
    return _qualify((value, value), (half, half), qualifier, _check_about(about))


def _qualify(
    ends: tuple[Fraction, Fraction],
    halves: tuple[Fraction, Fraction],
    qualifier: Qualifier | None,
    about: Fraction,
) -> Interval:
    (bottom, top), (below, above) = ends, halves
    low: Fraction | None = bottom - below
    high: Fraction | None = top + above
    if qualifier is Qualifier.AT_LEAST:
        high = None
    elif qualifier is Qualifier.AT_MOST:
        low = None
    elif qualifier is Qualifier.BELOW:
        low, high = None, top
    elif qualifier is Qualifier.ABOUT:
        slack = about * max(abs(bottom), abs(top))
        low, high = bottom - below - slack, top + above + slack
    return Interval(low=low, high=high)


def interval_of(figure: Figure, *, exact: bool = False, about: Fraction = Fraction(0)) -> Interval:
    """The interval of true values a printed figure stands for (see the module's table).

    Percents stay in percent.

    >>> from dongdang.intervals import interval_of
    >>> from dongdang.text import read_figure
    >>> print(interval_of(read_figure("trên 344,8 tỷ đồng")))
    [344.75, +inf)
    >>> print(interval_of(read_figure("dưới 52,6 tỷ đồng")))
    (-inf, 52.60]
    >>> print(interval_of(read_figure("ước đạt 520 tỷ đồng")))
    [519.50, 520.50]

    Raises:
        InvalidTypeError: ``about`` is not a Fraction.
        InvalidValueError: ``about`` is negative.
    """
    return range_interval(figure, figure, figure.qualifier, exact=exact, about=about)


def truncation_interval(figure: Figure) -> Interval:
    """The values that print as ``figure`` when the report cuts digits instead of rounding.

    "108%" from 108,6% is a truncation: [108; 109]. This is an explanation,
    not a reading: a check flags a figure outside its rounding interval, and
    says when the truncation interval would have matched.
    """
    value = Fraction(figure.value)
    unit = Fraction(1, 10**figure.decimals)
    if value < 0:
        return Interval(low=value - unit, high=value)
    return Interval(low=value, high=value + unit)


def to_decimal(value: Fraction) -> Decimal:
    """A fraction as a Decimal: exact when it has a finite decimal expansion (every rounding end).

    >>> from fractions import Fraction
    >>> from dongdang.intervals import to_decimal
    >>> to_decimal(Fraction(10515, 200))
    Decimal('52.575')
    """
    return QUOTIENT.divide(Decimal(value.numerator), Decimal(value.denominator))


# -- qualifiers of sums and quotients -------------------------------------------------------

_FLIP: Final = {
    Qualifier.AT_LEAST: Qualifier.AT_MOST,
    Qualifier.AT_MOST: Qualifier.AT_LEAST,
    Qualifier.BELOW: Qualifier.AT_LEAST,
    Qualifier.ABOUT: Qualifier.ABOUT,
    Qualifier.ESTIMATE: Qualifier.ESTIMATE,
}


def flip(qualifier: Qualifier | None) -> Qualifier | None:
    """The qualifier of 1/x: a lower bound of x bounds its reciprocal from above."""
    return None if qualifier is None else _FLIP[qualifier]


def combine(qualifiers: Iterable[Qualifier | None]) -> Qualifier | None:
    """The qualifier of a sum: bounds in one direction keep it; anything else is approximate.

    A sum of exact figures and estimates is an estimate.

    >>> from dongdang.intervals import combine
    >>> from dongdang.text import Qualifier
    >>> combine([Qualifier.AT_LEAST, None])
    <Qualifier.AT_LEAST: 'at_least'>
    >>> combine([Qualifier.ESTIMATE, None])
    <Qualifier.ESTIMATE: 'estimate'>
    >>> combine([Qualifier.AT_LEAST, Qualifier.AT_MOST])
    <Qualifier.ABOUT: 'about'>
    """
    known = {qualifier for qualifier in qualifiers if qualifier is not None}
    if not known:
        return None
    if known == {Qualifier.ESTIMATE}:
        return Qualifier.ESTIMATE
    known.discard(Qualifier.ESTIMATE)
    if known == {Qualifier.AT_LEAST}:
        return Qualifier.AT_LEAST
    if known <= {Qualifier.AT_MOST, Qualifier.BELOW}:
        return Qualifier.BELOW if Qualifier.BELOW in known else Qualifier.AT_MOST
    return Qualifier.ABOUT


def over(top: Qualifier | None, bottom: Qualifier | None) -> Qualifier | None:
    """The qualifier of a quotient: a lower bound below the line bounds it from above."""
    return combine((top, flip(bottom)))


# -- growths -------------------------------------------------------------------------------


def implied_previous_interval(current: Figure, growth: Figure) -> Interval:
    """The values of last year that a printed value and its printed growth allow.

    Last year's value is ``current / (1 + growth)``, taken over the intervals
    both printed figures stand for (:func:`interval_of`): the least is the
    least current over the greatest growth, the greatest the greatest current
    over the least growth. "trên 344,8 tỷ đồng, giảm 21,5%" guarantees only
    about 438,89 tỷ đồng the year before, not the 439,2 that the printed
    numbers give. An end is None where the figures leave it unbounded (a
    qualified value, or a growth that may reach −100%). The interval is in
    the value's own unit.

    >>> from dongdang.intervals import implied_previous_interval
    >>> from dongdang.text import read_figure
    >>> print(implied_previous_interval(read_figure("trên 344,8 tỷ đồng"), read_figure("-21,5%")))
    [438.89, +inf)
    >>> print(implied_previous_interval(read_figure("664.127 triệu đồng"), read_figure("40,2%")))
    [473530.48, 473869.07]

    Raises:
        InvalidValueError: ``growth`` is not a percent.
        UndefinedRatioError: the growth is −100% or less whatever its rounding.
    """
    if growth.unit != "percent":
        raise InvalidValueError.of("growth", growth.text, "must be a percent such as '14,4%'")
    value, rate = interval_of(current), interval_of(growth)
    least = None if rate.low is None else 1 + rate.low / 100
    most = None if rate.high is None else 1 + rate.high / 100
    if most is not None and most <= 0:
        raise UndefinedRatioError.for_base(
            "growth",
            growth.text,
            "a fall of 100% or more leaves last year's value undefined",
            shown=repr(growth.text),
        )
    low = None if value.low is None else max(value.low, Fraction(0))
    return Interval(
        low=None if low is None else (Fraction(0) if most is None else low / most),
        high=None if value.high is None or least is None or least <= 0 else value.high / least,
    )


_Ends = tuple[Fraction, Fraction]


def _extreme_factor(
    values: Sequence[_Ends], rates: Sequence[Fraction], *, lowest: bool
) -> Fraction:
    """The lowest (or highest) Σv / Σ(v / r) over the box of values, the rates fixed.

    Σv / Σ(v/r) is the reciprocal of the mean of 1/r weighted by v. Its
    optimum over a box lies where every part with 1/r above the optimal mean
    (below, for the highest) takes its largest value and every other part its
    smallest (Dinkelbach): one of the k + 1 choices "the first j parts, by
    1/r, at their largest", each evaluated from running sums.
    """
    order = sorted(range(len(rates)), key=lambda i: 1 / rates[i], reverse=lowest)
    current = sum((values[i][0] for i in order), Fraction(0))
    previous = sum((values[i][0] / rates[i] for i in order), Fraction(0))
    best = current / previous
    for i in order:
        low, high = values[i]
        current += high - low
        previous += (high - low) / rates[i]
        ratio = current / previous
        best = min(best, ratio) if lowest else max(best, ratio)
    return best


def growth_bounds(
    values: Sequence[tuple[Fraction, Fraction]], rates: Sequence[tuple[Fraction, Fraction]]
) -> tuple[Fraction, Fraction] | None:
    """The lowest and highest growth (in percent) of a sum of parts, each within bounds.

    Part i is worth between ``values[i]`` now (≥ 0) and 1 + its growth is
    between ``rates[i]`` (> 0); the sum grew by Σv / Σ(v / r) − 1. The lowest
    growth takes every rate at its low end, the highest at its high end; the
    values are then found in O(k log k), exactly as the 2**k corners of the
    box would give them, for any number of parts. None when the previous sum
    may be nothing (every part may be worth nothing).

    >>> from fractions import Fraction as F
    >>> from dongdang.intervals import growth_bounds
    >>> growth_bounds([(F(10), F(10)), (F(30), F(30))], [(F(2), F(2)), (F(1), F(1))])
    (Fraction(100, 7), Fraction(100, 7))
    """
    if all(low == 0 for low, _ in values):
        return None
    lowest = _extreme_factor(values, [low for low, _ in rates], lowest=True)
    highest = _extreme_factor(values, [high for _, high in rates], lowest=False)
    return (lowest - 1) * 100, (highest - 1) * 100
