"""The inputs of a projection: printed or exact figures, their bounds and their words."""

# ruff: noqa: TC003 - Sphinx evaluates the annotations at run time

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from fractions import Fraction
from typing import TYPE_CHECKING, cast, final

import attrs

from dongdang._decimal import QUOTIENT, round_half_up, tidy, to_decimal
from dongdang._messages import message, qualified, span
from dongdang._validators import field_date as _field_date
from dongdang.auditing import Interval, interval_of
from dongdang.errors import (
    InvalidTypeError,
    InvalidValueError,
    UnitMismatchError,
)
from dongdang.text import (
    Figure,
    format_amount,
    format_number,
)
from dongdang.units import Quantity, is_quantity, magnitude_in, unit_of, ureg

if TYPE_CHECKING:
    from dongdang.periods import Language


# -- inputs ------------------------------------------------------------------------------


def _decimal(value: Fraction) -> Decimal:
    """A fraction as a Decimal of 34 significant digits."""
    return tidy(QUOTIENT.divide(Decimal(value.numerator), Decimal(value.denominator)))


def _short(value: Fraction, unit: str) -> str:
    """An amount for a repr: four decimals at most, and the unit's name."""
    return f"{tidy(round_half_up(_decimal(value), 4))} {unit}"


def _quantity(value: Fraction, unit: str) -> Quantity:
    return ureg.Quantity(_decimal(value), unit_of(unit))


@final
@attrs.frozen(kw_only=True, repr=False)
class ProjectionInput:
    """One input of a projection: its name, its amount, and the printed figure it was read from.

    Attributes:
        name: the argument it was given as ("ytd", "done", "target", …).
        value: the amount, in its own unit.
        figure: the printed figure, or None for an exact amount.
    """

    name: str
    value: Quantity
    figure: Figure | None = None

    def __repr__(self) -> str:
        printed = self.value if self.figure is None else repr(self.figure.text)
        return f"<ProjectionInput {self.name}: {printed}>"

    @property
    def interval(self) -> Interval | None:
        """The values the printed figure allows, in its unit; None for an exact amount."""
        return None if self.figure is None else interval_of(self.figure)

    def bounds(self, unit: str) -> tuple[Fraction | None, Fraction | None]:
        """The least and greatest values in ``unit`` (None: unbounded); never below zero."""
        value = Fraction(magnitude_in(self.value, unit))
        interval = self.interval
        if interval is None:
            return value, value
        factor = Fraction(magnitude_in(ureg.Quantity(Decimal(1), self.value.units), unit))
        low = Fraction(0) if interval.low is None else max(interval.low * factor, Fraction(0))
        return low, None if interval.high is None else interval.high * factor

    def text(self, lang: Language, decimals: int) -> str:
        """The input as a report writes it: a figure as printed (in English, with English numbers).

        An exact amount is written with all its digits, or rounded half up to
        ``decimals`` if it has more.
        """
        if self.figure is not None:
            if lang == "vi":
                return self.figure.text[self.figure.span[0] : self.figure.span[1]]
            unit = cast("str", self.figure.unit)
            written = format_amount(self.value, unit, "en", self.figure.decimals)
            return qualified(self.figure.qualifier, written, "en")
        magnitude = tidy(to_decimal(self.value.magnitude, self.name))
        places = max(0, -int(magnitude.as_tuple().exponent))
        unit = str(self.value.units)
        return format_amount(self.value, unit, lang, decimals if places > decimals else None)


def _input(value: object, name: str) -> ProjectionInput:
    """An amount under the number policy, not negative, with the figure it was printed as."""
    figure: Figure | None = None
    if isinstance(value, Figure):
        if value.unit is None or value.unit == "percent":
            raise InvalidValueError.of(
                name, value.text, "must be an amount with a unit such as '344,8 tỷ đồng'"
            )
        figure, quantity = value, value.quantity
    elif is_quantity(value):
        given = cast("Quantity", value)
        magnitude = to_decimal(given.magnitude, name)
        quantity = ureg.Quantity(magnitude, unit_of(str(given.units)))
    else:
        raise InvalidTypeError.of(
            name,
            "an amount (a Quantity such as parse_amount('344,8 tỷ đồng'), or a Figure from "
            "read_figure)",
            value,
        )
    if quantity.magnitude < 0:
        raise InvalidValueError.negative(name, quantity)
    return ProjectionInput(name=name, value=quantity, figure=figure)


def _unit(first: ProjectionInput, *others: ProjectionInput) -> str:
    """The unit of ``first``, after checking that ``others`` are in its dimension."""
    for other in others:
        if other.value.dimensionality != first.value.dimensionality:
            raise UnitMismatchError.of(
                other.name,
                other.value,
                f"in the dimension of {first.name} ({first.value})",
                hint="give amounts of one kind",
            )
    return str(first.value.units)


def _exact(item: ProjectionInput, unit: str) -> Fraction:
    return Fraction(magnitude_in(item.value, unit))


def _date(value: dt.date, name: str) -> dt.date:
    return _field_date(value, name)


def _times(bound: Fraction | None, factor: Fraction) -> Fraction | None:
    return None if bound is None else bound * factor


def _interval(low: Fraction | None, high: Fraction | None) -> Interval:
    return Interval(low=low, high=high)


def _range_words(interval: Interval, unit: str, lang: Language, decimals: int) -> str:
    def written(value: Fraction | None) -> str | None:
        return (
            None if value is None else format_amount(_quantity(value, unit), unit, lang, decimals)
        )

    if interval.low is None and interval.high is None:
        return message("projection.any", lang)
    return span(written(interval.low), written(interval.high), lang)


def _months_words(months: Fraction, lang: Language) -> str:
    decimals = None if months.denominator == 1 else 2
    return format_number(_decimal(months), lang, decimals)
