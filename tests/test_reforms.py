"""Fee reforms and their comparison with the baseline over the same crossings.

Expected fees under a reform are derived here from the baseline's own
explanation (the rate and coefficients each row used), with Fractions, never
read back from the reformed schedule.
"""

from __future__ import annotations

import datetime as dt
import math
from decimal import Decimal
from fractions import Fraction
from typing import Any

import numpy as np
import pandas as pd  # type: ignore[import-untyped]
import polars as pl
import pyarrow as pa  # type: ignore[import-untyped]
import pytest
from hypothesis import given
from hypothesis import strategies as st

from dongdang.errors import (
    DongDangError,
    InvalidTypeError,
    InvalidValueError,
    RateNotFoundError,
    UnknownCodeError,
)
from dongdang.fees import Crossing, FeeSchedule, lang_son_fee_schedule
from dongdang.fees.comparison import KEYS, compare
from dongdang.fees.reforms import Reform, ScaleRate, SetCap, SetCoefficient, SetRate, SetSplit
from dongdang.legal import LegalKind, LegalReference
from fee_tables import BRACKETS, GOODS, REGIMES, USER, columns_of, expected_single
from strategies import crossing_rows

START = dt.date(2025, 7, 1)
GATES = ["huu-nghi", "tan-thanh", "coc-nam", "chi-ma"]


def reform(*changes: Any, start: dt.date = START, **fields: Any) -> Reform:
    return Reform(
        id="test",
        start=start,
        vi="Kịch bản thử",
        en="A test scenario",
        changes=list(changes),
        **fields,
    )


def half_up(value: Fraction) -> int:
    return math.floor(value + Fraction(1, 2))


def with_gates(rows: list[dict[str, Any]], gates: list[str]) -> dict[str, Any]:
    columns = columns_of(rows)
    columns["gate"] = np.array(gates, dtype=str)
    return columns


single_rows = crossing_rows(goods=GOODS).filter(lambda row: "+" not in row["goods"])
rate_rows = st.sampled_from(
    [(vehicle, regime, None) for vehicle in [*BRACKETS, "20ft", "40ft"] for regime in REGIMES]
    + [
        ("[0, 2)", "export", "fresh_produce"),
        ("40ft", "export", "ore"),
        ("[2, 5]", "export", "ore"),
        ("40ft", "temporary_import_reexport", "fruit"),
        ("(5, 10.5)", "import", "fruit"),
    ]
)


# -- deriving a reform -------------------------------------------------------------


def test_a_reform_is_a_new_dated_version_and_the_baseline_is_untouched() -> None:
    baseline = lang_son_fee_schedule()
    before = [(version.id, version.end, version.rates) for version in baseline.versions]
    changed = reform(
        ScaleRate(vehicle="[0, 2)", regime="export", goods="fresh_produce", factor=Decimal("1.2")),
        start=dt.date(2026, 1, 1),
    ).apply(baseline)
    assert [(v.id, v.end, v.rates) for v in baseline.versions] == before
    old, new = changed.versions[-2:]
    assert (old.id, old.end) == ("09/2025", dt.date(2025, 12, 31))
    assert (new.id, new.start, new.end) == ("09/2025+test", dt.date(2026, 1, 1), None)
    assert new.legal == old.legal
    assert new.notes[:2] == (
        "Kịch bản test từ ngày 01/01/2026: Kịch bản thử",
        "Scenario test from 1 January 2026: A test scenario",
    )
    changed_rate = next(rate for rate in new.rates if rate.goods == "fresh_produce")
    assert (changed_rate.amount, changed_rate.source) == (120_000, "kịch bản test")


def test_an_enacted_reform_cites_its_own_legal_reference() -> None:
    enacted = LegalReference(number="12/2026/NQ-HĐND", kind=LegalKind.RESOLUTION)
    changed = reform(SetSplit(collector=Decimal("0.2")), legal=enacted).apply(USER)
    new = changed.versions[-1]
    assert new.legal == enacted
    assert new.split is not None
    assert (new.split.collector, new.split.source) == (Decimal("0.2"), enacted.cite("en"))
    assert new.notes[0].startswith(
        "Cải cách test từ ngày 01/07/2025 (Nghị quyết số 12/2026/NQ-HĐND"
    )
    assert new.notes[1].startswith("Reform test from 1 July 2025 (Resolution 12/2026/NQ-HĐND")


def test_a_reform_starting_on_a_version_start_changes_it_and_every_later_version() -> None:
    changed = reform(SetCap(amount=None), start=dt.date(2024, 1, 1)).apply(USER)
    assert [version.id for version in changed.versions] == ["2024+test", "2025+test"]
    assert all(version.cap is None for version in changed.versions)
    assert [version.start for version in changed.versions] == [
        version.start for version in USER.versions
    ]


def test_a_reform_leaves_versions_ended_before_it_alone() -> None:
    changed = reform(SetCoefficient(id="yard_only", factor=Decimal("0.5"))).apply(USER)
    assert changed.versions[0] == USER.versions[0]
    assert changed.versions[1].end == START - dt.timedelta(days=1)
    factors = {c.id: c.factor for c in changed.versions[2].coefficients}
    assert factors["yard_only"] == Decimal("0.5")
    assert factors["ore_export"] == 5


def test_set_rate_adds_a_row_the_version_lacks() -> None:
    baseline = lang_son_fee_schedule()
    crossing = Crossing(date=dt.date(2026, 1, 5), payload=3, regime="import", goods="fruit")
    with pytest.raises(RateNotFoundError):
        baseline.assess(crossing)
    added = SetRate(vehicle="[2, 5)", regime="import", amount=250_000)
    changed = reform(added, start=dt.date(2026, 1, 1)).apply(baseline)
    assert changed.assess(crossing).fee == 250_000
    assert added.describe() == "rate of payload [2, 5) × import × any goods set to 250000 đồng"


def test_each_change_says_what_it_does() -> None:
    assert ScaleRate(vehicle="40ft", regime="export", factor=2).describe() == (
        "rate of 40ft container × export × any goods multiplied by 2"
    )
    assert SetCoefficient(id="ore_export", factor=3).describe() == "coefficient ore_export set to 3"
    assert SetCap(amount=1).describe() == "ceiling set to 1 đồng"
    assert SetCap(amount=None).describe() == "no ceiling"
    assert SetSplit(collector=Decimal("0.2")).describe() == "collector's share set to 0.2"


# -- the properties ----------------------------------------------------------------


@given(
    st.lists(single_rows, min_size=1, max_size=30),
    rate_rows,
    st.sampled_from(["set", "scale", "coefficient"]),
)
def test_a_reform_equal_to_the_baseline_changes_nothing(
    rows: list[dict[str, Any]], row: tuple[str, str, str | None], how: str
) -> None:
    vehicle, regime, goods = row
    probe = SetRate(vehicle=vehicle, regime=regime, goods=goods, amount=0)
    current = next(
        rate.amount
        for rate in USER.versions[-1].rates
        if (rate.vehicle, rate.regime, rate.goods) == (probe.vehicle, probe.regime, goods)
    )
    change = {
        "set": SetRate(vehicle=vehicle, regime=regime, goods=goods, amount=current),
        "scale": ScaleRate(vehicle=vehicle, regime=regime, goods=goods, factor=1),
        "coefficient": SetCoefficient(id="ore_export", factor=5),
    }[how]
    comparison = compare(columns_of(rows), USER, reform(change))
    assert comparison.baseline.tolist() == [USER.assess(Crossing(**r)).fee for r in rows]
    assert comparison.reform.tolist() == comparison.baseline.tolist()
    assert not comparison.difference.any()


@given(
    st.lists(single_rows, min_size=1, max_size=30),
    rate_rows,
    st.integers(min_value=1, max_value=3_000_000),
)
def test_raising_one_rate_changes_exactly_the_rows_that_use_it_by_the_exact_amount(
    rows: list[dict[str, Any]], row: tuple[str, str, str | None], rise: int
) -> None:
    vehicle, regime, goods = row
    change = SetRate(vehicle=vehicle, regime=regime, goods=goods, amount=0)
    target = next(
        rate
        for rate in USER.versions[-1].rates
        if (rate.vehicle, rate.regime, rate.goods) == (change.vehicle, change.regime, goods)
    )
    raised = target.amount + rise
    comparison = compare(
        columns_of(rows),
        USER,
        reform(SetRate(vehicle=vehicle, regime=regime, goods=goods, amount=raised)),
    )
    for at, values in enumerate(rows):
        line = USER.assess(Crossing(**values)).charged
        uses = values["date"] >= START and line.rate == target
        if uses:
            factor = Fraction(math.prod(Fraction(c.factor) for c in line.coefficients))
            expected = min(half_up(raised * factor), 5_000_000)
        else:
            expected = line.fee
        assert comparison.reform[at] == expected
        assert comparison.difference[at] == expected - line.fee
        if not uses:
            assert comparison.difference[at] == 0


@given(
    st.lists(crossing_rows(), min_size=1, max_size=40),
    st.data(),
    st.integers(min_value=0, max_value=6_000_000),
)
def test_comparison_tables_add_up_across_gates_to_the_totals(
    rows: list[dict[str, Any]], data: st.DataObject, cap: int
) -> None:
    gates = [data.draw(st.sampled_from(GATES)) for _ in rows]
    comparison = compare(with_gates(rows, gates), USER, reform(SetCap(amount=cap)))
    total = comparison.total()
    assert total.baseline == int(comparison.baseline.sum())
    assert total.reform == int(comparison.reform.sum())
    for keys in [("gate",), ("gate", "month"), ("line", "vehicle"), KEYS]:
        table = comparison.by(*keys)
        assert table.total() == total
        assert sum(row.difference for row in table) == total.difference
    by_gate = comparison.by("gate")
    assert [row.key for row in by_gate] == [(gate,) for gate in sorted(set(gates))]
    for row in by_gate:
        mine = np.array(gates) == row.key[0]
        assert row.crossings == mine.sum()
        assert row.baseline == comparison.baseline[mine].sum()
        assert row.reform == comparison.reform[mine].sum()
    months = comparison.by("gate", "month")
    for row in by_gate:
        parts = [part for part in months if part.key[0] == row.key[0]]
        assert sum(part.reform for part in parts) == row.reform


# -- the keys ----------------------------------------------------------------------


def test_rows_are_filed_by_line_vehicle_and_month() -> None:
    rows = [
        {"date": dt.date(2025, 6, 30), "payload": 1, "regime": "export", "goods": "fruit"},
        {"date": dt.date(2025, 7, 1), "payload": 2.0, "regime": "export", "goods": "fruit"},
        {
            "date": dt.date(2025, 9, 1),
            "container": "40ft",
            "regime": "import",
            "goods": "fruit",
            "journey": "yard_only",
        },
        {"date": dt.date(2025, 9, 2), "payload": 11, "regime": "export", "goods": "fruit"},
    ]
    comparison = compare(columns_of(rows), USER, reform(SetSplit(collector=0)))
    assert [row.key for row in comparison.by("line")] == [
        ("phí ra vào cửa khẩu",),
        ("phí sang tải",),
    ]
    assert [(row.key, row.crossings) for row in comparison.by("vehicle")] == [
        (("[0, 2)",), 1),
        (("[2, 5]",), 1),
        (("[10.5, inf)",), 1),
        (("40ft",), 1),
    ]
    assert [row.key for row in comparison.by("month")] == [("2025-06",), ("2025-07",), ("2025-09",)]
    without = columns_of(rows)
    del without["journey"]
    assert [row.key for row in compare(without, USER, USER).by("line")] == [
        ("phí ra vào cửa khẩu",)
    ]


def test_a_payload_goes_to_the_first_bracket_holding_it_and_a_missing_gate_is_blank() -> None:
    baseline = lang_son_fee_schedule()
    wide = reform(SetRate(vehicle="[0, inf)", regime="import", amount=7), start=dt.date(2025, 6, 1))
    base = reform(SetRate(vehicle="[0, inf)", regime="import", amount=5), start=dt.date(2025, 6, 1))
    crossings = pd.DataFrame(
        {
            "date": pd.to_datetime(["2025-07-01", "2025-07-02"]),
            "payload": [30.0, 1.0],
            "regime": ["import", "import"],
            "goods": ["fruit", "fruit"],
            "gate": ["huu-nghi", None],
        }
    )
    comparison = compare(crossings, base.apply(baseline), wide.apply(baseline))
    assert [row.key for row in comparison.by("vehicle")] == [("[0, 2)",), ("[0, inf)",)]
    assert [row.key for row in comparison.by("gate")] == [("",), ("huu-nghi",)]
    assert comparison.total().difference == 4


@pytest.mark.parametrize("library", ["pandas", "polars", "arrow"])
def test_compare_reads_dataframes_and_tables(library: str) -> None:
    rows = [
        {"date": dt.date(2025, 8, 1), "container": "40ft", "regime": "export", "goods": "ore"},
        {"date": dt.date(2024, 8, 1), "payload": 3, "regime": "import", "goods": "timber"},
    ]
    columns = with_gates(rows, ["a", "b"])
    frame = pd.DataFrame(columns)
    table: Any = {"pandas": frame, "polars": pl.from_pandas(frame), "arrow": pa.table(columns)}[
        library
    ]
    expected = compare(columns, USER, reform(SetCap(amount=1_000_000)))
    comparison = compare(table, USER, reform(SetCap(amount=1_000_000)))
    assert comparison.reform.tolist() == expected.reform.tolist()
    assert expected.reform.tolist() == [1_000_000, expected_single(rows[1], "timber")]
    assert comparison.by("gate", "vehicle").rows == expected.by("gate", "vehicle").rows


def test_sums_beyond_float_precision_stay_exact() -> None:
    huge = 2**60 + 1
    rows = [{"date": dt.date(2025, 8, 1), "payload": 1, "regime": "import", "goods": "timber"}] * 9
    comparison = compare(
        columns_of(rows),
        USER,
        reform(SetCap(amount=None), SetRate(vehicle="[0, 2)", regime="import", amount=huge // 8)),
    )
    assert comparison.total().reform == 9 * (huge // 8)
    assert comparison.by("month").rows[0].reform == 9 * (huge // 8)


def test_an_empty_table_compares_to_nothing() -> None:
    comparison = compare(columns_of([]), USER, USER)
    assert comparison.total().crossings == 0
    assert comparison.by("month").rows == ()


def test_a_table_of_payloads_only_is_filed_by_bracket() -> None:
    rows = [{"date": dt.date(2025, 8, 1), "payload": 7, "regime": "import", "goods": "timber"}]
    columns = columns_of(rows)
    del columns["container"]
    assert [row.key for row in compare(columns, USER, USER).by("vehicle")] == [("(5, 10.5)",)]
    rows = [{"date": dt.date(2025, 8, 1), "container": "20ft", "regime": "import", "goods": "ore"}]
    columns = columns_of(rows)
    del columns["payload"]
    assert [row.key for row in compare(columns, USER, USER).by("vehicle")] == [("20ft",)]


# -- frames and reprs ----------------------------------------------------------------


def test_frames_carry_the_unit_in_the_column_names_and_decimals_when_exact() -> None:
    rows = [{"date": dt.date(2025, 8, 1), "container": "40ft", "regime": "export", "goods": "ore"}]
    comparison = compare(with_gates(rows, ["a"]), USER, reform(SetCap(amount=4_000_000)))
    frame = comparison.by("gate").to_frame()
    assert list(frame.columns) == [
        "gate",
        "crossings",
        "baseline_dong",
        "reform_dong",
        "difference_dong",
    ]
    assert frame["difference_dong"].dtype == np.float64
    assert frame["difference_dong"].tolist() == [-1_000_000.0]
    exact = comparison.by("gate").to_frame(exact=True)
    assert exact["reform_dong"].tolist() == [Decimal(4_000_000)]
    rows_frame = comparison.to_frame()
    assert rows_frame["baseline_dong"].tolist() == [5_000_000.0]
    assert comparison.to_frame(exact=True)["difference_dong"].tolist() == [Decimal(-1_000_000)]


def test_reprs_are_short_and_say_the_totals() -> None:
    rows = [{"date": dt.date(2025, 8, 1), "container": "40ft", "regime": "export", "goods": "ore"}]
    comparison = compare(with_gates(rows, ["a"]), USER, reform(SetCap(amount=4_000_000)))
    assert repr(comparison) == (
        "<FeeComparison 'a user table + test' vs 'a user table': 1 crossings, "
        "baseline 5000000 đồng, reform 4000000 đồng, difference -1000000 đồng>"
    )
    table = comparison.by("gate")
    assert len(table) == 1
    assert len(comparison) == 1
    assert repr(table) == (
        "<ComparisonTable by gate: 1 rows, 1 crossings, baseline 5000000 đồng, "
        "reform 4000000 đồng, difference -1000000 đồng>"
    )


# -- refused -----------------------------------------------------------------------


BAD_CHANGES: list[tuple[Any, type[DongDangError], str]] = [
    (lambda: SetRate(vehicle="[0, 2)", regime="export", amount=1.5), InvalidTypeError, "1.5"),
    (lambda: SetRate(vehicle="[0, 2)", regime="export", amount=-3), InvalidValueError, "-3"),
    (lambda: SetRate(vehicle="[0, 2)", regime="export", amount=True), InvalidTypeError, "True"),
    (lambda: SetRate(vehicle="50ft", regime="export", amount=1), UnknownCodeError, "50ft"),
    (lambda: SetRate(vehicle="[2, 0)", regime="export", amount=1), InvalidValueError, "[2, 0)"),
    (lambda: SetRate(vehicle="40ft", regime="smuggling", amount=1), UnknownCodeError, "smuggling"),
    (
        lambda: SetRate(vehicle="40ft", regime="export", goods="Ore!", amount=1),
        InvalidValueError,
        "Ore!",
    ),
    (lambda: ScaleRate(vehicle="40ft", regime="export", factor=-2), InvalidValueError, "-2"),
    (lambda: ScaleRate(vehicle="40ft", regime="export", factor="x"), InvalidTypeError, "'x'"),
    (lambda: SetCoefficient(id=" ", factor=1), InvalidValueError, "' '"),
    (lambda: SetCap(amount=-1), InvalidValueError, "-1"),
    (lambda: SetSplit(collector=Decimal("1.5")), InvalidValueError, "1.5"),
    (reform, InvalidValueError, "at least one change"),
    (lambda: reform("cap"), InvalidTypeError, "'cap'"),
    (
        lambda: reform(SetCap(amount=1), start=dt.datetime(2025, 1, 1, tzinfo=dt.UTC)),
        InvalidTypeError,
        "2025",
    ),
    (lambda: reform(SetCap(amount=1), legal="09/2025"), InvalidTypeError, "09/2025"),
    (
        lambda: Reform(id="", start=START, vi="a", en="b", changes=[SetCap(amount=1)]),
        InvalidValueError,
        "''",
    ),
    (
        lambda: Reform(id="x", start=START, vi="a", en="b", changes=SetCap(amount=1)),
        InvalidTypeError,
        "SetCap",
    ),
]


@pytest.mark.parametrize(("make", "error", "named"), BAD_CHANGES)
def test_bad_changes_are_refused_with_the_value_named(
    make: Any, error: type[DongDangError], named: str
) -> None:
    with pytest.raises(error) as raised:
        make()
    assert named in str(raised.value)


def test_a_change_of_what_the_version_lacks_is_refused_with_its_name() -> None:
    with pytest.raises(
        InvalidValueError,
        match=r"no rate to scale for 40ft container × import × ore in version 2025\+test",
    ):
        reform(ScaleRate(vehicle="40ft", regime="import", goods="ore", factor=2)).apply(USER)
    with pytest.raises(
        InvalidValueError,
        match=r"unknown coefficient 'timber_bonus' in version 2025\+test; .*'yard_only'",
    ):
        reform(SetCoefficient(id="timber_bonus", factor=2)).apply(USER)
    with pytest.raises(
        UnknownCodeError, match=r"unknown coefficient 'x' in version .*; none is known"
    ):
        reform(SetCoefficient(id="x", factor=2), start=dt.date(2019, 8, 1)).apply(
            lang_son_fee_schedule()
        )


def test_a_reform_after_every_version_is_refused() -> None:
    ended = FeeSchedule(versions=[USER.versions[0]], name="ended")
    with pytest.raises(
        InvalidValueError,
        match=r"reform test: start must not be after every version .*, got 2025-07-01",
    ):
        reform(SetCap(amount=1)).apply(ended)


def test_bad_arguments_to_apply_compare_and_by_are_refused_with_their_name() -> None:
    rows = columns_of(
        [{"date": dt.date(2025, 8, 1), "payload": 1, "regime": "export", "goods": "fruit"}]
    )
    with pytest.raises(InvalidTypeError, match="schedule must be a FeeSchedule, got 'USER'"):
        reform(SetCap(amount=1)).apply("USER")  # type: ignore[arg-type]
    with pytest.raises(InvalidTypeError, match="baseline must be a FeeSchedule, got 3"):
        compare(rows, 3, USER)  # type: ignore[arg-type]
    with pytest.raises(
        InvalidTypeError, match="reform must be a FeeSchedule or a Reform, got 'new'"
    ):
        compare(rows, USER, "new")  # type: ignore[arg-type]
    comparison = compare(rows, USER, USER)
    with pytest.raises(InvalidValueError, match="unknown key 'week'"):
        comparison.by("week")
    with pytest.raises(InvalidValueError, match="by needs at least one key"):
        comparison.by()
    with pytest.raises(InvalidValueError, match=r"columns must include 'gate', got \("):
        comparison.by("gate")
    rows["gate"] = np.array([1])
    with pytest.raises(InvalidTypeError, match="column 'gate' must hold text"):
        compare(rows, USER, USER).by("gate")
    with pytest.raises(InvalidValueError, match="lang must be 'vi' or 'en', got 'fr'"):
        reform(SetCap(amount=1)).describe("fr")
