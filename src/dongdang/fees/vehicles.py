"""Vehicle classes of a rate table: payload brackets and container sizes.

A rate is set for a class of vehicle: either a bracket of payload (tải trọng)
in tonnes, such as "under 2 tonnes", or a container size, 20 or 40 feet. A
bracket says on both ends whether the end is included; it is written the way
mathematics writes intervals, ``[`` and ``]`` for an end that is included,
``(`` and ``)`` for one that is not:

>>> from dongdang.fees import ContainerSize, PayloadBracket
>>> under_2 = PayloadBracket.parse("[0, 2)")
>>> Decimal("1.99") in under_2, Decimal(2) in under_2
(True, False)
>>> print(PayloadBracket.parse("(30, inf)"))
(30, inf)
>>> ContainerSize.from_code("40ft")
<ContainerSize.FT40: '40ft'>
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import TYPE_CHECKING, Any, Final, TypeAlias, final

import attrs

from dongdang._decimal import tidy, to_decimal
from dongdang._messages import message
from dongdang._vocabulary import Vocabulary
from dongdang.errors import InvalidTypeError, InvalidValueError, ParseError

if TYPE_CHECKING:
    from collections.abc import Mapping

    from dongdang.periods import Language

__all__ = ["ContainerSize", "PayloadBracket", "VehicleClass"]


class ContainerSize(Vocabulary):
    """The size of the container a vehicle carries, by its code.

    >>> from dongdang.fees import ContainerSize
    >>> ContainerSize.from_code("45ft")
    Traceback (most recent call last):
    ...
    dongdang.errors.UnknownCodeError: unknown container size '45ft'; expected one of '20ft', ...
    >>> ContainerSize.of("xe chở container 40 feet"), ContainerSize.FT20.label("en")
    (<ContainerSize.FT40: '40ft'>, '20ft container')
    """

    FT20 = "20ft"
    FT40 = "40ft"

    @classmethod
    def _what(cls) -> str:
        return "container size"

    @classmethod
    def _vietnamese_names(cls) -> Mapping[Any, str]:
        return {size: message("vehicle.container", "vi", size=size.feet) for size in cls}

    @classmethod
    def _english_names(cls) -> Mapping[Any, str]:
        return {size: message("vehicle.container", "en", size=size.feet) for size in cls}

    @property
    def code(self) -> str:
        """The code the rate tables write, such as ``"20ft"``: the member's value."""
        return str(self.value)

    @property
    def feet(self) -> int:
        """20 or 40, the length of the container in feet."""
        return int(self.value.removesuffix("ft"))


def _bound(value: object, name: str) -> Decimal:
    number = to_decimal(value, name)
    if number < 0:
        raise InvalidValueError.negative(name, value)
    return tidy(number)


def _low(value: Decimal | float) -> Decimal:
    return _bound(value, "low")


def _high(value: Decimal | float | None) -> Decimal | None:
    return None if value is None else _bound(value, "high")


def _flag(_instance: object, attribute: attrs.Attribute[bool], value: object) -> None:
    if not isinstance(value, bool):
        raise InvalidTypeError.of(attribute.name, "True or False", value)


_NUMBER: Final = r"\d+(?:\.\d+)?"
_INTERVAL: Final = re.compile(
    rf"\s*(?P<open>[\[(])\s*(?P<low>{_NUMBER})\s*,\s*(?P<high>{_NUMBER}|inf)\s*(?P<close>[\])])\s*"
)


@final
@attrs.frozen(kw_only=True)
class PayloadBracket:
    """A range of vehicle payloads in tonnes, each end said included or not.

    Attributes:
        low: the lower end, in tonnes (zero or more).
        high: the upper end in tonnes, or None for no upper end.
        low_inclusive: whether a payload of exactly ``low`` is in the bracket.
        high_inclusive: whether a payload of exactly ``high`` is in the bracket;
            False when there is no upper end.

    Both flags are required: "under 2 tonnes" is ``[0, 2)``, "from 2 to 5
    tonnes" may be ``[2, 5]`` or ``[2, 5)`` depending on the text, and the
    library does not guess which.

    >>> from dongdang.fees import PayloadBracket
    >>> PayloadBracket(low=Decimal(2), high=Decimal(5), low_inclusive=True, high_inclusive=True)
    PayloadBracket(low=Decimal('2'), high=Decimal('5'), low_inclusive=True, high_inclusive=True)
    >>> PayloadBracket.parse("[5, 2)")
    Traceback (most recent call last):
    ...
    dongdang.errors.InvalidValueError: payload bracket must not have low (5) above high (2), ...
    """

    low: Decimal = attrs.field(converter=_low)
    high: Decimal | None = attrs.field(converter=_high)
    low_inclusive: bool = attrs.field(validator=_flag)
    high_inclusive: bool = attrs.field(validator=_flag)

    def __attrs_post_init__(self) -> None:
        if self.high is None:
            if self.high_inclusive:
                raise InvalidValueError.of(
                    "payload bracket", self, "must exclude its open upper end: write 'inf)'"
                )
            return
        if self.low > self.high:
            raise InvalidValueError.of(
                "payload bracket",
                self,
                f"must not have low ({self.low}) above high ({self.high})",
                low=self.low,
                high=self.high,
            )
        if self.low == self.high and not (self.low_inclusive and self.high_inclusive):
            raise InvalidValueError.of(
                "payload bracket",
                self,
                "holds no payload: its ends are equal and not both included",
            )

    @classmethod
    def parse(cls, text: str) -> PayloadBracket:
        """Read a bracket written as an interval: ``"[0, 2)"``, ``"[2, 5]"``, ``"(30, inf)"``.

        Ends are tonnes written with a point for the decimal mark (``"2.5"``);
        ``inf`` stands for no upper end and must come with ``)``.

        Raises:
            ParseError: ``text`` is not an interval.
            InvalidValueError: the interval is empty or its low end is above its high end.

        >>> from dongdang.fees import PayloadBracket
        >>> PayloadBracket.parse("0 - 2 tấn")
        Traceback (most recent call last):
        ...
        dongdang.errors.ParseError: cannot read '0 - 2 tấn' at position 0: ...
        """
        if not isinstance(text, str):
            raise InvalidTypeError.of("a payload bracket", "written as a str", text)
        match = _INTERVAL.fullmatch(text)
        if match is None:
            raise ParseError(
                text,
                0,
                "a payload bracket is an interval of tonnes such as '[0, 2)', '[2, 5]' "
                "or '(30, inf)': '[' or ']' includes the end, '(' or ')' excludes it",
            )
        high = match.group("high")
        return cls(
            low=Decimal(match.group("low")),
            high=None if high == "inf" else Decimal(high),
            low_inclusive=match.group("open") == "[",
            high_inclusive=match.group("close") == "]",
        )

    def __contains__(self, value: object) -> bool:
        payload = to_decimal(value, "payload")
        above_low = payload >= self.low if self.low_inclusive else payload > self.low
        if not above_low or self.high is None:
            return above_low
        return payload <= self.high if self.high_inclusive else payload < self.high

    def overlaps(self, other: PayloadBracket) -> bool:
        """Tell whether some payload lies in both brackets.

        >>> from dongdang.fees import PayloadBracket
        >>> PayloadBracket.parse("[0, 2)").overlaps(PayloadBracket.parse("[2, 5)"))
        False
        >>> PayloadBracket.parse("[0, 2]").overlaps(PayloadBracket.parse("[2, 5)"))
        True
        """
        if self.low != other.low:
            low, low_in = max((self.low, self.low_inclusive), (other.low, other.low_inclusive))
        else:
            low, low_in = self.low, self.low_inclusive and other.low_inclusive
        highs = [(b.high, b.high_inclusive) for b in (self, other) if b.high is not None]
        if not highs:
            return True
        high, high_in = min(highs, key=lambda end: (end[0], end[1]))
        if low < high:
            return True
        return low == high and low_in and high_in

    def words(self, lang: Language = "vi") -> str:
        """The bracket as a resolution writes it: "dưới 2 tấn", "from 2 t to under 5 t".

        >>> from dongdang.fees import PayloadBracket
        >>> PayloadBracket.parse("[0, 2)").words(), PayloadBracket.parse("(2.5, 5]").words("en")
        ('dưới 2 tấn', 'over 2.5 t to 5 t')
        >>> PayloadBracket.parse("[30, inf)").words()
        'từ 30 tấn trở lên'
        """
        from dongdang._messages import message  # noqa: PLC0415 - a cycle otherwise
        from dongdang.text import format_number  # noqa: PLC0415 - Babel costs import time

        low = format_number(self.low, lang)
        from_zero = self.low_inclusive and not self.low
        if self.high is None:
            if from_zero:
                return message("payload.any", lang)
            return message(
                "payload.at_least" if self.low_inclusive else "payload.over", lang, low=low
            )
        high = format_number(self.high, lang)
        end = "to" if self.high_inclusive else "under"
        if from_zero:
            return message(f"payload.only_{end}", lang, high=high)
        start = "from" if self.low_inclusive else "over"
        return message(f"payload.{start}_{end}", lang, low=low, high=high)

    def __str__(self) -> str:
        high = "inf" if self.high is None else str(self.high)
        opening = "[" if self.low_inclusive else "("
        closing = "]" if self.high_inclusive else ")"
        return f"{opening}{self.low}, {high}{closing}"


#: A class of vehicle in a rate table, a payload bracket or a container size.
VehicleClass: TypeAlias = PayloadBracket | ContainerSize


def vehicle_words(vehicle: Decimal | ContainerSize) -> str:
    """A crossing's vehicle in words, its payload in tonnes or its container, as messages write it.

    A payload reads without trailing zeros however it was given (``1``, ``1.0``,
    a column of floats): one payload, one wording.

    >>> vehicle_words(Decimal("1.0")), vehicle_words(Decimal("1.50")), vehicle_words(Decimal(12))
    ('payload 1 t', 'payload 1.5 t', 'payload 12 t')
    >>> vehicle_words(ContainerSize.FT40)
    '40ft container'
    """
    if isinstance(vehicle, ContainerSize):
        return f"{vehicle.value} container"
    return f"payload {tidy(vehicle)} t"
