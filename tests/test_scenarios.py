"""Named fee scenarios compared side by side over one baseline."""

from __future__ import annotations

import datetime as dt
import decimal
from decimal import Decimal
from fractions import Fraction
from typing import Any

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from dongdang.errors import InvalidTypeError, InvalidValueError
from dongdang.fees import FeeSchedule
from dongdang.fees.comparison import compare
from dongdang.fees.reforms import Reform, SetCap, SetCoefficient, SetSplit
from dongdang.scenarios import FeeScenario, ScenarioRow, ScenarioTable, compare_scenarios
from fee_tables import USER, columns_of
from strategies import crossing_rows

GATES = ["huu-nghi", "tan-thanh", "coc-nam"]


def reform(id_: str, *changes: Any, start: dt.date = dt.date(2025, 3, 1)) -> Reform:
    return Reform(id=id_, start=start, vi=f"Kịch bản {id_}", en=f"Scenario {id_}", changes=changes)


CAP = FeeScenario(name="cap", baseline=USER, reforms=[reform("cap", SetCap(amount=2_000_000))])
YARD = FeeScenario(
    name="yard",
    baseline=USER,
    reforms=[
        reform("yard", SetCoefficient(id="yard_only", factor=Decimal("0.5"))),
        reform("split", SetSplit(collector=Decimal("0.2")), start=dt.date(2025, 6, 1)),
    ],
)


@given(st.lists(crossing_rows(), min_size=1, max_size=30), st.data())
def test_side_by_side_columns_equal_each_comparison_and_add_up(
    rows: list[dict[str, Any]], data: st.DataObject
) -> None:
    columns = columns_of(rows)
    columns["gate"] = np.array([data.draw(st.sampled_from(GATES)) for _ in rows])
    table = compare_scenarios(columns, [CAP, YARD], by=["gate", "month"])
    for at, scenario in enumerate([CAP, YARD]):
        alone = compare(columns, USER, scenario.schedule).by("gate", "month")
        assert [(row.key, row.crossings, row.baseline) for row in alone] == [
            (row.key, row.crossings, row.baseline) for row in table
        ]
        assert [row.reform for row in alone] == [row.fees[at] for row in table]
        assert [row.difference for row in alone] == [row.differences[at] for row in table]
    total = table.total()
    assert total.crossings == len(rows)
    assert total.baseline == int(USER.assess_many(columns).sum())
    assert total.fees == (
        int(CAP.schedule.assess_many(columns).sum()),
        int(YARD.schedule.assess_many(columns).sum()),
    )


def test_a_scenario_applies_its_reforms_in_order_once() -> None:
    schedule = YARD.schedule
    assert schedule is YARD.schedule
    assert [version.id for version in schedule.versions] == [
        "2024",
        "2025",
        "2025+yard",
        "2025+yard+split",
    ]
    assert FeeScenario(name="none", baseline=USER).schedule is USER


def test_a_scenario_says_what_it_changes() -> None:
    assert YARD.describe() == (
        "Kịch bản yard:\n"
        "- Kịch bản yard từ ngày 01/03/2025: Kịch bản yard\n"
        "- Kịch bản split từ ngày 01/06/2025: Kịch bản split"
    )
    assert CAP.describe("en") == "Scenario cap:\n- Scenario cap from 1 March 2025: Scenario cap"
    assert FeeScenario(name="none", baseline=USER).describe() == (
        "Kịch bản none: giữ nguyên quy định hiện hành"
    )
    assert FeeScenario(name="none", baseline=USER).describe("en") == (
        "Scenario none: the rules on record"
    )
    assert repr(YARD) == "<FeeScenario yard: 2 reforms on 'a user table'>"
    unnamed = FeeScenario(name="x", baseline=FeeSchedule(versions=USER.versions))
    assert repr(unnamed) == "<FeeScenario x: 0 reforms on 'a fee schedule'>"


def test_the_table_becomes_a_frame_with_units_in_the_names_and_a_short_repr() -> None:
    rows = [{"date": dt.date(2025, 8, 1), "container": "40ft", "regime": "export", "goods": "ore"}]
    columns = columns_of(rows)
    columns["gate"] = np.array(["huu-nghi"])
    table = compare_scenarios(columns, [CAP, YARD], by="gate")
    assert len(table) == 1
    assert repr(table) == (
        "<ScenarioTable by gate: 1 rows, 1 crossings, baseline 5000000 đồng; "
        "cap -3000000, yard +0 đồng>"
    )
    frame = table.to_frame()
    assert list(frame.columns) == [
        "gate",
        "crossings",
        "baseline_dong",
        "cap_dong",
        "cap_difference_dong",
        "yard_dong",
        "yard_difference_dong",
    ]
    assert frame["cap_difference_dong"].dtype == np.float64
    assert frame["cap_difference_dong"].tolist() == [-3_000_000.0]
    assert table.to_frame(exact=True)["cap_dong"].tolist() == [Decimal(2_000_000)]


OTHER = FeeScenario(name="other", baseline=CAP.schedule)
BAD: list[tuple[Any, type[Exception], str]] = [
    (lambda: FeeScenario(name="", baseline=USER), InvalidValueError, "''"),
    (lambda: FeeScenario(name="a", baseline="USER"), InvalidTypeError, "'USER'"),
    (lambda: FeeScenario(name="a", baseline=USER, reforms="cap"), InvalidTypeError, "'cap'"),
    (lambda: FeeScenario(name="a", baseline=USER, reforms=[1]), InvalidTypeError, "1"),
    (lambda: CAP.describe("fr"), InvalidValueError, "'fr'"),
    (lambda: compare_scenarios({}, []), InvalidValueError, "at least one scenario"),
    (lambda: compare_scenarios({}, "cap"), InvalidTypeError, "'cap'"),  # type: ignore[arg-type]
    (lambda: compare_scenarios({}, [CAP, "x"]), InvalidTypeError, "'x'"),  # type: ignore[list-item]
    (lambda: compare_scenarios({}, [CAP, CAP]), InvalidValueError, "'cap'"),
    (lambda: compare_scenarios({}, [CAP, OTHER]), InvalidValueError, "'other'"),
    (lambda: compare_scenarios({}, [CAP], by=["week"]), InvalidValueError, "'week'"),
]


@pytest.mark.parametrize(("make", "error", "named"), BAD)
def test_bad_inputs_are_refused_with_their_value_named(
    make: Any, error: type[Exception], named: str
) -> None:
    with pytest.raises(error) as raised:
        make()
    assert named in str(raised.value)


@pytest.mark.parametrize(
    ("amount", "shown"),
    [
        (Fraction("2.125"), "2.13"),  # half up, as reports round (half-even gave 2.12)
        (Fraction("-2.125"), "-2.13"),
        (Fraction("1234567890123456789012345678.5"), "1234567890123456789012345678.5"),
        (Fraction(2, 3), "0.67"),
        (Fraction(5), "5"),
    ],
)
def test_the_short_repr_rounds_half_up_whatever_the_callers_context(
    amount: Fraction, shown: str
) -> None:
    row = ScenarioRow(key=("x",), count=None, baseline=amount, values=(amount,))
    table = ScenarioTable(by=("gate",), names=("same",), rows=(row,), unit="USD", counted=None)
    expected = f"<ScenarioTable by gate: 1 rows, baseline {shown} USD; same +0 USD>"
    assert repr(table) == expected
    with decimal.localcontext() as context:
        context.prec, context.rounding = 5, decimal.ROUND_FLOOR
        assert repr(table) == expected
