"""The table of a comparison: a row per group, the baseline beside each scenario."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast, final

import attrs

from dongdang._decimal import round_half_up, tidy
from dongdang._frames import FrameColumns
from dongdang.scenarios._values import Amount, _decimal

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator


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
    text = f"{tidy(round_half_up(_decimal(value), 2)):f}"  # as reports round, in any context
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
