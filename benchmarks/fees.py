"""What the columnar fee path costs: a million crossings, three ways, one answer.

A synthetic user table (two versions, every regime × vehicle class priced, some
goods priced apart, the three coefficients of 09/2025/NQ-HĐND, the cap, mixed
cargo) and a million synthetic crossings drawn with a fixed seed are assessed,
in the same run, by

* ``FeeSchedule.assess_many`` (numpy columns in, int64 đồng out),
* a hand-written numpy lookup made for this one table (no checks, no generality),
* a pandas pipeline: ``explode`` the goods, ``merge`` the rates and the
  coefficients, ``groupby`` the row for the mixed-cargo maximum.

It checks that the three agree to the đồng, prints the best of ``ROUNDS``
timings and the ratios (targets: assess_many at most 1.5× the numpy time, at
least 3× faster than pandas).

Run: python benchmarks/fees.py [ROWS] [ROUNDS]
"""

from __future__ import annotations

import sys
import time
from fractions import Fraction
from typing import TYPE_CHECKING, Any

import numpy as np
import pandas as pd

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


# -- (a) a hand-written numpy lookup for this one table ------------------------------


def numpy_tables() -> tuple[npt.NDArray[np.int64], npt.NDArray[np.int64], npt.NDArray[np.int64]]:
    goods_axis = [*PRICED, ""]  # the last: goods without rows of their own
    base = np.zeros((len(VERSIONS), len(ENDS) + 2, len(REGIMES), len(goods_axis)), np.int64)
    num = np.ones((len(VERSIONS), len(REGIMES), len(goods_axis), len(JOURNEYS)), np.int64)
    den = np.ones_like(num)
    for v in range(len(VERSIONS)):
        for vehicle in range(len(ENDS) + 2):
            for r in range(len(REGIMES)):
                for g, goods in enumerate(goods_axis):
                    base[v, vehicle, r, g] = amount(
                        v, vehicle, r, goods if goods in APART else None
                    )
        for r, regime in enumerate(REGIMES):
            for g, goods in enumerate(goods_axis):
                for j, journey in enumerate(JOURNEYS):
                    f = factor(v, regime, goods, journey)
                    num[v, r, g, j], den[v, r, g, j] = f.numerator, f.denominator
    return base, num, den


def numpy_lookup(
    columns: dict[str, npt.NDArray[Any]],
    tables: tuple[npt.NDArray[np.int64], npt.NDArray[np.int64], npt.NDArray[np.int64]],
) -> npt.NDArray[np.int64]:
    base, num, den = tables
    v = np.searchsorted(np.array(["2025-01-01"], dtype="datetime64[D]"), columns["date"], "right")
    payload_class = np.searchsorted(np.array(ENDS[1:], dtype=float), columns["payload"], "right")
    container = columns["container"]
    vehicle = np.where(container == "", payload_class, len(ENDS) + (container == "40ft"))
    r = np.searchsorted(np.array(REGIMES), columns["regime"])
    j = np.searchsorted(np.array(JOURNEYS), columns["journey"])
    priced = np.array(PRICED)
    goods = columns["goods"]
    g = np.minimum(np.searchsorted(priced, goods), len(PRICED) - 1)
    g = np.where(priced[g] == goods, g, len(PRICED))
    g2 = np.full(len(goods), -1)
    odd = np.flatnonzero(g == len(PRICED))
    # The leftovers (unpriced goods, mixed cargo) factorised with a hash table.
    seen: dict[str, int] = {}
    inverse = np.fromiter(
        (seen.setdefault(text, len(seen)) for text in goods[odd].tolist()), np.intp, len(odd)
    )
    texts = list(seen)
    firsts, seconds = [], []
    for text in texts:
        parts = str(text).split("+")
        index = [PRICED.index(p) if p in PRICED else len(PRICED) for p in parts]
        firsts.append(index[0])
        seconds.append(index[1] if len(index) > 1 and parts[1] != parts[0] else -1)
    g[odd] = np.array(firsts, dtype=np.intp)[inverse]
    g2[odd] = np.array(seconds, dtype=np.intp)[inverse]

    def fee(rows: Any, goods_index: npt.NDArray[np.intp]) -> npt.NDArray[np.int64]:  # noqa: ANN401
        b = base[v[rows], vehicle[rows], r[rows], goods_index]
        n = num[v[rows], r[rows], goods_index, j[rows]]
        d = den[v[rows], r[rows], goods_index, j[rows]]
        return np.minimum((2 * b * n + d) // (2 * d), CAP)

    result = fee(slice(None), g)
    mixed = np.flatnonzero(g2 >= 0)
    result[mixed] = np.maximum(result[mixed], fee(mixed, g2[mixed]))
    return result


# -- (b) pandas: explode, merge, groupby ----------------------------------------------


def pandas_tables() -> tuple[pd.DataFrame, pd.DataFrame]:
    labels = [*(str(k) for k in range(len(ENDS))), *CONTAINERS]
    rates = pd.DataFrame(
        [
            (VERSIONS[v][0], labels[vehicle], regime, goods or "", amount(v, vehicle, r, goods))
            for v in range(len(VERSIONS))
            for vehicle in range(len(labels))
            for r, regime in enumerate(REGIMES)
            for goods in (None, *APART)
        ],
        columns=["version", "vehicle", "regime", "goods_key", "amount"],
    )
    coefficients = pd.DataFrame(
        [
            (VERSIONS[v][0], regime, goods, journey, f.numerator, f.denominator)
            for v in range(len(VERSIONS))
            for regime in REGIMES
            for goods in [*PRICED, ""]
            for journey in JOURNEYS
            for f in [factor(v, regime, goods, journey)]
        ],
        columns=["version", "regime", "coefficient_key", "journey", "num", "den"],
    )
    return rates, coefficients


def pandas_pipeline(
    frame: pd.DataFrame, tables: tuple[pd.DataFrame, pd.DataFrame]
) -> npt.NDArray[np.int64]:
    rates, coefficients = tables
    frame = frame.assign(row=np.arange(len(frame)))
    frame["version"] = np.where(frame["date"] >= pd.Timestamp("2025-01-01"), "2025", "2024")
    bracket = pd.cut(
        frame["payload"],
        bins=[*ENDS, np.inf],
        right=False,
        labels=[str(k) for k in range(len(ENDS))],
    )
    frame["vehicle"] = np.where(frame["container"] == "", bracket.astype(str), frame["container"])
    long = frame.assign(goods=frame["goods"].str.split("+")).explode("goods")
    long = long.drop_duplicates(["row", "goods"])
    long["goods_key"] = long["goods"].where(long["goods"].isin(APART), "")
    long["coefficient_key"] = long["goods"].where(long["goods"].isin(PRICED), "")
    keys = ["version", "vehicle", "regime"]
    specific = long.merge(rates, on=[*keys, "goods_key"], how="left")["amount"]
    generic = long[keys].merge(rates[rates["goods_key"] == ""], on=keys, how="left")["amount"]
    base = specific.fillna(generic).astype(np.int64).to_numpy()
    factors = long.merge(
        coefficients, on=["version", "regime", "coefficient_key", "journey"], how="left"
    )
    n, d = factors["num"].to_numpy(), factors["den"].to_numpy()
    long["fee"] = np.minimum((2 * base * n + d) // (2 * d), CAP)
    return long.groupby("row", sort=True)["fee"].max().to_numpy(dtype=np.int64)


# -- the run ---------------------------------------------------------------------------


def best(rounds: int, run: Callable[[], npt.NDArray[np.int64]]) -> tuple[float, Any]:
    times, result = [], None
    for _ in range(rounds):
        start = time.perf_counter()
        result = run()
        times.append(time.perf_counter() - start)
    return min(times), result


def agree(ours: npt.NDArray[np.int64], theirs: npt.NDArray[np.int64], what: str) -> None:
    if not np.array_equal(ours, theirs):
        row = int(np.flatnonzero(ours != theirs)[0])
        message = f"assess_many and {what} disagree at row {row}: {ours[row]} != {theirs[row]}"
        raise SystemExit(message)


def main(rows: int, rounds: int) -> None:
    schedule = FeeSchedule.loads(table_toml(), name="synthetic.toml")
    columns = crossings(rows)
    frame = pd.DataFrame(columns)
    tables = numpy_tables()
    frames = pandas_tables()
    schedule.assess_many({name: value[:10] for name, value in columns.items()})  # plan built once

    ours_time, ours = best(rounds, lambda: schedule.assess_many(columns))
    numpy_time, by_numpy = best(rounds, lambda: numpy_lookup(columns, tables))
    pandas_time, by_pandas = best(max(1, rounds - 1), lambda: pandas_pipeline(frame, frames))
    frame_time, from_frame = best(1, lambda: schedule.assess_many(frame))

    agree(ours, by_numpy, "the numpy lookup")
    agree(ours, by_pandas, "the pandas pipeline")
    agree(ours, from_frame, "assess_many of the DataFrame")
    mixed = int((np.char.find(columns["goods"], "+") >= 0).sum())
    print(f"{rows:,} crossings ({mixed:,} mixed cargo); fees agree to the đồng; best of {rounds}")
    print(f"assess_many (numpy columns)   {ours_time * 1000:8.1f} ms")
    print(f"hand-written numpy lookup     {numpy_time * 1000:8.1f} ms")
    print(f"pandas merge + groupby        {pandas_time * 1000:8.1f} ms")
    print(f"assess_many (pandas frame)    {frame_time * 1000:8.1f} ms  (for information)")
    print(f"assess_many / numpy:  {ours_time / numpy_time:5.2f}  (target <= 1.5)")
    print(f"pandas / assess_many: {pandas_time / ours_time:5.2f}  (target >= 3)")


if __name__ == "__main__":
    main(
        int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000,
        int(sys.argv[2]) if len(sys.argv) > 2 else 3,
    )
