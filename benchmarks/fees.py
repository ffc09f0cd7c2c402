"""What the columnar fee path costs against what an expert writes: a million crossings.

A synthetic user table (two versions, every regime × vehicle class priced, some
goods priced apart, the three coefficients of 09/2025/NQ-HĐND, the cap, mixed
cargo) and a million synthetic crossings drawn with a fixed seed are assessed,
in the same run, in interleaved rounds, by

* ``FeeSchedule.assess_many`` given numpy string columns, a pandas DataFrame of
  text (object) columns, a polars DataFrame, and a pandas DataFrame of
  categorical columns (integer-coded input);
* the idiomatic peers an experienced analyst writes, all gathering from one
  folded fee table (version × vehicle class × regime × goods × journey, the
  coefficients, the rounding and the cap applied once):

  - pandas on the string columns: ``pd.factorize`` each column, then one numpy
    gather (the codes of the few distinct goods texts split on ``+``);
  - pandas on the DataFrame: ``Series.factorize`` each column, then the gather;
  - polars on its DataFrame: ``join`` the folded table on the five keys
    (mixed cargo ``split`` and ``explode``d, the row's maximum by ``group_by``);
  - numpy on integer-coded input: the codes given, only the gather timed.

It checks that every answer agrees to the đồng and prints the median of
``ROUNDS`` timings and the median ratios (targets: at most 1.0× the best peer on
string columns and on a DataFrame; at most 2× numpy on integer-coded input).

Run: python benchmarks/fees.py [ROWS] [ROUNDS]
"""

from __future__ import annotations

import statistics
import sys
import time
from fractions import Fraction
from typing import TYPE_CHECKING, Any

import numpy as np
import pandas as pd
import polars as pl

from dongdang.fees import FeeSchedule

if TYPE_CHECKING:
    from collections.abc import Callable

    import numpy.typing as npt

SEED = 20250508
REGIMES = sorted(
    [
        "export",
        "import",
        "temporary_import_reexport",
        "transit",
        "bonded_warehouse",
        "border_resident",
        "merchanting",
    ]
)
JOURNEYS = sorted(["standard", "inland_delivery", "yard_only"])
PRICED = sorted(["agricultural_products", "fresh_produce", "fruit", "ore", "seafood"])
UNPRICED = ["electronics", "timber"]  # only the rows for any goods apply
APART = ["agricultural_products", "fresh_produce", "fruit"]  # goods with rows of their own
ENDS = [0, 2, 5, 10, 20]  # brackets [0, 2), [2, 5), [5, 10), [10, 20), [20, inf)
CONTAINERS = ["20ft", "40ft"]
VERSIONS = [("2024", "2024-01-01", "2024-12-31"), ("2025", "2025-01-01", None)]
INLAND = [Fraction(5, 4), Fraction(13, 10)]  # the 2024 table has its own inland factor
CAP = 5_000_000


def amount(v: int, vehicle: int, regime: int, goods: str | None) -> int:
    """The rate of the synthetic table: vehicle 0–4 are brackets, 5–6 containers."""
    base = 100_005 + 50_001 * vehicle + 7_003 * regime + 3_001 * v
    if vehicle >= len(ENDS):
        base += 900_000 * (vehicle - len(ENDS) + 1)
    return base if goods is None else base + 11_111 * (APART.index(goods) + 1)


def factor(v: int, regime: str, goods: str, journey: str) -> Fraction:
    result = Fraction(1)
    if regime == "export" and goods == "ore":
        result *= 5
    if journey == "inland_delivery":
        result *= INLAND[v]
    if journey == "yard_only":
        result *= Fraction(3, 10)
    return result


def vehicle_key(vehicle: int) -> str:
    if vehicle < len(ENDS) - 1:
        return f'payload = "[{ENDS[vehicle]}, {ENDS[vehicle + 1]})"'
    if vehicle == len(ENDS) - 1:
        return f'payload = "[{ENDS[-1]}, inf)"'
    return f'container = "{CONTAINERS[vehicle - len(ENDS)]}"'


def table_toml() -> str:
    parts = ['name = "synthetic benchmark table"\n']
    for v, (id_, start, end) in enumerate(VERSIONS):
        parts.append(
            f'[[versions]]\nid = "{id_}"\nstart = {start}\n'
            + (f"end = {end}\n" if end else "")
            + f'[versions.legal]\nnumber = "0{v + 1}/{id_}/NQ-HĐND"\n'
            + f'[versions.cap]\namount = {CAP}\nsource = "synthetic"\n'
            + '[versions.mixed_cargo]\nrule = "highest"\nsource = "synthetic"\n'
            + '[versions.split]\ncollector = 0.1\nsource = "synthetic"\n'
            + '[[versions.coefficients]]\nid = "ore"\nfactor = 5\nregimes = ["export"]\n'
            + 'goods = ["ore"]\nsource = "synthetic"\n'
            + '[[versions.coefficients]]\nid = "inland"\n'
            + f"factor = {float(INLAND[v])}\n"
            + 'journeys = ["inland_delivery"]\nsource = "synthetic"\n'
            + '[[versions.coefficients]]\nid = "yard"\nfactor = 0.3\n'
            + 'journeys = ["yard_only"]\nsource = "synthetic"\n'
        )
        for vehicle in range(len(ENDS) + len(CONTAINERS)):
            for r, regime in enumerate(REGIMES):
                for goods in (None, *APART):
                    line = f'goods = "{goods}"\n' if goods else ""
                    parts.append(
                        f"[[versions.rates]]\n{vehicle_key(vehicle)}\n"
                        f'regime = "{regime}"\n{line}'
                        f'amount = {amount(v, vehicle, r, goods)}\nsource = "synthetic"\n'
                    )
    return "\n".join(parts)


def crossings(rows: int) -> dict[str, npt.NDArray[Any]]:
    """A million crossings: dates over three years, 40% containers, 5% mixed cargo."""
    rng = np.random.default_rng(SEED)
    days = np.datetime64("2024-01-01") + rng.integers(0, 3 * 365, rows).astype("timedelta64[D]")
    is_container = rng.random(rows) < 0.4
    payload = np.round(rng.uniform(0, 40, rows), 1)
    payload[is_container] = np.nan
    container = np.where(is_container, np.array(CONTAINERS)[rng.integers(0, 2, rows)], "")
    goods_pool = np.array(PRICED + UNPRICED)
    goods = goods_pool[rng.integers(0, len(goods_pool), rows)]
    mixed = rng.random(rows) < 0.05
    second = goods_pool[rng.integers(0, len(goods_pool), rows)]
    goods = np.where(mixed, np.char.add(np.char.add(goods, "+"), second), goods)
    journey = np.array(JOURNEYS)[rng.choice(3, rows, p=[0.1, 0.8, 0.1])]
    return {
        "date": days,
        "payload": payload,
        "container": container,
        "regime": np.array(REGIMES)[rng.integers(0, len(REGIMES), rows)],
        "goods": goods,
        "journey": journey,
    }


# -- the folded fee table every peer gathers from -----------------------------------

GOODS_AXIS = [*PRICED, ""]  # the last: goods without rows of their own
VEHICLES = len(ENDS) + len(CONTAINERS)


def folded_table() -> npt.NDArray[np.int64]:
    """fee[version, vehicle, regime, goods, journey]: rates × coefficients, rounded, capped."""
    shape = (len(VERSIONS), VEHICLES, len(REGIMES), len(GOODS_AXIS), len(JOURNEYS))
    fee = np.zeros(shape, np.int64)
    for v in range(len(VERSIONS)):
        for vehicle in range(VEHICLES):
            for r, regime in enumerate(REGIMES):
                for g, goods in enumerate(GOODS_AXIS):
                    base = amount(v, vehicle, r, goods if goods in APART else None)
                    for j, journey in enumerate(JOURNEYS):
                        f = factor(v, regime, goods, journey)
                        n, d = f.numerator, f.denominator
                        fee[v, vehicle, r, g, j] = min((2 * base * n + d) // (2 * d), CAP)
    return fee


def goods_indices(texts: list[str]) -> tuple[npt.NDArray[np.intp], npt.NDArray[np.intp]]:
    """For each distinct goods text, the table index of its first and second goods (or -1)."""
    firsts, seconds = [], []
    for text in texts:
        parts = list(dict.fromkeys(text.split("+")))
        index = [PRICED.index(p) if p in PRICED else len(PRICED) for p in parts]
        firsts.append(index[0])
        seconds.append(index[1] if len(index) > 1 else -1)
    return np.array(firsts, dtype=np.intp), np.array(seconds, dtype=np.intp)


def positions(uniques: Any, order: list[str]) -> npt.NDArray[np.intp]:  # noqa: ANN401
    return np.array([order.index(str(u)) if u else -1 for u in uniques], dtype=np.intp)


Codes = dict[str, "npt.NDArray[Any]"]


def gather(table: npt.NDArray[np.int64], codes: Codes) -> npt.NDArray[np.int64]:
    """One lookup per row (two for mixed cargo): the numpy work every peer shares."""
    v = np.searchsorted(np.array(["2025-01-01"], dtype="datetime64[D]"), codes["date"], "right")
    payload_class = np.searchsorted(np.array(ENDS[1:], dtype=float), codes["payload"], "right")
    container = codes["container"]
    vehicle = np.where(container < 0, payload_class, len(ENDS) + container)
    shape = table.shape
    flat = table.ravel()
    at = (((v * shape[1] + vehicle) * shape[2] + codes["regime"]) * shape[3]) * shape[4]
    at += codes["journey"]
    fee = flat[at + codes["goods"] * shape[4]]
    second = codes["second"]
    mixed = np.flatnonzero(second >= 0)
    fee[mixed] = np.maximum(fee[mixed], flat[at[mixed] + second[mixed] * shape[4]])
    return fee


def encode(factorize: Callable[[Any], tuple[Any, Any]], column: Callable[[str], Any]) -> Codes:
    """Each text column factorised once, its few distinct values mapped to table indices."""
    codes: Codes = {"date": column("date"), "payload": column("payload")}
    for name, order in (("regime", REGIMES), ("journey", JOURNEYS), ("container", CONTAINERS)):
        inverse, uniques = factorize(column(name))
        codes[name] = positions(uniques, order)[inverse]
    inverse, uniques = factorize(column("goods"))
    first, second = goods_indices([str(u) for u in uniques])
    codes["goods"], codes["second"] = first[inverse], second[inverse]
    return codes


def np_arrays(codes: Codes) -> Codes:
    return {name: np.asarray(value) for name, value in codes.items()}


def pandas_strings(columns: dict[str, npt.NDArray[Any]], table: Any) -> Any:  # noqa: ANN401
    return gather(table, encode(pd.factorize, columns.__getitem__))


def pandas_frame(frame: pd.DataFrame, table: Any) -> Any:  # noqa: ANN401
    def column(name: str) -> Any:  # noqa: ANN401 - a Series, or numbers as numpy
        return frame[name].to_numpy() if name in {"date", "payload"} else frame[name]

    return gather(table, encode(lambda series: series.factorize(), column))


def polars_table(table: npt.NDArray[np.int64]) -> pl.DataFrame:
    rows = [
        (v, vehicle, regime, goods, journey, int(table[v, vehicle, r, g, j]))
        for v in range(len(VERSIONS))
        for vehicle in range(VEHICLES)
        for r, regime in enumerate(REGIMES)
        for g, goods in enumerate(GOODS_AXIS)
        for j, journey in enumerate(JOURNEYS)
    ]
    schema = {
        "version": pl.Int32,
        "vehicle": pl.Int32,
        "regime": pl.String,
        "goods_key": pl.String,
        "journey": pl.String,
        "fee": pl.Int64,
    }
    return pl.DataFrame(rows, schema=schema, orient="row")


def polars_join(frame: pl.DataFrame, fees: pl.DataFrame) -> npt.NDArray[np.int64]:
    bracket = pl.sum_horizontal(*(pl.col("payload") >= end for end in ENDS[1:])).cast(pl.Int32)
    container = pl.col("container").replace_strict(
        CONTAINERS, list(range(len(ENDS), VEHICLES)), default=None, return_dtype=pl.Int32
    )
    return (
        frame.lazy()
        .with_row_index("row")
        .with_columns(
            version=(pl.col("date") >= pl.date(2025, 1, 1)).cast(pl.Int32),
            vehicle=pl.when(pl.col("container") == "").then(bracket).otherwise(container),
            goods=pl.col("goods").str.split("+").list.unique(maintain_order=True),
        )
        .explode("goods")
        .with_columns(
            goods_key=pl.when(pl.col("goods").is_in(PRICED)).then("goods").otherwise(pl.lit(""))
        )
        .join(fees.lazy(), on=["version", "vehicle", "regime", "goods_key", "journey"])
        .group_by("row")
        .agg(pl.col("fee").max())
        .sort("row")
        .collect()["fee"]
        .to_numpy()
    )


def coded(columns: dict[str, npt.NDArray[Any]]) -> Codes:
    """The integer-coded input numpy's peer is given (computed once, outside the timing)."""
    return np_arrays(encode(pd.factorize, columns.__getitem__))


# -- the run ---------------------------------------------------------------------------


def agree(ours: npt.NDArray[np.int64], theirs: npt.NDArray[np.int64], what: str) -> None:
    if not np.array_equal(ours, theirs):
        row = int(np.flatnonzero(ours != theirs)[0])
        message = f"the folded numpy table and {what} disagree at row {row}: "
        raise SystemExit(message + f"{ours[row]} != {theirs[row]}")


def main(rows: int, rounds: int) -> None:
    schedule = FeeSchedule.loads(table_toml(), name="synthetic.toml")
    columns = crossings(rows)
    frame = pd.DataFrame(
        {k: v.astype(object) if v.dtype.kind == "U" else v for k, v in columns.items()}
    )
    texts = ("regime", "goods", "container", "journey")
    categorical = frame.astype(dict.fromkeys(texts, "category"))
    polars_frame = pl.from_pandas(frame)
    table = folded_table()
    fees = polars_table(table)
    codes = coded(columns)
    schedule.assess_many({name: value[:10] for name, value in columns.items()})  # plan built once

    runs: dict[str, Callable[[], Any]] = {
        "assess_many, numpy string columns": lambda: schedule.assess_many(columns),
        "assess_many, pandas DataFrame (text)": lambda: schedule.assess_many(frame),
        "assess_many, polars DataFrame": lambda: schedule.assess_many(polars_frame),
        "assess_many, pandas categoricals": lambda: schedule.assess_many(categorical),
        "pandas: factorize strings + gather": lambda: pandas_strings(columns, table),
        "pandas: Series.factorize + gather": lambda: pandas_frame(frame, table),
        "polars: join the folded table": lambda: polars_join(polars_frame, fees),
        "numpy: gather of integer codes": lambda: gather(table, codes),
    }
    times: dict[str, list[float]] = {name: [] for name in runs}
    results: dict[str, Any] = {}
    for _ in range(rounds):  # interleaved: every contender once per round
        for name, run in runs.items():
            start = time.perf_counter()
            results[name] = run()
            times[name].append(time.perf_counter() - start)
    reference = results["numpy: gather of integer codes"]
    for name, result in results.items():
        agree(reference, np.asarray(result, dtype=np.int64), name)
    median = {name: statistics.median(values) for name, values in times.items()}
    mixed = int((np.char.find(columns["goods"], "+") >= 0).sum())
    print(f"{rows:,} crossings ({mixed:,} mixed cargo); all agree to the đồng; median of {rounds}")
    for name, value in median.items():
        print(f"{name:40s} {value * 1000:8.1f} ms")

    def ratio(ours: str, peers: list[str], target: float) -> None:
        best = min(peers, key=median.__getitem__)
        print(f"{ours} / {best}: {median[ours] / median[best]:5.2f}  (target <= {target})")

    strings = ["pandas: factorize strings + gather"]
    frames = ["pandas: Series.factorize + gather", "polars: join the folded table"]
    ratio("assess_many, numpy string columns", strings, 1.0)
    ratio("assess_many, pandas DataFrame (text)", frames, 1.0)
    ratio("assess_many, polars DataFrame", frames, 1.0)
    ratio("assess_many, pandas categoricals", ["numpy: gather of integer codes"], 2.0)


if __name__ == "__main__":
    main(
        int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000,
        int(sys.argv[2]) if len(sys.argv) > 2 else 5,
    )
