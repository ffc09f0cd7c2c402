"""What the trade ledger costs: a million flows by gate and month, with growth, three ways.

A million synthetic customs declarations (a fixed seed; 12 gates, 36 months,
values in dollars and cents up to a million dollars) are loaded once into

* a :class:`~dongdang.trade.TradeLedger` (``extend_columns``),
* plain numpy arrays: a gate code, a month number and the value in cents,
* a pandas DataFrame of the same three columns,

and then, in the same run, each aggregates the values by gate × month and
computes the growth of every cell on the same month a year earlier:

* ``TradeLedger.growth_table("month", by="gate")``: exact sums, checks included
  (one measure, every flow inside one month), the result a ``GrowthTable``;
* numpy: ``np.bincount`` of ``gate * months + month`` weighted by the value,
  reshaped, divided by itself shifted by twelve months;
* pandas: ``groupby(["gate", "month"]).sum()``, ``unstack``, ``shift(12, axis=1)``.

It checks that the three agree to the cent, prints the best of ``ROUNDS``
timings and the two ratios (targets: the ledger at most 2× numpy, and faster
than pandas), and, for information, what loading the ledger costs.

Run: python benchmarks/trade.py [ROWS] [ROUNDS]
"""

from __future__ import annotations

import sys
import time
from typing import TYPE_CHECKING, Any

import numpy as np
import pandas as pd

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


def by_pandas(frame: pd.DataFrame) -> tuple[Any, Any]:
    grouped = frame.groupby(["gate", "month"])["value"].sum()
    sums = grouped.unstack(fill_value=0)  # noqa: PD010 - pivot_table would group again
    rates = sums / sums.shift(12, axis=1) - 1.0
    return sums, rates


def best(rounds: int, run: Callable[[], Any]) -> tuple[float, Any]:
    times, result = [], None
    for _ in range(rounds):
        start = time.perf_counter()
        result = run()
        times.append(time.perf_counter() - start)
    return min(times), result


def main(rows: int, rounds: int) -> None:
    columns = declarations(rows)
    start = time.perf_counter()
    ledger = TradeLedger(currency="USD")
    ledger.extend_columns(columns, unit="USD", measure="customs")
    load_time = time.perf_counter() - start
    arrays = plain_arrays(columns)
    frame = pd.DataFrame(arrays)

    ours_time, table = best(rounds, lambda: ledger.growth_table("month", by="gate"))
    numpy_time, (numpy_sums, numpy_rates) = best(rounds, lambda: by_numpy(arrays))
    pandas_time, (pandas_sums, pandas_rates) = best(rounds, lambda: by_pandas(frame))

    ours = table.current  # exact cents
    if not np.array_equal(ours, numpy_sums.astype(np.int64)):
        raise SystemExit("the ledger and numpy disagree on the sums")
    if not np.array_equal(ours, pandas_sums.to_numpy()):
        raise SystemExit("the ledger and pandas disagree on the sums")
    for name, rates in (("numpy", numpy_rates), ("pandas", pandas_rates.to_numpy())):
        if not np.allclose(table.rates(), rates, equal_nan=True, rtol=0, atol=1e-12):
            raise SystemExit(f"the ledger and {name} disagree on the growth rates")
    print(
        f"{rows:,} flows, {len(GATES)} gates × {MONTHS} months; sums agree exactly and "
        f"growth rates to 1e-12; best of {rounds}"
    )
    print(f"TradeLedger.growth_table      {ours_time * 1000:8.1f} ms")
    print(f"numpy bincount                {numpy_time * 1000:8.1f} ms")
    print(f"pandas groupby + unstack      {pandas_time * 1000:8.1f} ms")
    print(f"loading the ledger (columns)  {load_time * 1000:8.1f} ms  (for information)")
    print(f"ledger / numpy:  {ours_time / numpy_time:5.2f}  (target <= 2)")
    print(f"pandas / ledger: {pandas_time / ours_time:5.2f}  (target > 1)")


if __name__ == "__main__":
    main(
        int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000,
        int(sys.argv[2]) if len(sys.argv) > 2 else 5,
    )
