"""Named scenarios: a baseline plus dated, described changes, compared side by side.

A :class:`FeeScenario` names a set of :class:`~dongdang.fees.reforms.Reform`
applied in order to one baseline schedule. :func:`compare_scenarios` assesses
one table of crossings under the baseline and every scenario (the columns are
read once) and adds the fees up by gate, fee line, month or vehicle class
into one :class:`ScenarioTable`, a column per scenario, exact to the đồng; its
rows add up to its total.

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
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, final

import attrs

from dongdang._columnar import columns_of
from dongdang._messages import message
from dongdang._validators import items_of
from dongdang._validators import language as check_language
from dongdang.errors import InvalidTypeError, InvalidValueError
from dongdang.fees.columns import COLUMNS, assess_columns, read_rows
from dongdang.fees.comparison import KEYS, FeeComparison, _frame
from dongdang.fees.reforms import Reform
from dongdang.fees.schedule import FeeSchedule

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator, Sequence

    import numpy as np
    import numpy.typing as npt

__all__ = ["FeeScenario", "ScenarioRow", "ScenarioTable", "compare_scenarios"]


def _name(_instance: object, attribute: attrs.Attribute[str], value: object) -> None:
    if not isinstance(value, str):
        raise InvalidTypeError(f"{attribute.name} must be a non-empty str, got {value!r}")
    if not value.strip():
        raise InvalidValueError(f"{attribute.name} must be a non-empty str, got {value!r}")


def _baseline(_instance: object, _attribute: attrs.Attribute[FeeSchedule], value: object) -> None:
    if not isinstance(value, FeeSchedule):
        raise InvalidTypeError(f"baseline must be a FeeSchedule, got {value!r}")


def _reforms(value: Iterable[Reform]) -> tuple[Reform, ...]:
    return items_of(Reform, "reforms", value)


@final
@attrs.frozen(kw_only=True, repr=False)
class FeeScenario:
    """A named baseline schedule plus dated, described reforms, applied in order.

    Attributes:
        name: the scenario's short name, its column in a :class:`ScenarioTable`.
        baseline: the schedule on record.
        reforms: the reforms, applied in order (none: the baseline itself).
    """

    name: str = attrs.field(validator=_name)
    baseline: FeeSchedule = attrs.field(validator=_baseline)
    reforms: tuple[Reform, ...] = attrs.field(default=(), converter=_reforms)
    _schedule: list[FeeSchedule] = attrs.field(
        init=False, factory=list, eq=False, hash=False, repr=False
    )

    def __repr__(self) -> str:
        count = len(self.reforms)
        return (
            f"<FeeScenario {self.name}: {count} reform{'' if count == 1 else 's'} on "
            f"{self.baseline.name or 'a fee schedule'!r}>"
        )

    @property
    def schedule(self) -> FeeSchedule:
        """The baseline with every reform applied (computed once)."""
        if not self._schedule:
            schedule = self.baseline
            for reform in self.reforms:
                schedule = reform.apply(schedule)
            self._schedule.append(schedule)
        return self._schedule[0]

    def describe(self, lang: str = "vi") -> str:
        """The scenario's reforms, one per line, in Vietnamese or English."""
        language = check_language(lang)
        if not self.reforms:
            return message("scenario.unchanged", language, name=self.name)
        return "\n".join(
            [
                message("scenario.head", language, name=self.name),
                *(
                    message("scenario.reform", language, reform=r.describe(language))
                    for r in self.reforms
                ),
            ]
        )


@final
@attrs.frozen
class ScenarioRow:
    """One group's crossings and fees (đồng) under the baseline and each scenario."""

    key: tuple[str, ...]
    crossings: int
    baseline: int
    fees: tuple[int, ...]

    @property
    def differences(self) -> tuple[int, ...]:
        """Each scenario's fee minus the baseline's, in đồng."""
        return tuple(fee - self.baseline for fee in self.fees)


@final
@attrs.frozen
class ScenarioTable:
    """Fees by group, a column per scenario; the rows add up to :meth:`total`.

    Attributes:
        by: the keys grouped by.
        names: the scenarios, in the order of each row's ``fees``.
        rows: one row per group with crossings, sorted by key.
    """

    by: tuple[str, ...]
    names: tuple[str, ...]
    rows: tuple[ScenarioRow, ...]

    def __iter__(self) -> Iterator[ScenarioRow]:
        return iter(self.rows)

    def __len__(self) -> int:
        return len(self.rows)

    def __repr__(self) -> str:
        total = self.total()
        changes = ", ".join(
            f"{name} {difference:+d}"
            for name, difference in zip(self.names, total.differences, strict=True)
        )
        return (
            f"<ScenarioTable by {', '.join(self.by)}: {len(self.rows)} rows, "
            f"{total.crossings} crossings, baseline {total.baseline} đồng; {changes} đồng>"
        )

    def total(self) -> ScenarioRow:
        """Every row added up."""
        return ScenarioRow(
            key=(),
            crossings=sum(row.crossings for row in self.rows),
            baseline=sum(row.baseline for row in self.rows),
            fees=tuple(sum(row.fees[at] for row in self.rows) for at in range(len(self.names))),
        )

    def to_frame(self, *, exact: bool = False) -> Any:  # noqa: ANN401 - a pandas DataFrame
        """A pandas DataFrame of the keys, ``crossings`` and the fees in đồng.

        The fee columns are ``baseline_dong`` and, per scenario, ``<name>_dong``
        and ``<name>_difference_dong``: float64, or Decimal with ``exact=True``.
        """
        columns: dict[str, list[Any]] = {
            name: [row.key[at] for row in self.rows] for at, name in enumerate(self.by)
        }
        columns["crossings"] = [row.crossings for row in self.rows]
        values = {"baseline": [row.baseline for row in self.rows]}
        for at, name in enumerate(self.names):
            values[name] = [row.fees[at] for row in self.rows]
            values[f"{name}_difference"] = [row.differences[at] for row in self.rows]
        return _frame(columns, values, exact=exact)


def _scenarios(value: object) -> tuple[FeeScenario, ...]:
    scenarios = items_of(FeeScenario, "scenarios", value)
    if not scenarios:
        raise InvalidValueError("compare_scenarios needs at least one scenario")
    names = [scenario.name for scenario in scenarios]
    for name in names:
        if names.count(name) > 1:
            raise InvalidValueError(f"two scenarios are called {name!r}")
    for scenario in scenarios[1:]:
        if scenario.baseline != scenarios[0].baseline:
            raise InvalidValueError(
                f"scenario {scenario.name!r} has another baseline than {scenarios[0].name!r}: "
                "scenarios are compared over one baseline"
            )
    return scenarios


def compare_scenarios(
    crossings: object, scenarios: Sequence[FeeScenario], *, by: Sequence[str] = ("gate",)
) -> ScenarioTable:
    """The fees of ``crossings`` under the baseline and each scenario, added up by ``by``.

    ``by`` holds keys among :data:`dongdang.fees.comparison.KEYS`.

    Raises:
        InvalidTypeError: ``scenarios`` is not a sequence of FeeScenario.
        InvalidValueError: no scenario, two with one name, scenarios with
            different baselines, or a key that is not known (or ``"gate"``
            without a gate column); and what
            :meth:`~dongdang.fees.schedule.FeeSchedule.assess_many` raises.
    """
    chosen = _scenarios(scenarios)
    keys = (by,) if isinstance(by, str) else tuple(by)
    for key in keys:
        if key not in KEYS:
            raise InvalidValueError(f"unknown key {key!r}: the keys are {', '.join(KEYS)}")
    baseline = chosen[0].baseline
    columns = columns_of(crossings, COLUMNS, "compare_scenarios")
    rows = read_rows(columns)

    def fees(schedule: FeeSchedule) -> npt.NDArray[np.int64]:
        return assess_columns(schedule, None, schedule._cache, rows)  # noqa: SLF001

    base = fees(baseline)
    columns_by_scenario = [fees(scenario.schedule) for scenario in chosen]
    comparison = FeeComparison(columns, baseline, baseline, base, base)
    table = tuple(
        ScenarioRow(key=key, crossings=count, baseline=sums[0], fees=tuple(sums[1:]))
        for key, count, sums in comparison.groups(keys, base, *columns_by_scenario)
    )
    return ScenarioTable(by=keys, names=tuple(scenario.name for scenario in chosen), rows=table)
