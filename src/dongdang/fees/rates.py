"""The provisions of a fee version: rates, coefficients, the cap, mixed cargo, the split.

Every provision carries its ``source``: the address of the page it was read
from. dongdang ships only provisions a source states.

>>> from dongdang.fees import Rate, SplitRule
>>> rate = Rate(
...     vehicle="40ft",
...     regime="temporary_import_reexport",
...     goods="agricultural_products",
...     amount=4_000_000,
...     source="https://example.invalid/table",
... )
>>> rate.label()
'40ft container × temporary_import_reexport × agricultural_products'
>>> SplitRule(collector=Decimal("0.1"), source="https://example.invalid/split").divide(155_555)
Split(collector=15556, budget=139999)
"""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING, Any, Final, Literal, final

import attrs

from dongdang._decimal import EXACT, round_half_up, tidy, to_decimal
from dongdang._validators import non_empty_str
from dongdang.errors import InvalidTypeError, InvalidValueError
from dongdang.fees.crossings import GoodsRegime, Journey, check_goods_code, regime_of
from dongdang.fees.vehicles import ContainerSize, PayloadBracket, VehicleClass

if TYPE_CHECKING:
    from collections.abc import Iterable

    from dongdang.fees.crossings import Crossing

__all__ = ["Cap", "Coefficient", "MixedCargoRule", "Rate", "Split", "SplitRule"]

_ONE: Final = Decimal(1)


def _source(_instance: object, attribute: attrs.Attribute[str], value: object) -> None:
    if not isinstance(value, str):
        raise InvalidTypeError.of(attribute.name, "a URL or a citation (a str)", value)
    if not value.strip():
        raise InvalidValueError.of(
            attribute.name, value, "must say where the provision was read (a URL or a citation)"
        )


def _note(_instance: object, attribute: attrs.Attribute[str | None], value: object) -> None:
    if value is not None and not isinstance(value, str):
        raise InvalidTypeError.of(attribute.name, "a str or None", value)


def _dong(value: object, name: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise InvalidTypeError.of(name, "a whole number of đồng (an int)", value)
    if value < 0:
        raise InvalidValueError.negative(name, value)
    return value


def _vehicle(value: PayloadBracket | ContainerSize | str) -> VehicleClass:
    if isinstance(value, PayloadBracket | ContainerSize):
        return value
    if isinstance(value, str) and value.lstrip().startswith(("[", "(")):
        return PayloadBracket.parse(value)
    return ContainerSize.from_code(value)


def _optional_goods(value: str | None) -> str | None:
    return None if value is None else check_goods_code(value)


def _rate_amount(value: int) -> int:
    return _dong(value, "amount")


@final
@attrs.frozen(kw_only=True)
class Rate:
    """One row of a rate table: the fee per trip for a class of vehicle, regime and goods.

    Attributes:
        vehicle: a :class:`~dongdang.fees.vehicles.PayloadBracket` (or its
            interval text, ``"[0, 2)"``) or a
            :class:`~dongdang.fees.vehicles.ContainerSize` (or its code, ``"40ft"``).
        regime: the goods regime the row is for.
        goods: the goods category the row is for, or None for any goods of
            the regime. A row for the crossing's goods wins over a row for any goods.
        amount: the fee per vehicle per trip, in whole đồng (đồng/lượt/xe).
        source: where the rate was read.
        note: what the source says, where it needs saying.

    >>> from dongdang.fees import Rate
    >>> Rate(vehicle="[0, 2)", regime="export", amount=-5, source="s")
    Traceback (most recent call last):
    ...
    dongdang.errors.InvalidValueError: amount must not be negative, got -5
    """

    vehicle: VehicleClass = attrs.field(converter=_vehicle)
    regime: GoodsRegime = attrs.field(converter=regime_of)
    goods: str | None = attrs.field(default=None, converter=_optional_goods)
    amount: int = attrs.field(converter=_rate_amount)
    source: str = attrs.field(validator=_source)
    note: str | None = attrs.field(default=None, validator=_note)

    def matches(self, crossing: Crossing) -> bool:
        """Whether the crossing's vehicle is of this row's class."""
        if isinstance(self.vehicle, ContainerSize):
            return crossing.container is self.vehicle
        return crossing.payload is not None and crossing.payload in self.vehicle

    def clashes(self, other: Rate) -> bool:
        """Whether a vehicle of the same regime and goods could match both rows."""
        if (self.regime, self.goods) != (other.regime, other.goods):
            return False
        if isinstance(self.vehicle, PayloadBracket) and isinstance(other.vehicle, PayloadBracket):
            return self.vehicle.overlaps(other.vehicle)
        return self.vehicle == other.vehicle

    def label(self) -> str:
        """The row's key in words: vehicle class × regime × goods."""
        if isinstance(self.vehicle, ContainerSize):
            vehicle = f"{self.vehicle.value} container"
        else:
            vehicle = f"payload {self.vehicle}"
        return f"{vehicle} × {self.regime.value} × {self.goods or 'any goods'}"


def _items(values: object) -> list[Any]:
    if isinstance(values, str):
        return [values]
    if not hasattr(values, "__iter__"):
        raise InvalidTypeError.of("codes", "a code or a list of codes", values)
    return list(values)


def _regimes(values: str | Iterable[GoodsRegime | str]) -> tuple[GoodsRegime, ...]:
    return tuple(dict.fromkeys(GoodsRegime.from_code(item) for item in _items(values)))


def _journeys(values: str | Iterable[Journey | str]) -> tuple[Journey, ...]:
    return tuple(dict.fromkeys(Journey.from_code(item) for item in _items(values)))


def _goods_codes(values: str | Iterable[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(check_goods_code(item) for item in _items(values)))


def _factor(value: Decimal | float | str) -> Decimal:
    factor = to_decimal(value, "factor")
    if factor < 0:
        raise InvalidValueError.negative("factor", value)
    return tidy(factor)


@final
@attrs.frozen(kw_only=True)
class Coefficient:
    """A multiplier of the base rate, for the crossings its conditions select.

    Each condition is a tuple of codes; an empty tuple places no condition.
    Where several coefficients apply to one crossing, they multiply together:
    the 2025 source does not say how they combine, so this is dongdang's
    assumption, and the documentation says so.

    Attributes:
        id: the coefficient's name in its version, such as ``"ore_export"``.
        factor: the multiplier: 5 for "×5", 1.3 for "130%", 0.3 for "30%".
        regimes: the goods regimes it applies to (any if empty).
        goods: the goods categories it applies to (any if empty).
        journeys: the journeys it applies to (any if empty).
        source: where it was read.
        note: what the source says.

    >>> from dongdang.fees import Coefficient, GoodsRegime, Journey
    >>> ore = Coefficient(id="ore_export", factor=5, regimes=["export"], goods=["ore"], source="s")
    >>> ore.applies(GoodsRegime.EXPORT, "ore", Journey.STANDARD)
    True
    >>> ore.applies(GoodsRegime.IMPORT, "ore", Journey.STANDARD)
    False
    """

    id: str = attrs.field(validator=non_empty_str)
    factor: Decimal = attrs.field(converter=_factor)
    regimes: tuple[GoodsRegime, ...] = attrs.field(default=(), converter=_regimes)
    goods: tuple[str, ...] = attrs.field(default=(), converter=_goods_codes)
    journeys: tuple[Journey, ...] = attrs.field(default=(), converter=_journeys)
    source: str = attrs.field(validator=_source)
    note: str | None = attrs.field(default=None, validator=_note)

    def applies(self, regime: GoodsRegime, goods: str, journey: Journey) -> bool:
        """Whether the coefficient applies to goods of ``regime`` on ``journey``."""
        return (
            (not self.regimes or regime in self.regimes)
            and (not self.goods or goods in self.goods)
            and (not self.journeys or journey in self.journeys)
        )


def _cap_amount(value: int) -> int:
    return _dong(value, "cap")


@final
@attrs.frozen(kw_only=True)
class Cap:
    """The most a vehicle pays for one trip, whatever the rate and coefficients.

    dongdang applies the cap after the coefficients. For 09/2025/NQ-HĐND that
    order is an assumption: the ceiling is known from a headline only ("lên
    tới 5.000.000 đồng/lượt/xe"), and the bundled data say so.

    Attributes:
        amount: the ceiling in đồng per vehicle per trip.
        source: where it was read.
        note: what the source says.
    """

    amount: int = attrs.field(converter=_cap_amount)
    source: str = attrs.field(validator=_source)
    note: str | None = attrs.field(default=None, validator=_note)


def _rule(_instance: object, _attribute: object, value: object) -> None:
    if value != "highest":
        raise InvalidValueError.of(
            "the mixed-cargo rule",
            value,
            "must be 'highest' (the highest applicable fee)",
            accepted=["highest"],
        )


@final
@attrs.frozen(kw_only=True)
class MixedCargoRule:
    """How a vehicle carrying several goods categories is charged.

    The one rule known is ``"highest"``: the vehicle pays the highest of the
    fees its goods would pay one by one. A version without this provision
    refuses mixed cargo rather than guess.

    Attributes:
        rule: ``"highest"``.
        source: where it was read.
        note: what the source says.
    """

    rule: Literal["highest"] = attrs.field(validator=_rule)
    source: str = attrs.field(validator=_source)
    note: str | None = attrs.field(default=None, validator=_note)


def _share(value: Decimal | float | str) -> Decimal:
    share = to_decimal(value, "collector")
    if not 0 <= share <= 1:
        raise InvalidValueError.out_of_range("collector", value, 0, 1)
    return tidy(share)


@final
@attrs.frozen(kw_only=True)
class Split:
    """A fee divided between the collector and the provincial budget, in đồng."""

    collector: int
    budget: int

    @property
    def total(self) -> int:
        """The fee, the two parts added."""
        return self.collector + self.budget


@final
@attrs.frozen(kw_only=True)
class SplitRule:
    """How the proceeds of the fee are shared.

    Attributes:
        collector: the fraction the collecting unit keeps (0.1 for 10%); the
            rest goes to the provincial budget.
        source: where it was read.
        note: what the source says.
    """

    collector: Decimal = attrs.field(converter=_share)
    source: str = attrs.field(validator=_source)
    note: str | None = attrs.field(default=None, validator=_note)

    def divide(self, fee: int) -> Split:
        """Split ``fee`` exactly: the collector's part rounded half-up, the rest to the budget.

        >>> from dongdang.fees import SplitRule
        >>> rule = SplitRule(collector=Decimal("0.1"), source="s")
        >>> rule.divide(5), rule.divide(4_000_000)
        (Split(collector=1, budget=4), Split(collector=400000, budget=3600000))
        """
        total = _dong(fee, "fee")
        collector = int(round_half_up(EXACT.multiply(Decimal(total), self.collector), 0))
        return Split(collector=collector, budget=total - collector)


def product(factors: Iterable[Decimal]) -> Decimal:
    """The exact product of ``factors`` (1 when there are none)."""
    result = _ONE
    for factor in factors:
        result = EXACT.multiply(result, factor)
    return result
