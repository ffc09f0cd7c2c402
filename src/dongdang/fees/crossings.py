"""Crossings: one goods vehicle passing a gate, as the fee sees it.

The fee depends on the day (which resolution is in force), the vehicle (its
payload in tonnes, or the size of its container), the customs regime of the
goods, the goods themselves, and the journey (through the gate and on inland,
or transshipped at the yard only).

>>> from dongdang.fees import Crossing
>>> crossing = Crossing(
...     date=dt.date(2025, 6, 2),
...     payload=Decimal("1.5"),
...     regime="export",
...     goods="fresh_produce",
... )
>>> crossing.vehicle_label(), crossing.regime, crossing.goods
('payload 1.5 t', <GoodsRegime.EXPORT: 'export'>, ('fresh_produce',))

A vehicle carrying several goods (mixed cargo) lists them all, in a tuple or
joined by ``+``:

>>> Crossing(date=dt.date(2025, 6, 2), container="40ft", regime="import", goods="fruit+ore").goods
('fruit', 'ore')
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import TYPE_CHECKING, Final, cast, final

import attrs

from dongdang._decimal import to_decimal
from dongdang._validators import field_date as _field_date
from dongdang._validators import gate_code as _gate_code
from dongdang._vocabulary import Vocabulary
from dongdang.errors import InvalidTypeError, InvalidValueError
from dongdang.fees.vehicles import ContainerSize, vehicle_words
from dongdang.units import is_quantity, magnitude_in

if TYPE_CHECKING:
    import datetime as dt
    from decimal import Decimal

    from dongdang.units import Quantity

__all__ = [
    "GOODS_SEPARATOR",
    "Crossing",
    "GoodsRegime",
    "Journey",
    "check_goods_code",
    "goods_codes",
]

#: The character that joins the goods of a mixed cargo in one string, as in ``"fruit+ore"``.
GOODS_SEPARATOR: Final = "+"

_GOODS_CODE: Final = re.compile(r"[a-z][a-z0-9_]*")


class GoodsRegime(Vocabulary):
    """The customs regime of the goods a vehicle carries (loại hình hàng hóa).

    ``MERCHANTING`` is *chuyển khẩu* (transshipment trade: goods bought abroad
    and sold abroad through Vietnam). It is not *sang tải*, moving cargo
    between vehicles at a yard, which is a :class:`Journey`.

    >>> from dongdang.fees import GoodsRegime
    >>> GoodsRegime.from_code("temporary_import_reexport").vietnamese
    'tạm nhập tái xuất'
    >>> GoodsRegime.from_code("tntx")
    Traceback (most recent call last):
    ...
    dongdang.errors.UnknownCodeError: unknown goods regime 'tntx'; expected one of 'export', ...
    """

    EXPORT = "export"
    IMPORT = "import"
    TEMPORARY_IMPORT_REEXPORT = "temporary_import_reexport"
    TRANSIT = "transit"
    BONDED_WAREHOUSE = "bonded_warehouse"
    BORDER_RESIDENT = "border_resident"
    MERCHANTING = "merchanting"

    @classmethod
    def _what(cls) -> str:
        return "goods regime"

    @classmethod
    def _catalogue(cls) -> str:
        return "regime"

    @property
    def code(self) -> str:
        """The code the rate tables write, such as ``"export"``: the member's value."""
        return str(self.value)


class Journey(Vocabulary):
    """Where the vehicle goes after the gate: what some coefficients look at.

    * ``STANDARD``: through the gate; no coefficient for the journey.
    * ``INLAND_DELIVERY``: goods carried on for delivery inland (130% under
      09/2025/NQ-HĐND for imported goods only: a vehicle of another regime on
      this journey pays its rate without that coefficient).
    * ``YARD_ONLY``: transshipped (*sang tải*) at the gate's yard only, not
      carried inland (30% under 09/2025/NQ-HĐND).

    >>> from dongdang.fees import Journey
    >>> Journey.from_code("yard_only").vietnamese
    'chỉ sang tải tại bãi, không vào nội địa'
    """

    STANDARD = "standard"
    INLAND_DELIVERY = "inland_delivery"
    YARD_ONLY = "yard_only"

    @classmethod
    def _what(cls) -> str:
        return "journey"

    @classmethod
    def _catalogue(cls) -> str:
        return "journey"

    @property
    def code(self) -> str:
        """The code the rate tables write, such as ``"yard_only"``: the member's value."""
        return str(self.value)


def check_goods_code(code: object, name: str = "goods") -> str:
    """Return ``code`` if it is a goods category code, or raise naming it.

    A code is lower-case ASCII letters, digits and underscores, starting with a
    letter: ``"fresh_produce"``, ``"ore"``. The vocabulary is open: a rate table
    says which categories it knows.

    >>> from dongdang.fees.crossings import check_goods_code
    >>> check_goods_code("Fresh produce")
    Traceback (most recent call last):
    ...
    dongdang.errors.InvalidValueError: goods must be a goods code: ..., got 'Fresh produce'
    """
    if not isinstance(code, str):
        raise InvalidTypeError.of(name, "a str code such as 'fresh_produce'", code)
    if _GOODS_CODE.fullmatch(code) is None:
        raise InvalidValueError.of(
            name,
            code,
            "must be a goods code: lower-case letters, digits and underscores, starting with "
            "a letter, such as 'fresh_produce'",
        )
    return code


def goods_codes(value: str | Iterable[str]) -> tuple[str, ...]:
    """The goods categories of ``value``: a code, codes joined by ``+``, or an iterable of codes.

    Repeated codes count once; the order is kept.

    >>> from dongdang.fees.crossings import goods_codes
    >>> goods_codes("fruit+ore+fruit")
    ('fruit', 'ore')
    >>> goods_codes("")
    Traceback (most recent call last):
    ...
    dongdang.errors.InvalidValueError: goods must name at least one goods category, got ''
    """
    if isinstance(value, str):
        items: list[object] = list(value.split(GOODS_SEPARATOR))
    elif isinstance(value, Iterable):
        items = list(value)
    else:
        raise InvalidTypeError.of(
            "goods", f"a code, codes joined by {GOODS_SEPARATOR!r}, or a tuple of codes", value
        )
    if not items or items == [""]:
        raise InvalidValueError.of("goods", value, "must name at least one goods category")
    codes = [check_goods_code(item) for item in items]
    return tuple(dict.fromkeys(codes))


def regime_of(value: GoodsRegime | str) -> GoodsRegime:
    """The goods regime ``value`` names: :meth:`GoodsRegime.from_code`, for converters."""
    return GoodsRegime.from_code(value)


def _journey(value: Journey | str) -> Journey:
    return Journey.from_code(value)


def _date(value: dt.date) -> dt.date:
    return _field_date(value, "date")


def _payload(value: Quantity | Decimal | float | None) -> Decimal | None:
    if value is None:
        return None
    if is_quantity(value):
        number = magnitude_in(cast("Quantity", value), "tonne")
    else:
        number = to_decimal(value, "payload")
    if number < 0:
        raise InvalidValueError.negative("payload", value)
    return number


def _container(value: ContainerSize | str | None) -> ContainerSize | None:
    return None if value is None else ContainerSize.from_code(value)


def _gate(value: str | None) -> str | None:
    return _gate_code(value)


@final
@attrs.frozen(kw_only=True)
class Crossing:
    """One goods vehicle crossing a gate on one day.

    Attributes:
        date: the day of the crossing: it selects the version of the fee.
        regime: the customs regime of the goods (a :class:`GoodsRegime` or its code).
        goods: the goods categories carried, one or more; several make a
            mixed cargo. A single code, codes joined by ``+``, or a tuple.
        payload: the vehicle's payload in tonnes (a number, or a quantity of
            mass), or None for a container vehicle.
        container: the container size (``"20ft"``, ``"40ft"``), or None.
        journey: standard, imported goods delivered inland, or transshipped
            at the yard only.
        gate: the code of the gate, for the record; the fee does not depend on it.

    Exactly one of ``payload`` and ``container`` is given.

    >>> from dongdang.fees import Crossing
    >>> Crossing(date=dt.date(2025, 6, 2), payload=-1, regime="export", goods="ore")
    Traceback (most recent call last):
    ...
    dongdang.errors.InvalidValueError: payload must not be negative, got -1
    >>> Crossing(date=dt.date(2025, 6, 2), regime="export", goods="ore")
    Traceback (most recent call last):
    ...
    dongdang.errors.InvalidValueError: a crossing: give a payload or a container, got ...
    """

    date: dt.date = attrs.field(converter=_date)
    regime: GoodsRegime = attrs.field(converter=regime_of)
    goods: tuple[str, ...] = attrs.field(converter=goods_codes)
    payload: Decimal | None = attrs.field(default=None, converter=_payload)
    container: ContainerSize | None = attrs.field(default=None, converter=_container)
    journey: Journey = attrs.field(default=Journey.STANDARD, converter=_journey)
    gate: str | None = attrs.field(default=None, converter=_gate)

    def __attrs_post_init__(self) -> None:
        if (self.payload is None) == (self.container is None):
            raise InvalidValueError.either_or(
                "a payload",
                "a container",
                {"payload": self.payload, "container": self.container},
                both=self.payload is not None,
                where="a crossing",
            )

    @property
    def is_mixed(self) -> bool:
        """Whether the vehicle carries several goods categories (mixed cargo)."""
        return len(self.goods) > 1

    def vehicle_label(self) -> str:
        """The vehicle in words: ``"payload 1.5 t"`` or ``"40ft container"``."""
        return vehicle_words(self.container or cast("Decimal", self.payload))
