"""What dongdang costs to start: a fresh process importing it and reading one figure.

Compared, in the same run and alternating, with a fresh process that imports
pint and builds pint's default registry, and with an empty interpreter. Prints
the medians and the ratio dongdang / pint (target: at most 1.0).

Run: python benchmarks/import_time.py [ROUNDS]
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import time

CASES = {
    "python -c pass": "pass",
    "dongdang + parse_amount": ("import dongdang; dongdang.parse_amount('278.718 triệu đồng')"),
    "pint.UnitRegistry()": "import pint; pint.UnitRegistry()",
}


def _once(code: str) -> float:
    start = time.perf_counter()
    subprocess.run([sys.executable, "-c", code], check=True)
    return time.perf_counter() - start


def main(rounds: int) -> None:
    timings: dict[str, list[float]] = {name: [] for name in CASES}
    for code in CASES.values():  # warm the file cache once
        _once(code)
    for _ in range(rounds):
        for name, code in CASES.items():
            timings[name].append(_once(code))
    medians = {name: statistics.median(values) for name, values in timings.items()}
    for name, value in medians.items():
        print(f"{name:28} median {value * 1000:7.1f} ms over {rounds} runs")
    startup = medians["python -c pass"]
    ours, theirs = medians["dongdang + parse_amount"], medians["pint.UnitRegistry()"]
    net = (ours - startup) / (theirs - startup)
    print(f"ratio dongdang / pint, whole process:          {ours / theirs:.2f}")
    print(f"ratio dongdang / pint, less interpreter start: {net:.2f}")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 15)
