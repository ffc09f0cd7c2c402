"""A ledger read from any container, in any partitioning, equals the ledger of its flows.

Text columns arrive as numpy strings, pandas objects or categoricals, polars
String, Categorical or Enum, Arrow strings or dictionaries of narrow indices;
their codes are reused or hashed, and the flows read back must be the flows
given, whatever the container and however the rows are split between calls or
between ledgers merged afterwards.
"""

from __future__ import annotations

import datetime as dt
import itertools
from decimal import Decimal
from typing import TYPE_CHECKING, Any

import numpy as np
import pandas as pd  # type: ignore[import-untyped]
import pytest
from hypothesis import given
from hypothesis import strategies as st

from dongdang import Period, amount
from dongdang.trade import TradeLedger
from strategies import flow, flows

if TYPE_CHECKING:
    from collections.abc import Callable

    from dongdang.trade import TradeFlow

pl = pytest.importorskip("polars")
pa = pytest.importorskip("pyarrow")


def _columns(items: list[TradeFlow]) -> dict[str, Any]:
    """The flows as numpy columns: dollars as floats, days, directions and gates as text."""
    return {
        "value": np.array([float(item.value.magnitude) for item in items], dtype=np.float64),
        "direction": np.array([item.direction.value for item in items], dtype=object),
        "start": np.array([item.period.start for item in items], dtype="datetime64[D]"),
        "end": np.array([item.period.end for item in items], dtype="datetime64[D]"),
        "gate": np.array([item.gate for item in items], dtype=object),
    }


def _pandas(columns: dict[str, Any], *, categorical: bool) -> Any:
    frame = pd.DataFrame(columns)
    if categorical:
        frame = frame.astype({"direction": "category", "gate": "category"})
    return frame


def _polars(columns: dict[str, Any], dtype: str) -> Any:
    frame = pl.DataFrame(
        {
            "value": columns["value"],
            "direction": pl.Series(columns["direction"].tolist(), dtype=pl.String),
            "start": columns["start"],
            "end": columns["end"],
            "gate": pl.Series(columns["gate"].tolist(), dtype=pl.String),
        }
    )
    if dtype == "categorical":
        return frame.with_columns(pl.col("direction", "gate").cast(pl.Categorical))
    if dtype == "enum":
        return frame.with_columns(
            pl.col(name).cast(pl.Enum(sorted({t for t in columns[name].tolist() if t})))
            for name in ("direction", "gate")
        )
    return frame


def _arrow(columns: dict[str, Any], *, dictionary: bool) -> Any:
    table = pa.table(
        {
            "value": columns["value"],
            "direction": pa.array(columns["direction"].tolist(), pa.string()),
            "start": pa.array(columns["start"]),
            "end": pa.array(columns["end"]),
            "gate": pa.array(columns["gate"].tolist(), pa.string()),
        }
    )
    if not dictionary:
        return table
    for name in ("direction", "gate"):
        # narrow indices, as a file written from a pandas categorical holds them
        encoded = table.column(name).combine_chunks().dictionary_encode()
        narrow = pa.DictionaryArray.from_arrays(encoded.indices.cast(pa.int8()), encoded.dictionary)
        table = table.set_column(table.schema.get_field_index(name), name, narrow)
    return table


CONTAINERS: dict[str, Callable[[dict[str, Any]], Any]] = {
    "numpy": lambda columns: {
        **columns,
        "direction": columns["direction"].astype(str),  # a numpy string array
    },
    "pandas objects": lambda columns: _pandas(columns, categorical=False),
    "pandas categoricals": lambda columns: _pandas(columns, categorical=True),
    "polars String": lambda columns: _polars(columns, "string"),
    "polars Categorical": lambda columns: _polars(columns, "categorical"),
    "polars Enum": lambda columns: _polars(columns, "enum"),
    "Arrow strings": lambda columns: _arrow(columns, dictionary=False),
    "Arrow dictionaries": lambda columns: _arrow(columns, dictionary=True),
}


def _parts(items: list[TradeFlow], cuts: list[int]) -> list[list[TradeFlow]]:
    bounds = [0, *sorted(min(cut, len(items)) for cut in cuts), len(items)]
    return [items[low:high] for low, high in itertools.pairwise(bounds)]


@given(
    st.lists(flows(), min_size=1, max_size=25),
    st.lists(st.integers(0, 25), max_size=3),
    st.sampled_from(sorted(CONTAINERS)),
)
def test_a_ledger_from_any_container_and_partitioning_equals_the_one_from_records(
    items: list[TradeFlow], cuts: list[int], container: str
) -> None:
    make = CONTAINERS[container]
    parts = _parts(items, cuts)
    extended = TradeLedger()
    for part in parts:
        if part:
            extended.extend_columns(make(_columns(part)), measure="customs")
    merged = TradeLedger().merge(
        *(_loaded(make(_columns(part))) for part in parts if part),
    )
    expected = TradeLedger(items)
    assert list(extended) == items
    assert list(merged) == items
    for ledger in (extended, merged):
        assert ledger.growth_table("month", by="gate") == expected.growth_table("month", by="gate")
        assert ledger.totals(("direction", "gate")).as_dict() == (
            expected.totals(("direction", "gate")).as_dict()
        )


def _loaded(columns: object) -> TradeLedger:
    ledger = TradeLedger()
    ledger.extend_columns(columns, measure="customs")
    return ledger


def test_a_dictionary_of_128_values_with_a_null_is_read_past_its_index_width() -> None:
    """int8 indices hold 128 codes: the null is given one more, so the codes are widened."""
    notes = [f"note {n}" for n in range(128)]
    indices = pa.array([*range(128), None], pa.int8())
    ledger = TradeLedger()
    ledger.extend_columns(
        pa.table(
            {
                "value": np.ones(129),
                "direction": pa.array(["export"] * 129),
                "date": pa.array([dt.date(2024, 1, 1)] * 129),
                "note": pa.DictionaryArray.from_arrays(indices, notes),
            }
        ),
        measure="customs",
    )
    assert [item.note for item in ledger] == [*notes, None]


def test_a_second_load_maps_its_codes_to_the_ledgers_own() -> None:
    """The first load's codes follow the column's; a later one's are gathered into the ledger's."""
    ledger = TradeLedger()
    day = np.array(["2024-01-02"] * 3, dtype="datetime64[D]")
    first = pd.DataFrame({"value": [1, 2, 3], "direction": ["export"] * 3, "date": day})
    first["gate"] = pd.Categorical(["huu-nghi", "chi-ma", "huu-nghi"])
    second = first.assign(gate=pd.Categorical(["tan-thanh", "huu-nghi", "tan-thanh"]))
    ledger.extend_columns(first, measure="customs")
    ledger.extend_columns(second, measure="customs")
    assert [item.gate for item in ledger] == [
        "huu-nghi",
        "chi-ma",
        "huu-nghi",
        "tan-thanh",
        "huu-nghi",
        "tan-thanh",
    ]
    assert ledger[3] == flow(
        4 - 3,
        period=Period.between(dt.date(2024, 1, 2), dt.date(2024, 1, 2)),
        gate="tan-thanh",
    )
    assert ledger.total(gate="huu-nghi") == amount(Decimal(1 + 3 + 2), "USD")


def _large(rows: int) -> dict[str, Any]:
    """Numpy columns of ``rows`` flows (nothing to hash): values, directions, days, gates."""
    rng = np.random.default_rng(7)
    days = np.datetime64("2023-01-01") + rng.integers(0, 3 * 365, rows).astype("timedelta64[D]")
    return {
        "value": rng.integers(0, 10**9, rows),
        "direction": np.array(["export", "import"])[rng.integers(0, 2, rows)],
        "date": days,
        "gate": np.array(["huu-nghi", "chi-ma", "tan-thanh"])[rng.integers(0, 3, rows)],
    }


@pytest.mark.parametrize("arrow", [False, True], ids=["numpy", "Arrow dictionaries"])
def test_a_large_table_reads_as_its_parts_read_one_after_another(*, arrow: bool) -> None:
    # 70 000 rows: the values are read on a thread beside the days; parts of 10 000, not.
    columns = _large(70_000)
    make: Callable[[dict[str, Any]], Any] = (
        (lambda part: pa.table({**part, "gate": pa.array(part["gate"]).dictionary_encode()}))
        if arrow
        else (lambda part: part)
    )
    whole = _loaded(make(columns))
    parts = TradeLedger()
    for start in range(0, 70_000, 10_000):
        parts.extend_columns(
            make({name: column[start : start + 10_000] for name, column in columns.items()}),
            measure="customs",
        )
    for name in ("value", "direction", "start", "end", "gate"):
        assert whole.column(name).tolist() == parts.column(name).tolist()
    assert whole.growth_table("month", by="gate") == parts.growth_table("month", by="gate")


@pytest.mark.parametrize(
    ("column", "bad", "message"),
    [
        ("value", -5, r"column 'value', row 69999: value is negative, got -5"),
        ("date", np.datetime64("NaT"), r"column 'date', row 69999: date is not a date, got 'NaT'"),
    ],
)
def test_a_large_table_names_the_row_it_refuses(column: str, bad: object, message: str) -> None:
    columns = _large(70_000)
    columns[column][-1] = bad
    with pytest.raises(ValueError, match=message):
        _loaded(columns)


@pytest.mark.parametrize("unit", ["D", "s", "ns"])
def test_a_missing_day_is_named_by_its_row_once(unit: str) -> None:
    days = np.array(["2024-01-01T00:00", "NaT", "2024-01-03T00:00"], dtype=f"datetime64[{unit}]")
    columns = {"value": np.array([1, 2, 3]), "direction": np.array(["export"] * 3), "date": days}
    with pytest.raises(ValueError, match=r"^column 'date', row 1: date is not a date, got 'NaT'$"):
        _loaded(columns)


@pytest.mark.parametrize("missing", ["start", "end"])
def test_a_missing_start_or_end_is_named_by_its_column_and_row(missing: str) -> None:
    # A flow over a period: a missing end is named as missing, never compared with its start.
    start = np.array(["2024-01-01", "2024-02-01"], dtype="datetime64[D]")
    end = np.array(["2024-01-31", "2024-02-29"], dtype="datetime64[D]")
    {"start": start, "end": end}[missing][1] = np.datetime64("NaT")
    columns = {
        "value": np.array([1, 2]),
        "direction": np.array(["export"] * 2),
        "start": start,
        "end": end,
    }
    with pytest.raises(
        ValueError, match=rf"^column '{missing}', row 1: {missing} is not a date, got 'NaT'$"
    ):
        _loaded(columns)


def _dated(days: list[int | None], container: str) -> Any:
    """Three flows on ``days`` (numbers since 1970): polars Date, or Arrow date32 in two chunks."""
    value, direction = np.array([1, 2, 3]), ["export"] * 3
    if container == "polars Date":
        date = pl.Series(days, dtype=pl.Int32).cast(pl.Date)
        return pl.DataFrame({"value": value, "direction": direction, "date": date})
    chunks = [pa.array(days[:1], pa.int32()), pa.array(days[1:], pa.int32())]
    date = pa.chunked_array([chunk.cast(pa.date32()) for chunk in chunks])
    return pa.table({"value": value, "direction": direction, "date": date})


def _number(day: str) -> int:
    return int(np.datetime64(day, "D").astype(np.int64))


@pytest.mark.parametrize("container", ["polars Date", "Arrow date32"])
def test_days_as_polars_or_arrow_store_them_read_as_numpys(container: str) -> None:
    """int32 days read as stored: the same ledger as of datetime64 days."""
    days = np.array(["0001-01-01", "2024-02-29", "9999-12-31"], dtype="datetime64[D]")
    ledger = _loaded(_dated(days.astype(np.int64).tolist(), container))
    numpy_columns = {"value": np.array([1, 2, 3]), "direction": np.array(["export"] * 3)}
    assert list(ledger) == list(_loaded({**numpy_columns, "date": days}))
    assert [item.period.start for item in ledger] == days.tolist()


def test_days_read_as_stored_are_the_ledgers_not_the_callers() -> None:
    """An Arrow column made from a numpy array holds its memory: the ledger keeps a copy."""
    stored = np.array([_number("2024-01-31"), _number("2024-02-29")], dtype=np.int32)
    table = pa.table(
        {
            "value": np.array([1, 2]),
            "direction": ["export"] * 2,
            "date": pa.array(stored).cast(pa.date32()),  # the numpy array's memory
        }
    )
    ledger = _loaded(table)
    stored[:] = 0
    assert [item.period.start for item in ledger] == [dt.date(2024, 1, 31), dt.date(2024, 2, 29)]
    assert ledger.growth_table("month").periods[-1] == Period.month(2024, 2)


@pytest.mark.parametrize("container", ["polars Date", "Arrow date32"])
@pytest.mark.parametrize(
    ("day", "message"),
    [
        (None, r"^column 'date', row 1: date is not a date, got 'NaT'$"),
        (
            _number("9999-12-31") + 6,
            r"^column 'date', row 1: date is outside the years 1 to 9999, got '10000-01-06'$",
        ),
    ],
    ids=["missing", "year 10000"],
)
def test_a_polars_or_arrow_day_refused_is_named_as_in_numpy(
    container: str, day: int | None, message: str
) -> None:
    frame = _dated([_number("2024-01-01"), day, _number("2024-01-03")], container)
    with pytest.raises(ValueError, match=message):
        _loaded(frame)
