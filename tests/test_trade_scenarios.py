"""Trade scenarios: growth assumptions on a base period, a projected ledger, contributions."""

from __future__ import annotations

import datetime as dt
import pickle
from decimal import Decimal
from fractions import Fraction
from typing import Any

import pytest
from hypothesis import given

from dongdang.errors import InvalidTypeError, InvalidValueError, UnknownCodeError
from dongdang.periods import Period
from dongdang.trade.flows import Direction
from dongdang.trade.ledger import TradeLedger
from dongdang.trade.scenarios import GrowthAssumption, TradeScenario, next_year
from strategies import SCENARIO_GATES, assume, flow, flows_2023, round_cents
from strategies import scenario_rates as rates

GATES = list(SCENARIO_GATES)


@given(flows_2023, rates, rates, rates)
def test_each_flow_grows_by_the_most_specific_assumption_and_contributions_add_up(
    items: list[Any], everything: Decimal, exports: Decimal, huu_nghi_exports: Decimal
) -> None:
    ledger = TradeLedger(items)
    scenario = TradeScenario(
        name="s",
        base=Period.year(2023),
        assumptions=[
            assume(everything),
            assume(exports, direction="export"),
            assume(huu_nghi_exports, direction="export", gate="huu-nghi"),
        ],
    )
    projected = scenario.project(ledger)
    expected: dict[tuple[str | None, Period], Fraction] = {}
    for item in items:
        rate = everything
        if item.direction is Direction.EXPORT:
            rate = huu_nghi_exports if item.gate == "huu-nghi" else exports
        key = (item.gate, next_year(item.period))
        grown = round_cents(Fraction(item.value.magnitude) * (1 + Fraction(rate)))
        expected[key] = expected.get(key, Fraction(0)) + grown
    target = projected.filter(period=Period.year(2024))
    assert len(target) == len(items)
    assert all(item.estimated and item.note == "kịch bản s" for item in target)
    for (gate, period), value in expected.items():
        total = target.total(period=period, gate=gate).magnitude
        assert Fraction(total) == value
    assert len(projected.filter(period=Period.year(2023))) == len(items)
    breakdown = scenario.contributions(ledger, by="gate")
    if breakdown.total.rate is not None:
        assert abs(breakdown.contributions() - breakdown.total.rate) < Decimal("1e-25")


def test_the_seed_2021_exports_grown_15_percent_contribute_their_share() -> None:
    from dongdang.trade import seed_trade_ledger  # noqa: PLC0415

    ledger = seed_trade_ledger()
    scenario = TradeScenario(
        name="xk15",
        base=Period.year(2021),
        assumptions=[assume(Decimal("0.15"), direction="export")],
    )
    breakdown = scenario.contributions(ledger, by="direction")
    base = ledger.filter(period=Period.year(2021))
    exports = Fraction(base.total(direction="export").magnitude)
    total = Fraction(base.total().magnitude)
    assert breakdown.total.rate is not None
    assert abs(Fraction(breakdown.total.rate) - exports * Fraction(15, 100) / total) < Fraction(
        1, 10**25
    )
    assert scenario.target == Period.year(2022)


def test_whole_months_stay_whole_months_a_year_later() -> None:
    assert next_year(Period.month(2023, 2)) == Period.month(2024, 2)
    assert next_year(Period.month(2024, 2)) == Period.month(2025, 2)
    day = Period.between(dt.date(2024, 2, 29), dt.date(2024, 3, 3))
    assert (next_year(day).start.day, next_year(day).end.day) == (28, 3)


def test_flows_no_assumption_matches_are_carried_unchanged() -> None:
    ledger = TradeLedger([flow(100, "import", Period.month(2023, 5), gate="chi-ma")])
    scenario = TradeScenario(
        name="x", base=Period.year(2023), assumptions=[assume(1, direction="export")]
    )
    projected = scenario.project(ledger).filter(period=Period.year(2024))
    assert Fraction(projected.total().magnitude) == 100


def test_two_assumptions_matching_a_flow_equally_are_refused_with_both_named() -> None:
    ledger = TradeLedger([flow(100, "export", Period.month(2023, 5), gate="chi-ma")])
    scenario = TradeScenario(
        name="x",
        base=Period.year(2023),
        assumptions=[assume(1, direction="export"), assume(2, gate="chi-ma")],
    )
    with pytest.raises(InvalidValueError, match=r"direction export.*gate chi-ma"):
        scenario.project(ledger)


BAD: list[tuple[Any, type[Exception], str]] = [
    (lambda: assume(-1), InvalidValueError, "-1"),
    (lambda: assume("x"), InvalidTypeError, "'x'"),
    (lambda: assume(0, direction="sideways"), UnknownCodeError, "sideways"),
    (lambda: GrowthAssumption(rate=0, vi="", en="a"), InvalidValueError, "''"),
    (
        lambda: TradeScenario(name="x", base="2023", assumptions=[assume(0)]),
        InvalidTypeError,
        "'2023'",
    ),
    (
        lambda: TradeScenario(name="x", base=Period.year(2023), assumptions=[]),
        InvalidValueError,
        "at least one",
    ),
    (
        lambda: TradeScenario(name="x", base=Period.year(2023), assumptions="a"),
        InvalidTypeError,
        "'a'",
    ),
    (
        lambda: TradeScenario(name="x", base=Period.year(2023), assumptions=[1]),
        InvalidTypeError,
        "1",
    ),
    (
        lambda: TradeScenario(name="x", base=Period.year(2023), assumptions=[assume(0), assume(1)]),
        InvalidValueError,
        "gate any, direction any, measure any",
    ),
    (
        lambda: TradeScenario(name="x", base=Period.year(2023), assumptions=[assume(0)]).project(
            "ledger"
        ),
        InvalidTypeError,
        "'ledger'",
    ),
    (
        lambda: TradeScenario(name="x", base=Period.year(2020), assumptions=[assume(0)]).project(
            TradeLedger([flow(1, "export", Period.month(2023, 1))])
        ),
        InvalidValueError,
        "base period 2020",
    ),
]


@pytest.mark.parametrize(("make", "error", "named"), BAD)
def test_bad_inputs_are_refused_with_their_value_named(
    make: Any, error: type[Exception], named: str
) -> None:
    with pytest.raises(error) as raised:
        make()
    assert named in str(raised.value)


def test_an_assumption_given_twice_is_named_by_its_flows_and_survives_pickle() -> None:
    since = dt.date(2024, 1, 1)
    with pytest.raises(InvalidValueError) as caught:
        TradeScenario(
            name="x",
            base=Period.year(2023),
            assumptions=[assume(0, start=since), assume(1, start=since)],
        )
    error = caught.value
    words = "gate any, direction any, measure any from 2024-01-01"
    assert (error.name, error.value, error.problem) == (
        "growth assumption for",
        words,
        "appears twice",
    )
    assert str(error) == f"growth assumption for {words!r} appears twice"
    again = pickle.loads(pickle.dumps(error))  # noqa: S301 - our own object
    assert (str(again), vars(again)) == (str(error), vars(error))
