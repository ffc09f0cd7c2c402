"""Named scenarios: a baseline plus dated, described changes, compared side by side.

As in OpenFisca, where a reform derives a new tax-benefit system from a
baseline and both are simulated over the same population, a what-if never
edits what is on record. A :class:`Scenario` names a baseline and changes,
each dated (``start``), described in Vietnamese and English (``vi``, ``en``)
and applied in order, each deriving a new baseline from the one before
(:attr:`Scenario.result`). :func:`compare_scenarios` evaluates the baseline
and several scenarios over the same data and puts them side by side in one
:class:`ScenarioTable`: a row per group, a column per scenario, exact; the
rows add up to :meth:`ScenarioTable.total`. One mechanism for four kinds of
what-if:

* a fee schedule (:class:`~dongdang.fees.schedule.FeeSchedule`) changed by
  :class:`~dongdang.fees.reforms.Reform`, compared over crossings (columns,
  a DataFrame or an Arrow table), by gate, fee line, month or vehicle class;
* trade growth assumptions on a base period
  (:class:`~dongdang.trade.scenarios.TradeScenario`) changed by
  :class:`SetGrowth`, compared over a
  :class:`~dongdang.trade.ledger.TradeLedger`, by gate, direction or measure;
* a capital plan's disbursement to its deadline
  (:class:`DisbursementOutlook`) changed by :class:`SetPace` and
  :class:`RevisePlan`, by period (to ``as_of``, then month by month);
* a land budget (:class:`~dongdang.zoning.LandBudget`) changed by
  :class:`ChangeLand`, by land-use class: a plan and its what-ifs in one table.

:class:`FeeScenario` is a :class:`Scenario` of a fee schedule whose changes
are called ``reforms``.

>>> import numpy as np
>>> from dongdang.fees import lang_son_fee_schedule
>>> from dongdang.fees.reforms import Reform, ScaleRate, SetCap
>>> from dongdang.scenarios import FeeScenario, compare_scenarios
>>> baseline = lang_son_fee_schedule()
>>> start = dt.date(2026, 1, 1)
>>> veg = FeeScenario(
...     name="veg20",
...     baseline=baseline,
...     reforms=[
...         Reform(
...             id="veg20",
...             start=start,
...             vi="Tăng 20% mức thu đối với xe dưới 2 tấn chở rau quả xuất khẩu",
...             en="Vegetable exports under 2 tonnes pay 20% more",
...             changes=[
...                 ScaleRate(
...                     vehicle="[0, 2)",
...                     regime="export",
...                     goods="fresh_produce",
...                     factor=Decimal("1.2"),
...                 )
...             ],
...         )
...     ],
... )
>>> cap = FeeScenario(
...     name="cap3m",
...     baseline=baseline,
...     reforms=[
...         Reform(
...             id="cap3m",
...             start=start,
...             vi="Hạ mức trần xuống 3.000.000 đồng/lượt/xe",
...             en="Ceiling lowered to 3,000,000 đồng per trip",
...             changes=[SetCap(amount=3_000_000)],
...         )
...     ],
... )
>>> veg
<FeeScenario veg20: 1 reform on 'Lạng Sơn border-gate infrastructure fee'>
>>> crossings = {
...     "date": np.array(["2026-01-02"] * 3, dtype="datetime64[D]"),
...     "container": np.array(["40ft", "", ""]),
...     "payload": np.array([np.nan, 1.5, 0.5]),
...     "regime": np.array(["temporary_import_reexport", "export", "export"]),
...     "goods": np.array(["agricultural_products", "fresh_produce", "fresh_produce"]),
...     "gate": np.array(["huu-nghi", "tan-thanh", "tan-thanh"]),
... }
>>> table = compare_scenarios(crossings, [veg, cap], by=["gate"])
>>> for row in table:
...     print(row.key, row.baseline, row.fees)
('huu-nghi',) 4000000 (4000000, 3000000)
('tan-thanh',) 200000 (240000, 200000)
>>> table.total().differences
(40000, -1000000)

A land-use what-if over the 2030 plan, beside the plan, in one table:

>>> from dongdang.scenarios import ChangeLand, Scenario
>>> from dongdang.zoning import lang_son_plans
>>> plan = lang_son_plans().plan("kkt-dong-dang").version("to-2030").budget(2030)
>>> civil = Scenario(
...     name="civil",
...     baseline=plan,
...     changes=[
...         ChangeLand(
...             id="civil500",
...             start=dt.date(2026, 1, 1),
...             vi="Chuyển 500 ha đất khác sang đất dân dụng",
...             en="500 ha of other land made civil land",
...             by={"tariff-civil": 500, "tariff-other": -500},
...         )
...     ],
... )
>>> land = compare_scenarios(None, [civil])
>>> [(row.key[0], int(row.baseline), int(row.values[0])) for row in land]
[('non-tariff', 1350, 1350), ('tariff-civil', 2075, 2575),
 ('tariff-non-civil', 4475, 4475), ('tariff-other', 31500, 31000)]
>>> land
<ScenarioTable by class: 4 rows, baseline 39400 ha; civil +0 ha>
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from fractions import Fraction
from typing import TYPE_CHECKING, Any, ClassVar, Final, TypeAlias, cast, final

import attrs
from dateutil.relativedelta import relativedelta

from dongdang._columnar import columns_of
from dongdang._decimal import QUOTIENT, to_decimal
from dongdang._frames import FrameColumns
from dongdang._messages import day, message
from dongdang._validators import field_date, grouping_keys, items_of, non_empty_str
from dongdang._validators import language as _check_lang
from dongdang.errors import InvalidTypeError, InvalidValueError
from dongdang.fees.columns import COLUMNS, assess_columns, read_rows
from dongdang.fees.comparison import KEYS, CrossingGroups
from dongdang.fees.reforms import Reform
from dongdang.fees.schedule import FeeSchedule
from dongdang.investment import CapitalPlan, PlanVersion, PlanVersionKind
from dongdang.periods import Period
from dongdang.trade.ledger import TradeLedger
from dongdang.trade.scenarios import GrowthAssumption, TradeScenario
from dongdang.units import Quantity, is_quantity, magnitude_in, ureg
from dongdang.zoning import LandBudget

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence

    import numpy as np
    import numpy.typing as npt

    from dongdang.periods import Language

__all__ = [
    "Baseline",
    "Change",
    "ChangeLand",
    "DatedChange",
    "DisbursementOutlook",
    "FeeScenario",
    "RevisePlan",
    "Scenario",
    "ScenarioRow",
    "ScenarioTable",
    "SetGrowth",
    "SetPace",
    "compare_scenarios",
]

#: An amount in a table: whole đồng (int), or an exact fraction of the table's unit.
Amount: TypeAlias = int | Fraction


def _start(value: dt.date) -> dt.date:
    return field_date(value, "start")


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
            raise InvalidValueError(
                f"change {self.id} starts on {self.start.isoformat()}, after the projected "
                f"period {baseline.target.label('en')}"
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
            raise InvalidValueError(
                f"change {self.id} starts on {self.start.isoformat()}: a revision is dated "
                f"after {baseline.as_of.isoformat()} and by {baseline.deadline.isoformat()}"
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


def _classes(value: Mapping[str, object] | None, name: str) -> dict[str, object]:
    if value is None:
        return {}
    if not hasattr(value, "items"):
        raise InvalidTypeError.of(name, "a mapping of class codes", value)
    return dict(value)


def _moves(value: Mapping[str, object] | None) -> dict[str, object]:
    return _classes(value, "by")


def _sets(value: Mapping[str, object] | None) -> dict[str, object]:
    return _classes(value, "hectares")


@final
@attrs.frozen(kw_only=True)
class ChangeLand(DatedChange):
    """Land-use classes moved ``by`` hectares or set to ``hectares``, from ``start``.

    Applied to a :class:`~dongdang.zoning.LandBudget` with
    :meth:`~dongdang.zoning.LandBudget.with_areas`: each class keeps its
    qualifier ("khoảng") and printed resolution.

    Attributes:
        by: hectares to add to classes (negative to take), by code.
        hectares: new areas of classes, by code.
    """

    by: dict[str, object] = attrs.field(factory=dict, converter=_moves, hash=False)
    hectares: dict[str, object] = attrs.field(factory=dict, converter=_sets, hash=False)

    def apply(self, baseline: LandBudget) -> LandBudget:
        """``baseline`` with the classes changed.

        Raises:
            InvalidValueError: ``start`` is after the budget's year (the
                change would not be in it), and what
                :meth:`~dongdang.zoning.LandBudget.with_areas` raises.
        """
        if self.start.year > baseline.year:
            raise InvalidValueError(
                f"change {self.id} starts on {self.start.isoformat()}, after the land budget "
                f"of {baseline.year}"
            )
        return baseline.with_areas(
            by=cast("Any", self.by) or None, hectares=cast("Any", self.hectares) or None
        )


# -- the disbursement outlook -------------------------------------------------------------


def _decimal(value: Fraction) -> Decimal:
    return QUOTIENT.divide(Decimal(value.numerator), Decimal(value.denominator))


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
    for item in paces:
        if not (
            isinstance(item, tuple)
            and len(item) == 2  # noqa: PLR2004 - a pair
            and isinstance(item[0], dt.date)
            and isinstance(item[1], Fraction)
        ):
            raise InvalidTypeError(
                f"paces must hold (date, Fraction) pairs (see SetPace), got {item!r}"
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


# -- scenarios -----------------------------------------------------------------------------

#: The changes each kind of baseline takes.
_CHANGES: Final[dict[type, tuple[type, ...]]] = {
    FeeSchedule: (Reform,),
    TradeScenario: (SetGrowth,),
    DisbursementOutlook: (SetPace, RevisePlan),
    LandBudget: (ChangeLand,),
}


_CHANGE_TYPES: Final = tuple(change for changes in _CHANGES.values() for change in changes)


def _kind(baseline: object) -> type:
    for kind in _CHANGES:
        if isinstance(baseline, kind):
            return kind
    raise InvalidTypeError(
        "baseline must be a FeeSchedule, TradeScenario, DisbursementOutlook or LandBudget, "
        f"got {baseline!r}"
    )


#: The baseline a scenario starts from (a fee schedule, trade growth
#: assumptions, a disbursement outlook or a land budget).
Baseline: TypeAlias = FeeSchedule | TradeScenario | DisbursementOutlook | LandBudget
#: A change of any kind of baseline.
Change: TypeAlias = Reform | SetGrowth | SetPace | RevisePlan | ChangeLand


def _changes(value: Iterable[Change]) -> tuple[Change, ...]:
    return items_of(_CHANGE_TYPES, "changes", value)


def _label(baseline: object) -> str:
    if isinstance(baseline, FeeSchedule):
        return repr(baseline.name or "a fee schedule")
    if isinstance(baseline, TradeScenario):
        return f"trade of {baseline.base.label('en')}"
    if isinstance(baseline, DisbursementOutlook):
        return f"the capital plan {baseline.plan.code}"
    return f"the land budget of {cast('LandBudget', baseline).year}"


@attrs.frozen(kw_only=True, repr=False)
class Scenario:
    """A named baseline plus dated, described changes, applied in order.

    Attributes:
        name: the scenario's short name, its column in a :class:`ScenarioTable`.
        baseline: what is on record: a fee schedule, a trade scenario (growth
            assumptions on a base period), a disbursement outlook or a land budget.
        changes: the changes, of the kinds the baseline takes, applied in order
            (none: the baseline itself).

    Raises:
        InvalidTypeError: a baseline of another kind, or a change it does not take.
    """

    name: str = attrs.field(validator=non_empty_str)
    baseline: Baseline = attrs.field()
    changes: tuple[Change, ...] = attrs.field(default=(), converter=_changes)
    _result: list[Baseline] = attrs.field(
        init=False, factory=list, eq=False, hash=False, repr=False
    )

    def __attrs_post_init__(self) -> None:
        kind = _kind(self.baseline)
        items_of(_CHANGES[kind], "changes", self.changes)

    def __repr__(self) -> str:
        count = len(self.changes)
        return (
            f"<{type(self).__name__} {self.name}: {count} {self._noun}{'' if count == 1 else 's'}"
            f" on {_label(self.baseline)}>"
        )

    _noun: ClassVar[str] = "change"

    @property
    def result(self) -> Baseline:
        """The baseline with every change applied (computed once)."""
        if not self._result:
            result: Any = self.baseline
            for change in self.changes:  # each of a kind the baseline takes
                result = change.apply(result)
            self._result.append(result)
        return self._result[0]

    def describe(self, lang: Language = "vi") -> str:
        """The scenario's changes, one per line, in Vietnamese or English."""
        _check_lang(lang)
        head = message("scenario.head", lang, name=self.name)
        if not self.changes:
            return f"{head} {message('scenario.none', lang)}"
        return "\n".join([head, *(f"- {change.describe(lang)}" for change in self.changes)])


class FeeScenario(Scenario):
    """A named baseline fee schedule plus dated, described reforms, applied in order.

    A :class:`Scenario` whose changes are :class:`~dongdang.fees.reforms.Reform`.

    Attributes:
        reforms: the reforms (its ``changes``).
        schedule: the baseline with every reform applied (its ``result``).
    """

    _noun: ClassVar[str] = "reform"

    def __init__(self, *, name: str, baseline: FeeSchedule, reforms: Iterable[Reform] = ()) -> None:
        if not isinstance(baseline, FeeSchedule):
            raise InvalidTypeError.of("baseline", "a FeeSchedule", baseline)
        super().__init__(name=name, baseline=baseline, changes=items_of(Reform, "reforms", reforms))

    @property
    def reforms(self) -> tuple[Reform, ...]:
        """The reforms, applied in order."""
        return cast("tuple[Reform, ...]", self.changes)

    @property
    def schedule(self) -> FeeSchedule:
        """The baseline with every reform applied (computed once)."""
        return cast("FeeSchedule", self.result)


# -- tables ----------------------------------------------------------------------------------


@final
@attrs.frozen
class ScenarioRow:
    """One group under the baseline and each scenario.

    Attributes:
        key: the group (a value per key of the table's ``by``).
        count: what the group counts (crossings, trade flows), or None.
        baseline: the group's amount under the baseline, in the table's unit.
        values: its amount under each scenario, in the table's order.
    """

    key: tuple[str, ...]
    count: int | None
    baseline: Amount
    values: tuple[Amount, ...]

    @property
    def differences(self) -> tuple[Amount, ...]:
        """Each scenario's amount minus the baseline's."""
        return tuple(value - self.baseline for value in self.values)

    @property
    def fees(self) -> tuple[Amount, ...]:
        """The amounts under each scenario (the fees, for a fee table)."""
        return self.values

    @property
    def crossings(self) -> int | None:
        """The count (the crossings, for a fee table)."""
        return self.count


def _short(value: Amount, *, sign: bool = False) -> str:
    if isinstance(value, int):
        return f"{value:+d}" if sign else str(value)
    text = f"{_decimal(value).quantize(Decimal('0.01')).normalize():f}"
    return f"+{text}" if sign and value >= 0 else text


@final
@attrs.frozen
class ScenarioTable:
    """Amounts by group, a column per scenario; the rows add up to :meth:`total`.

    Attributes:
        by: the keys grouped by.
        names: the scenarios, in the order of each row's ``values``.
        rows: one row per group, sorted by key.
        unit: the unit of the amounts ("đồng", a currency, "million_VND", "ha").
        counted: what a row's ``count`` counts ("crossings", "flows"), or None.
    """

    by: tuple[str, ...]
    names: tuple[str, ...]
    rows: tuple[ScenarioRow, ...]
    unit: str = "đồng"
    counted: str | None = "crossings"

    def __iter__(self) -> Iterator[ScenarioRow]:
        return iter(self.rows)

    def __len__(self) -> int:
        return len(self.rows)

    def __repr__(self) -> str:
        total = self.total()
        changes = ", ".join(
            f"{name} {_short(difference, sign=True)}"
            for name, difference in zip(self.names, total.differences, strict=True)
        )
        count = "" if self.counted is None else f"{total.count} {self.counted}, "
        return (
            f"<ScenarioTable by {', '.join(self.by)}: {len(self.rows)} rows, {count}"
            f"baseline {_short(total.baseline)} {self.unit}; {changes} {self.unit}>"
        )

    def total(self) -> ScenarioRow:
        """Every row added up."""

        def add(values: Iterable[Amount]) -> Amount:
            return sum(values, 0)

        return ScenarioRow(
            key=(),
            count=None
            if self.counted is None
            else sum(cast("int", row.count) for row in self.rows),
            baseline=add(row.baseline for row in self.rows),
            values=tuple(add(row.values[at] for row in self.rows) for at in range(len(self.names))),
        )

    def to_frame(self, *, exact: bool = False) -> Any:  # noqa: ANN401 - a pandas DataFrame
        """A pandas DataFrame of the keys, the count and the amounts.

        The amount columns are ``baseline_<unit>`` and, per scenario,
        ``<name>_<unit>`` and ``<name>_difference_<unit>`` (``_dong`` for
        đồng, ``_ha``, ``_usd``, ``_million_vnd``): float64, or exact with
        ``exact=True`` (Decimal, to 34 significant digits where a quotient does not end).
        """
        frame = FrameColumns(exact=exact)
        for at, name in enumerate(self.by):
            frame.code(name, [row.key[at] for row in self.rows])
        if self.counted is not None:
            frame.count(self.counted, [row.count for row in self.rows])
        frame.number("baseline", [row.baseline for row in self.rows], self.unit)
        for at, name in enumerate(self.names):
            frame.number(name, [row.values[at] for row in self.rows], self.unit)
            frame.number(
                f"{name}_difference", [row.differences[at] for row in self.rows], self.unit
            )
        return frame.frame()


# -- evaluating each kind -------------------------------------------------------------------

#: (key, count or None, [baseline, *scenarios]) per group.
_Groups: TypeAlias = list[tuple[tuple[str, ...], int | None, list[Amount]]]


def _fee_groups(data: object, results: list[FeeSchedule], keys: tuple[str, ...]) -> _Groups:
    columns = columns_of(data, COLUMNS, "compare_scenarios")
    rows = read_rows(columns)

    def fees(schedule: FeeSchedule) -> npt.NDArray[np.int64]:
        return assess_columns(schedule, None, schedule._cache, rows)  # noqa: SLF001

    assessed = [fees(schedule) for schedule in results]
    grouping = CrossingGroups(columns, results[0], len(assessed[0]))
    return [(key, count, list(sums)) for key, count, sums in grouping.groups(keys, *assessed)]


_TRADE_KEYS: Final = ("gate", "direction", "measure")


def _trade_groups(data: object, results: list[TradeScenario], keys: tuple[str, ...]) -> _Groups:
    if not isinstance(data, TradeLedger):
        raise InvalidTypeError(f"trade scenarios are compared over a TradeLedger, got {data!r}")
    currency = data.currency
    groups: dict[tuple[str, ...], tuple[int, list[Amount]]] = {}
    for at, scenario in enumerate(results):
        for flow in scenario.projected(data):
            parts = {
                "gate": flow.gate or "",
                "direction": flow.direction.value,
                "measure": flow.measure.value,
            }
            key = tuple(parts[name] for name in keys)
            count, sums = groups.setdefault(key, (0, [Fraction(0)] * len(results)))
            sums[at] += Fraction(magnitude_in(flow.value, currency))
            groups[key] = (count + (at == 0), sums)
    return [(key, count, sums) for key, (count, sums) in sorted(groups.items())]


def _disbursement_groups(
    _data: object, results: list[DisbursementOutlook], _keys: tuple[str, ...]
) -> _Groups:
    tables = [dict(outlook.amounts()) for outlook in results]
    periods = sorted({period for table in tables for period in table}, key=lambda p: p.start)
    return [
        (
            (f"{period.start.isoformat()}/{period.end.isoformat()}",),
            None,
            [table.get(period, Fraction(0)) for table in tables],
        )
        for period in periods
    ]


def _land_groups(_data: object, results: list[LandBudget], _keys: tuple[str, ...]) -> _Groups:
    codes: list[str] = []
    for budget in results:
        codes += [code for code in budget.codes if code not in codes]
    areas = [
        {item.code: Fraction(item.area.hectares) for item in budget.allocations}
        for budget in results
    ]
    return [((code,), None, [table.get(code, Fraction(0)) for table in areas]) for code in codes]


#: For each kind: the keys it groups by (the first the default), what a row counts,
#: the unit (None: the data's), and how the groups are found.
_MODELS: Final[dict[type, tuple[tuple[str, ...], str | None, Callable[..., _Groups]]]] = {
    FeeSchedule: (("gate", *(key for key in KEYS if key != "gate")), "crossings", _fee_groups),
    TradeScenario: (_TRADE_KEYS, "flows", _trade_groups),
    DisbursementOutlook: (("period",), None, _disbursement_groups),
    LandBudget: (("class",), None, _land_groups),
}


def _unit(kind: type, data: object, baseline: object) -> str:
    if kind is FeeSchedule:
        return "đồng"
    if kind is TradeScenario:
        return cast("TradeLedger", data).currency
    if kind is DisbursementOutlook:
        return cast("DisbursementOutlook", baseline).unit
    return "ha"


def _scenarios(value: object) -> tuple[Scenario, ...]:
    scenarios: tuple[Scenario, ...] = items_of(Scenario, "scenarios", value)
    if not scenarios:
        raise InvalidValueError.needs_one("compare_scenarios", "scenario")
    names = [scenario.name for scenario in scenarios]
    for name in names:
        if names.count(name) > 1:
            raise InvalidValueError.duplicate("scenario", name)
    for scenario in scenarios[1:]:
        if scenario.baseline != scenarios[0].baseline:
            raise InvalidValueError(
                f"scenario {scenario.name!r} has another baseline than {scenarios[0].name!r}: "
                "scenarios are compared over one baseline"
            )
    return scenarios


def compare_scenarios(
    data: object,
    scenarios: Sequence[Scenario],
    *,
    by: str | Sequence[str] | None = None,
) -> ScenarioTable:
    """The baseline and each scenario evaluated over ``data``, side by side, by ``by``.

    ``data`` is what the scenarios are simulated over: crossings (columns,
    a DataFrame or an Arrow table) for fee scenarios, a
    :class:`~dongdang.trade.ledger.TradeLedger` for trade scenarios (the
    projected flows of each), None for disbursement outlooks and land
    budgets, which hold their own figures. ``by`` defaults to ``"gate"``
    for fees and trade, ``"period"`` for disbursement (the amount to
    ``as_of``, then each month to the deadline), ``"class"`` for land.

    Raises:
        InvalidTypeError: ``scenarios`` is not a sequence of Scenario, or
            ``data`` is not what their kind is compared over.
        InvalidValueError: no scenario, two with one name, scenarios with
            different baselines, or a key that is not known (or ``"gate"``
            without a gate column); and what applying a change or
            :meth:`~dongdang.fees.schedule.FeeSchedule.assess_many` raises.
    """
    chosen = _scenarios(scenarios)
    baseline = chosen[0].baseline
    kind = _kind(baseline)
    known, counted, groups = _MODELS[kind]
    keys = grouping_keys(by, known)
    found = groups(data, [baseline, *(scenario.result for scenario in chosen)], keys)
    rows = tuple(
        ScenarioRow(key=key, count=count, baseline=sums[0], values=tuple(sums[1:]))
        for key, count, sums in found
    )
    return ScenarioTable(
        by=keys,
        names=tuple(scenario.name for scenario in chosen),
        rows=rows,
        unit=_unit(kind, data, baseline),
        counted=counted,
    )
