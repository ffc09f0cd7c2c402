"""A growth path between two years' figures, at their compound annual rate."""

# ruff: noqa: TC001, TC003 - Sphinx evaluates the annotations at run time

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction
from typing import TYPE_CHECKING, Any, cast, final

import attrs

from dongdang._decimal import QUOTIENT, tidy
from dongdang._frames import FrameColumns
from dongdang._messages import message
from dongdang._validators import language as _check_lang
from dongdang.auditing import Interval
from dongdang.errors import (
    InvalidTypeError,
    InvalidValueError,
    UndefinedRatioError,
)
from dongdang.indicators import cagr
from dongdang.periods import Period
from dongdang.projections._inputs import ProjectionInput, _decimal, _exact, _input, _interval, _unit
from dongdang.text import (
    Figure,
    format_amount,
    format_percent,
    unit_phrase,
)
from dongdang.units import Quantity, magnitude_in, unit_of, ureg

if TYPE_CHECKING:
    from dongdang.periods import Language


# -- a growth path -------------------------------------------------------------------------


def _cagr(first: Fraction, last: Fraction, years: int) -> Decimal:
    return cagr(_decimal(first), _decimal(last), years)


@final
@attrs.frozen(kw_only=True, repr=False)
class GrowthPath:
    """The constant yearly growth from a base year's value to a target year's, and its path.

    Built by :func:`growth_path`, which checks the inputs.

    Attributes:
        base: the value of ``base_year``.
        target: the value to reach in ``target_year``.
        base_year: the year of ``base``.
        target_year: the year of ``target``, after ``base_year``.
    """

    base: ProjectionInput
    target: ProjectionInput
    base_year: int
    target_year: int

    @property
    def unit(self) -> str:
        """The unit of ``base``, the unit of the path."""
        return str(self.base.value.units)

    @property
    def years(self) -> int:
        """How many years of growth, ``target_year − base_year``."""
        return self.target_year - self.base_year

    @property
    def rate(self) -> Decimal:
        """The compound annual growth rate (:func:`~dongdang.indicators.cagr`), 34 digits."""
        return _cagr(_exact(self.base, self.unit), _exact(self.target, self.unit), self.years)

    @property
    def rate_interval(self) -> Interval | None:
        """The rates the printed figures allow; None when both inputs are exact.

        The rate grows with the target and falls with the base.
        """
        if self.base.figure is None and self.target.figure is None:
            return None
        base_low, base_high = self.base.bounds(self.unit)
        target_low, target_high = self.target.bounds(self.unit)
        years = self.years
        low = None if base_high is None else _cagr(base_high, cast("Fraction", target_low), years)
        high = (
            None
            if target_high is None or not base_low
            else _cagr(base_low, target_high, self.years)
        )
        return _interval(
            None if low is None else Fraction(low), None if high is None else Fraction(high)
        )

    def path(self) -> tuple[tuple[int, Quantity], ...]:
        """Each year from ``base_year`` to ``target_year`` with its value on the path.

        The first is ``base`` and the last ``target``, exactly; the years
        between are ``base × (1 + rate) ** k`` to 34 significant digits.
        """
        unit = unit_of(self.unit)
        base = magnitude_in(self.base.value, unit)
        factor = QUOTIENT.add(1, self.rate)
        middle = tuple(
            (self.base_year + k, ureg.Quantity(tidy(QUOTIENT.multiply(base, factor**k)), unit))
            for k in range(1, self.years)
        )
        last = ureg.Quantity(magnitude_in(self.target.value, unit), unit)
        return ((self.base_year, ureg.Quantity(base, unit)), *middle, (self.target_year, last))

    def to_frame(self, *, exact: bool = False) -> Any:  # noqa: ANN401 - a pandas DataFrame
        """The path as a pandas DataFrame, a row per year (needs ``dongdang[pandas]``).

        Columns: ``start`` and ``end`` of each year (datetime64), and
        ``value_<unit>`` (``value_million_usd``): float64, or Decimal with
        ``exact=True``.

        >>> from dongdang.units import amount
        >>> path = growth_path(amount(100, "million_USD"), amount(121, "million_USD"), 2020, 2022)
        >>> path.to_frame()
               start        end  value_million_usd
        0 2020-01-01 2020-12-31              100.0
        1 2021-01-01 2021-12-31              110.0
        2 2022-01-01 2022-12-31              121.0
        """
        steps = self.path()
        columns = FrameColumns(exact=exact)
        columns.period([Period.year(year) for year, _ in steps])
        columns.number("value", [value.magnitude for _, value in steps], self.unit)
        return columns.frame()

    def method_label(self, lang: Language = "vi") -> str:
        """The method in words: "constant yearly growth (CAGR), 2020 to 2025"."""
        _check_lang(lang)
        return message("projection.growth", lang, first=self.base_year, last=self.target_year)

    def assumptions(self, lang: Language = "vi") -> tuple[str, ...]:
        """What the path takes for granted, in ``lang``."""
        _check_lang(lang)
        return (
            message("projection.assume.growth", lang, first=self.base_year, last=self.target_year),
        )

    def describe(self, lang: Language = "vi", decimals: int = 1) -> str:
        """The path as a sentence of a report, in ``lang``.

        >>> from dongdang.projections import growth_path
        >>> path = growth_path(parse_amount("100 tỷ đồng"), parse_amount("121 tỷ đồng"), 2020, 2022)
        >>> print(path.describe("en"))
        From 100 billion VND in 2020 to 121 billion VND in 2022 needs 10.0% a year on average: 2021: 110.0 billion VND; 2022: 121.0 billion VND.
        """  # noqa: E501 - a doctest output line
        _check_lang(lang)
        unit = unit_phrase(self.unit, lang)
        steps = "; ".join(
            message(
                "projection.growth.step",
                lang,
                year=year,
                amount=format_amount(value, unit, lang, decimals),
            )
            for year, value in self.path()[1:]
        )
        return message(
            "projection.growth.path",
            lang,
            origin=self.base.text(lang, decimals),
            first=self.base_year,
            goal=self.target.text(lang, decimals),
            last=self.target_year,
            rate=format_percent(self.rate, lang, decimals),
            steps=steps,
        )

    def __repr__(self) -> str:
        return (
            f"<GrowthPath {self.base_year}→{self.target_year}: "
            f"{format_percent(self.rate, 'en', 2)} a year>"
        )


def growth_path(
    base: Quantity | Figure, target: Quantity | Figure, base_year: int, target_year: int
) -> GrowthPath:
    """The constant yearly growth from ``base`` in ``base_year`` to ``target`` in ``target_year``.

    Raises:
        InvalidTypeError: an amount of the wrong type, or a year that is not an int.
        InvalidValueError: a negative amount, or ``target_year`` not after ``base_year``.
        UnitMismatchError: ``base`` and ``target`` of different kinds.
        UndefinedRatioError: ``base`` is zero.

    >>> from dongdang.projections import growth_path
    >>> path = growth_path(
    ...     read_figure("2.810 triệu USD"), read_figure("4.270 triệu USD"), 2020, 2021
    ... )
    >>> format_percent(path.rate, decimals=1), str(path.rate_interval)
    ('52,0%', '[0.52, 0.52]')
    """
    base_input = _input(base, "base")
    target_input = _input(target, "target")
    unit = _unit(base_input, target_input)
    for name, year in (("base_year", base_year), ("target_year", target_year)):
        if isinstance(year, bool) or not isinstance(year, int):
            raise InvalidTypeError.of(name, "an int", year)
    if target_year <= base_year:
        raise InvalidValueError.not_after("target_year", target_year, "base_year", base_year)
    if not _exact(base_input, unit):
        raise UndefinedRatioError.for_base(
            "base", base_input.value, "a growth path needs a base above zero"
        )
    return GrowthPath(
        base=base_input, target=target_input, base_year=base_year, target_year=target_year
    )
