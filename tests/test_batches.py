"""Beyond one machine: Parquet datasets in batches, Dask partitions, merged ledgers."""

from __future__ import annotations

import importlib
import sys
from typing import TYPE_CHECKING, Any

import numpy as np
import pandas as pd  # type: ignore[import-untyped]
import pyarrow as pa  # type: ignore[import-untyped]
import pyarrow.dataset as ds  # type: ignore[import-untyped]
import pyarrow.parquet as pq  # type: ignore[import-untyped]
import pytest
from hypothesis import given
from hypothesis import strategies as st

from dongdang import batches
from dongdang.batches import assess_dask, assess_dataset, ledger_of_dask, ledger_of_dataset
from dongdang.errors import InvalidTypeError, InvalidValueError
from dongdang.trade import TradeFlow, TradeLedger
from fee_tables import USER, columns_of
from strategies import crossing_rows, flows

if TYPE_CHECKING:
    from pathlib import Path

dd = pytest.importorskip("dask.dataframe")


# -- merging ledgers ---------------------------------------------------------------------


@given(st.lists(st.lists(flows(), max_size=8), min_size=1, max_size=4))
def test_merging_the_ledgers_of_parts_gives_the_ledger_of_the_whole(
    parts: list[list[TradeFlow]],
) -> None:
    ledgers = [TradeLedger(part) for part in parts]
    merged = ledgers[0].merge(*ledgers[1:])
    assert list(merged) == [item for part in parts for item in part]
    assert merged.totals(("gate", "quarter")).as_dict() == (
        TradeLedger([item for part in parts for item in part]).totals(("gate", "quarter")).as_dict()
    )


@given(st.lists(flows(), max_size=6), st.lists(flows(), max_size=6), st.lists(flows(), max_size=6))
def test_merging_is_associative(
    first: list[TradeFlow], second: list[TradeFlow], third: list[TradeFlow]
) -> None:
    a, b, c = TradeLedger(first), TradeLedger(second), TradeLedger(third)
    assert list(a.merge(b).merge(c)) == list(a.merge(b.merge(c)))
    assert list(a) == first  # the ledgers merged are left as they were


@pytest.mark.parametrize(
    ("other", "error", "named"),
    [
        (TradeLedger(currency="VND"), InvalidValueError, "VND"),
        (TradeLedger(decimals=4), InvalidValueError, r"got \('USD', 4\)"),
        ("ledger", InvalidTypeError, "'ledger'"),
    ],
    ids=["currency", "decimals", "not a ledger"],
)
def test_merge_refuses_another_kind_of_ledger(
    other: object, error: type[Exception], named: str
) -> None:
    with pytest.raises(error, match=named):
        TradeLedger().merge(other)  # type: ignore[arg-type]


# -- Parquet datasets in batches ---------------------------------------------------------


def write_dataset(frame: pd.DataFrame, directory: Path, files: int) -> Path:
    for number, part in enumerate(np.array_split(np.arange(len(frame)), files)):
        table = pa.Table.from_pandas(frame.iloc[part], preserve_index=False)
        pq.write_table(table, directory / f"part-{number}.parquet")
    return directory


@given(st.lists(crossing_rows(), min_size=1, max_size=30), st.integers(1, 7))
def test_assess_dataset_gives_the_fees_of_assess_many(
    tmp_path_factory: pytest.TempPathFactory, rows: list[dict[str, Any]], batch_rows: int
) -> None:
    frame = pd.DataFrame(columns_of(rows))
    directory = write_dataset(frame, tmp_path_factory.mktemp("crossings"), files=2)
    fees = list(assess_dataset(USER, directory, batch_rows=batch_rows))
    assert all(len(batch) <= batch_rows for batch in fees)
    assert np.concatenate(fees).tolist() == USER.assess_many(columns_of(rows)).tolist()


def test_a_ledger_of_a_dataset_equals_the_ledger_of_its_records(tmp_path: Path) -> None:
    frame = _flows_frame()
    write_dataset(frame, tmp_path, files=3)
    by_batches = ledger_of_dataset(tmp_path, measure="customs", batch_rows=2)
    whole = TradeLedger()
    whole.extend_columns(frame, measure="customs")
    assert len(whole) == len(frame)
    assert list(by_batches) == list(whole)
    from_files = sorted(str(path) for path in tmp_path.iterdir())
    by_list = ledger_of_dataset(from_files, measure="customs")
    assert list(by_list) == list(whole)
    given_dataset = ledger_of_dataset(ds.dataset(tmp_path), measure="customs")
    assert list(given_dataset) == list(whole)


def test_a_filtered_dataset_gives_the_ledger_of_the_rows_it_keeps(tmp_path: Path) -> None:
    frame = _flows_frame()
    write_dataset(frame, tmp_path, files=3)
    dataset = ds.dataset(tmp_path)
    if not hasattr(dataset, "filter"):  # pragma: no cover - pyarrow before 17
        pytest.skip("this pyarrow filters no datasets")
    kept = ledger_of_dataset(dataset.filter(ds.field("value") > 3), measure="customs")
    whole = TradeLedger()
    whole.extend_columns(frame[frame["value"] > 3], measure="customs")
    assert len(whole) == 4
    assert sorted(map(repr, kept)) == sorted(map(repr, whole))


def test_a_partitioned_dataset_gives_its_partition_columns_to_the_ledger(tmp_path: Path) -> None:
    # Read a file at a time: each file's batches still carry the gate its directory names.
    frame = _flows_frame()
    frame["gate"] = frame["gate"].fillna("")
    ds.write_dataset(
        pa.Table.from_pandas(frame, preserve_index=False),
        tmp_path,
        format="parquet",
        partitioning=["gate"],
        partitioning_flavor="hive",
    )
    dataset = ds.dataset(tmp_path, format="parquet", partitioning="hive")
    assert len(list(dataset.get_fragments())) == 4  # a file per gate (and one without)
    by_files = ledger_of_dataset(dataset, measure="customs", batch_rows=2)
    whole = TradeLedger()
    whole.extend_columns(frame, measure="customs")
    assert sorted(by_files, key=repr) == sorted(whole, key=repr)


def test_a_column_one_file_lacks_is_read_as_missing(tmp_path: Path) -> None:
    frame = _flows_frame()
    write_dataset(frame, tmp_path, files=2)
    pq.write_table(  # a third file without gates: the dataset's schema still has them
        pa.Table.from_pandas(frame.drop(columns="gate").iloc[:2], preserve_index=False),
        tmp_path / "part-9.parquet",
    )
    dataset = ds.dataset(
        sorted(tmp_path.iterdir()), schema=pq.read_schema(tmp_path / "part-0.parquet")
    )
    ledger = ledger_of_dataset(dataset, measure="customs")
    assert len(ledger) == len(frame) + 2
    assert [flow.gate for flow in ledger][-2:] == [None, None]


def _flows_frame() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "value": [1.5, 2.25, 3.0, 4.0, 5.5, 6.0, 7.25],
            "direction": ["export", "import", "export", "XK", "import", "export", "import"],
            "date": pd.to_datetime(
                [
                    "2024-01-05",
                    "2024-01-06",
                    "2024-02-01",
                    "2024-03-09",
                    "2025-01-05",
                    "2025-01-06",
                    "2025-02-01",
                ]
            ),
            "gate": ["huu-nghi", None, "tan-thanh", "huu-nghi", "coc-nam", None, "tan-thanh"],
        }
    )


@pytest.mark.parametrize(
    ("source", "batch_rows", "error", "named"),
    [
        (42, 10, InvalidTypeError, "int"),
        ([1, 2], 10, InvalidTypeError, "list"),
        ("unused", 0, InvalidValueError, "0"),
        ("unused", True, InvalidTypeError, "True"),
    ],
    ids=["not a path", "not paths", "no rows", "a bool"],
)
def test_datasets_refuse_what_they_cannot_read(
    source: object, batch_rows: int, error: type[Exception], named: str
) -> None:
    with pytest.raises(error, match=named):
        list(assess_dataset(USER, source, batch_rows=batch_rows))


def test_a_missing_extra_is_named(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "pyarrow.dataset", None)
    with pytest.raises(ImportError, match=r"dongdang\[arrow\]"):
        list(assess_dataset(USER, "crossings/"))


# -- Dask, on its local scheduler --------------------------------------------------------


@given(st.lists(crossing_rows(), min_size=1, max_size=30), st.integers(1, 4))
def test_assess_dask_gives_the_fees_of_assess_many(
    rows: list[dict[str, Any]], partitions: int
) -> None:
    frame = dd.from_pandas(pd.DataFrame(columns_of(rows)), npartitions=partitions)
    fees = assess_dask(USER, frame).compute(scheduler="synchronous")
    assert fees.tolist() == USER.assess_many(columns_of(rows)).tolist()


@pytest.mark.parametrize("partitions", [1, 2, 3, 7])
@pytest.mark.parametrize("scheduler", ["synchronous", "threads"])
def test_a_ledger_of_dask_partitions_equals_the_ledger_of_the_whole(
    partitions: int, scheduler: str
) -> None:
    frame = _flows_frame()
    whole = TradeLedger()
    whole.extend_columns(frame, measure="customs")
    ledger = ledger_of_dask(
        dd.from_pandas(frame, npartitions=partitions), measure="customs", scheduler=scheduler
    )
    assert list(ledger) == list(whole)


def test_optional_imports_what_is_installed() -> None:
    assert batches.optional("json", "none") is importlib.import_module("json")
