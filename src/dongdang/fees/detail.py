"""The whole answer for a table of crossings: each row's fee, split, cap, version, coefficients.

:meth:`FeeSchedule.assess_table <dongdang.fees.schedule.FeeSchedule.assess_table>`
takes the same columns as
:meth:`~dongdang.fees.schedule.FeeSchedule.assess_many` (see
:mod:`dongdang.fees.columns`) and returns :class:`AssessedCrossings`: per row,
as numpy arrays, the fee, the collector's and the budget's parts of it
(summing to the fee), whether the cap lowered it, the version applied and the
coefficients applied; :meth:`~AssessedCrossings.to_frame` gives them as a
DataFrame, :meth:`~AssessedCrossings.collections` adds the fees up by gate,
reporting line and month, and :meth:`~AssessedCrossings.record` gives the fees
of one period, line and gate as a :class:`~dongdang.fees.collections.FeeRecord`,
to set beside the record a report prints.

The answer comes from tables folded beside the fee table, with the same
cells (version × vehicle class × regime × goods × journey), once per
schedule: whether the cap lowered the fee (the fee before the cap, from the
same schedule without caps, above the cap) and the coefficients that apply;
a mixed cargo takes those of its goods charged, the highest fee, the first
of equals, as :meth:`FeeVersion.assess
<dongdang.fees.versions.FeeVersion.assess>` does. Each row's answer is then
one lookup by its cell, and the split is each version's rule,
:meth:`SplitRule.divide <dongdang.fees.rates.SplitRule.divide>`, applied once
to each distinct fee: no loop over the rows.

>>> import numpy as np
>>> from dongdang.fees import lang_son_fee_schedule
>>> table = lang_son_fee_schedule().assess_table(
...     {
...         "date": np.array(["2025-06-02", "2025-06-03", "2025-07-01"], dtype="datetime64[D]"),
...         "payload": np.array([1.5, np.nan, np.nan]),
...         "container": np.array(["", "40ft", "40ft"]),
...         "regime": np.array(["export"] + ["temporary_import_reexport"] * 2),
...         "goods": np.array(["fresh_produce"] + ["agricultural_products"] * 2),
...         "journey": np.array(["standard", "standard", "yard_only"]),
...         "gate": np.array(["tan-thanh", "huu-nghi", "huu-nghi"]),
...     }
... )
>>> table
<AssessedCrossings under 'Lạng Sơn border-gate infrastructure fee': 3 crossings, \
fees 5,300,000 đồng (collector 530,000, budget 4,770,000), 0 capped>
>>> table.fee, table.collector, table.budget
(array([ 100000, 4000000, 1200000]), array([ 10000, 400000, 120000]), \
array([  90000, 3600000, 1080000]))
>>> table.version_ids(), table.coefficients(2), table.capped.any()
(['09/2025', '09/2025', '09/2025'], ('yard_only',), np.False_)
>>> for row in table.collections():
...     print(row.key, row.crossings, row.fee)
('huu-nghi', 'phí ra vào cửa khẩu', '2025-06') 1 4000000
('huu-nghi', 'phí sang tải', '2025-07') 1 1200000
('tan-thanh', 'phí ra vào cửa khẩu', '2025-06') 1 100000
>>> from dongdang.fees.collections import FeeLine
>>> from dongdang.periods import Period
>>> record = table.record(Period.month(2025, 6), line=FeeLine.ENTRY_EXIT)
>>> record.amount, record.trips
(<Quantity(4100000, 'VND')>, 2)
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Final, final

import attrs
import numpy as np

from dongdang._columnar import columns_of, same_values
from dongdang._frames import HTML_ROWS, FrameColumns
from dongdang.errors import InvalidTypeError
from dongdang.fees.assessment import _product
from dongdang.fees.collections import FeeLine, FeeRecord
from dongdang.fees.columns import (
    _JOURNEYS,
    _REGIMES,
    _TOO_BIG,
    COLUMNS,
    _build_plan,
    _Plan,
    assess_columns,
    read_rows,
)
from dongdang.fees.comparison import CrossingGroups, _sums
from dongdang.fees.schedule import FeeSchedule
from dongdang.periods import Period
from dongdang.units import amount

if TYPE_CHECKING:
    from collections.abc import Iterator, Sequence
    from typing import TypeAlias

    # Written out, not np and npt, where the docs show them: they link by full names.
    import numpy  # noqa: ICN001
    import numpy.typing  # noqa: ICN001, TC004 - np at run time; these for the docs
    import numpy.typing as npt

    from dongdang.fees.rates import Coefficient

    #: A 1-D array of true/false, one per row.
    FlagArray: TypeAlias = numpy.typing.NDArray[numpy.bool_]

__all__ = ["AssessedCrossings", "CollectedFees", "CollectedRow", "assess_table"]

#: The keys :meth:`AssessedCrossings.collections` groups by, by default.
DEFAULT_KEYS: Final = ("gate", "line", "month")


def _frozen(array: npt.NDArray[Any]) -> npt.NDArray[Any]:
    array.setflags(write=False)
    return array


@final
@attrs.frozen
class CollectedRow:
    """The crossings of one group and the fees they paid, in đồng.

    Attributes:
        key: the group's labels, one per key (``("huu-nghi", "phí sang tải", "2025-06")``).
        crossings: how many crossings.
        fee: the fees added up.
        collector: the collector's parts added up, or None where a version
            applied to a crossing of the group states no split.
        budget: the budget's parts added up, or None likewise.
    """

    key: tuple[str, ...]
    crossings: int
    fee: int
    collector: int | None
    budget: int | None


@final
@attrs.frozen
class CollectedFees:
    """Fees collected by group, added up exactly from assessed crossings.

    Attributes:
        by: the keys, such as ``("gate", "line", "month")``.
        rows: one row per group with crossings, sorted by key.
    """

    by: tuple[str, ...]
    rows: tuple[CollectedRow, ...]

    def __iter__(self) -> Iterator[CollectedRow]:
        return iter(self.rows)

    def __len__(self) -> int:
        return len(self.rows)

    def __repr__(self) -> str:
        return (
            f"<CollectedFees by {', '.join(self.by)}: {len(self.rows)} groups, "
            f"{sum(row.crossings for row in self.rows)} crossings, "
            f"{sum(row.fee for row in self.rows):,} đồng>"
        )

    def total(self) -> int:
        """The fees of every group added up, in đồng."""
        return sum(row.fee for row in self.rows)

    def _columns(self, *, exact: bool) -> FrameColumns:
        columns = FrameColumns(exact=exact)
        for at, name in enumerate(self.by):
            columns.code(name, [row.key[at] for row in self.rows])
        columns.count("crossings", [row.crossings for row in self.rows])
        columns.number("fee", [row.fee for row in self.rows], "VND")
        columns.number("collector", [row.collector for row in self.rows], "VND")
        columns.number("budget", [row.budget for row in self.rows], "VND")
        return columns

    def to_frame(self, *, exact: bool = False) -> Any:  # noqa: ANN401 - a pandas DataFrame
        """A pandas DataFrame: a categorical per key, ``crossings``, and the sums in đồng.

        ``fee_dong``, ``collector_dong`` and ``budget_dong`` are float64
        (NaN where no split is stated), or Decimal with ``exact=True``
        (``dongdang[pandas]``).
        """
        return self._columns(exact=exact).frame()

    def _repr_html_(self) -> str:
        return self._columns(exact=True).html(f"Fees collected by {', '.join(self.by)}")


@final
@attrs.frozen(kw_only=True, eq=False)
class AssessedCrossings:
    """Each crossing of a table assessed in full, as read-only numpy arrays, one entry per row.

    Made by :meth:`FeeSchedule.assess_table
    <dongdang.fees.schedule.FeeSchedule.assess_table>`.

    Attributes:
        schedule: the schedule applied.
        fee: the fee of each row, in đồng (what ``assess_many`` returns).
        collector: the collector's part of the fee, rounded half-up as
            :meth:`SplitRule.divide <dongdang.fees.rates.SplitRule.divide>`
            rounds it; 0 where the version states no split.
        budget: the rest of the fee, for the provincial budget; 0 where the
            version states no split. Where ``split`` is true,
            ``collector + budget == fee``.
        split: whether the version applied states a split.
        capped: whether the cap lowered the fee.
        version: the position of the version applied in ``schedule.versions``.
        coefficient_set: each row's position in ``coefficient_sets``.
        coefficient_sets: the distinct tuples of coefficients applied.
    """

    schedule: FeeSchedule
    fee: numpy.typing.NDArray[numpy.int64]
    collector: numpy.typing.NDArray[numpy.int64]
    budget: numpy.typing.NDArray[numpy.int64]
    split: FlagArray
    capped: FlagArray
    version: numpy.typing.NDArray[numpy.intp]
    coefficient_set: numpy.typing.NDArray[numpy.intp]
    coefficient_sets: tuple[tuple[Coefficient, ...], ...]
    _grouping: CrossingGroups = attrs.field(alias="grouping", repr=False)
    _days: npt.NDArray[np.datetime64] = attrs.field(alias="days", repr=False)

    def __len__(self) -> int:
        return len(self.fee)

    def __eq__(self, other: object) -> bool:
        """Equal when the schedule, the crossings grouped and every row's answer are."""
        if not isinstance(other, AssessedCrossings):
            return NotImplemented
        arrays = ("fee", "collector", "budget", "split", "capped", "version", "coefficient_set")
        return (
            self.schedule == other.schedule
            and self.coefficient_sets == other.coefficient_sets
            and all(np.array_equal(getattr(self, a), getattr(other, a)) for a in arrays)
            and same_values(self._days, other._days)
            and self._grouping == other._grouping
        )

    __hash__ = None  # type: ignore[assignment]  # its rows are numpy arrays

    def __repr__(self) -> str:
        fee, collector, budget = (int(a.sum(dtype=object)) for a in self._sums())
        return (
            f"<AssessedCrossings under {self.schedule.name!r}: {len(self)} crossings, "
            f"fees {fee:,} đồng (collector {collector:,}, budget {budget:,}), "
            f"{int(self.capped.sum())} capped>"
        )

    def _sums(self) -> tuple[npt.NDArray[Any], ...]:
        return (self.fee, self.collector, self.budget)

    def version_ids(self) -> list[str]:
        """The id of the version applied to each row (``"09/2025"``)."""
        ids = [version.id for version in self.schedule.versions]
        return [ids[at] for at in self.version.tolist()]

    def coefficients(self, row: int) -> tuple[str, ...]:
        """The ids of the coefficients applied to ``row``, in the version's order."""
        return tuple(c.id for c in self.coefficient_sets[int(self.coefficient_set[row])])

    def factor(self) -> numpy.typing.NDArray[numpy.float64]:
        """The product of the coefficients applied to each row (1.0 where none), as float64."""
        factors = [float(_product(applied)) for applied in self.coefficient_sets]
        return np.array(factors, dtype=np.float64)[self.coefficient_set]

    def _columns(self, rows: slice, *, exact: bool) -> FrameColumns:
        columns = FrameColumns(exact=exact)
        version = self.version[rows]
        coefficient_set = self.coefficient_set[rows]
        columns.coded("version", version, [v.id for v in self.schedule.versions])
        names = ["+".join(c.id for c in applied) for applied in self.coefficient_sets]
        columns.coded("coefficients", coefficient_set, names)
        fee, split = self.fee[rows], self.split[rows]
        collector, budget = self.collector[rows], self.budget[rows]
        if exact:
            factors = [_product(applied) for applied in self.coefficient_sets]
            columns.number("factor", [factors[at] for at in coefficient_set.tolist()], None)
            columns.number("fee", fee.tolist(), "VND")
            stated = split.tolist()
            for name, part in (("collector", collector), ("budget", budget)):
                values = [v if s else None for v, s in zip(part.tolist(), stated, strict=True)]
                columns.number(name, values, "VND")
        else:
            columns.number("factor", self.factor()[rows], None)
            columns.number("fee", fee.astype(np.float64), "VND")
            for name, part in (("collector", collector), ("budget", budget)):
                columns.number(name, np.where(split, part, np.nan), "VND")
        columns.flag("capped", self.capped[rows])
        return columns

    def to_frame(self, *, exact: bool = False) -> Any:  # noqa: ANN401 - a pandas DataFrame
        """The answer per row as a pandas DataFrame (``dongdang[pandas]``).

        Columns: ``version`` and ``coefficients`` (ids joined by ``+``) as
        categoricals, ``factor`` (their product), ``fee_dong``,
        ``collector_dong`` and ``budget_dong`` (NaN, or None, where no split
        is stated), ``capped``. Numbers are float64, or Decimal with
        ``exact=True``; the rows are in the order of the table assessed.
        """
        return self._columns(slice(None), exact=exact).frame()

    def _repr_html_(self) -> str:
        return self._columns(slice(0, HTML_ROWS), exact=True).html(
            f"Crossings assessed under {self.schedule.name or 'the fee schedule'}", rows=len(self)
        )

    def record(
        self, period: Period, *, line: FeeLine = FeeLine.TOTAL, gate: str | None = None
    ) -> FeeRecord:
        """The fees of the crossings of ``period`` on ``line`` at ``gate``, as a fee record.

        A record in đồng with the crossings as its trips, to set beside the
        record a report prints for the same line, period and gate
        (:class:`~dongdang.fees.collections.FeeRecord`): ``line`` is a
        reporting line or :attr:`~dongdang.fees.collections.FeeLine.TOTAL`
        for both; ``gate`` None for every row.

        Raises:
            InvalidTypeError: ``period`` is not a Period, ``line`` not a FeeLine.
            InvalidValueError: ``gate`` without a gate column, or not a gate code.
        """
        if not isinstance(period, Period):
            raise InvalidTypeError.of("period", "a Period", period)
        if not isinstance(line, FeeLine):
            raise InvalidTypeError.of("line", "a FeeLine", line)
        start, end = np.datetime64(period.start, "D"), np.datetime64(period.end, "D")
        rows = (self._days >= start) & (self._days <= end)
        if line is not FeeLine.TOTAL:
            codes, labels = self._grouping.key("line")
            rows &= np.array([label == line.value for label in labels])[codes]
        if gate is not None:
            codes, labels = self._grouping.key("gate")
            rows &= np.array([label == gate for label in labels], dtype=bool)[codes]
        fees = self.fee[rows]
        total = _sums(np.zeros(len(fees), dtype=np.intp), 1, fees)[0]
        return FeeRecord(
            line=line,
            period=period,
            amount=amount(total, "VND"),
            gate=gate,
            trips=len(fees),
        )

    def collections(self, by: Sequence[str] | None = None) -> CollectedFees:
        """The fees added up by ``by``, exactly; groups without crossings are left out.

        The keys are those of :meth:`FeeComparison.by
        <dongdang.fees.comparison.FeeComparison.by>`: ``gate`` (the ``gate``
        column), ``line`` (``phí sang tải`` for the ``yard_only`` journey,
        ``phí ra vào cửa khẩu`` for the others), ``month`` (``"2025-06"``)
        and ``vehicle``. By default ``("gate", "line", "month")``, without
        ``gate`` when the table has no gate column. Each month's sums may be
        set beside the amounts a report prints for the same line and gate
        (:class:`~dongdang.fees.collections.FeeRecord`).

        Raises:
            InvalidValueError: no key, a key not among the keys above, or
                ``gate`` without a gate column; the message names the key.
        """
        if by is None:
            has_gate = "gate" in self._grouping.columns
            by = DEFAULT_KEYS if has_gate else DEFAULT_KEYS[1:]
        if isinstance(by, str):
            by = (by,)
        keys = tuple(by)
        unstated = (~self.split).astype(np.int64)
        groups = self._grouping.groups(keys, *self._sums(), unstated)
        rows = tuple(
            CollectedRow(
                key=key,
                crossings=count,
                fee=fee,
                collector=None if missing else collector,
                budget=None if missing else budget,
            )
            for key, count, (fee, collector, budget, missing) in groups
        )
        return CollectedFees(by=keys, rows=rows)


@final
@attrs.frozen(kw_only=True)
class _Folded:
    """Beside a schedule's fee table (same cells): whether the cap applied, the coefficients."""

    capped: npt.NDArray[np.bool_]  # version × class × regime × goods × journey
    coefficients: npt.NDArray[np.intp]  # version × regime × goods × journey: into sets
    sets: tuple[tuple[Coefficient, ...], ...]


def _folded(schedule: FeeSchedule, plan: _Plan) -> _Folded:
    """The tables beside ``plan``'s fees, built once per schedule.

    The fees before the cap are the plan of the same schedule without caps
    (the same cells: caps move no class or goods boundary); the coefficients
    of a cell are those that :meth:`Coefficient.applies
    <dongdang.fees.rates.Coefficient.applies>` to its regime, goods and journey.
    """
    cache = schedule._cache  # noqa: SLF001 - the schedule's own cache, same package
    folded = cache.get("detail")
    if isinstance(folded, _Folded):
        return folded
    bare = FeeSchedule(
        versions=[attrs.evolve(version, cap=None) for version in schedule.versions],
        name=schedule.name,
    )
    uncapped = _build_plan(bare).fees
    capped = np.zeros(plan.fees.shape, dtype=bool)
    for v, version in enumerate(schedule.versions):
        if version.cap is not None:
            capped[v] = (uncapped[v] > version.cap.amount) | (uncapped[v] == _TOO_BIG)
    goods = sorted(plan.goods, key=plan.goods.__getitem__)
    sets: dict[tuple[Coefficient, ...], int] = {}
    coefficients = np.zeros(
        (len(schedule.versions), len(_REGIMES), len(goods), len(_JOURNEYS)), dtype=np.intp
    )
    for v, version in enumerate(schedule.versions):
        for r, regime in enumerate(_REGIMES):
            for g, code in enumerate(goods):
                for j, journey in enumerate(_JOURNEYS):
                    applied = tuple(
                        c for c in version.coefficients if c.applies(regime, code, journey)
                    )
                    coefficients[v, r, g, j] = sets.setdefault(applied, len(sets))
    folded = cache["detail"] = _Folded(capped=capped, coefficients=coefficients, sets=tuple(sets))
    return folded


def _combination_tables(
    plan: _Plan, folded: _Folded, combos: list[tuple[int, ...]]
) -> tuple[npt.NDArray[np.bool_], npt.NDArray[np.intp]]:
    """Whether the cap applied and the coefficient set, by the cells of the call's fee table.

    A mixed cargo is charged its goods with the highest fee, the first of
    equals: its cap and coefficients are that goods'.
    """
    versions, classes, regimes, _, journeys = plan.fees.shape
    shape = (versions, classes, regimes, max(len(combos), 1), journeys)
    capped = np.zeros(shape, dtype=bool)
    coefficients = np.zeros(shape, dtype=np.intp)
    v = np.arange(versions)[:, None, None, None]
    r = np.arange(regimes)[None, None, :, None]
    j = np.arange(journeys)[None, None, None, :]
    for position, goods in enumerate(combos):
        slots = list(goods)
        charged = plan.fees[:, :, :, slots, :].argmax(axis=3)[:, :, :, None, :]
        capped[:, :, :, position, :] = np.take_along_axis(
            folded.capped[:, :, :, slots, :], charged, axis=3
        )[:, :, :, 0, :]
        coefficients[:, :, :, position, :] = folded.coefficients[
            v, r, np.asarray(slots)[charged[:, :, :, 0, :]], j
        ]
    return capped, coefficients


def _split(
    schedule: FeeSchedule, fee: npt.NDArray[np.int64], version: npt.NDArray[np.intp]
) -> tuple[npt.NDArray[np.int64], npt.NDArray[np.int64], npt.NDArray[np.bool_]]:
    """The collector's and the budget's parts, and whether a split is stated, per row.

    Each version's rule divides each distinct fee once
    (:meth:`SplitRule.divide <dongdang.fees.rates.SplitRule.divide>`).
    """
    collector = np.zeros(len(fee), dtype=np.int64)
    budget = np.zeros(len(fee), dtype=np.int64)
    stated = np.zeros(len(fee), dtype=bool)
    for v, one in enumerate(schedule.versions):
        rule = one.split
        if rule is None:
            continue
        rows = version == v
        values, inverse = np.unique(fee[rows], return_inverse=True)
        parts = [rule.divide(value) for value in values.tolist()]
        collector[rows] = np.array([part.collector for part in parts], np.int64)[inverse]
        budget[rows] = np.array([part.budget for part in parts], np.int64)[inverse]
        stated[rows] = True
    return collector, budget, stated


def assess_table(schedule: FeeSchedule, columns: object) -> AssessedCrossings:
    """The whole answer for each row of ``columns``: see :class:`AssessedCrossings`."""
    table = columns_of(columns, COLUMNS, "assess_table")
    rows = read_rows(table)
    found: dict[str, Any] = {}
    fee = assess_columns(schedule, None, schedule._cache, rows, found)  # noqa: SLF001
    at: npt.NDArray[np.intp] = found["at"]
    version = found["version"].astype(np.intp, copy=True)
    plan: _Plan = found["plan"]
    folded = _folded(schedule, plan)
    capped, coefficients = _combination_tables(plan, folded, found["combos"])
    collector, budget, stated = _split(schedule, fee, version)
    return AssessedCrossings(
        schedule=schedule,
        fee=_frozen(fee),
        collector=_frozen(collector),
        budget=_frozen(budget),
        split=_frozen(stated),
        capped=_frozen(capped.ravel()[at]),
        version=_frozen(version),
        coefficient_set=_frozen(coefficients.ravel()[at]),
        coefficient_sets=folded.sets,
        grouping=CrossingGroups(table, schedule, len(fee)),
        days=rows.days,
    )
