"""The whole answer for a table of crossings: ``FeeSchedule.assess_table``.

Each row's answer (fee, split, cap, version, coefficients) must be what
``FeeSchedule.assess`` gives for the same crossing; the split always sums to
the fee; the collections add up to the total of the fees.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import TYPE_CHECKING, Any, cast

import numpy as np
import pandas as pd  # type: ignore[import-untyped]
import pytest
from hypothesis import given
from hypothesis import strategies as st

from bad_inputs import assert_carries
from dongdang.errors import (
    DongDangError,
    InvalidTypeError,
    InvalidValueError,
    NotInForceError,
    RateNotFoundError,
)
from dongdang.fees import ContainerSize, Crossing, FeeSchedule, lang_son_fee_schedule
from dongdang.fees.collections import FeeLine, FeeRecord
from dongdang.fees.comparison import CrossingGroups
from dongdang.fees.detail import AssessedCrossings, CollectedFees
from dongdang.periods import Period
from dongdang.units import amount, convert
from fee_tables import SPARSE, USER, columns_of
from strategies import crossing_rows
from test_frames import parse

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

GATES = ["huu-nghi", "tan-thanh", "coc-nam"]


def with_gates(rows: Sequence[dict[str, Any]], gates: Sequence[str]) -> dict[str, Any]:
    columns = columns_of(rows)
    columns["gate"] = np.array(gates, dtype=str)
    return columns


def assert_row_by_row(
    schedule: FeeSchedule, rows: Sequence[dict[str, Any]], table: AssessedCrossings
) -> None:
    """Each row of ``table`` is what ``schedule.assess`` says of the same crossing."""
    assert len(table) == len(rows)
    ids = table.version_ids()
    for position, row in enumerate(rows):
        assessment = schedule.assess(Crossing(**row))
        assert table.fee[position] == assessment.fee
        assert bool(table.capped[position]) is assessment.capped
        assert ids[position] == assessment.version.id
        assert schedule.versions[table.version[position]] is assessment.version
        assert table.coefficients(position) == tuple(c.id for c in assessment.coefficients)
        assert table.coefficient_sets[table.coefficient_set[position]] == assessment.coefficients
        if assessment.split is None:
            assert not table.split[position]
            assert table.collector[position] == table.budget[position] == 0
        else:
            assert table.split[position]
            assert table.collector[position] == assessment.split.collector
            assert table.budget[position] == assessment.split.budget


# -- properties -----------------------------------------------------------------------


@given(st.data(), st.lists(crossing_rows(), min_size=1, max_size=40))
def test_each_row_is_what_assess_says_and_the_split_sums_to_the_fee(
    data: st.DataObject, rows: list[dict[str, Any]]
) -> None:
    gates = data.draw(st.lists(st.sampled_from(GATES), min_size=len(rows), max_size=len(rows)))
    table = USER.assess_table(with_gates(rows, gates))
    assert_row_by_row(USER, rows, table)
    assert table.split.all()
    assert (table.collector + table.budget == table.fee).all()
    assert table.fee.tolist() == USER.assess_many(columns_of(rows)).tolist()


@given(st.data(), st.lists(crossing_rows(), min_size=1, max_size=40))
def test_collections_add_up_to_the_fees_of_their_rows(
    data: st.DataObject, rows: list[dict[str, Any]]
) -> None:
    gates = data.draw(st.lists(st.sampled_from(GATES), min_size=len(rows), max_size=len(rows)))
    table = USER.assess_table(with_gates(rows, gates))
    total = sum(table.fee.tolist())
    collected = table.collections()
    assert collected.by == ("gate", "line", "month")
    assert collected.total() == total
    assert sum(row.crossings for row in collected) == len(rows)
    for group in collected:
        gate, line, month = group.key
        members = [
            position
            for position, row in enumerate(rows)
            if gates[position] == gate
            and (
                FeeLine.TRANSSHIPMENT if row["journey"] == "yard_only" else FeeLine.ENTRY_EXIT
            ).value
            == line
            and row["date"].strftime("%Y-%m") == month
        ]
        assert group.crossings == len(members)
        assert group.fee == sum(int(table.fee[p]) for p in members)
        assert group.collector == sum(int(table.collector[p]) for p in members)
        assert group.collector is not None
        assert group.budget is not None
        assert group.collector + group.budget == group.fee
    by_gate = table.collections(by=("gate",))
    assert [row.key for row in by_gate] == [(gate,) for gate in sorted(set(gates))]
    assert by_gate.total() == total


sparse_rows = st.fixed_dictionaries(
    {
        "date": st.dates(min_value=dt.date(2025, 1, 1), max_value=dt.date(2026, 12, 31)),
        "payload": st.one_of(
            st.integers(min_value=0, max_value=4), st.floats(min_value=0, max_value=4.99)
        ),
        "regime": st.just("export"),
        "goods": st.sampled_from(["fruit", "fruit+fruit"]),
        "journey": st.sampled_from(["standard", "yard_only"]),
    }
)


@given(st.lists(sparse_rows, max_size=12))
def test_without_a_stated_split_the_parts_are_marked_missing(rows: list[dict[str, Any]]) -> None:
    table = SPARSE.assess_table(columns_of(rows))
    assert_row_by_row(SPARSE, rows, table)
    assert not table.split.any()
    collected = table.collections(by="line")
    assert collected.total() == sum(table.fee.tolist())
    assert all(row.collector is None and row.budget is None for row in collected)
    frame = table.to_frame()
    assert frame["collector_dong"].isna().all()
    assert frame["budget_dong"].isna().all()


# -- the bundled schedule: the seed example of the docs --------------------------------


def seed_columns() -> dict[str, Any]:
    return {
        "date": np.array(["2025-06-02", "2025-06-03", "2025-07-01"], dtype="datetime64[D]"),
        "payload": np.array([1.5, np.nan, np.nan]),
        "container": np.array(["", "40ft", "40ft"]),
        "regime": np.array(["export"] + ["temporary_import_reexport"] * 2),
        "goods": np.array(["fresh_produce"] + ["agricultural_products"] * 2),
        "journey": np.array(["standard", "standard", "yard_only"]),
        "gate": np.array(["tan-thanh", "huu-nghi", "huu-nghi"]),
    }


def test_seed_example_pays_ten_percent_to_the_collector_and_yard_only_thirty_percent() -> None:
    table = lang_son_fee_schedule().assess_table(seed_columns())
    assert table.fee.tolist() == [100_000, 4_000_000, 1_200_000]
    assert table.collector.tolist() == [10_000, 400_000, 120_000]
    assert table.budget.tolist() == [90_000, 3_600_000, 1_080_000]
    assert table.capped.tolist() == [False, False, False]
    assert table.version_ids() == ["09/2025"] * 3
    assert [table.coefficients(row) for row in range(3)] == [(), (), ("yard_only",)]
    assert table.factor().tolist() == [1.0, 1.0, 0.3]
    assert [(row.key, row.fee) for row in table.collections()] == [
        (("huu-nghi", "phí ra vào cửa khẩu", "2025-06"), 4_000_000),
        (("huu-nghi", "phí sang tải", "2025-07"), 1_200_000),
        (("tan-thanh", "phí ra vào cửa khẩu", "2025-06"), 100_000),
    ]
    assert repr(table).startswith("<AssessedCrossings under 'Lạng Sơn")
    assert "3 crossings, fees 5,300,000 đồng" in repr(table)
    assert repr(table.collections()) == (
        "<CollectedFees by gate, line, month: 3 groups, 3 crossings, 5,300,000 đồng>"
    )


def test_a_capped_row_is_marked_capped() -> None:
    rows = [
        {"date": dt.date(2025, 3, 1), "container": "40ft", "regime": "export", "goods": "ore"},
        {"date": dt.date(2025, 3, 1), "payload": 1, "regime": "export", "goods": "ore"},
    ]
    table = USER.assess_table(columns_of(rows))
    assert table.capped.tolist() == [True, False]
    assert table.fee[0] == 5_000_000  # 1 200 001 × 5, capped
    assert_row_by_row(USER, rows, table)


def test_the_arrays_are_read_only() -> None:
    table = lang_son_fee_schedule().assess_table(seed_columns())
    with pytest.raises(ValueError, match="read-only"):
        table.collector[0] = 1


def test_to_frame_plots_as_float64_and_is_exact_on_request() -> None:
    table = lang_son_fee_schedule().assess_table(seed_columns())
    frame = table.to_frame()
    assert list(frame.columns) == [
        "version",
        "coefficients",
        "factor",
        "fee_dong",
        "collector_dong",
        "budget_dong",
        "capped",
    ]
    assert frame["fee_dong"].dtype == np.float64
    assert frame["collector_dong"].tolist() == [10_000.0, 400_000.0, 120_000.0]
    assert frame["version"].dtype == "category"
    assert frame["coefficients"].tolist() == ["", "", "yard_only"]
    assert frame["capped"].dtype == bool
    exact = table.to_frame(exact=True)
    assert exact["fee_dong"].tolist() == [Decimal(100_000), Decimal(4_000_000), Decimal(1_200_000)]
    assert exact["factor"].tolist() == [Decimal(1), Decimal(1), Decimal("0.3")]
    assert (exact["collector_dong"] + exact["budget_dong"]).tolist() == exact["fee_dong"].tolist()
    sums = table.collections().to_frame()
    assert list(sums.columns) == [
        "gate",
        "line",
        "month",
        "crossings",
        "fee_dong",
        "collector_dong",
        "budget_dong",
    ]
    assert sums["fee_dong"].sum() == table.fee.sum()
    assert table.collections().to_frame(exact=True)["fee_dong"].tolist()[0] == Decimal(4_000_000)


def test_the_notebook_tables_show_the_rows_and_say_how_many() -> None:
    rows = [
        {"date": dt.date(2025, 3, 1), "payload": p, "regime": "export", "goods": "ore"}
        for p in range(25)
    ]
    caption, header, cells = parse(USER.assess_table(columns_of(rows))._repr_html_())
    assert caption == "Crossings assessed under a user table (the first 20 of 25 rows)"
    assert header[:4] == ["version", "coefficients", "factor", "fee_dong"]
    assert len(cells) == 20
    assert cells[0][:2] == ["2025", "ore_export"]
    caption, header, cells = parse(
        lang_son_fee_schedule().assess_table(seed_columns()).collections()._repr_html_()
    )
    assert caption == "Fees collected by gate, line, month"
    assert header[:4] == ["gate", "line", "month", "crossings"]
    assert cells[1][:3] == ["huu-nghi", "phí sang tải", "2025-07"]


def test_without_a_gate_column_the_default_groups_by_line_and_month() -> None:
    columns = seed_columns()
    del columns["gate"]
    collected = lang_son_fee_schedule().assess_table(columns).collections()
    assert collected.by == ("line", "month")
    assert len(collected) == 2


def test_a_dataframe_and_no_rows() -> None:
    schedule = lang_son_fee_schedule()
    frame = pd.DataFrame(seed_columns())
    assert schedule.assess_table(frame).fee.tolist() == [100_000, 4_000_000, 1_200_000]
    empty = schedule.assess_table({name: column[:0] for name, column in seed_columns().items()})
    assert len(empty) == 0
    assert empty.collections().rows == ()
    assert len(empty.to_frame()) == 0


# -- bad inputs -------------------------------------------------------------------------


def _missing_column() -> object:
    columns = seed_columns()
    del columns["regime"]
    return lang_son_fee_schedule().assess_table(columns)


def _unknown_key() -> object:
    return lang_son_fee_schedule().assess_table(seed_columns()).collections(by=("district",))


def _gate_without_column() -> object:
    columns = seed_columns()
    del columns["gate"]
    return lang_son_fee_schedule().assess_table(columns).collections(by=("gate", "month"))


def _no_key() -> object:
    return lang_son_fee_schedule().assess_table(seed_columns()).collections(by=())


def _before_the_schedule() -> object:
    columns = seed_columns()
    columns["date"] = np.array(["2025-06-02", "2019-01-01", "2025-06-02"], dtype="datetime64[D]")
    return lang_son_fee_schedule().assess_table(columns)


def _no_rate() -> object:
    columns = seed_columns()
    columns["goods"] = np.array(["fresh_produce", "ore", "agricultural_products"])
    return lang_son_fee_schedule().assess_table(columns)


def _payload_text() -> object:
    columns = seed_columns()
    columns["payload"] = np.array(["1.5", "", ""])
    return lang_son_fee_schedule().assess_table(columns)


def _record_of_text() -> object:
    table = lang_son_fee_schedule().assess_table(seed_columns())
    return table.record("2025")  # type: ignore[arg-type]


def _record_of_line_text() -> object:
    table = lang_son_fee_schedule().assess_table(seed_columns())
    return table.record(Period.year(2025), line="phí sang tải")  # type: ignore[arg-type]


def _record_gate_without_column() -> object:
    columns = seed_columns()
    del columns["gate"]
    return lang_son_fee_schedule().assess_table(columns).record(Period.year(2025), gate="huu-nghi")


def _record_gate_not_a_code() -> object:
    table = lang_son_fee_schedule().assess_table(seed_columns())
    return table.record(Period.year(2025), gate="Hữu Nghị")


def _not_a_table() -> object:
    return lang_son_fee_schedule().assess_table(42)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("call", "error", "names"),
    [
        (_missing_column, InvalidValueError, "columns must include 'regime', got ("),
        (_unknown_key, InvalidValueError, "unknown key 'district'"),
        (_gate_without_column, InvalidValueError, "columns must include 'gate', got ("),
        (_no_key, InvalidValueError, "by needs at least one key"),
        (_before_the_schedule, NotInForceError, "row 1 (date 2019-01-01"),
        (_no_rate, RateNotFoundError, "row 1 (date 2025-06-03"),
        (_payload_text, InvalidTypeError, "column 'payload'"),
        (_not_a_table, InvalidTypeError, "assess_table"),
        (_record_of_text, InvalidTypeError, "period must be a Period, got '2025'"),
        (_record_of_line_text, InvalidTypeError, "line must be a FeeLine, got 'phí sang tải'"),
        (_record_gate_without_column, InvalidValueError, "by('gate') needs the crossings' gates"),
        (_record_gate_not_a_code, InvalidValueError, "Hữu Nghị"),
    ],
)
def test_bad_input_raises_a_typed_error_naming_it(
    call: Callable[[], object], error: type[DongDangError], names: str
) -> None:
    with pytest.raises(error) as caught:
        call()
    assert names in str(caught.value)


def test_collected_fees_is_a_value() -> None:
    table = lang_son_fee_schedule().assess_table(seed_columns())
    assert table.collections() == table.collections()
    assert isinstance(table.collections(), CollectedFees)


TIES = FeeSchedule.loads(
    """
[[versions]]
id = "ties"
start = 2025-01-01
[versions.legal]
number = "04/2025/NQ-HĐND"
[versions.cap]
amount = 1_000
source = "test"
[versions.mixed_cargo]
rule = "highest"
source = "test"
[[versions.coefficients]]
id = "ore_twice"
factor = 2
goods = ["ore"]
source = "test"
[[versions.coefficients]]
id = "fruit_thrice"
factor = 3
goods = ["fruit"]
source = "test"
[[versions.rates]]
payload = "[0, 10)"
regime = "export"
amount = 800
source = "test"
""",
    name="ties.toml",
)


@pytest.mark.parametrize(
    ("goods", "coefficients", "capped"),
    [
        ("ore+fruit", ("ore_twice",), True),
        ("fruit+ore", ("fruit_thrice",), True),
        ("timber+ore", ("ore_twice",), True),
        ("timber+coal", (), False),
    ],
)
def test_a_mixed_cargo_is_charged_its_first_highest_goods_with_its_cap_and_coefficients(
    goods: str, coefficients: tuple[str, ...], *, capped: bool
) -> None:
    rows = [{"date": dt.date(2025, 2, 1), "payload": 3, "regime": "export", "goods": goods}]
    table = TIES.assess_table(columns_of(rows))
    assert_row_by_row(TIES, rows, table)
    assert table.coefficients(0) == coefficients
    assert bool(table.capped[0]) is capped


@given(st.data(), st.lists(crossing_rows(), min_size=1, max_size=30))
def test_a_record_holds_the_fees_of_its_period_line_and_gate(
    data: st.DataObject, rows: list[dict[str, Any]]
) -> None:
    gates = data.draw(st.lists(st.sampled_from(GATES), min_size=len(rows), max_size=len(rows)))
    table = USER.assess_table(with_gates(rows, gates))
    year = data.draw(st.sampled_from([2024, 2025, 2026]))
    line = data.draw(st.sampled_from(list(FeeLine)))
    gate = data.draw(st.sampled_from([None, *GATES]))
    record = table.record(Period.year(year), line=line, gate=gate)
    members = [
        position
        for position, row in enumerate(rows)
        if row["date"].year == year
        and (gate is None or gates[position] == gate)
        and (
            line is FeeLine.TOTAL
            or (line is FeeLine.TRANSSHIPMENT) == (row["journey"] == "yard_only")
        )
    ]
    assert (record.line, record.period, record.gate) == (line, Period.year(year), gate)
    assert record.trips == len(members)
    assert record.amount == amount(sum(int(table.fee[p]) for p in members), "VND")


def test_a_record_sits_beside_the_record_a_report_prints() -> None:
    table = lang_son_fee_schedule().assess_table(seed_columns())
    period = Period.parse("tháng 7/2025")
    reported = FeeRecord.read(FeeLine.TRANSSHIPMENT, period, "1,2 triệu đồng")
    computed = table.record(period, line=FeeLine.TRANSSHIPMENT, gate="huu-nghi")
    assert computed.key[:2] == reported.key[:2]
    assert convert(computed.amount, "million_VND") == reported.amount
    assert computed.trips == 1


@given(st.data(), st.lists(crossing_rows(), min_size=1, max_size=20))
def test_an_assessed_table_compares_by_its_rows_and_crossings(
    data: st.DataObject, rows: list[dict[str, Any]]
) -> None:
    gates = data.draw(st.lists(st.sampled_from(GATES), min_size=len(rows), max_size=len(rows)))
    table = USER.assess_table(with_gates(rows, gates))
    again = USER.assess_table(with_gates(rows, gates))
    assert table == again  # equal answers of equal crossings, not one object
    assert table != "a table"  # another type: not equal
    with pytest.raises(TypeError, match="unhashable"):
        hash(table)
    other_gate = next(gate for gate in GATES if gate != gates[0])
    moved = USER.assess_table(with_gates(rows, [other_gate, *gates[1:]]))
    assert moved != table  # same fees, other crossings
    groups = CrossingGroups(with_gates(rows, gates), USER, len(rows))
    assert groups == CrossingGroups(with_gates(rows, gates), USER, len(rows))
    assert groups != "crossings"


def _without(*names: str) -> dict[str, Any]:
    columns = seed_columns()
    for name in names:
        del columns[name]
    return columns


def _uneven() -> dict[str, Any]:
    columns = seed_columns()
    columns["goods"] = columns["goods"][:2]
    return columns


@pytest.mark.parametrize(
    ("columns", "data"),
    [
        (
            _without("payload", "container"),
            {"name": "columns", "value": ("date", "regime", "goods", "journey", "gate")},
        ),
        (
            _uneven(),
            {
                "name": "columns",
                "value": {
                    "date": 3,
                    "payload": 3,
                    "container": 3,
                    "regime": 3,
                    "goods": 2,
                    "journey": 3,
                    "gate": 3,
                },
            },
        ),
    ],
    ids=["no-payload-nor-container", "uneven-lengths"],
)
def test_a_table_of_bad_shape_carries_its_columns_and_survives_pickle(
    columns: dict[str, Any], data: dict[str, object]
) -> None:
    assert_carries(lambda: lang_son_fee_schedule().assess_table(columns), InvalidValueError, **data)


def test_a_date_column_with_a_bad_date_carries_the_column_and_survives_pickle() -> None:
    columns = seed_columns()
    columns["date"] = np.array(["2025-06-02", "2025-02-30", "2025-07-01"], dtype=object)
    # the value at fault and its row, not the whole column
    error = assert_carries(
        lambda: lang_son_fee_schedule().assess_table(columns),
        InvalidValueError,
        name="date",
        value="2025-02-30",
        where="column 'date', row 1",
    )
    assert str(error) == "column 'date', row 1: date must be a date, got '2025-02-30'"


def test_grouping_by_gate_without_the_column_carries_the_key_and_survives_pickle() -> None:
    error = assert_carries(_gate_without_column, InvalidValueError, name="columns")
    assert isinstance(error, InvalidValueError)
    assert "gate" not in cast("tuple[str, ...]", error.value)
    assert "columns must include 'gate'" in str(error)


@pytest.mark.parametrize(
    ("fields", "payload", "container"),
    [
        ({}, None, None),
        ({"payload": 1.5, "container": "40ft"}, Decimal("1.5"), ContainerSize.FT40),
    ],
    ids=["neither", "both"],
)
def test_a_crossing_with_neither_or_both_carries_them_and_survives_pickle(
    fields: dict[str, object], payload: object, container: object
) -> None:
    assert_carries(
        lambda: Crossing(date=dt.date(2025, 6, 2), regime="export", goods="ore", **fields),
        InvalidValueError,
        name="a payload or a container",
        value={"payload": payload, "container": container},
        where="a crossing",
    )
