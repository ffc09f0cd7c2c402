"""What comparing a reform with its baseline costs: a million crossings.

The synthetic table and crossings of ``benchmarks/fees.py`` (with a gate
column added) are, in the same run and in interleaved rounds,

* assessed once with ``FeeSchedule.assess_many`` (the reference);
* compared under the baseline and a reform (the vegetable rate of 2025 up 20%
  and a ceiling of 4.000.000 đồng from 1/7/2025) with
  ``dongdang.fees.comparison.compare``, then added up by gate and by month.

It checks that the comparison's baseline column equals ``assess_many``, that its
reform column equals ``assess_many`` under the reformed schedule, and that the
tables by gate and by month add up to the total; it prints the median of
``ROUNDS`` timings and the median ratio (target: at most 2.5×).

Run: python benchmarks/scenarios.py [ROWS] [ROUNDS]
"""

from __future__ import annotations

import datetime as dt
import statistics
import sys
import time
from decimal import Decimal
from typing import TYPE_CHECKING, Any

import numpy as np
from fees import crossings, table_toml

from dongdang.fees import FeeSchedule
from dongdang.fees.comparison import compare
from dongdang.fees.reforms import Reform, ScaleRate, SetCap

if TYPE_CHECKING:
    from collections.abc import Callable

GATES = np.array(["huu-nghi", "tan-thanh", "coc-nam", "chi-ma", "dong-dang-rail"])


def main(rows: int, rounds: int) -> None:
    baseline = FeeSchedule.loads(table_toml(), name="synthetic.toml")
    columns = crossings(rows)
    columns["gate"] = GATES[np.random.default_rng(7).integers(0, len(GATES), rows)]
    reform = Reform(
        id="veg20-cap4m",
        start=dt.date(2025, 7, 1),
        vi="Tăng 20% mức thu đối với rau quả tươi; trần 4.000.000 đồng/lượt/xe",
        en="Fresh produce 20% dearer; ceiling 4,000,000 đồng per trip",
        changes=[
            ScaleRate(
                vehicle="[0, 2)", regime="export", goods="fresh_produce", factor=Decimal("1.2")
            ),
            SetCap(amount=4_000_000),
        ],
    ).apply(baseline)
    for schedule in (baseline, reform):  # plans built once, as a session would
        schedule.assess_many({name: value[:10] for name, value in columns.items()})

    def compared() -> Any:  # noqa: ANN401 - the comparison and its tables
        comparison = compare(columns, baseline, reform)
        return comparison, comparison.by("gate"), comparison.by("month")

    runs: dict[str, Callable[[], Any]] = {
        "assess_many (baseline only)": lambda: baseline.assess_many(columns),
        "compare + by gate + by month": compared,
    }
    times: dict[str, list[float]] = {name: [] for name in runs}
    results: dict[str, Any] = {}
    for _ in range(rounds):  # interleaved: every contender once per round
        for name, run in runs.items():
            start = time.perf_counter()
            results[name] = run()
            times[name].append(time.perf_counter() - start)

    comparison, by_gate, by_month = results["compare + by gate + by month"]
    if not np.array_equal(comparison.baseline, results["assess_many (baseline only)"]):
        raise SystemExit("the comparison's baseline differs from assess_many")
    if not np.array_equal(comparison.reform, reform.assess_many(columns)):
        raise SystemExit("the comparison's reform differs from assess_many")
    total = comparison.total()
    if by_gate.total() != total or by_month.total() != total:
        raise SystemExit("the tables do not add up to the total")
    changed = int((comparison.difference != 0).sum())
    print(
        f"{rows:,} crossings, {changed:,} changed, difference {total.difference:+,} đồng; "
        f"all agree; median of {rounds}"
    )
    median = {name: statistics.median(values) for name, values in times.items()}
    for name, value in median.items():
        print(f"{name:32s} {value * 1000:8.1f} ms")
    ratio = median["compare + by gate + by month"] / median["assess_many (baseline only)"]
    print(f"compare / assess_many: {ratio:5.2f}  (target <= 2.5)")


if __name__ == "__main__":
    main(
        int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000,
        int(sys.argv[2]) if len(sys.argv) > 2 else 5,
    )
