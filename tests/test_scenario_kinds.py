"""One scenario mechanism for fees, trade, disbursement and land: dated changes, one table."""

from __future__ import annotations

import datetime as dt
import pickle
from decimal import Decimal
from fractions import Fraction
from typing import Any

import numpy as np
import pytest
from dateutil.relativedelta import relativedelta
from hypothesis import given
from hypothesis import strategies as st

from dongdang import Qualifier, amount
from dongdang.data import seed_capital_plan
from dongdang.errors import (
    InvalidTypeError,
    InvalidValueError,
    NotInForceError,
    UnitMismatchError,
    UnknownCodeError,
)
from dongdang.fees.reforms import Reform, SetCap
from dongdang.periods import Period
from dongdang.projections import disbursement_pace
from dongdang.scenarios import (
    ChangeLand,
    DisbursementOutlook,
    FeeScenario,
    RevisePlan,
    Scenario,
    SetGrowth,
    SetPace,
    compare_scenarios,
)
from dongdang.trade.flows import Direction
from dongdang.trade.ledger import TradeLedger
from dongdang.trade.scenarios import TradeScenario, next_year
from dongdang.zoning import LandBudget, lang_son_plans
from fee_tables import USER, columns_of
from strategies import SCENARIO_GATES, assume, crossing_rows, flow, flows_2023, round_cents
from strategies import scenario_rates as rates

GATES = list(SCENARIO_GATES)
AS_OF = dt.date(2020, 5, 25)
PLAN = seed_capital_plan()


FLAT = TradeScenario(name="flat", base=Period.year(2023), assumptions=[assume(0)])


def growth(rate: object, start: dt.date = dt.date(2024, 1, 1), **scope: Any) -> SetGrowth:
    return SetGrowth(
        id="g",
        start=start,
        vi="Tăng trưởng",
        en="Growth",
        assumptions=[assume(rate, **scope)],
    )


def plan_2030() -> LandBudget:
    return lang_son_plans().plan("kkt-dong-dang").version("to-2030").budget(2030)


def land(**changes: Any) -> ChangeLand:
    return ChangeLand(id="l", start=dt.date(2026, 1, 1), vi="Đất", en="Land", **changes)


def pace(per_month: object, start: dt.date = dt.date(2020, 7, 1)) -> SetPace:
    return SetPace(id="p", start=start, vi="Nhịp độ", en="Pace", per_month=per_month)


def revise(value: object, start: dt.date = dt.date(2020, 8, 1)) -> RevisePlan:
    return RevisePlan(id="2020-dc", start=start, vi="Điều chỉnh", en="Adjusted", amount=value)


# -- fees: the same mechanism -------------------------------------------------------------------


@given(st.lists(crossing_rows(), min_size=1, max_size=20), st.data())
def test_a_fee_scenario_is_a_scenario_of_reforms(rows: list[dict[str, Any]], data: Any) -> None:
    columns = columns_of(rows)
    columns["gate"] = np.array([data.draw(st.sampled_from(GATES)) for _ in rows])
    reform = Reform(
        id="cap", start=dt.date(2025, 3, 1), vi="Trần", en="Cap", changes=[SetCap(amount=10**6)]
    )
    general = Scenario(name="cap", baseline=USER, changes=[reform])
    fee = FeeScenario(name="cap", baseline=USER, reforms=[reform])
    assert isinstance(fee, Scenario)
    assert fee.schedule == general.result
    assert fee.reforms == general.changes == (reform,)
    assert compare_scenarios(columns, [general]) == compare_scenarios(columns, [fee])


# -- trade --------------------------------------------------------------------------------------


@given(flows_2023, rates, rates, st.integers(1, 12))
def test_trade_scenarios_side_by_side_add_up_across_gates_to_the_totals(
    items: list[Any], exports: Decimal, later: Decimal, month: int
) -> None:
    ledger = TradeLedger(items)
    start = dt.date(2024, month, 1)
    up = Scenario(name="up", baseline=FLAT, changes=[growth(exports, direction="export")])
    dated = Scenario(
        name="dated",
        baseline=FLAT,
        changes=[growth(exports, direction="export"), growth(later, start, direction="export")],
    )
    table = compare_scenarios(ledger, [up, dated])
    assert table.by == ("gate",)
    assert (table.unit, table.counted) == ("USD", "flows")
    expected: dict[str, list[Fraction]] = {}
    for item in items:
        value = Fraction(item.value.magnitude)
        rate = exports if item.direction is Direction.EXPORT else 0
        rate_dated = rate
        if item.direction is Direction.EXPORT and next_year(item.period).start >= start:
            rate_dated = later
        sums = expected.setdefault(item.gate, [Fraction(0)] * 3)
        sums[0] += value
        sums[1] += round_cents(value * (1 + Fraction(rate)))
        sums[2] += round_cents(value * (1 + Fraction(rate_dated)))
    assert [row.key[0] for row in table] == sorted(expected)
    for row in table:
        assert [row.baseline, *row.values] == expected[row.key[0]]
    total = table.total()
    assert total.count == len(items)
    assert total.baseline == Fraction(ledger.total().magnitude)
    for at, scenario in enumerate([up, dated]):
        projected = scenario.result.projected(ledger)
        assert total.values[at] == Fraction(projected.total().magnitude)
        assert sum(row.differences[at] for row in table) == total.differences[at]


def test_a_growth_change_replaces_the_assumption_of_the_same_flows_and_says_so() -> None:
    change = growth(Decimal("0.1"))
    twice = change.apply(change.apply(FLAT))
    assert twice.name == "flat+g+g"
    assert [(item.rate, item.start) for item in twice.assumptions] == [
        (0, None),
        (Decimal("0.1"), dt.date(2024, 1, 1)),
    ]
    assert change.describe() == "Kịch bản g từ ngày 01/01/2024: Tăng trưởng"
    assert change.describe("en") == "Scenario g from 1 January 2024: Growth"
    scenario = Scenario(name="g", baseline=FLAT, changes=[change])
    assert repr(scenario) == "<Scenario g: 1 change on trade of 2023>"
    assert scenario.describe("en") == "Scenario g:\n- Scenario g from 1 January 2024: Growth"
    assert Scenario(name="none", baseline=FLAT).describe() == (
        "Kịch bản none: giữ nguyên quy định hiện hành"
    )
    ledger = TradeLedger([flow(100, "export", Period.month(2023, 5), gate="chi-ma")])
    table = compare_scenarios(ledger, [scenario], by=["direction", "measure"])
    assert [row.key for row in table] == [("export", "customs")]
    assert repr(table) == (
        "<ScenarioTable by direction, measure: 1 rows, 1 flows, baseline 100 USD; g +10 USD>"
    )
    frame = table.to_frame()
    assert list(frame.columns) == [
        "direction",
        "measure",
        "flows",
        "baseline_usd",
        "g_usd",
        "g_difference_usd",
    ]
    assert table.to_frame(exact=True)["g_usd"].tolist() == [Fraction(110)]


# -- disbursement -------------------------------------------------------------------------------

days_of_2020 = st.integers(0, 365)


@given(day=days_of_2020, share=st.decimals(min_value="0.05", max_value="1.5", places=2))
def test_at_the_pace_needed_the_plan_is_reached_exactly_and_each_month_holds_the_pace(
    day: int, share: Decimal
) -> None:
    plan = PLAN
    as_of = dt.date(2020, 5, 25) + dt.timedelta(days=day % 250)
    outlook = DisbursementOutlook(plan=plan, as_of=as_of, share=share)
    needed = disbursement_pace(plan, as_of, share=share)
    done = needed.target - needed.remaining
    amounts = outlook.amounts()
    assert amounts[0] == (Period(start=dt.date(2020, 1, 1), end=as_of), done)
    if needed.remaining <= 0:  # reached already: nothing more is needed, nothing taken back
        assert outlook.projected == needed.amount(done)
        assert {value for _, value in amounts[1:]} == {0}
        return
    # done + pace × remaining = target, in the table as in the projection.
    assert outlook.projected == needed.amount(needed.target)
    assert sum(value for _, value in amounts) == needed.target
    # Months are counted from the day after as_of, as the months remaining are.
    first = as_of + dt.timedelta(days=1)
    for months, (period, value) in enumerate(amounts[1:-1]):
        assert period.start == first + relativedelta(months=months)
        assert value == needed.per_month
    last_period, last = amounts[-1]
    assert last_period.end == dt.date(2021, 1, 31)
    whole = len(amounts) - 2
    assert last == needed.per_month * (needed.months_remaining - whole)


@given(day=days_of_2020)
def test_at_the_pace_so_far_the_year_ends_where_that_pace_leads(day: int) -> None:
    plan = PLAN
    as_of = dt.date(2020, 5, 25) + dt.timedelta(days=day % 250)
    pace_now = disbursement_pace(plan, as_of)
    outlook = DisbursementOutlook(plan=plan, as_of=as_of)
    total = sum(value for _, value in outlook.amounts())
    assert (
        total
        == pace_now.target - pace_now.remaining + pace_now.pace_so_far * pace_now.months_remaining
    )


def test_a_pace_from_a_date_and_a_revised_plan_side_by_side() -> None:
    plan = PLAN
    so_far = DisbursementOutlook(plan=plan, as_of=AS_OF)
    faster = Scenario(name="faster", baseline=so_far, changes=[pace(amount(10, "billion_VND"))])
    cut = Scenario(name="cut", baseline=so_far, changes=[revise(90_000)])
    table = compare_scenarios(None, [faster, cut])
    assert table.by == ("period",)
    assert (table.unit, table.counted) == ("million_VND", None)
    keys = [row.key[0] for row in table]
    assert keys[:3] == ["2020-01-01/2020-05-25", "2020-05-26/2020-06-25", "2020-06-26/2020-07-25"]
    assert keys[-1] == "2021-01-26/2021-01-31"
    pace_so_far = disbursement_pace(plan, AS_OF).pace_so_far
    rows = list(table)
    assert rows[1].values == (pace_so_far, pace_so_far)
    # 26/6–25/7: 5 days at the pace so far, then 25 days at 10.000 triệu đồng a month.
    assert rows[2].values[0] == pace_so_far * Fraction(5, 30) + 10_000 * Fraction(25, 30)
    assert [row.values[0] for row in rows[3:-1]] == [10_000] * 6
    # Revising the plan changes nothing at the pace so far.
    assert table.total().differences[1] == 0
    assert repr(table).startswith(
        "<ScenarioTable by period: 10 rows, baseline 113919.17 million_VND"
    )
    assert list(table.to_frame().columns)[:2] == ["period", "baseline_million_vnd"]


def test_a_revised_plan_changes_the_pace_needed_from_its_date() -> None:
    plan = PLAN
    needed = DisbursementOutlook(plan=plan, as_of=AS_OF, share=1)
    cut = Scenario(name="cut", baseline=needed, changes=[revise(amount(90, "billion_VND"))])
    assert cut.result.plan.total(dt.date(2020, 8, 1)) == amount(90_000, "million_VND")
    table = compare_scenarios(None, [cut])
    assert table.total().baseline == 102_681
    assert table.total().values == (90_000,)
    rows = list(table)
    before = disbursement_pace(plan, AS_OF).per_month
    assert rows[1].values[0] == before
    # From 1/8 the pace needed is what is left of the 90.000 over what is left of the time.
    assert rows[-2].values[0] < before
    assert repr(needed) == (
        "<DisbursementOutlook bql-kktck-dong-dang-lang-son-2020 from 2020-05-25 to 2021-01-31: "
        "pace needed for 1, 0 paces set>"
    )
    assert repr(cut) == (
        "<Scenario cut: 1 change on the capital plan bql-kktck-dong-dang-lang-son-2020>"
    )


# -- land ---------------------------------------------------------------------------------------


@given(st.data(), st.integers(min_value=-1000, max_value=1000))
def test_land_scenarios_beside_the_plan_add_up_to_the_allocated_land(
    data: st.DataObject, hectares: int
) -> None:
    budget = plan_2030()
    codes = list(budget.codes)
    source = data.draw(st.sampled_from(codes))
    target = data.draw(st.sampled_from([code for code in codes if code != source]))
    moved = min(hectares, int(budget.allocation(source).area.hectares))
    moved = max(moved, -int(budget.allocation(target).area.hectares))
    move = Scenario(
        name="move", baseline=budget, changes=[land(by={source: -moved, target: moved})]
    )
    table = compare_scenarios(None, [move])
    assert [row.key[0] for row in table] == codes
    assert table.total().baseline == Fraction(budget.allocated.magnitude)
    assert table.total().values == (table.total().baseline,)
    for row in table:
        after = move.result.allocation(row.key[0]).area
        assert row.values[0] == Fraction(after.hectares)
        assert after.qualifier is budget.allocation(row.key[0]).area.qualifier
        expected = {source: -moved, target: moved}.get(row.key[0], 0)
        assert row.differences[0] == expected


def test_land_scenarios_say_what_they_change_and_become_a_frame() -> None:
    budget = plan_2030()
    civil = Scenario(
        name="civil", baseline=budget, changes=[land(by=None, hectares={"non-tariff": 1000})]
    )
    assert civil.result.allocation("non-tariff").area.format() == "1.000 ha"
    assert civil.result.allocation("tariff-civil").area.qualifier is Qualifier.ABOUT
    assert civil.describe() == "Kịch bản civil:\n- Kịch bản l từ ngày 01/01/2026: Đất"
    assert repr(civil) == "<Scenario civil: 1 change on the land budget of 2030>"
    table = compare_scenarios(None, [civil])
    assert table.by == ("class",)
    frame = table.to_frame()
    assert list(frame.columns) == ["class", "baseline_ha", "civil_ha", "civil_difference_ha"]
    assert frame["civil_difference_ha"].tolist() == [-350.0, 0.0, 0.0, 0.0]


def test_scenarios_pickle_and_compare_by_value() -> None:
    budget = plan_2030()
    civil = Scenario(name="civil", baseline=budget, changes=[land(by={"non-tariff": -1})])
    fee = FeeScenario(name="none", baseline=USER)
    for scenario in (civil, fee):
        copy = pickle.loads(pickle.dumps(scenario))  # noqa: S301 - our own object
        assert copy == scenario
        assert copy.result == scenario.result


# -- bad inputs ---------------------------------------------------------------------------------

OTHER_PLAN = Scenario(name="other", baseline=plan_2030().with_areas(by={"non-tariff": -1}))
BAD: list[tuple[Any, type[Exception], str]] = [
    (lambda: Scenario(name="x", baseline="plan"), InvalidTypeError, "'plan'"),
    (lambda: Scenario(name="", baseline=FLAT), InvalidValueError, "''"),
    (lambda: Scenario(name="x", baseline=FLAT, changes="g"), InvalidTypeError, "'g'"),
    (
        lambda: Scenario(name="x", baseline=plan_2030(), changes=[growth(0)]),
        InvalidTypeError,
        "SetGrowth",
    ),
    (
        lambda: Scenario(name="x", baseline=FLAT, changes=[growth(0)]).describe("fr"),
        InvalidValueError,
        "'fr'",
    ),
    (
        lambda: compare_scenarios(None, [Scenario(name="x", baseline=FLAT)]),
        InvalidTypeError,
        "None",
    ),
    (
        lambda: compare_scenarios(
            TradeLedger([flow(1, "export", Period.month(2023, 1))]),
            [Scenario(name="x", baseline=FLAT)],
            by="hs",
        ),
        InvalidValueError,
        "'hs'",
    ),
    (
        lambda: compare_scenarios(None, [Scenario(name="x", baseline=plan_2030())], by=[]),
        InvalidValueError,
        "class",
    ),
    (
        lambda: compare_scenarios(None, [Scenario(name="x", baseline=plan_2030()), OTHER_PLAN]),
        InvalidValueError,
        "'other'",
    ),
    (lambda: growth(0, dt.date(2025, 1, 1)).apply(FLAT), InvalidValueError, "2025-01-01"),
    (
        lambda: SetGrowth(id="g", start=dt.date(2024, 1, 1), vi="a", en="b", assumptions=[]),
        InvalidValueError,
        "at least one",
    ),
    (lambda: growth(0, dt.datetime(2024, 1, 1)), InvalidTypeError, "got 2024-01-01 00:00:00"),  # noqa: DTZ001
    (lambda: assume(0, start="2024"), InvalidTypeError, "'2024'"),
    (lambda: pace(-1), InvalidValueError, "-1"),
    (
        lambda: pace(amount(-1, "billion_VND")).apply(DisbursementOutlook(plan=PLAN, as_of=AS_OF)),
        InvalidValueError,
        "-1 billion_VND",
    ),
    (lambda: pace("fast"), InvalidTypeError, "'fast'"),
    (
        lambda: pace(amount(1, "ha")).apply(
            DisbursementOutlook(plan=seed_capital_plan(), as_of=AS_OF)
        ),
        UnitMismatchError,
        "1 hectare",
    ),
    (
        lambda: revise(1, dt.date(2020, 5, 1)).apply(
            DisbursementOutlook(plan=seed_capital_plan(), as_of=AS_OF)
        ),
        InvalidValueError,
        "2020-05-01",
    ),
    (lambda: DisbursementOutlook(plan="plan", as_of=AS_OF), InvalidTypeError, "'plan'"),
    (
        lambda: DisbursementOutlook(plan=seed_capital_plan(), as_of=dt.date(2021, 1, 31)),
        InvalidValueError,
        "2021-01-31",
    ),
    (
        lambda: DisbursementOutlook(plan=seed_capital_plan(), as_of=dt.date(2020, 1, 5)),
        NotInForceError,
        "2020-01-05",
    ),
    (
        lambda: DisbursementOutlook(plan=seed_capital_plan(), as_of=AS_OF, share=0),
        InvalidValueError,
        "0",
    ),
    (
        lambda: DisbursementOutlook(plan=PLAN, as_of=AS_OF, paces=[(AS_OF, 1)]),
        InvalidTypeError,
        "(datetime.date(2020, 5, 25), 1)",
    ),
    (lambda: land(by=["non-tariff"]), InvalidTypeError, "['non-tariff']"),
    (lambda: land(by={"airport": 1}).apply(plan_2030()), UnknownCodeError, "'airport'"),
    (
        lambda: ChangeLand(id="l", start=dt.date(2031, 1, 1), vi="a", en="b", by={"x": 1}).apply(
            plan_2030()
        ),
        InvalidValueError,
        "2031-01-01",
    ),
]


@pytest.mark.parametrize(("make", "error", "named"), BAD)
def test_bad_inputs_are_refused_with_their_value_named(
    make: Any, error: type[Exception], named: str
) -> None:
    with pytest.raises(error) as raised:
        make()
    assert named in str(raised.value)
