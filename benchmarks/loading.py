"""What loading a table of trade flows costs, against pyarrow and pandas reading it alone.

A million synthetic flows (a fixed seed: a day each, 12 gates, four directions,
values in whole dollars, document ids from a sources table) are written to a
Parquet file, then, in the same run and in interleaved rounds:

* ``read_trade_flows(path)``: the Parquet file to a checked ledger (document
  ids mapped to sources once per distinct id, text columns hashed once);
* its floor: ``pyarrow.parquet.read_table(path)`` alone, the file to columns;
* ``read_trade_flows(frame)``: a pandas DataFrame (categorical gate,
  direction and source) to a checked ledger;
* its floor: pandas reading the same data alone, ``pandas.read_parquet(path)``;
  and, for information, what an expert does to have columns from that frame
  (``frame[...].cat.codes`` and ``to_numpy()`` of every column, nearly free).

Results are checked equal (the ledgers' totals by gate to the dollar). It
prints the median of ``ROUNDS`` timings and the median ratios (target: at most
2× the floor).

Crossings are not part of a dataset yet; their columnar path is measured in
``benchmarks/fees.py`` and ``benchmarks/scale.py``.

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

if TYPE_CHECKING:
    from collections.abc import Callable

SEED = 20210101
GATES = [f"gate-{n:02d}" for n in range(12)]
DIRECTIONS = ["export", "import", "temporary_import", "re_export"]
SOURCES = {
    f"doc-{n}": Source(id=f"doc-{n}", title=f"Report {n}", event=None, file=f"{n}.md")
    for n in range(5)
}


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


def main(rows: int, rounds: int) -> None:
    frame = flows(rows)
    with tempfile.TemporaryDirectory() as directory:
        path = Path(directory) / "trade_flows.parquet"
        pq.write_table(pa.Table.from_pandas(frame, preserve_index=False), path)
        cases: dict[str, Callable[[], Any]] = {
            "parquet: read_trade_flows": lambda: read_trade_flows(path, sources=SOURCES),
            "parquet: pyarrow read_table": lambda: pq.read_table(path),
            "frame: read_trade_flows": lambda: read_trade_flows(frame, sources=SOURCES),
            "frame: pandas read_parquet": lambda: pd.read_parquet(path),
            "frame: codes and to_numpy": lambda: expert_columns(frame),
        }
        times: dict[str, list[float]] = {name: [] for name in cases}
        results: dict[str, Any] = {}
        for _ in range(rounds):
            for name, case in cases.items():
                seconds, results[name] = timed(case)
                times[name].append(seconds)
    parquet, from_frame = results["parquet: read_trade_flows"], results["frame: read_trade_flows"]
    if not len(parquet) == len(from_frame) == rows:
        raise SystemExit("a ledger lost or gained flows")
    if totals(parquet) != totals(from_frame):
        raise SystemExit("the Parquet and DataFrame ledgers disagree")
    expected = frame.groupby("gate", observed=True)["value"].sum()
    if totals(parquet) != {gate: int(expected[gate]) for gate in GATES}:
        raise SystemExit("the ledgers disagree with pandas on the totals by gate")
    median = {name: statistics.median(values) for name, values in times.items()}
    print(f"{rows:,} trade flows, median of {rounds} interleaved rounds; results agree")
    for name, seconds in median.items():
        print(f"  {name:32s} {seconds:8.3f} s")
    ratio_parquet = median["parquet: read_trade_flows"] / median["parquet: pyarrow read_table"]
    ratio_frame = median["frame: read_trade_flows"] / median["frame: pandas read_parquet"]
    ratio_codes = median["frame: read_trade_flows"] / median["frame: codes and to_numpy"]
    print(f"Parquet: read_trade_flows / pyarrow alone: {ratio_parquet:6.2f}x (target <= 2x)")
    print(f"DataFrame: read_trade_flows / pandas alone: {ratio_frame:6.2f}x (target <= 2x)")
    print(f"DataFrame: read_trade_flows / codes and to_numpy: {ratio_codes:6.2f}x (information)")


if __name__ == "__main__":
    main(
        int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000,
        int(sys.argv[2]) if len(sys.argv) > 2 else 5,
    )
