"""Dated changes beyond fees: growth assumptions, the disbursement pace, a revised plan."""

from __future__ import annotations

import datetime as dt  # noqa: TC003 - the API page resolves the hints with it
from collections.abc import Iterable  # noqa: TC003 - the API page resolves the hints with it
from decimal import Decimal  # noqa: TC003 - the API page resolves the hints with it
from fractions import Fraction
from typing import TYPE_CHECKING, cast, final

import attrs

from dongdang._decimal import to_decimal
from dongdang._messages import day, message
from dongdang._validators import items_of, non_empty_str
from dongdang._validators import language as _check_lang
from dongdang.errors import InvalidValueError
from dongdang.investment import PlanVersion, PlanVersionKind
from dongdang.scenarios._values import _decimal, _start
from dongdang.trade.scenarios import GrowthAssumption, TradeScenario
from dongdang.units import Quantity, is_quantity, ureg

if TYPE_CHECKING:
    from dongdang.periods import Language
    from dongdang.scenarios._outlook import DisbursementOutlook


# -- changes beyond fees ----------------------------------------------------------------


@attrs.frozen(kw_only=True)
class DatedChange:
    """What every change beyond fees has: a short id, the day it starts, what it does.

    Attributes:
        id: a short name for the change.
        start: the first day the change applies.
        vi: what it does, in Vietnamese.
        en: what it does, in English.
    """

    id: str = attrs.field(validator=non_empty_str)
    start: dt.date = attrs.field(converter=_start)
    vi: str = attrs.field(validator=non_empty_str)
    en: str = attrs.field(validator=non_empty_str)

    def describe(self, lang: Language = "vi") -> str:
        """The change in one line, in Vietnamese or English."""
        _check_lang(lang)
        what = self.vi if lang == "vi" else self.en
        return message("scenario.change", lang, id=self.id, date=day(self.start, lang), what=what)


def _assumptions(value: Iterable[GrowthAssumption]) -> tuple[GrowthAssumption, ...]:
    assumptions = items_of(GrowthAssumption, "assumptions", value)
    if not assumptions:
        raise InvalidValueError.needs_one("SetGrowth", "growth assumption")
    return assumptions


@final
@attrs.frozen(kw_only=True)
class SetGrowth(DatedChange):
    """Growth assumptions for the projected trade flows that start on or after ``start``.

    Applied to a :class:`~dongdang.trade.scenarios.TradeScenario`: each
    assumption is added with ``start`` as its first day; an assumption of the
    same flows from the same day is replaced. A projected flow that starts
    before ``start`` keeps the assumption it had.

    Attributes:
        assumptions: the growths (their own ``start`` is replaced by this one's).
    """

    assumptions: tuple[GrowthAssumption, ...] = attrs.field(converter=_assumptions)

    def apply(self, baseline: TradeScenario) -> TradeScenario:
        """``baseline`` with these assumptions from ``start``.

        Raises:
            InvalidValueError: ``start`` is after the projected period: the
                change would change nothing.
        """
        if self.start > baseline.target.end:
            raise InvalidValueError.later_than(
                "start",
                self.start,
                f"the end of the projected period {baseline.target.label('en')}",
                baseline.target.end,
                where=f"change {self.id}",
            )
        added = [attrs.evolve(item, start=self.start) for item in self.assumptions]
        kept = [
            item
            for item in baseline.assumptions
            if (item.scope, item.start) not in {(new.scope, new.start) for new in added}
        ]
        return attrs.evolve(
            baseline, name=f"{baseline.name}+{self.id}", assumptions=[*kept, *added]
        )


def _per_month(value: Quantity | Decimal | float | str) -> Quantity | Fraction:
    if is_quantity(value):
        return cast("Quantity", value)
    amount = to_decimal(value, "per_month")
    if amount < 0:
        raise InvalidValueError.negative("per_month", value)
    return Fraction(amount)


@final
@attrs.frozen(kw_only=True)
class SetPace(DatedChange):
    """From ``start``, disburse ``per_month`` a month (a quantity, or a number in the plan's unit).

    Applied to a :class:`DisbursementOutlook`; a pace starting on or before
    the outlook's ``as_of`` applies from the day after.

    Attributes:
        per_month: the amount disbursed each calendar month.
    """

    per_month: Quantity | Fraction = attrs.field(converter=_per_month)

    def apply(self, baseline: DisbursementOutlook) -> DisbursementOutlook:
        """``baseline`` with this pace from ``start``.

        Raises:
            InvalidValueError: a negative pace.
            UnitMismatchError: a quantity that is not money in the plan's currency.
        """
        amount = baseline.in_unit(self.per_month)
        if amount < 0:
            raise InvalidValueError.negative("per_month", self.per_month)
        paces: tuple[tuple[dt.date, Fraction], ...] = (*baseline.paces, (self.start, amount))
        return attrs.evolve(baseline, paces=paces)


@final
@attrs.frozen(kw_only=True)
class RevisePlan(DatedChange):
    """From ``start``, the capital plan is ``amount`` (an adjusted version, điều chỉnh).

    Applied to a :class:`DisbursementOutlook`: the plan gets a version
    dated ``start``; where the outlook takes the pace needed, it is
    recomputed from that day.

    Attributes:
        amount: the plan as adjusted (a quantity, or a number in the plan's unit).
    """

    amount: Quantity | Fraction = attrs.field(converter=_per_month)

    def apply(self, baseline: DisbursementOutlook) -> DisbursementOutlook:
        """``baseline`` with the plan adjusted from ``start``.

        Raises:
            InvalidValueError: ``start`` is not after ``as_of`` or after the
                deadline, or the plan refuses the version.
        """
        if not baseline.as_of < self.start <= baseline.deadline:
            raise InvalidValueError.of(
                "start",
                self.start,
                f"must be after as_of ({baseline.as_of.isoformat()}) and not after the "
                f"deadline ({baseline.deadline.isoformat()})",
                where=f"change {self.id}",
            )
        amount = baseline.in_unit(self.amount)
        version = PlanVersion(
            id=self.id,
            kind=PlanVersionKind.ADJUSTED,
            date=self.start,
            amount=ureg.Quantity(_decimal(amount), baseline.unit),
            note=f"{self.vi} / {self.en}",
        )
        return attrs.evolve(baseline, plan=baseline.plan.with_version(version))
