"""Fee versions: the rules of one resolution over the days it is in force.

A :class:`FeeVersion` holds what one legal instrument sets: a rate table,
coefficients, a cap per trip, the mixed-cargo rule and the split of the
proceeds, each with its source, and the interval of days it is in force. A
version knows only what its sources state; what they do not state is absent,
and a crossing that needs it raises :class:`~dongdang.errors.RateNotFoundError`.

>>> from dongdang.fees import lang_son_fee_schedule
>>> version = lang_son_fee_schedule().versions[-1]
>>> version.id, version.start, version.end, version.legal.number
('09/2025', datetime.date(2025, 5, 8), None, '09/2025/NQ-HĐND')
>>> len(version.rates), version.cap.amount
(2, 5000000)
"""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING, TypeVar, final

import attrs

from dongdang._decimal import round_half_up
from dongdang._validators import field_date as _field_date
from dongdang._validators import items_of
from dongdang.errors import InvalidTypeError, InvalidValueError, RateNotFoundError
from dongdang.fees.assessment import Assessment, GoodsFee
from dongdang.fees.rates import (
    Cap,
    Coefficient,
    MixedCargoRule,
    Rate,
    SplitRule,
    product,
)
from dongdang.legal import LegalReference

if TYPE_CHECKING:
    import datetime as dt
    from collections.abc import Iterable

    from dongdang.fees.crossings import Crossing, GoodsRegime

__all__ = ["FeeVersion"]

_Item = TypeVar("_Item")


def _date(value: dt.date, name: str) -> dt.date:
    return _field_date(value, name)


def _start(value: dt.date) -> dt.date:
    return _date(value, "start")


def _end(value: dt.date | None) -> dt.date | None:
    return None if value is None else _date(value, "end")


def _id(value: str) -> str:
    if not isinstance(value, str):
        raise InvalidTypeError.of("version id", "a non-empty str", value)
    if not value.strip():
        raise InvalidValueError.empty("version id", value)
    return value


def _optional(kind: type[_Item], name: str, value: object) -> _Item | None:
    if value is not None and not isinstance(value, kind):
        raise InvalidTypeError.of(name, f"a {kind.__name__} or None", value)
    return value


def _rates(value: Iterable[Rate]) -> tuple[Rate, ...]:
    return items_of(Rate, "rates", value)


def _coefficients(value: Iterable[Coefficient]) -> tuple[Coefficient, ...]:
    return items_of(Coefficient, "coefficients", value)


def _notes(value: Iterable[str]) -> tuple[str, ...]:
    return items_of(str, "notes", value)


def _cap(value: Cap | None) -> Cap | None:
    return _optional(Cap, "cap", value)


def _mixed_cargo(value: MixedCargoRule | None) -> MixedCargoRule | None:
    return _optional(MixedCargoRule, "mixed_cargo", value)


def _split(value: SplitRule | None) -> SplitRule | None:
    return _optional(SplitRule, "split", value)


def _legal(value: LegalReference) -> LegalReference:
    if not isinstance(value, LegalReference):
        raise InvalidTypeError.of("legal", "a LegalReference", value)
    return value


def _flag(_instance: object, attribute: attrs.Attribute[bool], value: object) -> None:
    if not isinstance(value, bool):
        raise InvalidTypeError.of(attribute.name, "True or False", value)


@final
@attrs.frozen(kw_only=True)
class FeeVersion:
    """The fee rules in force over an interval of days, from one legal instrument.

    Attributes:
        id: a short name, such as ``"09/2025"``.
        start: the first day in force.
        end: the last day in force (included), or None until it is replaced.
        legal: the legal instrument.
        rates: the rate table; empty where no rate is sourced.
        coefficients: multipliers of the base rate.
        cap: the most a vehicle pays per trip, or None.
        mixed_cargo: how mixed cargo is charged, or None if not stated.
        split: how the proceeds are shared, or None if not stated.
        start_assumed: True when ``start`` is not a sourced effective date
            but an assumption, which ``notes`` explain.
        notes: what the data say about the version's gaps and assumptions.

    Rows of one regime and goods must not overlap: a vehicle would match two rates.

    >>> from dongdang.fees import FeeVersion
    >>> from dongdang.legal import LegalKind, LegalReference
    >>> FeeVersion(
    ...     id="bad",
    ...     start=dt.date(2025, 5, 8),
    ...     end=dt.date(2025, 1, 1),
    ...     legal=LegalReference(number="09/2025/NQ-HĐND", kind=LegalKind.RESOLUTION),
    ... )
    Traceback (most recent call last):
    ...
    dongdang.errors.InvalidValueError: version bad: end must not be earlier than start ...
    """

    id: str = attrs.field(converter=_id)
    start: dt.date = attrs.field(converter=_start)
    end: dt.date | None = attrs.field(default=None, converter=_end)
    legal: LegalReference = attrs.field(converter=_legal)
    rates: tuple[Rate, ...] = attrs.field(default=(), converter=_rates)
    coefficients: tuple[Coefficient, ...] = attrs.field(default=(), converter=_coefficients)
    cap: Cap | None = attrs.field(default=None, converter=_cap)
    mixed_cargo: MixedCargoRule | None = attrs.field(default=None, converter=_mixed_cargo)
    split: SplitRule | None = attrs.field(default=None, converter=_split)
    start_assumed: bool = attrs.field(default=False, validator=_flag)
    notes: tuple[str, ...] = attrs.field(default=(), converter=_notes)
    _index: dict[tuple[GoodsRegime, str | None], tuple[Rate, ...]] = attrs.field(
        init=False, repr=False, eq=False, hash=False
    )

    def __attrs_post_init__(self) -> None:
        if self.end is not None and self.end < self.start:
            raise InvalidValueError.earlier_than(
                "end", self.end, "start", self.start, where=f"version {self.id}"
            )
        for later, rate in enumerate(self.rates):
            for earlier in range(later):
                other = self.rates[earlier]
                if rate.clashes(other):
                    how = "duplicates" if rate.vehicle == other.vehicle else "overlaps"
                    raise InvalidValueError.of(
                        f"rates[{later}]",
                        rate.label(),
                        f"{how} rates[{earlier}] ({other.label()})",
                        where=f"version {self.id}",
                    )
        seen: set[str] = set()
        for coefficient in self.coefficients:
            if coefficient.id in seen:
                raise InvalidValueError.duplicate(
                    "coefficient", coefficient.id, where=f"version {self.id}"
                )
            seen.add(coefficient.id)
        index: dict[tuple[GoodsRegime, str | None], list[Rate]] = {}
        for rate in self.rates:
            index.setdefault((rate.regime, rate.goods), []).append(rate)
        object.__setattr__(self, "_index", {key: tuple(rows) for key, rows in index.items()})

    def covers(self, day: dt.date) -> bool:
        """Whether the version is in force on ``day``."""
        return self.start <= day and (self.end is None or day <= self.end)

    def span(self) -> str:
        """The days in force, as ``"2025-05-08 – (until replaced)"``."""
        end = "(until replaced)" if self.end is None else self.end.isoformat()
        assumed = " (start assumed)" if self.start_assumed else ""
        return f"{self.start.isoformat()}{assumed} – {end}"

    def rate_for(self, crossing: Crossing, goods: str) -> Rate:
        """The rate row for ``goods`` carried by the crossing's vehicle under its regime.

        A row for the goods category itself wins over a row for any goods.

        Raises:
            RateNotFoundError: no row of the table matches: the message names
                the vehicle, the regime, the goods and the version.
        """
        for key in ((crossing.regime, goods), (crossing.regime, None)):
            for rate in self._index.get(key, ()):
                if rate.matches(crossing):
                    return rate
        raise RateNotFoundError.no_rate(
            self, crossing.vehicle_label(), crossing.regime.value, goods
        )

    def fee_for(self, crossing: Crossing, goods: str) -> GoodsFee:
        """The fee ``goods`` would pay alone: base rate × coefficients, rounded, capped."""
        rate = self.rate_for(crossing, goods)
        applied = tuple(
            coefficient
            for coefficient in self.coefficients
            if coefficient.applies(crossing.regime, goods, crossing.journey)
        )
        exact = product([Decimal(rate.amount), *(coefficient.factor for coefficient in applied)])
        before_cap = int(round_half_up(exact, 0))
        capped = self.cap is not None and before_cap > self.cap.amount
        fee = self.cap.amount if capped and self.cap is not None else before_cap
        return GoodsFee(
            goods=goods,
            rate=rate,
            coefficients=applied,
            exact=exact,
            before_cap=before_cap,
            capped=capped,
            fee=fee,
        )

    def assess(self, crossing: Crossing) -> Assessment:
        """The fee of ``crossing`` under this version, whatever its date.

        :meth:`FeeSchedule.assess <dongdang.fees.schedule.FeeSchedule.assess>`
        picks the version by date first; this method does not look at the date.

        Raises:
            RateNotFoundError: a goods category carried has no rate, or the
                cargo is mixed and the version states no mixed-cargo rule.
        """
        lines = tuple(self.fee_for(crossing, goods) for goods in crossing.goods)
        if len(lines) > 1 and self.mixed_cargo is None:
            raise RateNotFoundError.mixed_cargo(self, crossing.goods)
        charged = max(lines, key=lambda line: line.fee)
        split = None if self.split is None else self.split.divide(charged.fee)
        return Assessment(
            crossing=crossing, version=self, lines=lines, charged=charged, split=split
        )
