"""The columnar fee path's encodings: text hashed against a sample, on threads of the call.

Text columns of many rows are looked up among a sample's values (the rest
dictionary-encoded), and several of them are hashed at once on threads that
end with the call; the fees must stay those ``assess`` gives row by row.
"""

from __future__ import annotations

import datetime as dt
import math
import os
import signal
import threading
import time
import warnings
from typing import Any
from unittest import mock

import numpy as np
import pandas as pd  # type: ignore[import-untyped]
import polars as pl
import pyarrow as pa  # type: ignore[import-untyped]
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dongdang import _columnar
from dongdang._columnar import encode, encode_all, on_threads, to_numpy
from dongdang.errors import DongDangError
from dongdang.fees import Crossing
from fee_tables import REGIMES, USER


def decoded(encoded: Any) -> list[Any]:
    assert encoded is not None
    codes, uniques = encoded
    return [None if code < 0 else uniques[code] for code in codes.tolist()]


def text_columns(values: list[str | None]) -> dict[str, object]:
    """One column of text in each container whose text Arrow hashes."""
    return {
        "arrow string": pa.array(values, type=pa.string()),
        "arrow large string": pa.chunked_array(
            [values[: len(values) // 2], values[len(values) // 2 :]], type=pa.large_string()
        ),
        "arrow string view": pa.array(values, type=pa.string_view()),
        "pandas str": pd.Series(values, dtype="str"),
        "pandas string[pyarrow]": pd.Series(values, dtype="string[pyarrow]"),
        "pandas ArrowDtype": pd.Series(values, dtype=pd.ArrowDtype(pa.large_string())),
        "polars": pl.Series(values, dtype=pl.String),
    }


# -- text the sample misses ----------------------------------------------------------


def test_values_the_sample_misses_are_encoded_too() -> None:
    # 20 000 rows: the sample takes every fourth; the rare values sit between.
    values: list[str | None] = ["fruit"] * 20_000
    for row, rare in [(1, "ore"), (5, None), (7, "fruit+ore"), (19_999, "ore"), (9_999, "")]:
        values[row] = rare
    for name, column in text_columns(values).items():
        assert decoded(encode(column)) == values, name


def test_mostly_distinct_text_is_encoded_whole() -> None:
    values: list[str | None] = [f"gate {row}" for row in range(10_000)]
    values[3] = None
    for name, column in text_columns(values).items():
        encoded = encode(column)
        assert decoded(encoded) == values, name
        assert encoded is not None
        assert len(encoded[1]) == len(set(values) - {None})  # each once


@pytest.mark.parametrize(
    "column",
    [pd.Series(["a", None], dtype="string[python]"), pd.Series(["a", None], dtype=object)],
    ids=["string[python]", "object"],
)
def test_pandas_text_held_by_python_is_hashed_by_pandas(column: pd.Series) -> None:
    assert _columnar._held_by_arrow(column) is None
    assert decoded(encode(column)) == ["a", None]


def test_a_polars_number_column_with_nulls_reads_them_as_nan() -> None:
    read = to_numpy(pl.Series([1.5, None, 2.0]))
    assert read.dtype == np.float64
    assert np.array_equal(read, [1.5, math.nan, 2.0], equal_nan=True)


# -- assess_many equals assess row by row, whatever the encoding ---------------------

rows = st.fixed_dictionaries(
    {
        "date": st.dates(min_value=dt.date(2023, 6, 1), max_value=dt.date(2026, 12, 31)),
        "regime": st.sampled_from([*REGIMES[:3], "smuggling", "", None]),
        "goods": st.sampled_from(
            ["fruit", "ore", "fruit+ore", "ore+timber+fruit", "electronics", "", None, "Bad"]
        ),
        "payload": st.sampled_from([math.nan, 0.0, 1.999, 2.0, 5.0, 10.5, 30.0, -1.0]),
        "container": st.sampled_from(["", "", None, "20ft", "40ft", "45ft"]),
        "journey": st.sampled_from(["standard", "inland_delivery", "yard_only", "by_air", None]),
    }
)
TEXTS = ("regime", "goods", "container", "journey")


def scalar(row: dict[str, Any]) -> int | type[DongDangError]:
    """The fee ``assess`` gives, a missing text read as empty; or the error's type."""
    try:
        crossing = Crossing(
            date=row["date"],
            payload=None if math.isnan(row["payload"]) else row["payload"],
            container=row["container"] or None,
            regime=row["regime"] or "",
            goods=row["goods"] or "",
            journey=row["journey"] or "",
        )
        return USER.assess(crossing).fee
    except DongDangError as error:
        return type(error)


def frames(table: list[dict[str, Any]]) -> dict[str, object]:
    """The table in each container whose text Arrow hashes (polars reads NaN as null)."""
    columns = {name: [row[name] for row in table] for name in (*TEXTS, "payload")}
    days = np.array([row["date"] for row in table], dtype="datetime64[D]")
    arrow = pa.table(
        {
            "date": days,
            "payload": columns["payload"],
            **{name: pa.array(columns[name], pa.large_string()) for name in TEXTS},
        }
    )
    return {
        "pandas str": pd.DataFrame(
            {"date": days, "payload": columns["payload"]}
            | {name: pd.Series(columns[name], dtype="str") for name in TEXTS}
        ),
        "polars": pl.from_arrow(arrow),
        "arrow": arrow,
        "arrow string view": arrow.cast(
            pa.schema(
                [
                    pa.field(
                        name, pa.string_view() if name in TEXTS else arrow.schema.field(name).type
                    )
                    for name in arrow.column_names
                ]
            )
        ),
    }


@settings(max_examples=40, deadline=None)
@given(st.lists(rows, min_size=1, max_size=12), st.integers(1, 3))
def test_assess_many_equals_assess_row_by_row_hashed_on_threads(
    table: list[dict[str, Any]], repeats: int
) -> None:
    # Every row repeated in blocks: the sample (every 4th row of 20 000) misses some
    # values, and the columns are hashed on the shared threads.
    block = 20_000 // (len(table) * repeats) or 1
    table = [row for row in table for _ in range(repeats)] * block
    expected = [scalar(row) for row in table[: len(table) // block]] * block
    with mock.patch.object(_columnar, "_THREADED_ROWS", 1):
        for name, container in frames(table).items():
            if all(isinstance(fee, int) for fee in expected):
                assert USER.assess_many(container).tolist() == expected, name  # type: ignore[arg-type]
                continue
            with pytest.raises(DongDangError) as caught:
                USER.assess_many(container)  # type: ignore[arg-type]
            message = str(caught.value)
            row = int(message.split(" ", 2)[1])
            assert message.startswith(f"row {row} ("), name
            assert type(caught.value) is expected[row], (name, message)


# -- the threads of a call ------------------------------------------------------------


def test_no_thread_outlives_a_call() -> None:
    values = ["x", None, "y", "x"] * 10
    columns = text_columns(values)
    table = [
        {"date": dt.date(2025, 6, 2), "payload": 1.5, "container": None, "regime": "export"}
        | {"goods": "fresh_produce", "journey": "standard"}
    ] * 8
    before = threading.active_count()
    with (
        mock.patch.object(_columnar, "_THREADED_ROWS", 1),
        mock.patch.object(_columnar, "_cores", return_value=4),
    ):
        encode_all(columns)
        for name, container in frames(table).items():
            USER.assess_many(container)  # type: ignore[arg-type]
            assert threading.active_count() == before, name
        with pytest.raises(KeyError):
            on_threads(_raise_or_name, [1, KeyError("x"), 2])
    assert threading.active_count() == before


def _raise_or_name(value: object) -> object:
    if isinstance(value, Exception):
        raise value
    return (value, threading.current_thread().name)


def test_the_threads_are_as_many_as_the_cores_the_process_may_use_less_one(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # a container or taskset gives the process 3 of the machine's 64 cores
    monkeypatch.setattr(os, "sched_getaffinity", lambda _pid: {0, 5, 9}, raising=False)
    monkeypatch.setattr(os, "cpu_count", lambda: 64)
    assert _columnar._cores() == 3
    # three tasks that each wait for the other two: done only if all three run at once
    meeting = threading.Barrier(3, timeout=30)
    found = on_threads(lambda _value: (meeting.wait(), threading.current_thread().name), [1, 2, 3])
    assert len({name for _, name in found}) == 3
    # where the system keeps no affinity (macOS, Windows): every core, or one if unknown
    monkeypatch.delattr(os, "sched_getaffinity", raising=False)
    assert _columnar._cores() == 64
    monkeypatch.setattr(os, "cpu_count", lambda: None)
    assert _columnar._cores() == 1
    # Without threads (one core), the calling thread does everything.
    alone = on_threads(_raise_or_name, [1, 2, 3])
    assert {name for _, name in alone} == {threading.current_thread().name}


def test_encode_all_on_threads_encodes_each_column_as_encode_does() -> None:
    values = ["x", None, "y", "x"] * 10
    columns = text_columns(values) | {"numbers": pa.array(range(40))}
    with mock.patch.object(_columnar, "_THREADED_ROWS", 1):
        encoded = encode_all(columns)
    assert encoded["numbers"] is None
    for name in text_columns(values):
        assert decoded(encoded[name]) == values, name


@pytest.mark.parametrize("cores", [1, 2, 8])
def test_the_threads_give_results_in_order_and_the_first_error(cores: int) -> None:
    with mock.patch.object(_columnar, "_cores", return_value=cores):
        found = on_threads(_raise_or_name, list(range(20)))
        assert [value for value, _ in found] == list(range(20))
        with pytest.raises(KeyError, match="first"):
            on_threads(_raise_or_name, [1, KeyError("first"), 2, ValueError("second")])
        assert on_threads(_raise_or_name, []) == []


@pytest.mark.skipif(not hasattr(os, "fork"), reason="fork is POSIX")
def test_a_forked_child_encodes_on_threads_of_its_own() -> None:
    values = ["a", "b", None] * 5
    # Arrow columns only: polars' own thread pool does not survive a fork.
    columns = {"one": pa.array(values), "two": pa.array(values, type=pa.large_string())}
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)  # fork of a threaded process
        child = os.fork()
    if child == 0:  # pragma: no cover - the child reports by its exit status
        status = 1
        try:
            before = threading.active_count()
            with (
                mock.patch.object(_columnar, "_THREADED_ROWS", 1),
                mock.patch.object(_columnar, "_cores", return_value=4),
            ):
                encoded = encode_all(columns)
            right = all(decoded(encoded[name]) == values for name in columns)
            status = 0 if right and threading.active_count() == before else 2
        finally:
            os._exit(status)
    deadline = time.monotonic() + 60
    done, status = os.waitpid(child, os.WNOHANG)
    while not done and time.monotonic() < deadline:
        time.sleep(0.05)
        done, status = os.waitpid(child, os.WNOHANG)
    if not done:  # hung: a lock copied held by fork
        os.kill(child, signal.SIGKILL)
        os.waitpid(child, 0)
        pytest.fail("the forked child hung encoding its columns")
    assert os.waitstatus_to_exitcode(status) == 0
