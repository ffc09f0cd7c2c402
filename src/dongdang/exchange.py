"""Exchange rates over time: a dated table of the rates a user supplies.

Trade is reported in US dollars, fees in đồng, and goods are invoiced in yuan
too. dongdang changes a currency only through a dated
:class:`~dongdang.units.ExchangeRate`, and an :class:`ExchangeRateTable` holds
many of them: USD↔VND and CNY↔VND, say, one per day or per month.

**The rate in force** on a day, for a pair of currencies, is the latest rate
of that pair dated on or before the day. A rate of either orientation serves:
a USD→VND rate converts dollars to đồng by multiplying, exactly, and đồng to
dollars by dividing, with 34 significant digits (IEEE 754 decimal128). A pair
the table lacks is crossed through the third currency (CNY→USD as CNY→VND and
VND→USD), each leg at its own rate in force. With ``max_age_days`` set, a rate
older than that many days on the day is no longer in force. A day no rate covers raises
:class:`~dongdang.errors.NotInForceError` naming the day and the currencies.

dongdang ships no rates: none is sourced. The rates below are examples.

>>> from dongdang.exchange import ExchangeRateTable
>>> table = ExchangeRateTable.loads(
...     '''
...     [[rates]]
...     base = "USD"
...     quote = "VND"
...     rate = 23_000
...     on = 2021-01-01
...     source = "example"
...
...     [[rates]]
...     base = "USD"
...     quote = "VND"
...     rate = 22_800
...     on = 2021-07-01
...     source = "example"
...     '''
... )
>>> table.convert(amount(1370, "million_USD"), "VND", on=dt.date(2021, 6, 30))
<Quantity(31510000, 'million_VND')>
>>> table.convert(amount(1370, "million_USD"), "VND", on=dt.date(2021, 7, 1))
<Quantity(31236000, 'million_VND')>
>>> table.convert(amount(1, "USD"), "VND", on=dt.date(2020, 12, 31))
Traceback (most recent call last):
...
dongdang.errors.NotInForceError: no USD→VND rate is in force on 2020-12-31: ...
"""

from __future__ import annotations

import bisect
import datetime as dt
from decimal import Decimal
from typing import TYPE_CHECKING, Any, Final, cast, final

import attrs

from dongdang._decimal import EXACT, QUOTIENT, round_half_up, tidy, to_decimal
from dongdang._toml import Table, parse_toml, read_data_file
from dongdang._validators import field_date as _field_date
from dongdang._validators import whole_number
from dongdang.errors import (
    InvalidTypeError,
    InvalidValueError,
    NotInForceError,
    OverlappingVersionsError,
    UnitMismatchError,
)
from dongdang.units import CURRENCIES, ExchangeRate, Quantity, is_quantity, unit_of, ureg

if TYPE_CHECKING:
    import os
    from collections.abc import Iterable

__all__ = ["ExchangeRateTable", "currency_of", "currency_or_none"]

_Pair = tuple[str, str]


def currency_of(money: object, name: str = "money") -> str:
    """The ISO code of ``money``'s currency ("USD" for ``amount(1370, "million_USD")``).

    Raises:
        InvalidTypeError: ``money`` is not a quantity.
        UnitMismatchError: it is a quantity, but not of one of VND, USD or CNY.

    >>> from dongdang.exchange import currency_of
    >>> currency_of(amount(278718, "million_VND"))
    'VND'
    """
    if not is_quantity(money):
        raise InvalidTypeError.of(
            name, "an amount of money such as amount(1370, 'million_USD')", money
        )
    code = currency_or_none(cast("Quantity", money))
    if code is None:
        raise UnitMismatchError.of(name, money, "money (VND, USD or CNY)")
    return code


def currency_or_none(quantity: Quantity) -> str | None:
    """The ISO code of ``quantity``'s currency, or None for a quantity that is not money.

    >>> from dongdang.exchange import currency_or_none
    >>> currency_or_none(amount(5, "million_CNY")), currency_or_none(amount(5, "ha"))
    ('CNY', None)
    """
    dimensions = dict(quantity.dimensionality)
    if len(dimensions) == 1:
        ((dimension, power),) = dimensions.items()
        code = dimension.removeprefix("[currency_").removesuffix("]")
        if power == 1 and code in CURRENCIES:
            return code
    return None


def _check_currency(code: object, name: str) -> str:
    if code not in CURRENCIES:
        raise InvalidValueError.not_one_of(name, code, CURRENCIES)
    return code


def _check_day(on: dt.date, name: str = "on") -> dt.date:
    return _field_date(on, name)


def _key(first: str, second: str) -> _Pair:
    return (first, second) if first < second else (second, first)


def _rates(value: tuple[ExchangeRate, ...] | list[ExchangeRate]) -> tuple[ExchangeRate, ...]:
    if isinstance(value, ExchangeRate) or not isinstance(value, (list, tuple)):
        raise InvalidTypeError.of("rates", "a list or tuple of ExchangeRate", value)
    for index, rate in enumerate(value):
        if not isinstance(rate, ExchangeRate):
            raise InvalidTypeError.of(f"rates[{index}]", "an ExchangeRate", rate)
    return tuple(sorted(value, key=lambda rate: (_key(rate.base, rate.quote), rate.on)))


def _max_age(value: int | None) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int):
        raise InvalidTypeError.of("max_age_days", "a whole number of days or None", value)
    if value < 0:
        raise InvalidValueError.negative("max_age_days", value)
    return value


def _describe(rate: ExchangeRate) -> str:
    return f"{rate.base}→{rate.quote} {rate.rate} of {rate.on.isoformat()}"


def _sourced(rate: ExchangeRate) -> str:
    return f"{rate.base}→{rate.quote} {rate.rate} ({rate.source})"


@final
@attrs.frozen(kw_only=True)
class ExchangeRateTable:
    """Exchange rates by date, each an :class:`~dongdang.units.ExchangeRate` with its source.

    Attributes:
        rates: the rates, sorted by pair and date (the constructor sorts them).
        max_age_days: how many days a rate stays in force after its date, or None for
            until the next rate of its pair.

    Raises:
        OverlappingVersionsError: two rates of one pair (in either orientation)
            on the same day; the message names both.

    >>> from dongdang.exchange import ExchangeRateTable
    >>> usd = ExchangeRate(
    ...     base="USD", quote="VND", rate=23_000, on=dt.date(2021, 1, 1), source="example"
    ... )
    >>> cny = ExchangeRate(
    ...     base="CNY", quote="VND", rate=3_500, on=dt.date(2021, 1, 1), source="example"
    ... )
    >>> table = ExchangeRateTable(rates=[usd, cny])
    >>> table.convert(amount(3_500, "CNY"), "USD", on=dt.date(2021, 3, 1), decimals=2)
    <Quantity(532.61, 'USD')>
    """

    rates: tuple[ExchangeRate, ...] = attrs.field(converter=_rates)
    max_age_days: int | None = attrs.field(default=None, converter=_max_age)
    _index: dict[_Pair, tuple[list[dt.date], list[ExchangeRate]]] = attrs.field(
        init=False, repr=False, eq=False, hash=False
    )

    def __attrs_post_init__(self) -> None:
        index: dict[_Pair, tuple[list[dt.date], list[ExchangeRate]]] = {}
        for rate in self.rates:
            days, entries = index.setdefault(_key(rate.base, rate.quote), ([], []))
            if days and days[-1] == rate.on:
                raise OverlappingVersionsError.both(
                    entries[-1],
                    rate,
                    f"{'/'.join(_key(rate.base, rate.quote))} rates",
                    day=rate.on,
                    labels=(_sourced(entries[-1]), _sourced(rate)),
                    hint="a day has one rate of a pair",
                )
            days.append(rate.on)
            entries.append(rate)
        object.__setattr__(self, "_index", index)

    # -- reading -------------------------------------------------------------------------

    @classmethod
    def loads(cls, text: str, *, name: str = "<string>") -> ExchangeRateTable:
        """Build a table from TOML text: ``[[rates]]`` tables and an optional ``max_age_days``.

        Each ``[[rates]]`` has ``base``, ``quote``, ``rate``, ``on`` (a TOML
        date) and ``source``. Floats are read as decimals, as written.

        Raises:
            DataFileError: malformed TOML, a duplicate key, an unknown or missing
                key, a refused value; the message names ``name`` and the place.
            OverlappingVersionsError: two rates of one pair on one day.
        """
        if not isinstance(text, str):
            raise InvalidTypeError.of(f"the text of {name}", "TOML text as a str", text)
        return _read_table(parse_toml(text, name), name)

    @classmethod
    def load(cls, path: str | os.PathLike[str]) -> ExchangeRateTable:
        """Build a table from a TOML file (see :meth:`loads`); errors name the file."""
        return cls.loads(read_data_file(path), name=str(path))

    # -- looking up ----------------------------------------------------------------------

    def with_rates(self, *rates: ExchangeRate) -> ExchangeRateTable:
        """A new table with ``rates`` added."""
        return ExchangeRateTable(rates=[*self.rates, *rates], max_age_days=self.max_age_days)

    def pairs(self) -> tuple[tuple[str, str], ...]:
        """The currency pairs the table has rates for, each in alphabetical order."""
        return tuple(sorted(self._index))

    def rate_in_force(self, base: str, quote: str, on: dt.date) -> ExchangeRate:
        """The rate of the pair ``base``/``quote`` in force on ``on``, in either orientation.

        That is the latest rate of the pair dated on or before ``on``.

        Raises:
            NotInForceError: the table has no rate of the pair, none on or before
                ``on``, or (with ``max_age_days``) only a rate too old; the message names
                the day and the currencies.

        >>> from dongdang.exchange import ExchangeRateTable
        >>> rate = ExchangeRate(
        ...     base="USD", quote="VND", rate=23_000, on=dt.date(2021, 1, 1), source="example"
        ... )
        >>> ExchangeRateTable(rates=[rate]).rate_in_force("VND", "USD", dt.date(2021, 5, 1)).on
        datetime.date(2021, 1, 1)
        """
        base = _check_currency(base, "base")
        quote = _check_currency(quote, "quote")
        on = _check_day(on)
        if base == quote:
            raise InvalidValueError.of(
                "quote",
                quote,
                f"must differ from base ({base})",
                bound=base,
                bound_name="base",
                hint="an exchange rate needs two currencies",
            )
        found = self._index.get(_key(base, quote))
        what = f"{base}→{quote} rate"
        if found is None:
            raise NotInForceError.on(
                on, what, reason=f"the table has no rate between {base} and {quote}"
            )
        days, entries = found
        position = bisect.bisect_right(days, on)
        if position == 0:
            raise NotInForceError.on(
                on,
                what,
                reason=f"the table's {entries[0].base}/{entries[0].quote} rates start on "
                f"{days[0].isoformat()}",
            )
        rate = entries[position - 1]
        age = (on - rate.on).days
        if self.max_age_days is not None and age > self.max_age_days:
            raise NotInForceError.on(
                on,
                what,
                reason=f"the latest, {_describe(rate)}, is {(on - rate.on).days} days old "
                f"and the table's rates stay in force {self.max_age_days} days",
            )
        return rate

    def factor(self, base: str, quote: str, on: dt.date) -> Decimal:
        """How many ``quote`` one ``base`` buys on ``on``: direct, inverse, or crossed.

        A rate of the pair in force is used first, multiplied (exact) or divided
        (34 significant digits). Otherwise the pair is crossed through the third
        currency, if both legs are in force.

        Raises:
            NotInForceError: neither the pair nor a cross is in force on ``on``;
                the message gives the reason for the pair itself.

        >>> from dongdang.exchange import ExchangeRateTable
        >>> rate = ExchangeRate(
        ...     base="USD", quote="VND", rate=25_000, on=dt.date(2025, 1, 1), source="example"
        ... )
        >>> ExchangeRateTable(rates=[rate]).factor("VND", "USD", dt.date(2025, 1, 2))
        Decimal('0.00004')
        """
        return tidy(_apply(Decimal(1), self._legs(base, quote, on)))

    def _legs(self, base: str, quote: str, on: dt.date) -> list[tuple[Decimal, bool]]:
        """The rates that take ``base`` to ``quote``, each with whether it multiplies."""
        base = _check_currency(base, "base")
        quote = _check_currency(quote, "quote")
        on = _check_day(on)
        if base == quote:
            return []
        try:
            return [self._leg(base, quote, on)]
        except NotInForceError as direct:
            (via,) = (code for code in CURRENCIES if code not in (base, quote))
            try:
                return [self._leg(base, via, on), self._leg(via, quote, on)]
            except NotInForceError:
                raise direct from None

    def _leg(self, base: str, quote: str, on: dt.date) -> tuple[Decimal, bool]:
        rate = self.rate_in_force(base, quote, on)
        return rate.rate, rate.base == base

    def convert(
        self, money: Quantity, to: str, *, on: dt.date, decimals: int | None = None
    ) -> Quantity:
        """``money`` in the currency ``to`` at the rates in force on ``on``, at the same scale.

        Million dollars become million đồng. Multiplying by a rate is exact;
        dividing by one keeps 34 significant digits. ``decimals`` rounds the
        result half-up to that many places of its unit, the only rounding done.

        Raises:
            InvalidTypeError, UnitMismatchError: ``money`` is not money.
            NotInForceError: no rate (or cross) is in force on ``on``.

        >>> from dongdang.exchange import ExchangeRateTable
        >>> rate = ExchangeRate(
        ...     base="USD", quote="VND", rate=23_000, on=dt.date(2021, 1, 1), source="example"
        ... )
        >>> table = ExchangeRateTable(rates=[rate])
        >>> table.convert(amount(46_000, "million_VND"), "USD", on=dt.date(2021, 2, 1))
        <Quantity(2, 'million_USD')>
        """
        source = currency_of(money)
        target = _check_currency(to, "to")
        if decimals is not None:
            whole_number(decimals, "decimals", 0)
        magnitude = _apply(to_decimal(money.magnitude, "money"), self._legs(source, target, on))
        if decimals is not None:
            magnitude = round_half_up(magnitude, decimals)
        unit = unit_of(str(money.units).replace(source, target))
        return ureg.Quantity(tidy(magnitude), unit)


def _apply(magnitude: Decimal, legs: Iterable[tuple[Decimal, bool]]) -> Decimal:
    for rate, multiply in legs:
        if multiply:
            magnitude = EXACT.multiply(magnitude, rate)
        else:
            magnitude = QUOTIENT.divide(magnitude, rate)
    return magnitude


# -- the TOML format ---------------------------------------------------------------------

_TOP_KEYS: Final = ("rates", "max_age_days", "name", "note")
_RATE_KEYS: Final = ("base", "quote", "rate", "on", "source", "note")


def _read_table(raw: dict[str, Any], name: str) -> ExchangeRateTable:
    top = Table(name, "", raw)
    top.only(*_TOP_KEYS)
    days = top.get("max_age_days", int)
    if days is not None and days < 0:
        top.fail("max_age_days", f"expected a whole number of days >= 0, got {days!r}")
    rates = [_read_rate(table) for table in top.tables("rates")]
    # Built as is: two rates of a pair on one day raise OverlappingVersionsError.
    return ExchangeRateTable(rates=rates, max_age_days=days)


def _read_rate(table: Table) -> ExchangeRate:
    table.only(*_RATE_KEYS)
    source = table.text("source")
    if not source.strip():
        table.fail("source", f"expected a non-empty text, got {source!r}")
    return table.build(
        ExchangeRate,
        base=table.text("base"),
        quote=table.text("quote"),
        rate=table.get("rate", (int, Decimal), required=True),
        on=table.get("on", dt.date, required=True),
        source=source,
    )
