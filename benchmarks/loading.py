"""What loading crossings and trade flows costs, against pyarrow and pandas reading them alone.

A million synthetic crossings and a million synthetic trade flows (fixed seeds:
a day each, 12 gates, categorical text) are written to Parquet files, then,
in the same run and in interleaved rounds, for each table:

* ``read_crossings(path)`` / ``read_trade_flows(path)``: the Parquet file to
  checked records (a :class:`~dongdang.records.CrossingTable`, a ledger);
* its floor: ``pyarrow.parquet.read_table(path)`` alone, the file to columns;
* ``read_crossings(frame)`` / ``read_trade_flows(frame)``: a pandas DataFrame
  (categorical text columns) to checked records;
* its floor: pandas reading the same data alone, ``pandas.read_parquet(path)``;
  and, for information, what an expert does to have columns from that frame
  (``frame[...].cat.codes`` and ``to_numpy()`` of every column, nearly free).

The Parquet path is columnar: Arrow reads the file (text columns through the
file's dictionary pages, ``read_dictionary``), numbers and days go to numpy
without a copy where Arrow's buffers allow (a timestamp's ticks floored to days
by one integer division), the dictionary codes are used in the width they are
stored in, each distinct value checked once; no Python runs per row.

Results are checked equal: the crossings from Parquet and from the frame
equal, and to pandas' counts by gate and payloads; the ledgers' totals by gate
equal to the dollar, and to pandas' own sums. It prints the median of ``ROUNDS``
timings and the median ratios (target: at most 2× the floor), after one untimed
round of every case (imports, caches and memory warmed alike), the order of
the cases reversed every other round.

Run: python benchmarks/loading.py [ROWS] [ROUNDS]
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from dongdang.dataset import read_trade_flows
from dongdang.provenance import Source
from dongdang.records import read_crossings

if TYPE_CHECKING:
    from collections.abc import Callable

SEED = 20210101
GATES = [f"gate-{n:02d}" for n in range(12)]
DIRECTIONS = ["export", "import", "temporary_import", "re_export"]
SOURCES = {
    f"doc-{n}": Source(id=f"doc-{n}", title=f"Report {n}", event=None, file=f"{n}.md")
    for n in range(5)
}
#: Untimed rounds first, of every case alike: imports, caches and allocators warmed on both sides.
WARM_UP = 1
REGIMES = ["export", "import", "temporary_import_reexport", "transit"]
GOODS = ["fruit", "ore", "machinery", "agricultural_products", "fruit+ore"]


def _days(rng: np.random.Generator, rows: int, start: str) -> Any:  # noqa: ANN401
    return np.datetime64(start) + rng.integers(0, 365, rows).astype("timedelta64[D]")


def flows(rows: int) -> pd.DataFrame:
    """A million flows, one day each, with categorical text columns."""
    rng = np.random.default_rng(SEED)
    days = np.datetime64("2023-01-01") + rng.integers(0, 3 * 365, rows).astype("timedelta64[D]")
    return pd.DataFrame(
        {
            "value": rng.integers(1, 1_000_000, rows),
            "direction": pd.Categorical.from_codes(rng.integers(0, 4, rows), DIRECTIONS),
            "measure": pd.Categorical.from_codes(np.zeros(rows, dtype=np.int8), ["customs"]),
            "start": days,
            "end": days,
            "gate": pd.Categorical.from_codes(rng.integers(0, len(GATES), rows), GATES),
            "source": pd.Categorical.from_codes(rng.integers(0, 5, rows), list(SOURCES)),
        }
    )


def crossings(rows: int) -> pd.DataFrame:
    """A million crossings in 2025: a third of them containers."""
    rng = np.random.default_rng(SEED + 1)
    container = rng.random(rows) < 1 / 3
    payload = np.round(rng.uniform(0.5, 60.0, rows), 1)
    payload[container] = np.nan
    sizes = np.where(container, rng.integers(0, 2, rows), -1)
    return pd.DataFrame(
        {
            "date": _days(rng, rows, "2025-01-01"),
            "regime": pd.Categorical.from_codes(rng.integers(0, len(REGIMES), rows), REGIMES),
            "goods": pd.Categorical.from_codes(rng.integers(0, len(GOODS), rows), GOODS),
            "payload": payload,
            "container": pd.Categorical.from_codes(sizes, ["20ft", "40ft"]),
            "gate": pd.Categorical.from_codes(rng.integers(0, len(GATES), rows), GATES),
        }
    )


def expert_columns(frame: pd.DataFrame) -> dict[str, Any]:
    """The frame's columns as numpy arrays and categorical codes: the floor for a DataFrame."""
    return {
        name: frame[name].cat.codes.to_numpy()
        if isinstance(frame[name].dtype, pd.CategoricalDtype)
        else frame[name].to_numpy()
        for name in frame.columns
    }


def totals(ledger: Any) -> dict[str, Any]:  # noqa: ANN401 - a TradeLedger
    """The exact total of each gate's flows, in dollars."""
    return {gate: ledger.total(gate=gate).magnitude for gate in GATES}


def timed(function: Callable[[], Any]) -> tuple[float, Any]:
    start = time.perf_counter()
    result = function()
    return time.perf_counter() - start, result


def check(results: dict[str, Any], trade: pd.DataFrame, vehicles: pd.DataFrame, rows: int) -> None:
    """The same records whatever the container, and as pandas counts them."""
    parquet, from_frame = results["flows, parquet: dongdang"], results["flows, frame: dongdang"]
    if not len(parquet) == len(from_frame) == rows:
        raise SystemExit("a ledger lost or gained flows")
    if totals(parquet) != totals(from_frame):
        raise SystemExit("the Parquet and DataFrame ledgers disagree")
    expected = trade.groupby("gate", observed=True)["value"].sum()
    if totals(parquet) != {gate: int(expected[gate]) for gate in GATES}:
        raise SystemExit("the ledgers disagree with pandas on the totals by gate")
    table, frame = results["crossings, parquet: dongdang"], results["crossings, frame: dongdang"]
    if not len(table) == len(frame) == rows or table != frame:
        raise SystemExit("the crossings from Parquet and from the DataFrame disagree")
    gates, counts = np.unique(table.text("gate").astype(str), return_counts=True)
    expected = vehicles["gate"].value_counts()
    if dict(zip(gates.tolist(), counts.tolist(), strict=True)) != expected.to_dict():
        raise SystemExit("the crossings disagree with pandas on the count by gate")
    if not np.array_equal(table.payload, vehicles["payload"].to_numpy(), equal_nan=True):
        raise SystemExit("the crossings disagree with pandas on the payloads")


def main(rows: int, rounds: int) -> None:
    trade = flows(rows)
    vehicles = crossings(rows)
    with tempfile.TemporaryDirectory() as directory:
        flow_path = Path(directory) / "trade_flows.parquet"
        crossing_path = Path(directory) / "crossings.parquet"
        pq.write_table(pa.Table.from_pandas(trade, preserve_index=False), flow_path)
        pq.write_table(pa.Table.from_pandas(vehicles, preserve_index=False), crossing_path)
        gates = set(GATES)
        cases: dict[str, Callable[[], Any]] = {
            "crossings, parquet: dongdang": lambda: read_crossings(crossing_path, gates=gates),
            "crossings, parquet: pyarrow alone": lambda: pq.read_table(crossing_path),
            "crossings, frame: dongdang": lambda: read_crossings(vehicles, gates=gates),
            "crossings, frame: pandas alone": lambda: pd.read_parquet(crossing_path),
            "crossings, frame: codes and to_numpy": lambda: expert_columns(vehicles),
            "flows, parquet: dongdang": lambda: read_trade_flows(flow_path, sources=SOURCES),
            "flows, parquet: pyarrow alone": lambda: pq.read_table(flow_path),
            "flows, frame: dongdang": lambda: read_trade_flows(trade, sources=SOURCES),
            "flows, frame: pandas alone": lambda: pd.read_parquet(flow_path),
            "flows, frame: codes and to_numpy": lambda: expert_columns(trade),
        }
        times: dict[str, list[float]] = {name: [] for name in cases}
        results: dict[str, Any] = {}
        for number in range(WARM_UP + rounds):
            # every case in each round, the order reversed every other round: each
            # follows a different neighbour, whose memory it may reuse or fault in
            order = list(cases.items())[:: -1 if number % 2 else 1]
            for name, case in order:
                seconds, results[name] = timed(case)
                if number >= WARM_UP:
                    times[name].append(seconds)
    check(results, trade, vehicles, rows)
    median = {name: statistics.median(values) for name, values in times.items()}
    print(f"{rows:,} crossings and {rows:,} trade flows, median of {rounds} interleaved rounds;")
    print("results agree")
    for name, seconds in median.items():
        print(f"  {name:40s} {seconds:8.3f} s")
    for table in ("crossings", "flows"):
        ours = median[f"{table}, parquet: dongdang"]
        ratio = ours / median[f"{table}, parquet: pyarrow alone"]
        print(f"{table}, Parquet: dongdang / pyarrow alone: {ratio:6.2f}x (target <= 2x)")
        ours = median[f"{table}, frame: dongdang"]
        ratio = ours / median[f"{table}, frame: pandas alone"]
        print(f"{table}, DataFrame: dongdang / pandas alone: {ratio:6.2f}x (target <= 2x)")
        ratio = ours / median[f"{table}, frame: codes and to_numpy"]
        print(f"{table}, DataFrame: dongdang / codes and to_numpy: {ratio:6.2f}x (information)")


if __name__ == "__main__":
    main(
        int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000,
        int(sys.argv[2]) if len(sys.argv) > 2 else 5,
    )
