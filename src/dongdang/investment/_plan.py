"""The capital plan of one owner for one year."""

# ruff: noqa: TC003 - Sphinx evaluates the annotations at run time

from __future__ import annotations

import bisect
import datetime as dt
from collections.abc import Iterable
from decimal import Decimal
from typing import TYPE_CHECKING, Any, TypeVar, final

import attrs

from dongdang._decimal import EXACT, tidy
from dongdang._frames import FrameColumns
from dongdang._messages import message
from dongdang._validators import instance_of as _instance
from dongdang._validators import language as _check_lang
from dongdang._validators import optional_instance_of as _optional
from dongdang.errors import (
    InvalidValueError,
    NotInForceError,
    OverlappingVersionsError,
    UndefinedRatioError,
)
from dongdang.indicators import disbursement_ratio
from dongdang.intervals import combine as _combine
from dongdang.intervals import over as _over
from dongdang.investment._fields import (
    _date,
    _notes,
    _optional_date,
    _plan_year,
    _reporting_unit,
    _sequence,
)
from dongdang.investment._flows import Allocation, Disbursement
from dongdang.investment._law import StatutoryWindow, statutory_window
from dongdang.investment._organizations import Organization
from dongdang.investment._ratios import (
    DisbursementRatio,
    PlanFinding,
    PlanFindingKind,
    RatioBase,
    _base,
    _word,
)
from dongdang.investment._transactions import (
    _IATI_TYPES,
    CapitalFlow,
    CapitalTransaction,
    IatiTransactionType,
    Perspective,
    _perspective,
)
from dongdang.investment._versions import PlanVersion, PlanVersionKind
from dongdang.periods import Period
from dongdang.text import Qualifier, format_amount
from dongdang.units import Quantity, magnitude_in, sum_amounts, ureg

if TYPE_CHECKING:
    from dongdang.periods import Language


def _versions(value: Iterable[PlanVersion]) -> tuple[PlanVersion, ...]:
    return _sequence(PlanVersion, "versions", value)


_Flow = TypeVar("_Flow", Allocation, Disbursement)


def _by_date(items: tuple[_Flow, ...]) -> tuple[_Flow, ...]:
    return tuple(sorted(items, key=lambda item: item.date))


def _allocations(value: Iterable[Allocation]) -> tuple[Allocation, ...]:
    return _by_date(_sequence(Allocation, "allocations", value))


def _disbursements(value: Iterable[Disbursement]) -> tuple[Disbursement, ...]:
    return _by_date(_sequence(Disbursement, "disbursements", value))


@final
@attrs.frozen(kw_only=True)
class CapitalPlan:
    """The capital plan of one owner for one year, with its versions, allocations and disbursements.

    Attributes:
        year: the plan's year.
        owner: the project owner (chủ đầu tư) the plan is assigned to.
        versions: the plan's versions, in the order they were issued; the
            first is the assignment (giao).
        allocations: capital allocated, sorted by date.
        disbursements: capital disbursed, sorted by date.
        provider: who assigns the plan and allocates the capital, where known.
        disbursement_deadline: the last day the plan may be disbursed, when
            given explicitly (an extension by decision, kéo dài); None for
            the statutory deadline, 31 January of the next year (see
            :func:`statutory_window`), or the last day of the year before
            2020.
        unit: the unit sums and ratios are written in (triệu đồng by default).
        notes: what is known and unknown about the plan.

    A version takes effect on its date and stays in force until the next
    one. The plan in force is the assigned amount, replaced by each
    adjustment, plus each supplement and carried-over amount.

    **The disbursement window.** A disbursement must fall in the plan's year
    or by its deadline. Under the Law on Public Investment (2019, Art. 68;
    2024, Art. 72) a year's plan may be disbursed until 31 January of the
    following year, and, extended by decision (kéo dài), until no later than
    31 December of the following year: give ``disbursement_deadline`` for an
    extension. Plans before 2020 keep the calendar year (the 2014 law's
    window is not modelled). "The ratio at year end" is the ratio at that
    deadline: :meth:`year_end_ratio`.

    >>> from dongdang.investment import CapitalPlan, PlanVersion, MANAGEMENT_BOARD
    >>> CapitalPlan(
    ...     year=2020,
    ...     owner=MANAGEMENT_BOARD,
    ...     versions=[
    ...         PlanVersion.read("giao", "giao", dt.date(2020, 1, 2), "100 tỷ đồng"),
    ...         PlanVersion.read("dc", "điều chỉnh", dt.date(2019, 12, 1), "90 tỷ đồng"),
    ...     ],
    ... )
    Traceback (most recent call last):
    ...
    dongdang.errors.InvalidValueError: plan bql-kktck-dong-dang-lang-son-2020: version dc: date must not be earlier than its predecessor giao (2020-01-02), got 2019-12-01; ...
    """  # noqa: E501 - a doctest output line

    year: int = attrs.field(converter=_plan_year)
    owner: Organization = attrs.field(validator=_instance(Organization, "owner"))
    versions: tuple[PlanVersion, ...] = attrs.field(default=(), converter=_versions)
    allocations: tuple[Allocation, ...] = attrs.field(default=(), converter=_allocations)
    disbursements: tuple[Disbursement, ...] = attrs.field(default=(), converter=_disbursements)
    provider: Organization | None = attrs.field(
        default=None, validator=_optional(Organization, "provider")
    )
    disbursement_deadline: dt.date | None = attrs.field(default=None, converter=_optional_date)
    unit: str = attrs.field(default="million_VND", converter=_reporting_unit)
    notes: tuple[str, ...] = attrs.field(default=(), converter=_notes)

    def __repr__(self) -> str:
        return (
            f"<CapitalPlan {self.year} of {self.owner.code}: {len(self.versions)} versions, "
            f"{len(self.allocations)} allocations, {len(self.disbursements)} disbursements, "
            f"in {self.unit}>"
        )

    def __attrs_post_init__(self) -> None:
        window = self.window  # checks the deadline
        self._check_versions(window)
        ids = [flow.id for flow in self.allocations] + [flow.id for flow in self.disbursements]
        named = [name for name in ids if name is not None]
        for position, name in enumerate(named):
            if name in named[:position]:
                raise InvalidValueError.duplicate("record", name, where=f"plan {self.code}")
        for allocation in self.allocations:
            if allocation.date > window.end:
                raise InvalidValueError.later_than(
                    "date",
                    allocation.date,
                    "the plan's close",
                    window.end,
                    where=f"plan {self.code}: an allocation of {allocation.amount}",
                )
        for disbursement in self.disbursements:
            if disbursement.date not in window:
                raise InvalidValueError.of(
                    "date",
                    disbursement.date,
                    "must be in the plan's disbursement window "
                    f"{window.start.isoformat()} – {window.end.isoformat()}",
                    where=f"plan {self.code}: a disbursement of {disbursement.amount}",
                    hint="a year's plan is disbursed in its year and to its deadline: 31 January "
                    "of the next year under the Law on Public Investment, or "
                    "disbursement_deadline if extended",
                )

    def _check_versions(self, window: Period) -> None:
        seen: dict[str, PlanVersion] = {}
        cited: dict[str, PlanVersion] = {}
        for version in self.versions:
            if version.id in seen:
                raise OverlappingVersionsError.same_id(version.id, where=f"plan {self.code}")
            seen[version.id] = version
            number = None if version.legal is None else version.legal.number
            if number in cited:
                raise OverlappingVersionsError.both(
                    cited[number].id,
                    version.id,
                    f"made by {number}",
                    where=f"plan {self.code}",
                    hint="one decision makes one version",
                )
            if number is not None:
                cited[number] = version
        for position, version in enumerate(self.versions):
            self._check_version(position, version, window)

    def _check_version(self, position: int, version: PlanVersion, window: Period) -> None:
        where = f"plan {self.code}: version {version.id}"
        assigned = version.kind is PlanVersionKind.ASSIGNED
        if position == 0 and not assigned:
            raise InvalidValueError.of(
                "kind",
                version.kind,
                "must be assigned (giao) in the first version",
                where=where,
                hint="a plan starts with its assignment (giao)",
            )
        if position > 0 and assigned:
            raise InvalidValueError.of(
                "kind",
                version.kind,
                "must not be a second assignment (giao)",
                where=where,
                hint="a plan is assigned once, then adjusted (điều chỉnh), supplemented (bổ sung) "
                "or carried over (kéo dài)",
            )
        if version.from_year is not None and version.from_year >= self.year:
            raise InvalidValueError.of(
                "from_year",
                version.from_year,
                f"must be a year before the plan's year {self.year}",
                where=where,
                hint="capital is carried over from an earlier year's plan",
            )
        if version.date > window.end:
            raise InvalidValueError.later_than(
                "date", version.date, "the plan's close", window.end, where=where
            )
        if position == 0:
            return
        previous = self.versions[position - 1]
        if version.date < previous.date:
            raise InvalidValueError.earlier_than(
                "date",
                version.date,
                f"its predecessor {previous.id}",
                previous.date,
                where=where,
                hint="give the versions in the order they were issued",
            )
        if version.date == previous.date:
            raise OverlappingVersionsError.both(
                previous.id,
                version.id,
                "issued",
                day=version.date,
                where=f"plan {self.code}",
                hint="which is in force that day would be ambiguous; make them one version",
            )

    # -- identity and words -----------------------------------------------------------------

    @property
    def code(self) -> str:
        """The plan's stable code, made of the owner's code and the year."""
        return f"{self.owner.code}-{self.year}"

    @property
    def window(self) -> Period:
        """The days the plan may be disbursed on, its year or up to ``disbursement_deadline``.

        Raises:
            InvalidValueError: the deadline is before the end of the plan's year.
        """
        start = Period.year(self.year)
        law = self.statutory
        end = self.disbursement_deadline
        if end is None:
            return start if law is None else Period(start=start.start, end=law.deadline(self.year))
        if end < start.end:
            raise InvalidValueError.earlier_than(
                "disbursement_deadline",
                end,
                "the end of the plan's year",
                start.end,
                where=f"plan {self.code}",
            )
        if law is not None and end > law.extension_limit(self.year):
            raise InvalidValueError.later_than(
                "disbursement_deadline",
                end,
                f"the latest an extension may reach under {law.cite('en')}",
                law.extension_limit(self.year),
                where=f"plan {self.code}",
            )
        return Period(start=start.start, end=end)

    @property
    def statutory(self) -> StatutoryWindow | None:
        """The law that sets the plan's disbursement window, or None before 2020."""
        return statutory_window(self.year)

    def label(self, lang: Language = "vi") -> str:
        """The plan in words: "kế hoạch vốn năm 2020 của Ban Quản lý …"."""
        _check_lang(lang)
        return message("investment.plan", lang, year=self.year, owner=self.owner.name)

    # -- new plans from old ----------------------------------------------------------------

    def with_version(self, version: PlanVersion) -> CapitalPlan:
        """A new plan with ``version`` issued after the others; the records stay as they are."""
        return attrs.evolve(self, versions=(*self.versions, version))

    def with_allocation(self, allocation: Allocation) -> CapitalPlan:
        """A new plan with one more allocation."""
        return attrs.evolve(self, allocations=(*self.allocations, allocation))

    def with_disbursement(self, disbursement: Disbursement) -> CapitalPlan:
        """A new plan with one more disbursement."""
        return attrs.evolve(self, disbursements=(*self.disbursements, disbursement))

    # -- amounts as of a date ---------------------------------------------------------------

    def _in_force(self, on: dt.date, name: str = "on") -> int:
        """The index of the version in force on ``on``."""
        day = _date(on, name)
        index = bisect.bisect_right([version.date for version in self.versions], day) - 1
        if index < 0:
            if not self.versions:
                reason = "it has no versions"
            else:
                first = self.versions[0]
                reason = f"its first version, {first.id}, is dated {first.date.isoformat()}"
            raise NotInForceError.on(day, f"version of plan {self.code}", reason=reason)
        return index

    def version_in_force(self, on: dt.date) -> PlanVersion:
        """The version in force on ``on``: the last one dated on or before it.

        Raises:
            NotInForceError: no version is dated on or before ``on``.
        """
        return self.versions[self._in_force(on)]

    def _totals(self) -> list[Decimal]:
        """The plan in force after each version, in ``unit``."""
        totals: list[Decimal] = []
        total = Decimal(0)
        for version in self.versions:
            value = magnitude_in(version.amount, self.unit)
            replaces = version.kind in (PlanVersionKind.ASSIGNED, PlanVersionKind.ADJUSTED)
            total = value if replaces else EXACT.add(total, value)
            totals.append(total)
        return totals

    def total(self, on: dt.date) -> Quantity:
        """The plan in force on ``on``, in ``unit``.

        Raises:
            NotInForceError: no version is in force on ``on``.
        """
        return ureg.Quantity(tidy(self._totals()[self._in_force(on)]), self.unit)

    def carried_over(self, on: dt.date) -> Quantity:
        """The capital carried over (kéo dài) into the plan by ``on``: part of :meth:`total`."""
        day = _date(on, "on")
        parts = [
            version.amount
            for version in self.versions
            if version.kind is PlanVersionKind.CARRIED_OVER and version.date <= day
        ]
        return sum_amounts(parts, self.unit)

    def _sum(self, flows: Iterable[_Flow], as_of: dt.date) -> tuple[Quantity, Qualifier | None]:
        day = _date(as_of, "as_of")
        counted = [flow for flow in flows if flow.date <= day]
        total = sum_amounts([flow.amount for flow in counted], self.unit)
        return total, _combine(flow.qualifier for flow in counted)

    def disbursed(self, as_of: dt.date) -> Quantity:
        """The capital disbursed on or before ``as_of``, exactly, in ``unit``."""
        return self._sum(self.disbursements, as_of)[0]

    def allocated(self, as_of: dt.date) -> Quantity:
        """The capital allocated on or before ``as_of``, exactly, in ``unit``."""
        return self._sum(self.allocations, as_of)[0]

    def ratio(self, as_of: dt.date, base: RatioBase | str = RatioBase.PLAN) -> DisbursementRatio:
        """Capital disbursed on or before ``as_of`` over the plan in force or the capital allocated.

        Raises:
            NotInForceError: no plan version is in force on ``as_of``.
            UndefinedRatioError: the base is zero (a plan of nothing, or no
                capital allocated by ``as_of``).
        """
        kind = _base(base)
        index = self._in_force(as_of, "as_of")
        version = self.versions[index]
        plan_total = ureg.Quantity(tidy(self._totals()[index]), self.unit)
        disbursed, qualifier = self._sum(self.disbursements, as_of)
        base_amount: Quantity
        base_qualifier: Qualifier | None
        if kind is RatioBase.PLAN:
            base_amount, base_qualifier = plan_total, None
        else:
            base_amount, base_qualifier = self._sum(self.allocations, as_of)
        if base_amount.magnitude == 0:
            what = (
                f"the plan in force ({version.id}) as of {as_of.isoformat()}"
                if kind is RatioBase.PLAN
                else f"the capital allocated on or before {as_of.isoformat()}"
            )
            raise UndefinedRatioError.for_base(
                "base",
                base_amount,
                "a disbursement ratio needs a base above zero",
                shown=f"{base_amount}, {what}",
            ).at(f"plan {self.code}")
        return DisbursementRatio(
            plan=self.code,
            year=self.year,
            as_of=as_of,
            base=kind,
            disbursed=disbursed,
            base_amount=base_amount,
            version=version,
            plan_total=plan_total,
            ratio=disbursement_ratio(disbursed, base_amount),
            qualifier=_over(qualifier, base_qualifier),
            disbursed_qualifier=qualifier,
            base_qualifier=base_qualifier,
        )

    def year_end_ratio(self, base: RatioBase | str = RatioBase.PLAN) -> DisbursementRatio:
        """The ratio "at year end": on the plan's last disbursement day, its deadline.

        That is 31 January of the next year under the law, or the deadline an
        extension gives; a report that means 31 December says so, and
        :meth:`ratio` takes that day.
        """
        return self.ratio(self.window.end, base)

    # -- tables ------------------------------------------------------------------------------

    def _ratio_columns(self, dates: Iterable[dt.date] | None, *, exact: bool) -> FrameColumns:
        if dates is None:
            dates = [
                *(version.date for version in self.versions),
                *(flow.date for flow in self.allocations),
                *(flow.date for flow in self.disbursements),
                self.window.end,
            ]
        first = self.versions[0].date if self.versions else None
        days = sorted({day for day in (_date(d, "dates") for d in dates) if first and day >= first})
        columns = FrameColumns(exact=exact)
        columns.date("as_of", days)
        columns.code("version", [self.version_in_force(day).id for day in days])
        columns.number("plan", [self.total(day).magnitude for day in days], self.unit)
        columns.number("allocated", [self.allocated(day).magnitude for day in days], self.unit)
        columns.number("disbursed", [self.disbursed(day).magnitude for day in days], self.unit)
        for base in RatioBase:
            columns.number(
                f"disbursed_of_{base.value}",
                [self._percent(day, base) for day in days],
                "%",
            )
        return columns

    def _percent(self, day: dt.date, base: RatioBase) -> Decimal | None:
        try:
            ratio = self.ratio(day, base)
        except UndefinedRatioError:
            return None
        return tidy(ratio.ratio.scaleb(2, EXACT))

    def ratio_frame(self, dates: Iterable[dt.date] | None = None, *, exact: bool = False) -> Any:  # noqa: ANN401 - a pandas DataFrame
        """The plan, the capital allocated and disbursed and their ratios over time.

        One row per day of ``dates`` on which a version is in force (by
        default, every day a version, an allocation or a disbursement is dated,
        and the plan's last disbursement day): ``as_of`` (datetime64),
        ``version`` (the version in force), ``plan_<unit>``,
        ``allocated_<unit>``, ``disbursed_<unit>`` (to the day, ``unit`` the
        plan's reporting unit: ``plan_million_vnd``),
        ``disbursed_of_plan_percent`` and ``disbursed_of_allocated_percent``
        (NaN where the base is zero): float64, or Decimal with ``exact=True``.
        Needs ``dongdang[pandas]``.

        >>> from dongdang.data import seed_capital_plan
        >>> frame = seed_capital_plan().ratio_frame([dt.date(2020, 5, 25)])
        >>> frame[["version", "disbursed_of_plan_percent"]].round(1)
             version  disbursed_of_plan_percent
        0  2020-giao                       41.0
        """
        return self._ratio_columns(dates, exact=exact).frame(
            metadata={"plan": self.code, "unit": self.unit}
        )

    def _records(self) -> list[tuple[CapitalFlow, PlanVersion | Allocation | Disbursement]]:
        """Every record with its flow, by date; on one day, versions before flows."""
        records: list[tuple[int, CapitalFlow, PlanVersion | Allocation | Disbursement]] = [
            *((0, CapitalFlow.PLAN, version) for version in self.versions),
            *((1, CapitalFlow.ALLOCATION, allocation) for allocation in self.allocations),
            *((2, CapitalFlow.DISBURSEMENT, item) for item in self.disbursements),
        ]
        records.sort(key=lambda record: (record[2].date, record[0]))
        return [(flow, record) for _, flow, record in records]

    def to_frame(self, *, exact: bool = False) -> Any:  # noqa: ANN401 - a pandas DataFrame
        """The plan's records as a pandas DataFrame, one row each (needs ``dongdang[pandas]``).

        The versions, allocations and disbursements by date (on one day, the
        version first): ``record`` (``plan``, ``allocation`` or
        ``disbursement``, the codes of :class:`CapitalFlow`), ``id``, ``date``
        (datetime64), ``kind`` (a version's :class:`PlanVersionKind` code),
        ``amount_<unit>`` in the plan's reporting unit (``amount_million_vnd``;
        float64, or Decimal with ``exact=True``), ``qualifier`` ("trên" is
        ``at_least``), ``from_year``, ``legal`` (the citation), ``payee``
        (its code), ``source`` (its id) and ``note``; codes as categoricals.
        ``frame.attrs`` names the plan, its year, owner and unit.
        :meth:`ratio_frame` follows the ratios over time.

        >>> from dongdang.data import seed_capital_plan
        >>> frame = seed_capital_plan().to_frame()
        >>> frame[["record", "date", "amount_million_vnd", "qualifier"]]
                 record       date  amount_million_vnd qualifier
        0          plan 2020-05-25            102681.0       NaN
        1  disbursement 2020-05-25             42119.0       NaN
        2  disbursement 2020-09-30             10481.0  at_least
        """
        records = self._records()
        items = [record for _, record in records]
        versions = [item if isinstance(item, PlanVersion) else None for item in items]
        flows = [None if isinstance(item, PlanVersion) else item for item in items]
        payees = [item.payee if isinstance(item, Disbursement) else None for item in items]
        legal = [None if isinstance(item, Disbursement) else item.legal for item in items]
        columns = FrameColumns(exact=exact)
        columns.code("record", [flow.code for flow, _ in records])
        columns.text("id", [item.id for item in items])
        columns.date("date", [item.date for item in items])
        columns.code("kind", [None if item is None else item.kind.code for item in versions])
        columns.number(
            "amount", [magnitude_in(item.amount, self.unit) for item in items], self.unit
        )
        columns.code(
            "qualifier",
            [None if f is None or f.qualifier is None else f.qualifier.value for f in flows],
        )
        columns.count("from_year", [None if item is None else item.from_year for item in versions])
        columns.text("legal", [None if law is None else law.cite() for law in legal])
        columns.code("payee", [None if payee is None else payee.code for payee in payees])
        columns.text("source", [None if item.source is None else item.source.id for item in items])
        columns.text("note", [item.note for item in items])
        return columns.frame(
            metadata={
                "plan": self.code,
                "year": self.year,
                "owner": self.owner.code,
                "unit": self.unit,
            }
        )

    def _repr_html_(self) -> str:
        return self._ratio_columns(None, exact=True).html(repr(self))

    # -- findings ----------------------------------------------------------------------------

    def findings(self) -> tuple[PlanFinding, ...]:
        """The first day, for each kind, that capital goes beyond its limit.

        Allocations above the plan happen (a plan adjusted downwards after
        capital was released, capital allocated ahead of an adjustment), so
        they are reported, not refused; so are disbursements above the plan
        or above the capital allocated. Allocations count as known from the
        first one on record: before it, disbursing is not "above" anything.

        >>> from dongdang.investment import Allocation, CapitalPlan, PlanVersion, MANAGEMENT_BOARD
        >>> plan = CapitalPlan(
        ...     year=2020,
        ...     owner=MANAGEMENT_BOARD,
        ...     versions=[PlanVersion.read("giao", "giao", dt.date(2020, 1, 2), "100 tỷ đồng")],
        ...     allocations=[Allocation.read(dt.date(2020, 6, 1), "120 tỷ đồng")],
        ... )
        >>> print(plan.findings()[0].describe("en"))
        bql-kktck-dong-dang-lang-son-2020, 1 June 2020: capital allocated, 120,000 million VND,
        exceeds the plan, 100,000 million VND
        """
        events = sorted(
            [(version.date, 0, version.amount) for version in self.versions]
            + [(allocation.date, 1, allocation.amount) for allocation in self.allocations]
            + [(item.date, 2, item.amount) for item in self.disbursements],
            key=lambda event: (event[0], event[1]),
        )
        totals = self._totals()
        # Running sums in ``unit``: one pass, whatever the number of records.
        allocated, disbursed = Decimal(0), Decimal(0)
        versions = 0
        found: dict[PlanFindingKind, PlanFinding] = {}
        for position, (day, kind, value) in enumerate(events):
            if kind == 0:
                versions += 1
            elif kind == 1:
                allocated = EXACT.add(allocated, magnitude_in(value, self.unit))
            else:
                disbursed = EXACT.add(disbursed, magnitude_in(value, self.unit))
            if position + 1 < len(events) and events[position + 1][0] == day:
                continue  # the day is not over
            plan_total = totals[versions - 1] if versions else None
            # Allocations are known from the first one on; before it, nothing is.
            known = bool(self.allocations) and day >= self.allocations[0].date
            checks = (
                (PlanFindingKind.ALLOCATED_ABOVE_PLAN, allocated, plan_total),
                (PlanFindingKind.DISBURSED_ABOVE_PLAN, disbursed, plan_total),
                (
                    PlanFindingKind.DISBURSED_ABOVE_ALLOCATED,
                    disbursed,
                    allocated if known else None,
                ),
            )
            for finding, amount, limit in checks:
                if finding in found or limit is None or amount <= limit:
                    continue
                found[finding] = PlanFinding(
                    kind=finding,
                    plan=self.code,
                    on=day,
                    amount=ureg.Quantity(tidy(amount), self.unit),
                    limit=ureg.Quantity(tidy(limit), self.unit),
                    version=self.versions[versions - 1] if versions else None,
                    year=self.year,
                )
        return tuple(sorted(found.values(), key=lambda finding: finding.on))

    # -- transactions ------------------------------------------------------------------------

    def transactions(
        self, perspective: Perspective | str = Perspective.OWNER
    ) -> tuple[CapitalTransaction, ...]:
        """Every record as a :class:`CapitalTransaction`, by date, typed for ``perspective``.

        >>> from dongdang.data import seed_capital_plan
        >>> [t.iati_type.code for t in seed_capital_plan().transactions("provider")]
        ['2', '4', '4']
        """
        side = _perspective(perspective)
        types = _IATI_TYPES[side]
        result: list[CapitalTransaction] = []
        previous = Decimal(0)
        for version, total in zip(self.versions, self._totals(), strict=True):
            change = EXACT.subtract(total, previous)
            previous = total
            result.append(
                CapitalTransaction(
                    id=f"{self.code}:plan:{version.id}",
                    flow=CapitalFlow.PLAN,
                    iati_type=types[CapitalFlow.PLAN],
                    date=version.date,
                    value=ureg.Quantity(tidy(change), self.unit),
                    provider=self.provider,
                    receiver=self.owner,
                    description=version.label("en"),
                )
            )
        result.extend(
            self._flow_transactions(self.allocations, CapitalFlow.ALLOCATION, types, self.provider)
        )
        result.extend(
            self._flow_transactions(self.disbursements, CapitalFlow.DISBURSEMENT, types, self.owner)
        )
        return tuple(sorted(result, key=lambda transaction: transaction.date))

    def _flow_transactions(
        self,
        flows: tuple[_Flow, ...],
        flow: CapitalFlow,
        types: dict[CapitalFlow, IatiTransactionType],
        provider: Organization | None,
    ) -> list[CapitalTransaction]:
        result = []
        counts: dict[dt.date, int] = {}
        for item in flows:
            counts[item.date] = counts.get(item.date, 0) + 1
            local = item.id or f"{item.date.isoformat()}-{counts[item.date]}"
            receiver = self.owner if isinstance(item, Allocation) else item.payee
            word = _word(item.qualifier, "en")
            result.append(
                CapitalTransaction(
                    id=f"{self.code}:{flow.name.lower()}:{local}",
                    flow=flow,
                    iati_type=types[flow],
                    date=item.date,
                    value=item.amount,
                    provider=provider,
                    receiver=receiver,
                    description=(
                        f"{flow.value}: {word}"
                        f"{format_amount(item.amount, str(item.amount.units), 'en')}"
                    ),
                )
            )
        return result

    def ocds_transactions(self, source: str | None = None) -> list[dict[str, Any]]:
        """The disbursements as OCDS transactions (see :meth:`CapitalTransaction.to_ocds`)."""
        return [
            transaction.to_ocds(source)
            for transaction in self.transactions(Perspective.OWNER)
            if transaction.flow is CapitalFlow.DISBURSEMENT
        ]
