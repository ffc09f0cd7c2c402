"""What the trade ledger costs, end to end, against what an expert writes.

A million synthetic customs declarations (a fixed seed; 12 gates, 36 months,
values in dollars and cents up to a million dollars, four directions) are
taken from raw columns (day, gate text, direction text, dollars) to the sums by
gate × month with the growth of every cell on the same month a year earlier,
in the same run, in interleaved rounds, by

* ``TradeLedger``: ``extend_columns`` of the numpy columns, of a pandas
  DataFrame, of a polars DataFrame and of a pyarrow Table, then
  ``growth_table("month", by="gate")`` (exact sums, checks included);
* numpy: ``pd.factorize`` of the gates, months from the days, cents from the
  dollars, ``np.bincount`` by ``gate * months + month``, growth by a shift;
* pandas: the DataFrame's ``groupby([gate, month]).sum()``, ``unstack``,
  ``shift(12, axis=1)``;
* polars: ``group_by([gate, month]).agg(sum)``, ``pivot``, the ratio to the
  column twelve months earlier.

It checks that all agree (sums to the cent, growth to 1e-12) and prints the
median of ``ROUNDS`` timings (after one untimed round of every contender, the
order reversed every other round) and the median ratios (target: the ledger end to
end at most 1.0× polars), the CPU time of both end to end (every thread of the
process: polars works on all cores, the ledger on some), and, for information, the aggregation alone
(``growth_table`` against ``np.bincount`` of ready codes) and the same end to
end with the text columns as a polars Categorical, whose codes the ledger
reuses, against polars on that same frame.

Run: python benchmarks/trade.py [ROWS] [ROUNDS]
"""

from __future__ import annotations

import statistics
import sys
import time
from typing import TYPE_CHECKING, Any

import numpy as np
import pandas as pd
import polars as pl
import pyarrow as pa

from dongdang.trade import TradeLedger

if TYPE_CHECKING:
    from collections.abc import Callable

    import numpy.typing as npt

SEED = 20210101
GATES = [
    "huu-nghi",
    "dong-dang-rail",
    "chi-ma",
    "tan-thanh",
    "coc-nam",
    "na-hinh",
    "na-nua",
    "binh-nghi",
    "po-nhung",
    "bao-lam",
    "huu-nghi-1119-1120",
    "huu-nghi-1088-1089",
]
#: Untimed rounds first, of every contender alike.
WARM_UP = 1
MONTHS = 36  # January 2023 to December 2025
FIRST_MONTH = np.datetime64("2023-01", "M")


def declarations(rows: int) -> dict[str, npt.NDArray[Any]]:
    """A million declarations: one day each, a gate, a direction, a value in cents."""
    rng = np.random.default_rng(SEED)
    days = np.datetime64("2023-01-01") + rng.integers(0, 3 * 365, rows).astype("timedelta64[D]")
    cents = rng.integers(1, 100_000_000, rows)  # up to a million dollars
    return {
        "date": days,
        "gate": np.array(GATES)[rng.integers(0, len(GATES), rows)],
        "direction": np.array(["export", "import", "temporary_import", "re_export"])[
            rng.integers(0, 4, rows)
        ],
        "value": cents / 100,  # dollars, as a float column: read by its shortest repr
        "cents": cents,
    }


def plain_arrays(columns: dict[str, npt.NDArray[Any]]) -> dict[str, npt.NDArray[Any]]:
    """The same data as numpy's baseline keeps it: codes and cents."""
    gate = np.searchsorted(np.array(sorted(GATES)), columns["gate"])
    month = (columns["date"].astype("datetime64[M]") - FIRST_MONTH).astype(np.int64)
    return {"gate": gate, "month": month, "value": columns["cents"]}


def by_numpy(arrays: dict[str, npt.NDArray[Any]]) -> tuple[Any, Any]:
    key = arrays["gate"] * MONTHS + arrays["month"]
    sums = np.bincount(key, weights=arrays["value"], minlength=len(GATES) * MONTHS)
    sums = sums.reshape(len(GATES), MONTHS)
    rates = np.full(sums.shape, np.nan)
    np.divide(sums[:, 12:], sums[:, :-12], out=rates[:, 12:], where=sums[:, :-12] > 0)
    return sums, rates - 1.0


def numpy_end_to_end(columns: dict[str, npt.NDArray[Any]]) -> tuple[Any, Any]:
    codes, _ = pd.factorize(columns["gate"], sort=True)
    month = (columns["date"].astype("datetime64[M]") - FIRST_MONTH).astype(np.int64)
    cents = np.round(columns["value"] * 100).astype(np.int64)
    return by_numpy({"gate": codes, "month": month, "value": cents})


def by_pandas(frame: pd.DataFrame) -> tuple[Any, Any]:
    month = (frame["date"].dt.year - 2023) * 12 + frame["date"].dt.month - 1
    cents = (frame["value"] * 100).round().astype(np.int64)
    grouped = cents.groupby([frame["gate"], month]).sum()
    sums = grouped.unstack(fill_value=0)  # noqa: PD010 - pivot_table would group again
    rates = sums / sums.shift(12, axis=1) - 1.0
    return sums, rates


def by_polars(frame: pl.DataFrame) -> tuple[Any, Any]:
    sums = (
        frame.lazy()  # noqa: PD010 - polars has no pivot_table
        .group_by(
            "gate",
            month=(pl.col("date").dt.year() - 2023) * 12 + pl.col("date").dt.month() - 1,
        )
        .agg(cents=(pl.col("value") * 100).round().cast(pl.Int64).sum())
        .collect()
        .pivot("month", index="gate", values="cents", sort_columns=True)
        .sort("gate")
        .fill_null(0)
    )
    matrix = sums.drop("gate").to_numpy()
    rates = np.full(matrix.shape, np.nan)
    np.divide(matrix[:, 12:], matrix[:, :-12], out=rates[:, 12:], where=matrix[:, :-12] > 0)
    return matrix, rates - 1.0


def ledger_of(columns: Any) -> TradeLedger:  # noqa: ANN401 - any container of columns
    ledger = TradeLedger(currency="USD")
    ledger.extend_columns(columns, unit="USD", measure="customs")
    return ledger


def end_to_end(columns: Any) -> Any:  # noqa: ANN401
    return ledger_of(columns).growth_table("month", by="gate")


def timings(
    runs: dict[str, Callable[[], Any]], rounds: int
) -> tuple[dict[str, list[float]], dict[str, list[float]], dict[str, Any]]:
    """Each contender's wall-clock times, CPU times (all threads of the process) and last result.

    Interleaved: every contender once per round, in reverse order every other
    round, after one untimed round of all of them (imports, caches and memory
    warmed alike).
    """
    times: dict[str, list[float]] = {name: [] for name in runs}
    cpu: dict[str, list[float]] = {name: [] for name in runs}
    results: dict[str, Any] = {}
    for number in range(WARM_UP + rounds):
        for name, run in list(runs.items())[:: -1 if number % 2 else 1]:
            start, start_cpu = time.perf_counter(), time.process_time()
            results[name] = run()
            if number >= WARM_UP:
                times[name].append(time.perf_counter() - start)
                cpu[name].append(time.process_time() - start_cpu)
    return times, cpu, results


def main(rows: int, rounds: int) -> None:
    columns = declarations(rows)
    raw = {name: columns[name] for name in ("date", "gate", "direction", "value")}
    frame = pd.DataFrame(
        {k: v.astype(object) if v.dtype.kind == "U" else v for k, v in raw.items()}
    )
    polars_frame = pl.from_pandas(frame).with_columns(pl.col("date").cast(pl.Date))
    table = pa.table(polars_frame.to_arrow())
    categorical = polars_frame.with_columns(pl.col("gate", "direction").cast(pl.Categorical))
    ledger = ledger_of(raw)
    arrays = plain_arrays(columns)
    runs: dict[str, Callable[[], Any]] = {
        "ledger, numpy columns": lambda: end_to_end(raw),
        "ledger, pandas DataFrame": lambda: end_to_end(frame),
        "ledger, polars DataFrame": lambda: end_to_end(polars_frame),
        "ledger, pyarrow Table": lambda: end_to_end(table),
        "numpy: factorize + bincount": lambda: numpy_end_to_end(raw),
        "pandas: groupby + unstack": lambda: by_pandas(frame),
        "polars: group_by + pivot": lambda: by_polars(polars_frame),
        "ledger, polars Categorical": lambda: end_to_end(categorical),
        "polars on the Categorical": lambda: by_polars(categorical),
        "growth_table alone (loaded)": lambda: ledger.growth_table("month", by="gate"),
        "np.bincount alone (codes)": lambda: by_numpy(arrays),
    }
    times, cpu, results = timings(runs, rounds)

    reference_sums, reference_rates = results["np.bincount alone (codes)"]
    for name, result in results.items():
        if name.startswith(("ledger", "growth_table")):
            sums, rates = result.current, result.rates()
        else:
            sums, rates = result
            sums = np.asarray(sums)
            rates = np.asarray(rates)
        if not np.array_equal(np.asarray(sums, dtype=np.int64), reference_sums.astype(np.int64)):
            raise SystemExit(f"{name} disagrees with numpy on the sums")
        if not np.allclose(rates, reference_rates, equal_nan=True, rtol=0, atol=1e-12):
            raise SystemExit(f"{name} disagrees with numpy on the growth rates")
    median = {name: statistics.median(values) for name, values in times.items()}
    print(
        f"{rows:,} flows, {len(GATES)} gates × {MONTHS} months; sums agree exactly and "
        f"growth rates to 1e-12; median of {rounds}"
    )
    for name, value in median.items():
        print(f"{name:32s} {value * 1000:8.1f} ms")
    peers = ["numpy: factorize + bincount", "pandas: groupby + unstack", "polars: group_by + pivot"]
    for ours in ("ledger, numpy columns", "ledger, pandas DataFrame", "ledger, polars DataFrame"):
        for peer in peers:
            print(f"{ours} / {peer}: {median[ours] / median[peer]:5.2f}")
    print(
        f"end to end, ledger (polars DataFrame) / polars: "
        f"{median['ledger, polars DataFrame'] / median['polars: group_by + pivot']:5.2f}"
        "  (target <= 1.0)"
    )
    used = {name: statistics.median(values) for name, values in cpu.items()}
    print(
        f"end to end, CPU time (all threads): ledger (polars DataFrame) "
        f"{used['ledger, polars DataFrame'] * 1000:.1f} ms, polars "
        f"{used['polars: group_by + pivot'] * 1000:.1f} ms, ratio "
        f"{used['ledger, polars DataFrame'] / used['polars: group_by + pivot']:5.2f}"
    )
    print(
        "codes reused, ledger (polars Categorical) / polars on it: "
        f"{median['ledger, polars Categorical'] / median['polars on the Categorical']:5.2f}"
    )
    print(
        "aggregation alone, growth_table / np.bincount: "
        f"{median['growth_table alone (loaded)'] / median['np.bincount alone (codes)']:5.2f}"
    )


if __name__ == "__main__":
    main(
        int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000,
        int(sys.argv[2]) if len(sys.argv) > 2 else 5,
    )
