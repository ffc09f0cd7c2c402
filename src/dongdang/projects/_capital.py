"""Capital as a report prints it: money and the word in front of it."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, final

import attrs

from dongdang._messages import message
from dongdang._validators import area_amount as _area_amount
from dongdang._validators import money as _money_amount
from dongdang.errors import InvalidTypeError, UnitMismatchError
from dongdang.exchange import currency_or_none
from dongdang.text import Figure, Qualifier, format_amount, parse_amount, read_figure
from dongdang.units import Quantity, is_quantity

if TYPE_CHECKING:
    from dongdang.periods import Language


def _money(value: Quantity) -> Quantity:
    return _money_amount(value, "capital", expected="a quantity")


def _qualifier(_instance: object, _attribute: attrs.Attribute[Any], value: object) -> None:
    if value is not None and not isinstance(value, Qualifier):
        raise InvalidTypeError.of("qualifier", "a Qualifier or None", value)


@final
@attrs.frozen(kw_only=True)
class Capital:
    """An amount of capital as a report prints it: money, and the word in front of it.

    Attributes:
        amount: the money, in the unit it was given in.
        qualifier: "hơn", "khoảng", … as a :class:`~dongdang.text.Qualifier`, or
            None for a figure printed bare.

    >>> from dongdang.projects import Capital
    >>> capital = Capital.read("hơn 3.200 tỷ đồng")
    >>> capital.amount, capital.qualifier, capital.currency
    (<Quantity(3200, 'billion_VND')>, <Qualifier.AT_LEAST: 'at_least'>, 'VND')
    >>> Capital(amount=amount(-1, "million_USD"))
    Traceback (most recent call last):
    ...
    dongdang.errors.InvalidValueError: capital must not be negative, got -1 million_USD
    """

    amount: Quantity = attrs.field(converter=_money)
    qualifier: Qualifier | None = attrs.field(default=None, validator=_qualifier)

    @property
    def currency(self) -> str:
        """The ISO code of its currency, ``"VND"``, ``"USD"`` or ``"CNY"``."""
        code = currency_or_none(self.amount)
        assert code is not None  # noqa: S101 - the converter checked it
        return code

    @property
    def exact(self) -> bool:
        """Whether the figure was printed bare (no "hơn", "khoảng", …)."""
        return self.qualifier is None

    @classmethod
    def read(cls, text: str, lang: Language = "vi") -> Capital:
        """Read a printed figure: "1.034 tỷ đồng", "hơn 3.200 tỷ đồng", "khoảng 20 triệu USD".

        Raises:
            ParseError: the text is not one figure.
            UnitMismatchError: the figure is not money.
        """
        figure = read_figure(text, lang)
        return cls(amount=_figure_amount(figure), qualifier=figure.qualifier)

    def describe(self, unit: str, lang: Language = "vi") -> str:
        """The figure in words in ``unit``: "hơn 3.200 tỷ đồng", "over 3,200 billion VND"."""
        text = format_amount(self.amount, unit, lang)
        if self.qualifier is None:
            return text
        return message(f"capital.{self.qualifier.value}", lang, amount=text)


def _figure_amount(figure: Figure) -> Quantity:
    if figure.unit is None or figure.unit == "percent" or currency_or_none(figure.quantity) is None:
        raise UnitMismatchError.of("capital", figure.text, "money (VND, USD or CNY)")
    return figure.quantity


def _capital(value: Capital | Quantity | str | None) -> Capital | None:
    if value is None or isinstance(value, Capital):
        return value
    if isinstance(value, str):
        return Capital.read(value)
    if is_quantity(value):
        return Capital(amount=value)
    raise InvalidTypeError.of(
        "capital", "a Capital, a quantity of money or a printed figure", value
    )


def _area(value: Quantity | str | None) -> Quantity | None:
    if value is None:
        return None
    if isinstance(value, str):
        value = parse_amount(value)
    return _area_amount(value, "land_area")
