"""What a printed amount and a printed percent of it imply for their base."""

from __future__ import annotations

import decimal
from decimal import Decimal
from typing import TYPE_CHECKING, Final, final

import attrs

from dongdang._decimal import EXACT, MAX_EMAX, MIN_EMIN, QUOTIENT_DIGITS, tidy
from dongdang._messages import message
from dongdang._validators import language as _check_lang
from dongdang.errors import InvalidTypeError, InvalidValueError
from dongdang.indicators import implied_base
from dongdang.intervals import range_interval
from dongdang.intervals import to_decimal as interval_decimal
from dongdang.investment._versions import _figure_quantity
from dongdang.text import Figure, format_amount, read_figure
from dongdang.units import Quantity, is_quantity, magnitude_in, ureg

if TYPE_CHECKING:
    from dongdang.periods import Language


_FLOOR: Final = decimal.Context(
    prec=QUOTIENT_DIGITS, rounding=decimal.ROUND_FLOOR, Emax=MAX_EMAX, Emin=MIN_EMIN
)
_CEILING: Final = decimal.Context(
    prec=QUOTIENT_DIGITS, rounding=decimal.ROUND_CEILING, Emax=MAX_EMAX, Emin=MIN_EMIN
)


def _bounds(figure: Figure, *, honour_qualifier: bool) -> tuple[Decimal, Decimal | None]:
    """What the true value of a printed figure may be: ``[low, high]``, high None if unbounded.

    The interval is :func:`dongdang.intervals.range_interval`'s, the one every
    module uses: the values that round to the printed figure, moved by its
    qualifier ("trên": no upper bound; "gần", "dưới": no lower one; "khoảng",
    "ước": the printed rounding). Nothing is below zero.
    """
    qualifier = figure.qualifier if honour_qualifier else None
    span = range_interval(figure, figure, qualifier)
    low = Decimal(0) if span.low is None else max(interval_decimal(span.low), Decimal(0))
    return low, None if span.high is None else interval_decimal(span.high)


def _as_figure(value: object, name: str) -> Figure:
    if isinstance(value, Figure):
        return value
    if isinstance(value, str):
        return read_figure(value)
    raise InvalidTypeError.of(
        name, "a figure as printed (a str such as '52,6 tỷ đồng' or a Figure)", value
    )


@final
@attrs.frozen(kw_only=True)
class ImpliedBase:
    """The base a printed amount and a printed percent imply, with the range their rounding allows.

    "Giải ngân được trên 52,6 tỷ đồng, bằng 51,2% kế hoạch" implies a plan of
    52,6 ÷ 0,512 = 102,734375 tỷ đồng (``point``). But 52,6 stands for
    anything from 52,55 to 52,65 (and "trên" makes it only a lower bound),
    and 51,2% for 51,15% to 51,25%: the plan lies strictly between
    ``low`` and ``high``.

    Attributes:
        value: the printed amount, with its qualifier.
        ratio: the printed percent.
        point: ``value / ratio`` from the printed digits, by
            :func:`~dongdang.indicators.implied_base`.
        low: the greatest lower bound of the base (not itself possible).
        high: the least upper bound, or None if the figures set none.
        honour_qualifier: whether the amount's qualifier was taken into account.
    """

    value: Figure
    ratio: Figure
    point: Quantity
    low: Quantity
    high: Quantity | None
    honour_qualifier: bool = True

    def contains(self, amount: Quantity) -> bool:
        """Whether ``amount`` is a base the printed figures allow: ``low < amount < high``."""
        if not is_quantity(amount):
            raise InvalidTypeError.of("amount", "a quantity", amount)
        value = magnitude_in(amount, str(self.low.units))
        above = value > self.low.magnitude
        return above and (self.high is None or value < self.high.magnitude)

    def agrees_with(self, printed: str | Figure) -> bool:
        """Whether some value that prints as ``printed`` is a base the figures allow.

        >>> from dongdang.investment import implied_base_range
        >>> plan = implied_base_range("trên 52,6 tỷ đồng", "51,2 %")
        >>> plan.agrees_with("102.681 triệu đồng"), plan.agrees_with("100 tỷ đồng")
        (True, False)
        """
        figure = _as_figure(printed, "printed")
        quantity = _figure_quantity(figure, "printed")
        unit = str(self.low.units)
        low, high = _bounds(figure, honour_qualifier=True)
        scale = magnitude_in(ureg.Quantity(Decimal(1), quantity.units), unit)
        bottom = EXACT.multiply(low, scale)
        top = None if high is None else EXACT.multiply(high, scale)
        above = top is None or top > self.low.magnitude
        return above and (self.high is None or bottom < self.high.magnitude)

    def describe(self, lang: Language = "vi", decimals: int = 3) -> str:
        """The implied base and its range in words."""
        _check_lang(lang)
        unit = str(self.point.units)

        def show(quantity: Quantity) -> str:
            return format_amount(quantity, unit, lang, decimals)

        if self.high is None:
            return message(
                "investment.implied.above", lang, point=show(self.point), low=show(self.low)
            )
        return message(
            "investment.implied.between",
            lang,
            point=show(self.point),
            low=show(self.low),
            high=show(self.high),
        )


def implied_base_range(
    value: str | Figure, ratio: str | Figure, *, honour_qualifier: bool = True
) -> ImpliedBase:
    """The base that a printed amount and a printed percent of it imply, and its range.

    ``value`` and ``ratio`` are figures as printed: "trên 52,6 tỷ đồng" and
    "51,2 %". The point estimate comes from :func:`~dongdang.indicators.implied_base`;
    the range from the rounding of both figures (half-up, to their printed
    decimals) and from the amount's qualifier: "trên" makes the amount a
    lower bound, so the base has no upper bound, unless
    ``honour_qualifier=False`` reads the amount as merely rounded.

    >>> from dongdang.investment import implied_base_range
    >>> plan = implied_base_range("trên 52,6 tỷ đồng", "51,2 %")
    >>> print(plan.describe("en"))
    about 102.734 billion VND (above 102.537 billion VND within the rounding of the printed figures)
    >>> print(implied_base_range("trên 52,6 tỷ đồng", "51,2 %", honour_qualifier=False).describe())
    khoảng 102,734 tỷ đồng (trên 102,537 tỷ đồng và dưới 102,933 tỷ đồng trong phạm vi làm tròn)

    Raises:
        InvalidValueError: ``value`` is not an amount, or ``ratio`` not a percent.
        UndefinedRatioError: the percent is zero or less.
    """
    amount_figure = _as_figure(value, "value")
    percent_figure = _as_figure(ratio, "ratio")
    quantity = _figure_quantity(amount_figure, "value")
    if percent_figure.unit != "percent":
        raise InvalidValueError.of(
            "ratio", percent_figure.text, "must be a percent such as '51,2%'"
        )
    point = implied_base(quantity, percent_figure.fraction)
    top_low, top_high = _bounds(amount_figure, honour_qualifier=honour_qualifier)
    rate_low, rate_high = _bounds(percent_figure, honour_qualifier=True)
    rate_low = rate_low.scaleb(-2, EXACT)
    rate_high = None if rate_high is None else rate_high.scaleb(-2, EXACT)
    low = Decimal(0) if rate_high is None else _FLOOR.divide(top_low, rate_high)
    high = None if top_high is None or rate_low == 0 else _CEILING.divide(top_high, rate_low)
    unit = quantity.units
    return ImpliedBase(
        value=amount_figure,
        ratio=percent_figure,
        point=point,
        low=ureg.Quantity(tidy(low), unit),
        high=None if high is None else ureg.Quantity(tidy(high), unit),
        honour_qualifier=honour_qualifier,
    )
