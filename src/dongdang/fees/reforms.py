"""Fee reforms: a dated change of a schedule, simulated beside the baseline.

As in OpenFisca, a what-if is never an edit of the rules on record: a
:class:`Reform` derives a new :class:`~dongdang.fees.schedule.FeeSchedule`
from a baseline. From its ``start`` day the version in force is cut in two,
and the part from ``start`` on (and every later version) gets the reform's
changes, a new id (``"09/2025+veg20"``), its own legal reference or, for a
scenario nobody has enacted, the marker "kịch bản" (scenario) in its notes,
with the reform's description in Vietnamese and English. The baseline is
untouched.

=========================  ==========================================================
change                     what it does from the reform's start
=========================  ==========================================================
:class:`SetRate`           sets the amount of one rate row (adds the row if absent)
:class:`ScaleRate`         multiplies the amount of one rate row, rounded half-up
:class:`SetCoefficient`    sets the factor of a coefficient
:class:`SetCap`            sets the ceiling per trip (or removes it, with ``None``)
:class:`SetSplit`          sets the collector's share of the proceeds
=========================  ==========================================================

>>> from dongdang.fees import Crossing, lang_son_fee_schedule
>>> from dongdang.fees.reforms import Reform, ScaleRate
>>> baseline = lang_son_fee_schedule()
>>> veg = Reform(
...     id="veg20",
...     start=dt.date(2026, 1, 1),
...     vi="Tăng 20% mức thu đối với xe dưới 2 tấn chở rau quả xuất khẩu",
...     en="Vegetable exports under 2 tonnes pay 20% more",
...     changes=[
...         ScaleRate(
...             vehicle="[0, 2)", regime="export", goods="fresh_produce", factor=Decimal("1.2")
...         )
...     ],
... )
>>> reform = veg.apply(baseline)
>>> [version.id for version in reform.versions]
['01/2019', '09/2025', '09/2025+veg20']
>>> crossing = Crossing(date=dt.date(2026, 3, 2), payload=1, regime="export", goods="fresh_produce")
>>> baseline.assess(crossing).fee, reform.assess(crossing).fee
(100000, 120000)
>>> reform.versions[-1].notes[0]
'Kịch bản veg20 từ ngày 01/01/2026: Tăng 20% mức thu đối với xe dưới 2 tấn chở rau quả xuất khẩu'
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable  # noqa: TC003 - the API page resolves the hints with it
from decimal import Decimal
from typing import TYPE_CHECKING, TypeAlias, final

import attrs

from dongdang._decimal import EXACT, round_half_up
from dongdang._messages import day, message
from dongdang._validators import field_date, items_of, non_empty_str
from dongdang._validators import language as check_language
from dongdang.errors import InvalidTypeError, InvalidValueError, UnknownCodeError
from dongdang.fees.crossings import GoodsRegime, check_goods_code, regime_of
from dongdang.fees.rates import Cap, Rate, SplitRule, _dong, _factor, _share
from dongdang.fees.rates import _vehicle as vehicle_of
from dongdang.fees.schedule import FeeSchedule
from dongdang.fees.vehicles import ContainerSize
from dongdang.legal import LegalReference

if TYPE_CHECKING:
    from dongdang.fees.vehicles import VehicleClass
    from dongdang.fees.versions import FeeVersion

__all__ = [
    "Change",
    "Reform",
    "ScaleRate",
    "SetCap",
    "SetCoefficient",
    "SetRate",
    "SetSplit",
]

#: What a provision changed by a reform cites as its source.
SCENARIO: str = "kịch bản"


def _optional_goods(value: str | None) -> str | None:
    return None if value is None else check_goods_code(value)


def _amount(value: int) -> int:
    return _dong(value, "amount")


def _vehicle_label(vehicle: VehicleClass) -> str:
    if isinstance(vehicle, ContainerSize):
        return f"{vehicle.value} container"
    return f"payload {vehicle}"


def _row(rates: tuple[Rate, ...], key: tuple[VehicleClass, GoodsRegime, str | None]) -> int:
    for position, rate in enumerate(rates):
        if (rate.vehicle, rate.regime, rate.goods) == key:
            return position
    return -1


@final
@attrs.frozen(kw_only=True)
class SetRate:
    """Set the amount of the rate row for a vehicle class, regime and goods.

    A row the version lacks is added, citing the scenario as its source.

    Attributes:
        vehicle: a payload bracket (``"[0, 2)"``) or a container size (``"40ft"``).
        regime: the goods regime.
        goods: the goods category, or None for the row for any goods.
        amount: the new fee per trip, in đồng.
    """

    vehicle: VehicleClass = attrs.field(converter=vehicle_of)
    regime: GoodsRegime = attrs.field(converter=regime_of)
    goods: str | None = attrs.field(default=None, converter=_optional_goods)
    amount: int = attrs.field(converter=_amount)

    def apply(self, version: FeeVersion, source: str) -> FeeVersion:
        """``version`` with this row's amount set."""
        rates = list(version.rates)
        position = _row(version.rates, (self.vehicle, self.regime, self.goods))
        if position < 0:
            rates.append(
                Rate(
                    vehicle=self.vehicle,
                    regime=self.regime,
                    goods=self.goods,
                    amount=self.amount,
                    source=source,
                )
            )
        else:
            rates[position] = attrs.evolve(rates[position], amount=self.amount, source=source)
        return attrs.evolve(version, rates=rates)

    def describe(self) -> str:
        """The change in words (English), for messages."""
        return (
            f"rate of {_vehicle_label(self.vehicle)} × {self.regime.value} × "
            f"{self.goods or 'any goods'} set to {self.amount} đồng"
        )


@final
@attrs.frozen(kw_only=True)
class ScaleRate:
    """Multiply the amount of one rate row by ``factor``, rounded half-up to the đồng.

    Attributes:
        vehicle: a payload bracket (``"[0, 2)"``) or a container size (``"40ft"``).
        regime: the goods regime.
        goods: the goods category, or None for the row for any goods.
        factor: the multiplier: ``Decimal("1.2")`` for a rise of 20%.

    Raises:
        InvalidValueError: (when applied) the version has no such row; the
            message names the row and the version.
    """

    vehicle: VehicleClass = attrs.field(converter=vehicle_of)
    regime: GoodsRegime = attrs.field(converter=regime_of)
    goods: str | None = attrs.field(default=None, converter=_optional_goods)
    factor: Decimal = attrs.field(converter=_factor)

    def apply(self, version: FeeVersion, source: str) -> FeeVersion:
        """``version`` with this row's amount multiplied."""
        position = _row(version.rates, (self.vehicle, self.regime, self.goods))
        if position < 0:
            raise InvalidValueError.none_for(
                "rate to scale",
                f"{_vehicle_label(self.vehicle)} × {self.regime.value} × "
                f"{self.goods or 'any goods'} in version {version.id}",
                name="goods",
                value=self.goods,
            )
        rates = list(version.rates)
        rate = rates[position]
        amount = int(round_half_up(EXACT.multiply(Decimal(rate.amount), self.factor), 0))
        rates[position] = attrs.evolve(rate, amount=amount, source=source)
        return attrs.evolve(version, rates=rates)

    def describe(self) -> str:
        """The change in words (English), for messages."""
        return (
            f"rate of {_vehicle_label(self.vehicle)} × {self.regime.value} × "
            f"{self.goods or 'any goods'} multiplied by {self.factor}"
        )


@final
@attrs.frozen(kw_only=True)
class SetCoefficient:
    """Set the factor of the coefficient called ``id``.

    Raises:
        InvalidValueError: (when applied) the version has no such coefficient.
    """

    id: str = attrs.field(validator=non_empty_str)
    factor: Decimal = attrs.field(converter=_factor)

    def apply(self, version: FeeVersion, source: str) -> FeeVersion:
        """``version`` with the coefficient's factor set."""
        ids = [coefficient.id for coefficient in version.coefficients]
        if self.id not in ids:
            raise UnknownCodeError("coefficient", self.id, ids, where=f"version {version.id}")
        coefficients = [
            attrs.evolve(coefficient, factor=self.factor, source=source)
            if coefficient.id == self.id
            else coefficient
            for coefficient in version.coefficients
        ]
        return attrs.evolve(version, coefficients=coefficients)

    def describe(self) -> str:
        """The change in words (English), for messages."""
        return f"coefficient {self.id} set to {self.factor}"


def _optional_amount(value: int | None) -> int | None:
    return None if value is None else _amount(value)


@final
@attrs.frozen(kw_only=True)
class SetCap:
    """Set the ceiling per trip, in đồng (None: no ceiling)."""

    amount: int | None = attrs.field(converter=_optional_amount)

    def apply(self, version: FeeVersion, source: str) -> FeeVersion:
        """``version`` with the ceiling set."""
        cap = None if self.amount is None else Cap(amount=self.amount, source=source)
        return attrs.evolve(version, cap=cap)

    def describe(self) -> str:
        """The change in words (English), for messages."""
        return "no ceiling" if self.amount is None else f"ceiling set to {self.amount} đồng"


@final
@attrs.frozen(kw_only=True)
class SetSplit:
    """Set the collector's share of the proceeds (0.1 for 10%); the rest goes to the budget."""

    collector: Decimal = attrs.field(converter=_share)

    def apply(self, version: FeeVersion, source: str) -> FeeVersion:
        """``version`` with the split set."""
        return attrs.evolve(version, split=SplitRule(collector=self.collector, source=source))

    def describe(self) -> str:
        """The change in words (English), for messages."""
        return f"collector's share set to {self.collector}"


#: One change a reform makes.
Change: TypeAlias = SetRate | ScaleRate | SetCoefficient | SetCap | SetSplit
_CHANGES = (SetRate, ScaleRate, SetCoefficient, SetCap, SetSplit)


def _changes(value: Iterable[Change]) -> tuple[Change, ...]:
    changes: tuple[Change, ...] = items_of(_CHANGES, "changes", value)
    if not changes:
        raise InvalidValueError.needs_one("a reform", "change")
    return changes


def _start(value: dt.date) -> dt.date:
    return field_date(value, "start")


def _legal(value: LegalReference | None) -> LegalReference | None:
    if value is not None and not isinstance(value, LegalReference):
        raise InvalidTypeError.of("legal", "a LegalReference or None", value)
    return value


@final
@attrs.frozen(kw_only=True)
class Reform:
    """Dated, described changes of a fee schedule.

    Attributes:
        id: a short name, added to the ids of the versions it derives.
        start: the first day the changes apply.
        vi: what the reform does, in Vietnamese.
        en: what the reform does, in English.
        changes: the changes, applied in order.
        legal: the instrument that enacts it, or None for a scenario (kịch
            bản) nobody has enacted: the derived versions then keep the legal
            basis of the version they change, and their notes say "kịch bản".

    >>> from dongdang.fees.reforms import Reform
    >>> Reform(id="x", start=dt.date(2026, 1, 1), vi="a", en="b", changes=[])
    Traceback (most recent call last):
    ...
    dongdang.errors.InvalidValueError: a reform needs at least one change
    """

    id: str = attrs.field(validator=non_empty_str)
    start: dt.date = attrs.field(converter=_start)
    vi: str = attrs.field(validator=non_empty_str)
    en: str = attrs.field(validator=non_empty_str)
    changes: tuple[Change, ...] = attrs.field(converter=_changes)
    legal: LegalReference | None = attrs.field(default=None, converter=_legal)

    def describe(self, lang: str = "vi") -> str:
        """The reform in one line, in Vietnamese or English."""
        language = check_language(lang)
        what = self.vi if language == "vi" else self.en
        values = {"id": self.id, "start": day(self.start, language), "what": what}
        if self.legal is None:
            return message("reform.scenario", language, **values)
        return message("reform.enacted", language, legal=self.legal.cite(language), **values)

    def _derive(self, version: FeeVersion, start: dt.date) -> FeeVersion:
        source = self.legal.cite("en") if self.legal else f"{SCENARIO} {self.id}"
        notes = (self.describe("vi"), self.describe("en"), *version.notes)
        derived = attrs.evolve(
            version,
            id=f"{version.id}+{self.id}",
            start=start,
            start_assumed=version.start_assumed and start == version.start,
            legal=self.legal or version.legal,
            notes=notes,
        )
        for change in self.changes:
            derived = change.apply(derived, source)
        return derived

    def apply(self, schedule: FeeSchedule) -> FeeSchedule:
        """The schedule with this reform from its start; ``schedule`` is untouched.

        The version in force on ``start`` ends the day before and its
        reformed copy takes over; versions starting later are reformed too.

        Raises:
            InvalidValueError: no version is in force on or after ``start``,
                or a change names a rate or coefficient a version lacks.
        """
        if not isinstance(schedule, FeeSchedule):
            raise InvalidTypeError.of("schedule", "a FeeSchedule", schedule)
        versions: list[FeeVersion] = []
        for version in schedule.versions:
            if version.end is not None and version.end < self.start:
                versions.append(version)
            elif version.start >= self.start:
                versions.append(self._derive(version, version.start))
            else:
                versions.append(attrs.evolve(version, end=self.start - dt.timedelta(days=1)))
                versions.append(self._derive(version, self.start))
        if versions == list(schedule.versions):
            raise InvalidValueError.of(
                "start",
                self.start,
                f"must not be after every version of the schedule ({schedule.coverage()})",
                where=f"reform {self.id}",
            )
        name = f"{schedule.name or 'fee schedule'} + {self.id}"
        return FeeSchedule(versions=versions, name=name)
