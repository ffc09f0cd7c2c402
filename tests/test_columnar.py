"""Columns from any container, text encoded once: the same fees and ledgers from each."""

from __future__ import annotations

import datetime as dt
import itertools
import math
import random
import sys
from typing import Any

import numpy as np
import pandas as pd  # type: ignore[import-untyped]
import polars as pl
import pyarrow as pa  # type: ignore[import-untyped]
import pytest
from hypothesis import given
from hypothesis import strategies as st

from dongdang._columnar import (
    columns_of,
    encode,
    encode_all,
    factorize_strings,
    has_codes,
    missing,
    to_numpy,
)
from dongdang.errors import DongDangError, InvalidTypeError
from dongdang.fees import Crossing
from dongdang.fees.columns import _rank
from dongdang.trade import TradeFlow, TradeLedger
from fee_tables import REGIMES, USER
from strategies import flows

# -- encoding text columns -----------------------------------------------------------

texts = st.text(alphabet=st.sampled_from(["a", "b", "đ", "+", " ", "\u00a0", "z", "ồ"]))


def decoded(codes: Any, uniques: list[Any]) -> list[Any]:
    return [None if code < 0 else uniques[code] for code in codes.tolist()]


@given(st.lists(texts, max_size=6), st.lists(st.integers(0, 5), max_size=300), st.data())
def test_factorize_strings_gives_back_every_value(
    pool: list[str], picks: list[int], data: st.DataObject
) -> None:
    pool = pool or [""]
    values = [pool[pick % len(pool)] for pick in picks]
    values += data.draw(st.lists(texts, max_size=30))  # values the sample may miss
    array = np.array(values, dtype=str) if values else np.array([], dtype="<U1")
    codes, uniques = factorize_strings(array)
    assert decoded(codes, uniques) == array.tolist()
    assert len(set(uniques)) == len(uniques)


def test_factorize_strings_of_many_distinct_values() -> None:
    # Mostly distinct: the rows the sample misses go through a hash table.
    values = np.array([f"gate-{k % 9000}" for k in range(20_000)])
    codes, uniques = factorize_strings(values)
    assert decoded(codes, uniques) == values.tolist()
    assert len(uniques) == 9000


def test_factorize_strings_when_sampled_values_share_a_slot() -> None:
    # 300 distinct random values, all sampled: a few share a slot of the hash table
    # and are found again among the rows not confirmed.
    draw = random.Random(7)  # noqa: S311 - fixed test data, not a secret
    values = np.array(["".join(draw.choices("abcdefghij", k=6)) for _ in range(300)] * 10)
    codes, uniques = factorize_strings(values)
    assert decoded(codes, uniques) == values.tolist()
    assert sorted(uniques) == sorted(set(values.tolist()))


def test_factorize_strings_finds_values_the_sample_skipped() -> None:
    values = np.full(8192, "a")
    values[1::4] = "b"  # never on a sampled row (every other one)
    codes, uniques = factorize_strings(values)
    assert decoded(codes, uniques) == values.tolist()
    assert uniques == ["a", "b"]


def test_factorize_strings_of_empty_strings_only() -> None:
    codes, uniques = factorize_strings(np.array(["", ""]))
    assert decoded(codes, uniques) == ["", ""]
    assert factorize_strings(np.array([], dtype="<U3"))[1] == []


SERIES = ["b", "a", None, "b", "c", "a"]


@pytest.mark.parametrize(
    "column",
    [
        pd.Series(SERIES, dtype=object),
        pd.Series(SERIES, dtype="category"),
        pd.Series(SERIES, dtype="string"),
        pl.Series(SERIES),
        pl.Series(SERIES, dtype=pl.Categorical),
        pl.Series(SERIES, dtype=pl.Enum(["c", "b", "a", "z"])),
        pa.array(SERIES),
        pa.chunked_array([SERIES[:3], SERIES[3:]], type=pa.large_string()),
        pa.chunked_array(
            [pa.array(SERIES[:3]).dictionary_encode(), pa.array(SERIES[3:]).dictionary_encode()]
        ),
        np.array(SERIES, dtype=object),
    ],
    ids=[
        "pandas object",
        "pandas categorical",
        "pandas string",
        "polars String",
        "polars Categorical",
        "polars Enum",
        "Arrow array",
        "Arrow chunks",
        "Arrow dictionaries",
        "numpy object",
    ],
)
def test_encode_reads_text_from_every_container(column: object) -> None:
    encoded = encode(column)
    assert encoded is not None
    assert [None if value is pd.NA else value for value in decoded(*encoded)] == SERIES


def test_encode_reads_object_arrays_without_pandas(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "pandas", None)
    values = np.array(["a", None, math.nan, 7, "a", [1], [1]], dtype=object)
    codes, uniques = encode(values) or (None, [])
    assert codes is not None
    assert decoded(codes, uniques) == ["a", None, None, 7, "a", [1], [1]]


@pytest.mark.parametrize(
    "column",
    [
        np.array([1, 2]),
        np.array([["a"], ["b"]]),
        pd.Series([1.5, 2.0]),
        pl.Series([1, 2]),
        pa.array([1, 2]),
        pa.chunked_array([], type=pa.int64()),
    ],
    ids=["numpy ints", "numpy 2-D", "pandas floats", "polars ints", "Arrow ints", "Arrow empty"],
)
def test_encode_gives_none_for_columns_without_text(column: object) -> None:
    assert encode(column) is None


@given(st.lists(st.one_of(st.none(), texts), max_size=40), st.integers(0, 3))
def test_every_library_encodes_a_column_as_its_values(values: list[str | None], how: int) -> None:
    """Whatever the container (and with or without nulls), the codes give the values back."""
    series = pl.Series(values, dtype=pl.String)
    column: object = [
        series,
        series.cast(pl.Categorical),
        pa.array(values, type=pa.string_view()),
        pa.array(values, type=pa.string()).dictionary_encode(),
    ][how]
    encoded = encode(column)
    assert encoded is not None
    assert decoded(*encoded) == values


def test_polars_codes_of_a_large_shared_mapping_are_renumbered() -> None:
    # Polars numbers the texts of every Categorical in one mapping for the process:
    # after 70 000 others, a column's codes are large and few.
    pl.Series([f"other {k}" for k in range(70_000)]).cast(pl.Categorical)
    values = ["late", None, "later", "late"]
    codes, uniques = encode(pl.Series(values, dtype=pl.Categorical)) or (None, [])
    assert codes is not None
    assert sorted(set(codes.tolist())) == [-1, 0, 1]
    assert decoded(codes, uniques) == values


def test_polars_codes_one_after_another_or_with_gaps_give_the_values_back() -> None:
    # A first cast numbers a column's new texts one after another (read by a subtraction);
    # a column of some of them has gaps among its codes, or a null: renumbered densely.
    texts = [f"in a row {k}" for k in range(5)]
    gaps, null = [texts[4], texts[0], texts[4]], [texts[1], None, texts[2]]
    cases = ((texts * 2, True), (gaps, False), (null, False))
    for values, in_a_row in cases:
        codes, uniques = encode(pl.Series(values).cast(pl.Categorical)) or (None, [])
        assert codes is not None
        # codes in a row keep the stored int32 width (one subtraction, no gather)
        assert (codes.dtype == np.int32) is in_a_row
        assert decoded(codes, uniques) == values
        present = sorted({value for value in values if value is not None})
        assert sorted(set(codes.tolist()) - {-1}) == list(range(len(present)))


def test_a_polars_text_first_seen_after_many_rows_is_named() -> None:
    values = ["a"] * 5000 + ["b", None]
    codes, uniques = encode(pl.Series(values).cast(pl.Categorical)) or (None, [])
    assert codes is not None
    assert decoded(codes, uniques) == values
    codes, uniques = encode(pl.Series([None, None], dtype=pl.Categorical)) or (None, [])
    assert codes is not None
    assert codes.tolist() == [-1, -1]
    codes, uniques = encode(pl.Series([], dtype=pl.Categorical)) or (None, None)
    assert codes is not None
    assert (codes.tolist(), uniques) == ([], [])


@pytest.mark.parametrize("few", [0, 1, 4, 5, 12])
def test_polars_text_gives_back_every_value_the_sample_missed_or_not(few: int) -> None:
    # 10 000 rows: every other row is sampled. The sampled rows hold ``few`` values
    # (compared with each value up to four, looked up past that; none: all missing);
    # rows the sample skipped hold a value it missed, a missing one and an empty text.
    values: list[str | None] = [f"v{(row // 2) % few}" if few else None for row in range(10_000)]
    values[1], values[3], values[5], values[7] = "missed", None, "", "v0 "
    codes, uniques = encode(pl.Series(values, dtype=pl.String)) or (None, [])
    assert codes is not None
    assert decoded(codes, uniques) == values
    assert len(set(uniques)) == len(uniques)


def test_polars_text_without_pyarrow(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "pyarrow", None)  # importing it fails
    columns = {"a": pl.Series(["x", "y", None, "x"]), "b": pl.Series(["u", "u", "v", None])}
    encoded = encode_all(columns)
    for name, column in columns.items():
        found = encoded[name]
        assert found is not None
        assert decoded(*found) == column.to_list()
    found = encode(columns["a"])
    assert found is not None
    assert decoded(*found) == columns["a"].to_list()


def test_arrow_dictionaries_of_narrow_indices() -> None:
    column = pa.DictionaryArray.from_arrays(pa.array([1, None, 0], pa.int8()), ["x", "y"])
    codes, uniques = encode(column) or (None, [])
    assert codes is not None
    assert codes.dtype == np.intp
    assert decoded(codes, uniques) == ["y", None, "x"]


@pytest.mark.parametrize(
    ("column", "width"),
    [
        (pa.DictionaryArray.from_arrays(pa.array([1, None, 0], pa.int8()), ["x", "y"]), np.int8),
        (
            pa.chunked_array(
                [
                    pa.DictionaryArray.from_arrays(pa.array([1, None], pa.int16()), ["x", "y"]),
                    pa.DictionaryArray.from_arrays(pa.array([0], pa.int16()), ["x", "y"]),
                ]
            ),
            np.int16,
        ),
        (pd.Series(["y", None, "x"], dtype="category"), np.int8),
    ],
    ids=["arrow int8", "arrow int16 chunks", "pandas categorical"],
)
def test_narrow_codes_keep_the_width_they_are_stored_in(column: object, width: type) -> None:
    codes, uniques = encode(column, narrow=True) or (None, [])
    assert codes is not None
    assert codes.dtype == width
    assert decoded(codes, uniques) == ["y", None, "x"]
    wide, again = encode(column) or (None, [])
    assert wide is not None
    assert wide.dtype == np.intp
    assert decoded(wide, again) == ["y", None, "x"]


def test_narrow_codes_of_a_categorical_are_its_own_read_only() -> None:
    series = pd.Series(["a", "b", "a"], dtype="category")
    codes, _ = encode(series, narrow=True) or (None, [])
    assert codes is not None
    assert np.shares_memory(codes, series.array.codes)
    with pytest.raises(ValueError, match="read-only"):
        codes[0] = 1


def test_narrow_codes_of_hashed_columns_are_as_wide_as_ever() -> None:
    """Unsigned indices and hashed text have no narrow codes of their own to keep."""
    unsigned = pa.DictionaryArray.from_arrays(pa.array([1, 0], pa.uint8()), ["x", "y"])
    codes, uniques = encode(unsigned, narrow=True) or (None, [])
    assert codes is not None
    assert codes.dtype == np.intp
    assert decoded(codes, uniques) == ["y", "x"]
    for column in (pl.Series(["a", "b"], dtype=pl.Enum(["b", "a"])), np.array(["a", "b"])):
        codes, uniques = encode(column, narrow=True) or (None, [])
        assert codes is not None
        assert codes.dtype == np.intp
        assert decoded(codes, uniques) == ["a", "b"]


@pytest.mark.parametrize(
    ("column", "expected"),
    [
        (pd.Series(["a"], dtype="category"), True),
        (pa.array(["a"]).dictionary_encode(), True),
        (pa.chunked_array([pa.array(["a"]).dictionary_encode()]), True),
        (pd.Series(["a"]), False),
        (pa.array(["a"]), False),
        (pl.Series(["a"], dtype=pl.Categorical), False),
        (np.array(["a"]), False),
    ],
    ids=["pandas categorical", "arrow dictionary", "chunked", "pandas", "arrow", "polars", "numpy"],
)
def test_has_codes_names_the_columns_whose_codes_are_read_as_they_are(
    column: object, *, expected: bool
) -> None:
    assert has_codes(column) is expected


def test_encode_all_encodes_each_column_as_encode_does() -> None:
    columns: dict[str, object] = {
        "numpy": np.array(["a", "b", "a"]),
        "pandas": pd.Series(["c", None, "c"], dtype=object),
        "arrow": pa.array(["d", "d", None]),
        "numbers": pa.array([1, 2, 3]),
        # Hashed by Arrow on threads: Arrow text of each width, polars String.
        "large": pa.chunked_array([["e", None], ["f"]], type=pa.large_string()),
        "view": pa.array(["g", "h", "g"], type=pa.string_view()),
        "polars": pl.Series(["i", None, "j"]),
        "categorical": pl.Series(["k", "k", None], dtype=pl.Categorical),
    }
    encoded = encode_all(columns)
    assert list(encoded) == list(columns)
    for name, column in columns.items():
        alone = encode(column)
        found = encoded[name]
        if alone is None:
            assert found is None
            continue
        assert found is not None
        assert decoded(*found) == [None if missing(v) else v for v in decoded(*alone)]


def test_encode_of_empty_arrow_text() -> None:
    codes, uniques = encode(pa.chunked_array([], type=pa.string())) or (None, None)
    assert codes is not None
    assert codes.tolist() == []
    assert uniques == []


@pytest.mark.parametrize(
    ("value", "expected"),
    [(None, True), (math.nan, True), (pd.NA, True), (pd.NaT, True), ("", False), (0, False)],
)
def test_missing_values(value: object, *, expected: bool) -> None:
    assert missing(value) is expected


def test_an_array_is_not_a_missing_value() -> None:
    assert not missing(np.array([1, 2]))


@pytest.mark.parametrize(
    ("column", "expected"),
    [
        (pd.Series([1, None], dtype="Int64"), [1.0, math.nan]),
        (pd.Series([1.5, 2.5]), [1.5, 2.5]),
        (pd.Series(["2025-01-01"], dtype="string"), ["2025-01-01"]),
        (pl.Series([1, None]), [1.0, math.nan]),
        (pa.chunked_array([[1, None]]), [1.0, math.nan]),
        (pa.array(["x", "y"]).dictionary_encode(), ["x", "y"]),
        ([3, 4], [3, 4]),
    ],
    ids=["pandas Int64", "pandas float", "pandas string", "polars", "Arrow", "Arrow dict", "list"],
)
def test_to_numpy_reads_numbers_and_nulls(column: object, expected: list[Any]) -> None:
    assert [
        "nan" if isinstance(value, float) and math.isnan(value) else value
        for value in to_numpy(column).tolist()
    ] == ["nan" if isinstance(value, float) and math.isnan(value) else value for value in expected]


@pytest.mark.parametrize("container", [[1, 2], "text", np.zeros(3)], ids=["list", "str", "array"])
def test_columns_of_refuses_other_containers_naming_them(container: object) -> None:
    with pytest.raises(InvalidTypeError, match=type(container).__name__):
        columns_of(container, ("a",), "assess_many")


# -- assess_many from every container --------------------------------------------------

#: Values a column may hold, the good and the bad: unknown codes, empty strings, NaN.
rows = st.fixed_dictionaries(
    {
        "date": st.dates(min_value=dt.date(2023, 6, 1), max_value=dt.date(2026, 12, 31)),
        "regime": st.sampled_from([*REGIMES[:3], "smuggling", ""]),
        "goods": st.sampled_from(
            ["fruit", "ore", "fruit+ore", "ore+timber+fruit", "electronics", "", "Bad Code"]
        ),
        "payload": st.sampled_from([math.nan, 0.0, 1.999, 2.0, 5.0, 10.5, 30.0, -1.0]),
        "container": st.sampled_from(["", "", "20ft", "40ft", "45ft"]),
        "journey": st.sampled_from(["standard", "inland_delivery", "yard_only", "by_air"]),
    }
)


def scalar(row: dict[str, Any]) -> int | type[DongDangError]:
    try:
        crossing = Crossing(
            date=row["date"],
            payload=None if math.isnan(row["payload"]) else row["payload"],
            container=row["container"] or None,
            regime=row["regime"],
            goods=row["goods"],
            journey=row["journey"],
        )
        return USER.assess(crossing).fee
    except DongDangError as error:
        return type(error)


def containers(table: list[dict[str, Any]]) -> dict[str, object]:
    columns = {
        name: np.array([row[name] for row in table], dtype=None if name == "payload" else str)
        for name in ("regime", "goods", "payload", "container", "journey")
    }
    columns["date"] = np.array([row["date"] for row in table], dtype="datetime64[D]")
    texts = ["regime", "goods", "container", "journey"]
    frame = pd.DataFrame({k: v.astype(object) if k in texts else v for k, v in columns.items()})
    arrow = pa.table(frame)
    return {
        "numpy": columns,
        "pandas": frame,
        "pandas categorical": frame.astype(dict.fromkeys(texts, "category")),
        "polars": pl.from_pandas(frame),
        "polars categorical": pl.from_pandas(frame).with_columns(
            pl.col(texts).cast(pl.Categorical)
        ),
        "polars enum": pl.from_pandas(frame).with_columns(
            pl.col(name).cast(pl.Enum(sorted(set(frame[name])))) for name in texts
        ),
        "arrow": arrow,
        "arrow string view": pa.table(
            {
                name: arrow[name].cast(pa.string_view()) if name in texts else arrow[name]
                for name in arrow.column_names
            }
        ),
        "arrow dictionary": pa.table(
            {
                name: arrow[name].dictionary_encode() if name in texts else arrow[name]
                for name in arrow.column_names
            }
        ),
        "arrow batch": arrow.to_batches()[0] if len(table) else arrow,
    }


@given(st.lists(rows, min_size=1, max_size=30))
def test_assess_many_equals_assess_row_by_row_from_every_container(
    table: list[dict[str, Any]],
) -> None:
    expected = [scalar(row) for row in table]
    for name, container in containers(table).items():
        if all(isinstance(fee, int) for fee in expected):
            assert USER.assess_many(container).tolist() == expected, name  # type: ignore[arg-type]
            continue
        with pytest.raises(DongDangError) as caught:
            USER.assess_many(container)  # type: ignore[arg-type]
        message = str(caught.value)
        row = int(message.split(" ", 2)[1])
        assert message.startswith(f"row {row} ("), name
        assert type(caught.value) is expected[row], (name, message)


# -- ledgers from every container and any partitioning ----------------------------------


def ledger_containers(frame: pd.DataFrame) -> dict[str, object]:
    texts = [name for name in ("direction", "measure", "gate", "valuation") if name in frame]
    # The exact frame gives codes as categoricals: each container starts from plain text.
    frame = frame.astype(dict.fromkeys(texts, "object"))
    arrow = pa.Table.from_pandas(frame, preserve_index=False)
    return {
        "pandas": frame,
        "pandas categorical": frame.astype(dict.fromkeys(texts, "category")),
        "numpy": {name: frame[name].to_numpy() for name in frame.columns},
        "polars": pl.from_arrow(arrow),
        "polars categorical": pl.from_arrow(arrow).with_columns(  # type: ignore[union-attr]
            pl.col(texts).cast(pl.Categorical)
        ),
        "arrow": arrow,
        "arrow string view": pa.table(
            {
                name: arrow[name].cast(pa.string_view()) if name in texts else arrow[name]
                for name in arrow.column_names
            }
        ),
        "arrow dictionary": pa.table(
            {
                name: arrow[name].dictionary_encode() if name in texts else arrow[name]
                for name in arrow.column_names
            }
        ),
    }


@given(st.lists(flows(), max_size=25), st.lists(st.integers(0, 25), max_size=3))
def test_a_ledger_from_any_container_and_partitioning_equals_the_one_from_records(
    items: list[TradeFlow], cuts: list[int]
) -> None:
    records = TradeLedger(items)
    frame = records.to_frame(exact=True)
    bounds = [0, *sorted(min(cut, len(items)) for cut in cuts), len(items)]
    for name, container in ledger_containers(frame).items():
        whole = TradeLedger()
        whole.extend_columns(container)
        assert list(whole) == items, name
        parts = TradeLedger()
        for low, high in itertools.pairwise(bounds):
            parts.extend_columns(ledger_containers(frame.iloc[low:high])[name])
        assert list(parts) == items, name


@pytest.mark.parametrize("unit", ["D", "s", "ns"])
def test_a_start_equal_to_the_end_reads_as_a_date(unit: str) -> None:
    days = np.array(["1969-12-31", "2024-02-29", "2024-03-01"], dtype=f"datetime64[{unit}]")
    common = {"value": np.array([1, 2, 3]), "direction": np.array(["export"] * 3)}
    by_date, by_period = TradeLedger(), TradeLedger()
    by_date.extend_columns({**common, "date": days}, measure="customs")
    by_period.extend_columns({**common, "start": days, "end": days.copy()}, measure="customs")
    assert list(by_period) == list(by_date)
    assert [flow.period.start for flow in by_period] == [
        dt.date(1969, 12, 31),
        dt.date(2024, 2, 29),
        dt.date(2024, 3, 1),
    ]
    assert by_period.growth_table("month").periods == by_date.growth_table("month").periods


@pytest.mark.parametrize("unit", ["ns", "s", "10ms", "6h"])
def test_a_time_of_day_is_read_as_its_day(unit: str) -> None:
    text = ["1969-12-31T18:00:00", "2024-01-01T06:00:00"]
    times = np.array(text, dtype=f"datetime64[{unit}]")
    ledger = TradeLedger()
    ledger.extend_columns(
        {"value": np.array([1, 2]), "direction": np.array(["export"] * 2), "date": times},
        measure="customs",
    )
    assert [flow.period.start for flow in ledger] == [dt.date(1969, 12, 31), dt.date(2024, 1, 1)]


@pytest.mark.parametrize("name", ["hs", "hs_vintage", "gate"])
def test_extend_columns_names_the_row_of_an_unhashable_value(name: str) -> None:
    columns: dict[str, Any] = {
        "value": [1, 2],
        "direction": ["export", "import"],
        "date": np.array(["2024-01-05", "2024-01-06"], dtype="datetime64[D]"),
        "hs": np.array(["0810.90", "0810.90"], dtype=object),
        "hs_vintage": np.array(["HS2022", "HS2022"], dtype=object),
    }
    columns[name] = np.array(["0810.90", ["x"]], dtype=object)
    with pytest.raises(
        InvalidTypeError,
        match=rf"column '{name}', row 1 must be a value this column takes, got \['x'\]",
    ):
        TradeLedger().extend_columns(columns, measure="customs")


def test_extend_columns_names_the_row_of_an_unhashable_value_in_a_data_frame() -> None:
    frame = pd.DataFrame(
        {
            "value": [1, 2],
            "direction": pd.Series(["export", "import"], dtype=object),
            "date": np.array(["2024-01-05", "2024-01-06"], dtype="datetime64[D]"),
            "gate": pd.Series(["huu-nghi", ["x"]], dtype=object),
        }
    )
    with pytest.raises(
        InvalidTypeError,
        match=r"column 'gate', row 1 must be a value this column takes, got \['x'\]",
    ):
        TradeLedger().extend_columns(frame, measure="customs")


@given(
    st.lists(st.floats(-5, 50, allow_nan=False), max_size=40, unique=True),
    st.lists(st.one_of(st.floats(-10, 60), st.just(math.nan)), max_size=40),
)
def test_rank_is_a_binary_search_of_the_edges(edges: list[float], values: list[float]) -> None:
    ordered = np.array(sorted(edges))
    array = np.array(values, dtype=np.float64)
    expected = np.searchsorted(ordered, array, side="right")
    assert _rank(ordered, array).tolist() == expected.tolist()


def test_rank_of_many_edges_is_a_binary_search() -> None:
    edges = np.arange(40, dtype=np.float64)
    values = np.array([-1.0, 0.0, 0.5, 39.0, 100.0, math.nan])
    assert _rank(edges, values).tolist() == [0, 1, 1, 40, 40, 40]
