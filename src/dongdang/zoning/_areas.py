"""Areas as plans print them, the land-use classes they give, and occupancy."""

from __future__ import annotations

import functools
from decimal import Decimal
from fractions import Fraction
from typing import TYPE_CHECKING, Final, cast, final

import attrs

from dongdang._decimal import EXACT, QUOTIENT, tidy, to_decimal
from dongdang._messages import qualified
from dongdang._validators import field_code as _field_code
from dongdang._validators import field_codes as _field_codes
from dongdang._validators import field_text as _field_text
from dongdang._validators import field_texts as _field_texts
from dongdang._validators import language as _check_lang
from dongdang._validators import one_of as _instance
from dongdang._validators import optional_field_text as _optional_field_text
from dongdang._validators import optional_one_of as _optional_instance
from dongdang._validators import tuple_of as _tuple_of
from dongdang._vocabulary import fold
from dongdang.errors import (
    InvalidTypeError,
    InvalidValueError,
    ParseError,
    UndefinedRatioError,
    UnitMismatchError,
)
from dongdang.intervals import Interval, around
from dongdang.intervals import to_decimal as to_exact_decimal
from dongdang.text import Qualifier, format_number, read_figure
from dongdang.units import Quantity, is_quantity, magnitude_in, unit_of, ureg

if TYPE_CHECKING:
    from collections.abc import Iterable

    from dongdang.periods import Language


_HECTARE: Final = "hectare"
_ZERO: Final = Decimal(0)
_HALF: Final = Decimal("0.5")


# -- small validators -----------------------------------------------------------------


def _code(value: str) -> str:
    return _field_code(value, "code", "non-tariff")


# Names are typed in tables: their inner whitespace folds to one space.
def _name(value: str) -> str:
    return _field_text(value, "name", fold=True)


def _english(value: str | None) -> str | None:
    return _optional_field_text(value, "english", fold=True)


def _notes(value: tuple[str, ...] | list[str]) -> tuple[str, ...]:
    return _field_texts(value, "notes", fold=True)


def _order(value: tuple[str, ...] | list[str]) -> tuple[str, ...]:
    return _field_codes(value, "order", "non-tariff")


def _year(_instance: object, attribute: attrs.Attribute[int], value: object) -> None:
    if isinstance(value, bool) or not isinstance(value, int):
        raise InvalidTypeError.of(attribute.name, "a year (int)", value)


def _no_duplicates(what: str, where: str, items: Iterable[Allocation]) -> None:
    codes: set[str] = set()
    names: dict[str, str] = {}
    for item in items:
        if item.code in codes:
            raise InvalidValueError.duplicate(f"{what} code", item.code, where=where)
        codes.add(item.code)
        key = fold(item.name)
        if key in names:
            raise InvalidValueError.duplicate(
                f"{what} name",
                item.name,
                where=where,
                hint=f"codes {names[key]!r} and {item.code!r}",
            )
        names[key] = item.code


# -- areas ----------------------------------------------------------------------------


def _hectares_of(value: object, name: str) -> Decimal:
    """``value`` in hectares: a quantity of area, or a plain number taken as hectares."""
    if is_quantity(value):
        quantity = cast("Quantity", value)
        if quantity.dimensionality != ureg.Unit(_HECTARE).dimensionality:
            raise UnitMismatchError.of(name, quantity, "an area in ha, m2 or km2")
        to_decimal(quantity.magnitude, name)  # NaN and infinity are named by the argument
        result = magnitude_in(quantity, _HECTARE)
    else:
        result = to_decimal(value, name)
    return _ZERO if result.is_zero() else tidy(result)


def _area_hectares(value: Quantity | Decimal | float) -> Decimal:
    hectares = _hectares_of(value, "area")
    if hectares < 0:
        raise InvalidValueError.negative("area", value)
    return hectares


def _resolution(value: Quantity | Decimal | float | None) -> Decimal | None:
    if value is None:
        return None
    hectares = _hectares_of(value, "resolution")
    if hectares <= 0:
        raise InvalidValueError.not_positive("resolution", value)
    return hectares


def _tolerance(value: Quantity | Decimal | float | None) -> Decimal | None:
    if value is None:
        return None
    hectares = _hectares_of(value, "tolerance")
    if hectares < 0:
        raise InvalidValueError.negative("tolerance", value)
    return hectares


def _sum(values: Iterable[Decimal]) -> Decimal:
    return functools.reduce(EXACT.add, values, _ZERO)


def _ha(value: Decimal) -> Quantity:
    return ureg.Quantity(_ZERO if value.is_zero() else tidy(value), _HECTARE)


def _lang(lang: object) -> int:
    _check_lang(lang)
    return 0 if lang == "vi" else 1


def _number(value: Decimal, lang: Language) -> str:
    return format_number(value, lang)


@final
@attrs.frozen(kw_only=True)
class Area:
    """An area as a plan prints it: exact hectares, a qualifier, the printed rounding.

    Attributes:
        hectares: the area in hectares, exact. A quantity of area in any unit
            of dongdang's registry (``ha``, ``m2``, ``km2``) is converted; a
            plain number is taken as hectares.
        qualifier: what the word before the figure says: ``Qualifier.ABOUT``
            for "khoảng" (about), or None for a bare figure. It is kept as
            data, never dropped.
        resolution: the value of the last printed digit, in hectares: 1 for
            "1.355 ha", 0.1 for "39.400,0 ha", 100 for "394 km2"; None for a
            figure that was not printed (taken as exact).

    >>> from dongdang.zoning import Area
    >>> Area.parse("khoảng 1.355 ha")
    Area(hectares=Decimal('1355'), qualifier=<Qualifier.ABOUT: 'about'>, resolution=Decimal('1'))
    >>> Area(hectares=amount(Decimal("3.94"), "km2")).hectares
    Decimal('394')
    >>> Area(hectares=-5)
    Traceback (most recent call last):
    ...
    dongdang.errors.InvalidValueError: area must not be negative, got -5
    """

    hectares: Decimal = attrs.field(converter=_area_hectares)
    qualifier: Qualifier | None = attrs.field(default=None, validator=_optional_instance(Qualifier))
    resolution: Decimal | None = attrs.field(default=None, converter=_resolution)

    @classmethod
    def parse(cls, text: str, lang: Language = "vi") -> Area:
        """Read an area as a report prints it: "khoảng 1.355 ha", "321,76 ha", "394 km2".

        Raises:
            ParseError: the text is not one figure, or its unit is unknown.
            UnitMismatchError: the figure is not an area ("5 tỷ đồng", "17 km").
            InvalidValueError: the area is negative.

        >>> from dongdang.zoning import Area
        >>> Area.parse("khoảng 39.400,0 ha").resolution
        Decimal('0.1')
        >>> Area.parse("5 tỷ đồng")
        Traceback (most recent call last):
        ...
        dongdang.errors.UnitMismatchError: text must be an area (in ha, m2 or km2), got '5 tỷ đồng'
        """
        figure = read_figure(text, lang)
        if figure.unit is None or figure.unit == "percent":
            raise ParseError(
                figure.text, figure.span[1], "expected an area with a unit, e.g. '143,7 ha'"
            )
        quantity = figure.quantity
        if quantity.dimensionality != ureg.Unit(_HECTARE).dimensionality:
            raise UnitMismatchError.of("text", figure.text, "an area (in ha, m2 or km2)")
        digit = ureg.Quantity(Decimal(1).scaleb(-figure.decimals, EXACT), figure.unit)
        return cls(hectares=quantity, qualifier=figure.qualifier, resolution=digit)

    @property
    def quantity(self) -> Quantity:
        """The area as a quantity in hectares."""
        return _ha(self.hectares)

    @property
    def rounding(self) -> Decimal:
        """Half the printed resolution in hectares, the most printing may have moved the area."""
        return _ZERO if self.resolution is None else tidy(EXACT.multiply(self.resolution, _HALF))

    @property
    def interval(self) -> Interval:
        """The hectares the printed area allows (:func:`dongdang.intervals.interval_of`).

        Half a unit of its last printed digit either way, moved by its
        qualifier; exact when no resolution is known.

        >>> from dongdang.zoning import Area
        >>> print(Area.parse("trên 143,7 ha").interval)
        [143.65, +inf)
        """
        return around(Fraction(self.hectares), Fraction(self.rounding), self.qualifier)

    @property
    def approximate(self) -> bool:
        """Whether a qualifier ("khoảng", "trên", …) stands before the figure."""
        return self.qualifier is not None

    def with_hectares(self, hectares: Quantity | Decimal | float) -> Area:
        """This area's qualifier and printed resolution on another figure (hectares or a quantity).

        A what-if changes the figure, not how sure the plan is of it:
        "khoảng 2.075 ha" plus 500 ha is "khoảng 2.575 ha", still printed to
        the hectare.

        >>> from dongdang.zoning import Area
        >>> Area.parse("khoảng 2.075 ha").with_hectares(2575).format()
        'khoảng 2.575 ha'
        """
        return attrs.evolve(self, hectares=hectares)

    def plus(self, hectares: Quantity | Decimal | float) -> Area:
        """This area moved by ``hectares`` (negative to shrink), its qualifier and resolution kept.

        Raises:
            InvalidValueError: the area would be negative.

        >>> from dongdang.zoning import Area
        >>> Area.parse("khoảng 2.075 ha").plus(500).format("en")
        'about 2,575 ha'
        """
        return self.with_hectares(EXACT.add(self.hectares, _hectares_of(hectares, "hectares")))

    def format(self, lang: Language = "vi") -> str:
        """Write the area in hectares as a report would, with its qualifier and digits.

        >>> from dongdang.zoning import Area
        >>> Area.parse("khoảng 39.400,0 ha").format("en")
        'about 39,400.0 ha'
        """
        _lang(lang)
        decimals = None
        if self.resolution is not None:
            exponent = tidy(self.resolution).as_tuple().exponent
            decimals = max(0, -cast("int", exponent))
        number = format_number(self.hectares, lang, decimals)
        return qualified(self.qualifier, f"{number} ha", lang)


def _as_printed(item: Area) -> Interval:
    """The hectares an area allows by its printing alone (± half its last digit), unqualified."""
    return around(Fraction(item.hectares), Fraction(item.rounding), None)


def _half_width(interval: Interval) -> Decimal:
    """Half the width of a bounded interval, in hectares."""
    low, high = cast("Fraction", interval.low), cast("Fraction", interval.high)
    return tidy(to_exact_decimal((high - low) / 2))


def area(value: object, unit: str = "ha", *, qualifier: Qualifier | None = None) -> Area:
    """Build an :class:`Area` from a number in ``unit`` (``"ha"``, ``"m2"`` or ``"km2"``).

    Raises:
        InvalidValueError: the unit is unknown, or the area negative.
        UnitMismatchError: the unit is not an area (``"km"``, ``"VND"``).

    >>> from dongdang.zoning import area
    >>> area(535).quantity
    <Quantity(535, 'hectare')>
    >>> area(1, "VND")
    Traceback (most recent call last):
    ...
    dongdang.errors.UnitMismatchError: area must be an area in ha, m2 or km2, got 1 VND
    """
    magnitude = to_decimal(value, "area")
    return Area(hectares=ureg.Quantity(magnitude, unit_of(unit)), qualifier=qualifier)


@final
@attrs.frozen(kw_only=True)
class Allocation:
    """The area a plan gives a land-use class or a functional zone.

    Attributes:
        code: its stable code, such as ``"non-tariff"``.
        name: its name as the plan prints it, such as "Đất khu phi thuế quan".
        area: its area.
        english: its name in English, where given.
    """

    code: str = attrs.field(converter=_code)
    name: str = attrs.field(converter=_name)
    area: Area = attrs.field(validator=_instance(Area))
    english: str | None = attrs.field(default=None, converter=_english)


def _allocations(value: tuple[Allocation, ...] | list[Allocation]) -> tuple[Allocation, ...]:
    return _tuple_of(Allocation, "allocations", value)


def _qualifier_code(item: Area) -> str | None:
    return None if item.qualifier is None else item.qualifier.value


# -- occupancy ----------------------------------------------------------------------------------


def _area_argument(value: object, name: str) -> Decimal:
    hectares = value.hectares if isinstance(value, Area) else _hectares_of(value, name)
    if hectares < 0:
        raise InvalidValueError.negative(name, value)
    return hectares


def occupancy(occupied: object, available: object) -> Decimal:
    """The occupancy of industrial land: occupied area ÷ available area.

    dongdang ships no occupancy figures (none is sourced); give your own, as
    :class:`Area` objects, area quantities or plain hectares.

    Raises:
        UndefinedRatioError: ``available`` is zero.
        InvalidValueError: an area is negative, or ``occupied`` exceeds ``available``.
        UnitMismatchError: an argument is not an area.

    >>> from dongdang.zoning import area, occupancy
    >>> format_percent(occupancy(area(97.2), area(162)), decimals=0)
    '60%'
    >>> occupancy(area(170), area(162))
    Traceback (most recent call last):
    ...
    dongdang.errors.InvalidValueError: occupied (ha) must not be more than available (162), got 170
    """
    used = _area_argument(occupied, "occupied")
    whole = _area_argument(available, "available")
    if whole == 0:
        raise UndefinedRatioError.for_base(
            "available", whole, "an occupancy needs an area above zero", shown=f"{whole} ha"
        )
    if used > whole:
        raise InvalidValueError.more_than("occupied (ha)", used, "available", whole)
    return tidy(QUOTIENT.divide(used, whole))
