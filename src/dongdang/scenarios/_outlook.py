"""The disbursement outlook: a capital plan's disbursements projected to its deadline."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable  # noqa: TC003 - the API page resolves the hints with it
from decimal import Decimal  # noqa: TC003 - the API page resolves the hints with it
from fractions import Fraction
from typing import cast, final

import attrs
from dateutil.relativedelta import relativedelta

from dongdang._decimal import to_decimal
from dongdang.errors import InvalidTypeError, InvalidValueError
from dongdang.investment import CapitalPlan
from dongdang.periods import Period
from dongdang.scenarios._values import _decimal, _start
from dongdang.units import Quantity, magnitude_in, ureg

# -- the disbursement outlook -------------------------------------------------------------


def _plan(_instance: object, _attribute: attrs.Attribute[CapitalPlan], value: object) -> None:
    if not isinstance(value, CapitalPlan):
        raise InvalidTypeError.of("plan", "a CapitalPlan", value)


def _optional_share(value: Decimal | float | str | None) -> Decimal | None:
    if value is None:
        return None
    share = to_decimal(value, "share")
    if share <= 0:
        raise InvalidValueError.of("share", value, "must be above zero (1 for the whole plan)")
    return share


def _paces(value: Iterable[tuple[dt.date, Fraction]]) -> tuple[tuple[dt.date, Fraction], ...]:
    paces = tuple(value)
    for index, item in enumerate(paces):
        if not (
            isinstance(item, tuple)
            and len(item) == 2  # noqa: PLR2004 - a pair
            and isinstance(item[0], dt.date)
            and isinstance(item[1], Fraction)
        ):
            raise InvalidTypeError.of(
                f"paces[{index}]", "a (date, Fraction) pair (see SetPace)", item
            )
    return paces


@final
@attrs.frozen(kw_only=True)
class DisbursementOutlook:
    """A capital plan's disbursement from ``as_of`` to its deadline, at a pace.

    Up to ``as_of`` the plan's records count; after it, the pace in force
    each day: a :class:`SetPace` from its start, else the pace so far (from
    1 January), or, with ``share``, the pace needed to reach ``share`` of the
    plan in force by the deadline (:func:`dongdang.projections.disbursement_pace`),
    recomputed at each change (zero once the target is reached: nothing is
    taken back). Amounts over part of a month are the pace
    times the calendar months counted from the day after ``as_of``
    (:func:`dongdang.projections.calendar_months`), so that at the pace
    needed the plan is reached exactly: ``done + pace × months remaining = target``.

    Attributes:
        plan: the capital plan.
        as_of: the day the records stand at.
        share: the part of the plan to reach (the pace needed), or None (the pace so far).
        paces: (first day, amount a month in the plan's unit), from :class:`SetPace`.

    >>> from dongdang.data import seed_capital_plan
    >>> from dongdang.scenarios import DisbursementOutlook
    >>> outlook = DisbursementOutlook(plan=seed_capital_plan(), as_of=dt.date(2020, 5, 25), share=1)
    >>> outlook.projected
    <Quantity(102681, 'million_VND')>

    At the pace so far, and at 10 tỷ đồng a month from 1 July:

    >>> from dongdang.scenarios import Scenario, SetPace, compare_scenarios
    >>> so_far = DisbursementOutlook(plan=seed_capital_plan(), as_of=dt.date(2020, 5, 25))
    >>> faster = SetPace(
    ...     id="10ty",
    ...     start=dt.date(2020, 7, 1),
    ...     vi="Giải ngân 10 tỷ đồng mỗi tháng",
    ...     en="10 billion đồng a month",
    ...     per_month=amount(10, "billion_VND"),
    ... )
    >>> table = compare_scenarios(None, [Scenario(name="10ty", baseline=so_far, changes=[faster])])
    >>> [row.key[0] for row in table][:3]
    ['2020-01-01/2020-05-25', '2020-05-26/2020-06-25', '2020-06-26/2020-07-25']
    >>> table
    <ScenarioTable by period: 10 rows, baseline 113919.17 million_VND; 10ty +8692.16 million_VND>
    """

    plan: CapitalPlan = attrs.field(validator=_plan)
    as_of: dt.date = attrs.field(converter=_start)
    share: Decimal | None = attrs.field(default=None, converter=_optional_share)
    paces: tuple[tuple[dt.date, Fraction], ...] = attrs.field(default=(), converter=_paces)

    def __attrs_post_init__(self) -> None:
        if self.as_of >= self.deadline:
            raise InvalidValueError.not_before(
                "as_of", self.as_of, "deadline", self.deadline, hint="nothing is left to project"
            )
        self.plan.total(self.as_of)  # a plan in force on as_of, or NotInForceError

    @property
    def unit(self) -> str:
        """The plan's unit, the unit of every amount here."""
        return self.plan.unit

    @property
    def deadline(self) -> dt.date:
        """The last day the plan may be disbursed on (its statutory deadline or extension)."""
        return self.plan.window.end

    def in_unit(self, value: Quantity | Fraction) -> Fraction:
        """``value`` (a quantity, or a number taken in the plan's unit) in the plan's unit, exact.

        Raises:
            UnitMismatchError: a quantity that is not money in the plan's currency.
        """
        if isinstance(value, Fraction):
            return value
        return Fraction(magnitude_in(value, self.unit))

    def _months(self, end: dt.date) -> Fraction:
        """Calendar months from the day after ``as_of`` to ``end`` (0 for ``as_of``)."""
        from dongdang.projections import calendar_months  # noqa: PLC0415 - projections import us

        if end <= self.as_of:
            return Fraction(0)
        return calendar_months(Period(start=self.as_of + dt.timedelta(days=1), end=end))

    @property
    def done(self) -> Fraction:
        """The amount disbursed by ``as_of``, as recorded."""
        return self.in_unit(self.plan.disbursed(self.as_of))

    def _target(self, on: dt.date) -> Fraction:
        share = Fraction(cast("Decimal", self.share))
        return share * self.in_unit(self.plan.total(on))

    def _steps(self) -> list[tuple[dt.date, Fraction]]:
        """The pace in force from each day a pace starts or the plan changes."""
        from dongdang.projections import disbursement_pace  # noqa: PLC0415

        first = self.as_of + dt.timedelta(days=1)
        explicit = sorted((max(start, first), pace) for start, pace in self.paces)
        changes = sorted(
            {first}
            | {start for start, _ in explicit}
            | {
                version.date
                for version in self.plan.versions
                if self.as_of < version.date <= self.deadline
            }
        )
        so_far = disbursement_pace(self.plan, self.as_of).pace_so_far
        steps: list[tuple[dt.date, Fraction]] = []
        reached = self.done
        for at, start in enumerate(changes):
            given = [pace for begin, pace in explicit if begin <= start]
            if given:
                pace = given[-1]
            elif self.share is None:
                pace = so_far
            else:
                left = self._months(self.deadline) - self._months(start - dt.timedelta(days=1))
                pace = max(Fraction(0), (self._target(start) - reached) / left)
            steps.append((start, pace))
            end = changes[at + 1] - dt.timedelta(days=1) if at + 1 < len(changes) else None
            if end is not None:
                reached += pace * (self._months(end) - self._months(start - dt.timedelta(days=1)))
        return steps

    def amounts(self) -> list[tuple[Period, Fraction]]:
        """The amount disbursed by ``as_of``, then the amount of each month to the deadline.

        The first period runs from 1 January (the plan's window) to
        ``as_of``; the next ones are the calendar months counted from the
        day after (26/5–25/6, 26/6–25/7, … for ``as_of`` 25/5), as
        :func:`dongdang.projections.calendar_months` counts the months
        remaining, so that each whole month holds exactly the pace in force;
        the last runs to the deadline. They add up to :attr:`projected`.
        """
        steps = self._steps()
        found = [(Period(start=self.plan.window.start, end=self.as_of), self.done)]
        first = self.as_of + dt.timedelta(days=1)
        months = 0
        start = first
        while start <= self.deadline:
            months += 1
            following = first + relativedelta(months=months)
            end = min(following - dt.timedelta(days=1), self.deadline)
            total = Fraction(0)
            for at, (begin, pace) in enumerate(steps):
                stop = steps[at + 1][0] - dt.timedelta(days=1) if at + 1 < len(steps) else end
                low, high = max(begin, start), min(stop, end)
                if low <= high:
                    total += pace * (self._months(high) - self._months(low - dt.timedelta(days=1)))
            found.append((Period(start=start, end=end), total))
            start = following
        return found

    @property
    def projected(self) -> Quantity:
        """The amount disbursed by the deadline at the outlook's paces."""
        total = sum((amount for _, amount in self.amounts()), Fraction(0))
        return ureg.Quantity(_decimal(total), self.unit)

    def __repr__(self) -> str:
        mode = "pace so far" if self.share is None else f"pace needed for {self.share}"
        return (
            f"<DisbursementOutlook {self.plan.code} from {self.as_of.isoformat()} to "
            f"{self.deadline.isoformat()}: {mode}, {len(self.paces)} paces set>"
        )
