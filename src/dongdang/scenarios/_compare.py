"""Comparing scenarios over the same data: the groups of each kind of baseline, in one table."""

from __future__ import annotations

from fractions import Fraction
from typing import TYPE_CHECKING, Final, TypeAlias, cast

from dongdang._columnar import columns_of
from dongdang._validators import grouping_keys, items_of
from dongdang.errors import InvalidTypeError, InvalidValueError
from dongdang.fees.columns import COLUMNS, assess_columns, read_rows
from dongdang.fees.comparison import KEYS, CrossingGroups
from dongdang.fees.schedule import FeeSchedule
from dongdang.scenarios._core import Scenario, _kind
from dongdang.scenarios._outlook import DisbursementOutlook
from dongdang.scenarios._tables import ScenarioRow, ScenarioTable
from dongdang.scenarios._values import Amount
from dongdang.trade.ledger import TradeLedger
from dongdang.trade.scenarios import TradeScenario
from dongdang.units import magnitude_in
from dongdang.zoning import LandBudget

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

    import numpy as np
    import numpy.typing as npt


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
        raise InvalidTypeError.of(
            "data", "a TradeLedger, the ledger trade scenarios are compared over", data
        )
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
            raise InvalidValueError.of(
                "scenario",
                scenario.name,
                f"must have the baseline of {scenarios[0].name!r}",
                hint="scenarios are compared over one baseline",
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
