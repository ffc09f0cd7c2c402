"""Units: dongdang's own small pint registry.

The registry knows only what the zone's reports speak of, so it builds in
milliseconds instead of loading pint's full definition file:

* money: ``VND`` (đồng), ``USD`` and ``CNY``, each its own dimension, with the
  report scales ``thousand_VND``, ``million_VND`` (triệu đồng), ``billion_VND``
  (tỷ đồng), ``trillion_VND`` (nghìn tỷ đồng), ``quadrillion_VND`` (triệu tỷ
  đồng) and the same for USD and CNY;
* area: ``m2``, ``hectare`` (``ha``), ``km2``; length: ``m``, ``km``;
* mass: ``kg``, ``tonne`` (``t``); energy: ``kilowatt_hour`` (``kWh``); time: ``day``;
* scaled areas, masses, energies and counts: ``thousand_hectare`` (nghìn ha),
  ``million_tonne`` (triệu tấn), ``billion_kilowatt_hour`` (tỷ kWh),
  ``million_count`` (the "triệu" of "2,6 triệu lượt khách"), see ``SCALED_UNITS``;
* counts: ``vehicle_trip`` (lượt xe), ``vehicle`` (xe), ``container``,
  ``railcar`` (toa), each its own dimension so that trips and vehicles do not mix.

Adding VND to USD raises pint's ``DimensionalityError`` (a :class:`TypeError`),
and dongdang's own functions raise :class:`~dongdang.errors.UnitMismatchError`;
a currency changes only through a dated :class:`ExchangeRate`. Magnitudes are
:class:`~decimal.Decimal`.

>>> from decimal import Decimal
>>> from dongdang import ureg
>>> fee = ureg.Quantity(Decimal("278718"), "million_VND")
>>> fee.to("VND")
<Quantity(278718000000, 'VND')>
>>> fee + ureg.Quantity(1, "USD")
Traceback (most recent call last):
...
pint.errors.DimensionalityError: Cannot convert from 'million_VND' ... to 'USD' ...

pint's ``to`` computes in the caller's decimal context and keeps trailing
zeros; :func:`convert` and :func:`magnitude_in` are exact and tidy:

>>> from dongdang.units import convert
>>> convert(fee, "billion_VND")
<Quantity(278.718, 'billion_VND')>

Quantities made by this registry pickle without pint's application registry:
they unpickle into :data:`ureg` in any process that can import dongdang.
"""

from __future__ import annotations

import collections.abc
import decimal
import functools
import tokenize
from decimal import Decimal
from typing import TYPE_CHECKING, Any, Final, TypeAlias, cast

import attrs
import pint
from pint.util import UnitsContainer

from dongdang._decimal import EXACT, QUOTIENT, tidy, to_decimal
from dongdang._validators import field_date, field_text
from dongdang.errors import (
    InvalidTypeError,
    InvalidValueError,
    ParseError,
    UnitMismatchError,
    UnknownCodeError,
)

if TYPE_CHECKING:
    import datetime as dt
    from collections.abc import Iterable

__all__ = [
    "CURRENCIES",
    "ExchangeRate",
    "Quantity",
    "Unit",
    "amount",
    "convert",
    "is_quantity",
    "magnitude_in",
    "sum_amounts",
    "unit_of",
    "ureg",
]

#: ISO 4217 codes of the currencies the registry knows.
CURRENCIES: Final = ("VND", "USD", "CNY")

#: The units other than currencies that reports scale ("95,4 nghìn ha", "3 triệu
#: tấn", "20,26 tỷ kWh", "2,6 triệu lượt khách": a count, whose noun the statement
#: keeps), each with ``thousand_``, ``million_`` and ``billion_`` forms.
SCALED_UNITS: Final = ("hectare", "tonne", "kilowatt_hour", "count")

_SCALES: Final = (
    ("thousand", 3),
    ("million", 6),
    ("billion", 9),
    ("trillion", 12),
    ("quadrillion", 15),  # "triệu tỷ đồng"
)

_DEFINITIONS: Final = (
    *(f"{code} = [currency_{code}]" for code in CURRENCIES),
    *(
        f"{scale}_{code} = 1{'0' * zeros} * {code}"
        for code in CURRENCIES
        for scale, zeros in _SCALES
    ),
    "metre = [length] = m",
    "kilometre = 1000 * metre = km",
    "square_metre = metre ** 2 = m2",
    "hectare = 10000 * square_metre = ha",
    "square_kilometre = 1000000 * square_metre = km2",
    "tonne = [mass] = t",
    "kilogram = tonne / 1000 = kg",
    "kilowatt_hour = [energy] = kWh",
    "day = [time]",
    "vehicle_trip = [vehicle_trip] = trip",
    "vehicle = [vehicle]",
    "container = [container]",
    "railcar = [railcar]",
    "count = [count]",
    *(
        f"{scale}_{name} = 1{'0' * zeros} * {name}"
        for name in SCALED_UNITS
        for scale, zeros in _SCALES[:3]
    ),
)

# What a unit expression may hold: names, numbers, operators. pint's own parser
# silently drops what it does not know, so that "5 ₫" would be a dimensionless 5.
_UNIT_PUNCTUATION: Final = frozenset(" _.*/^()+-²³\t")


def _check_expression(text: str) -> None:
    for position, char in enumerate(text):
        if not (char.isalnum() or char in _UNIT_PUNCTUATION):
            raise ParseError(
                text,
                position,
                f"{char!r} is not part of a unit expression; write currencies as VND, USD or CNY",
            )


def _unpickle_quantity(magnitude: Decimal, units: tuple[tuple[str, int], ...]) -> Quantity:
    return ureg.Quantity(magnitude, _container(units))


def _unpickle_unit(units: tuple[tuple[str, int], ...]) -> Unit:
    return ureg.Unit(_container(units))


def _container(units: tuple[tuple[str, int], ...]) -> UnitsContainer:
    # With the registry's number type: a container of floats makes every later
    # conversion fail with "unsupported operand type(s) for *: 'float' and 'Decimal'".
    return UnitsContainer(dict(units), non_int_type=Decimal)


class _Quantity(pint.UnitRegistry.Quantity):  # type: ignore[type-arg]
    def __reduce__(self) -> tuple[Any, ...]:
        # Through a module-level function bound to dongdang's registry, so a fresh
        # process needs no pint.set_application_registry call.
        return _unpickle_quantity, (self.magnitude, tuple(self._units.items()))


class _Unit(pint.UnitRegistry.Unit):
    def __reduce__(self) -> tuple[Any, ...]:
        return _unpickle_unit, (tuple(self._units.items()),)


class _Registry(pint.UnitRegistry):  # type: ignore[type-arg]
    Quantity: TypeAlias = _Quantity
    Unit: TypeAlias = _Unit

    # pint's signatures are untyped here; the overrides only guard the input.
    def parse_expression(self, input_string: str, *args: Any, **kwargs: Any) -> Any:  # noqa: ANN401
        _check_expression(input_string)
        return super().parse_expression(input_string, *args, **kwargs)

    def parse_units_as_container(self, input_string: str, *args: Any, **kwargs: Any) -> Any:  # noqa: ANN401
        _check_expression(input_string)
        return super().parse_units_as_container(input_string, *args, **kwargs)


def _build_registry() -> _Registry:
    registry = _Registry(None, non_int_type=Decimal, cache_folder=None)
    for definition in _DEFINITIONS:
        registry.define(definition)
    return registry


#: The registry every dongdang quantity belongs to.
ureg: Final = _build_registry()

if TYPE_CHECKING:
    Quantity: TypeAlias = pint.Quantity[Any]
    Unit: TypeAlias = pint.Unit
else:
    #: The type of the quantities dongdang returns (``isinstance`` works).
    Quantity = ureg.Quantity
    #: The type of the units of :data:`ureg`.
    Unit = ureg.Unit


def amount(value: object, unit: str) -> Quantity:
    """Build a quantity of ``unit`` from a number, following the number policy.

    >>> amount(344.8, "billion_VND")
    <Quantity(344.8, 'billion_VND')>
    >>> amount(1, "đồng")
    Traceback (most recent call last):
    ...
    dongdang.errors.UnknownCodeError: unknown unit 'đồng'; expected one of 'CNY', 'USD', ...
    """
    magnitude = to_decimal(value, "value")
    return ureg.Quantity(magnitude, unit_of(unit))


def unit_of(name: str) -> Unit:
    """Return the registry's unit called ``name``, or raise naming it.

    Whatever the text, the error is an :class:`~dongdang.errors.InvalidValueError`
    (a :class:`~dongdang.errors.ParseError` for a character no unit has) that
    quotes it: pint's own parser would raise anything from ``tokenize.TokenError``
    to ``decimal.Overflow``.

    >>> from dongdang.units import unit_of
    >>> unit_of("VND/0")
    Traceback (most recent call last):
    ...
    dongdang.errors.InvalidValueError: unit must be a product of units and powers, ..., got 'VND/0'
    """
    if not isinstance(name, str):
        raise InvalidTypeError.of("unit", "a str or a Unit", name)
    try:
        # pint evaluates numbers in the expression ("10^10^6") in the thread's context.
        with decimal.localcontext(QUOTIENT):
            return ureg.Unit(name)
    except pint.UndefinedUnitError:
        known = sorted(ureg._units)  # noqa: SLF001 - pint has no public listing
        raise UnknownCodeError("unit", name, known) from None
    except ParseError:
        raise
    except (  # what pint's tokenizer and evaluator raise on text that is no unit
        ArithmeticError,
        AssertionError,  # pint asserts on a dangling operator: "VND**"
        AttributeError,
        pint.PintError,
        RecursionError,
        TypeError,
        ValueError,
        tokenize.TokenError,
    ):
        raise InvalidValueError.of(
            "unit",
            name,
            "must be a product of units and powers, such as million_VND or VND / vehicle_trip",
        ) from None


def _target(unit: object) -> Unit:
    """A unit given by name or as a Unit."""
    return unit if isinstance(unit, pint.Unit) else unit_of(cast("str", unit))


def is_quantity(value: object) -> bool:
    """Tell whether ``value`` is a pint quantity (of any registry)."""
    return isinstance(value, pint.Quantity)


def magnitude_in(quantity: Quantity, unit: str | Unit) -> Decimal:
    """Return the exact Decimal magnitude of ``quantity`` expressed in ``unit``.

    Unlike pint's ``to``, the arithmetic is exact and ignores the caller's
    decimal context.

    >>> magnitude_in(amount(344.8, "billion_VND"), "million_VND")
    Decimal('344800')
    >>> magnitude_in(amount(1, "USD"), "VND")
    Traceback (most recent call last):
    ...
    dongdang.errors.UnitMismatchError: quantity must be in the dimension of the unit (VND), ...
    """
    if not is_quantity(quantity):
        raise InvalidTypeError.of("quantity", "a quantity", quantity)
    target = _target(unit)
    source_factor, source_root = ureg.get_root_units(quantity.units)
    target_factor, target_root = ureg.get_root_units(target)
    if source_root != target_root:
        raise UnitMismatchError.unlike(
            "quantity",
            quantity,
            "the unit",
            target,
            kind="dimension",
            hint=f"{quantity.dimensionality} is not {target.dimensionality}",
        )
    # Every factor of the registry is a power of ten, so the quotient is exact.
    factor = QUOTIENT.divide(
        to_decimal(source_factor, "factor"), to_decimal(target_factor, "factor")
    )
    return tidy(EXACT.multiply(to_decimal(quantity.magnitude, "magnitude"), factor))


def sum_amounts(amounts: Iterable[Quantity], unit: str | Unit | None = None) -> Quantity:
    """Add quantities of one dimension exactly, in ``unit`` (default: the first's unit).

    pint's ``+`` and the built-in ``sum`` round Decimals in the caller's
    decimal context; this does not.

    >>> parts = [amount(234433, "million_VND"), amount(Decimal("44.285"), "billion_VND")]
    >>> sum_amounts(parts)
    <Quantity(278718, 'million_VND')>
    >>> sum_amounts([])
    Traceback (most recent call last):
    ...
    dongdang.errors.InvalidValueError: sum_amounts needs at least one amount to know the unit
    """
    if is_quantity(amounts) or not isinstance(amounts, collections.abc.Iterable):
        raise InvalidTypeError.of("amounts", "an iterable of quantities", amounts)
    items = list(amounts)
    if not items and unit is None:
        raise InvalidValueError.needs_one("sum_amounts", "amount to know the unit")
    if unit is None and not is_quantity(items[0]):
        raise InvalidTypeError.must_hold("amounts", "quantities", items[0])
    target = _target(items[0].units if unit is None else unit)
    total = functools.reduce(EXACT.add, (magnitude_in(item, target) for item in items), Decimal(0))
    return ureg.Quantity(tidy(total), target)


def convert(quantity: Quantity, unit: str | Unit) -> Quantity:
    """Return ``quantity`` expressed in ``unit``, exactly.

    >>> convert(amount(278718, "million_VND"), "billion_VND")
    <Quantity(278.718, 'billion_VND')>
    """
    target = _target(unit)
    return ureg.Quantity(magnitude_in(quantity, target), target)


def _to_rate(value: Decimal | float) -> Decimal:
    return to_decimal(value, "rate")


def _rate_day(value: dt.date) -> dt.date:
    return field_date(value, "an exchange rate's day (on)")


def _rate_source(value: str) -> str:
    return field_text(value, "an exchange rate's source")


def _check_currency(_instance: object, attribute: attrs.Attribute[str], value: object) -> None:
    # attrs' own in_ validator raises a bare ValueError; dongdang's errors are DongDangErrors.
    if value not in CURRENCIES:
        raise InvalidValueError.not_one_of(attribute.name, value, CURRENCIES)


@attrs.frozen(kw_only=True)
class ExchangeRate:
    """How many units of ``quote`` one unit of ``base`` buys, on one date.

    The only way dongdang converts between currencies.

    >>> from decimal import Decimal
    >>> import datetime as dt
    >>> rate = ExchangeRate(
    ...     base="USD",
    ...     quote="VND",
    ...     rate=Decimal("25450"),
    ...     on=dt.date(2025, 8, 1),
    ...     source="Example rate, not a sourced figure",
    ... )
    >>> rate.convert(amount(2, "million_USD"))
    <Quantity(50900, 'million_VND')>
    """

    base: str = attrs.field(validator=_check_currency)
    quote: str = attrs.field(validator=_check_currency)
    rate: Decimal = attrs.field(converter=_to_rate)
    on: dt.date = attrs.field(converter=_rate_day)
    source: str = attrs.field(converter=_rate_source)

    @rate.validator
    def _positive(self, _attribute: object, value: Decimal) -> None:
        if value <= 0:
            raise InvalidValueError.not_positive("rate", value)

    @quote.validator
    def _other_currency(self, _attribute: object, value: str) -> None:
        if value == self.base:
            raise InvalidValueError.of(
                "quote",
                value,
                f"must differ from base ({self.base})",
                bound=self.base,
                bound_name="base",
                hint="an exchange rate needs two currencies",
            )

    def convert(self, money: Quantity) -> Quantity:
        """Convert ``money`` from ``base`` to ``quote`` at the same report scale."""
        dimension = f"[currency_{self.base}]"
        if money.dimensionality != UnitsContainer({dimension: 1}):
            raise UnitMismatchError.of(
                "money",
                money,
                f"in {self.base}, the base of the {self.base}→{self.quote} rate of {self.on}",
            )
        target = unit_of(str(money.units).replace(self.base, self.quote))
        magnitude = to_decimal(money.magnitude, "money")
        return ureg.Quantity(tidy(EXACT.multiply(magnitude, self.rate)), target)
