"""The Parquet read path: text columns through the file's dictionary pages, the same records.

A Parquet file's text columns are read as dictionaries (Arrow's
``read_dictionary``), so the codes the file stores are used and nothing is
hashed again. The records (or the errors) must be exactly those of the same
file read plainly, as an Arrow table of strings: nulls, empty texts and
unknown codes included.
"""

from __future__ import annotations

import datetime as dt
import tempfile
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dongdang.dataset import read_trade_flows
from dongdang.provenance import Source
from dongdang.records import read_crossings
from dongdang.tables import TableError, arrow_numbers, table_columns

pa = pytest.importorskip("pyarrow")
pq = pytest.importorskip("pyarrow.parquet")

SLOW = settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
GATES = ("huu-nghi", "tan-thanh", "chi-ma")
SOURCES = {
    key: Source(id=key, title=f"Report {key}", event=None, file=f"{key}.txt")
    for key in ("doc-1", "doc-2")
}
_DAYS = st.dates(dt.date(2023, 1, 1), dt.date(2025, 12, 31))


def _plain_and_dictionary(columns: dict[str, Any], directory: Path) -> tuple[Any, Path]:
    """The columns as an Arrow table of plain strings, and as a Parquet file of it."""
    table = pa.table(columns)
    path = directory / "table.parquet"
    pq.write_table(table, path)
    return table, path


def _outcome(read: Any) -> object:
    """What a read gives: its records, or its error's text."""
    try:
        return read()
    except TableError as error:
        return str(error)


def test_text_columns_of_a_parquet_file_are_read_as_dictionaries(tmp_path: Path) -> None:
    _, path = _plain_and_dictionary(
        {
            "text": pa.array(["a", None, "", "a"], pa.string()),
            "large": pa.array(["b", "c", "b", None], pa.large_string()),
            "number": pa.array([1, 2, None, 4]),
            "day": pa.array([dt.date(2024, 1, 1)] * 4),
        },
        tmp_path,
    )
    columns = table_columns(path)
    assert {name: str(column.type) for name, column in columns.items()} == {
        "text": "dictionary<values=string, indices=int32, ordered=0>",
        "large": "dictionary<values=string, indices=int32, ordered=0>",
        "number": "int64",
        "day": "date32[day]",
    }
    assert columns["text"].to_pylist() == ["a", None, "", "a"]
    assert columns["large"].to_pylist() == ["b", "c", "b", None]


@st.composite
def crossing_columns(draw: st.DrawFn) -> dict[str, Any]:
    size = draw(st.integers(1, 12))

    def texts(pool: list[str | None]) -> Any:
        return pa.array(draw(st.lists(st.sampled_from(pool), min_size=size, max_size=size)))

    bad = draw(st.booleans())  # unknown codes and missing required texts, or none
    container = texts([None, "20ft", "40ft", ""] + (["50ft"] if bad else []))
    return {
        "date": pa.array(draw(st.lists(_DAYS, min_size=size, max_size=size))),
        "regime": texts(["export", "import"] + (["smuggling", None] if bad else [])),
        "goods": texts(["fruit", "ore+fruit"] + (["Ore"] if bad else [])),
        "payload": pa.array([None if cell else 12.5 for cell in container.to_pylist()]),
        "container": container,
        "gate": texts([*GATES, "", None] + (["no-such-gate"] if bad else [])),
    }


@SLOW
@given(columns=crossing_columns())
def test_crossings_through_dictionaries_are_those_of_the_plain_read(
    columns: dict[str, Any],
) -> None:
    with tempfile.TemporaryDirectory() as directory:
        table, path = _plain_and_dictionary(columns, Path(directory))
        plain = _outcome(lambda: read_crossings(table, gates=GATES, name="crossings.parquet"))
        through = _outcome(lambda: read_crossings(path, gates=GATES, name="crossings.parquet"))
        assert through == plain


@st.composite
def flow_columns(draw: st.DrawFn) -> dict[str, Any]:
    size = draw(st.integers(1, 12))

    def texts(pool: list[str | None]) -> Any:
        return pa.array(draw(st.lists(st.sampled_from(pool), min_size=size, max_size=size)))

    days = draw(st.lists(_DAYS, min_size=size, max_size=size))
    bad = draw(st.booleans())  # unknown codes, or none
    return {
        "value": pa.array(draw(st.lists(st.integers(0, 10**6), min_size=size, max_size=size))),
        "direction": texts(["export", "import", "nhập khẩu"] + (["smuggling"] if bad else [])),
        "measure": texts(["customs"]),
        "start": pa.array(days),
        "end": pa.array(days),
        "gate": texts([*GATES, "", None]),
        "note": texts(["a note", "", None]),
        "source": texts(["doc-1", "doc-2", None] + (["doc-3"] if bad else [])),
    }


@SLOW
@given(columns=flow_columns())
def test_trade_flows_through_dictionaries_are_those_of_the_plain_read(
    columns: dict[str, Any],
) -> None:
    with tempfile.TemporaryDirectory() as directory:
        table, path = _plain_and_dictionary(columns, Path(directory))
        plain = _outcome(lambda: read_trade_flows(table, sources=SOURCES, name="flows.parquet"))
        through = _outcome(lambda: read_trade_flows(path, sources=SOURCES, name="flows.parquet"))
        if isinstance(plain, str):
            assert through == plain
        else:
            assert not isinstance(through, str)
            assert list(through) == list(plain)  # type: ignore[call-overload]


@given(
    ticks=st.lists(st.integers(-(10**11), 10**11), max_size=20),
    unit=st.sampled_from(["s", "ms", "us", "ns"]),
)
def test_timestamps_are_floored_to_their_days_as_numpy_floors_them(
    ticks: list[int], unit: str
) -> None:
    column = pa.chunked_array([pa.array(ticks, pa.timestamp(unit))])
    days = arrow_numbers(column)
    assert days.dtype == np.dtype("datetime64[D]")
    assert days.tolist() == np.array(ticks, f"datetime64[{unit}]").astype("datetime64[D]").tolist()


def test_timestamps_of_a_time_zone_are_days_there_and_missing_ones_are_left_to_the_reader() -> None:
    late = pa.array([dt.datetime(2024, 1, 1, 20, tzinfo=dt.UTC)], pa.timestamp("ms", tz="UTC"))
    assert arrow_numbers(late.cast(pa.timestamp("ms", tz="Asia/Ho_Chi_Minh"))).tolist() == [
        dt.date(2024, 1, 2)  # 03:00 on the next day in Hà Nội
    ]
    gap = pa.array([0, None], pa.timestamp("ms"))
    assert arrow_numbers(gap) is gap
