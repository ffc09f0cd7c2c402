"""What dongdang costs to start: a fresh process importing it, and one reading a figure.

Compared, in the same run and interleaved, with an empty interpreter
(``python -c pass``) and with a process that imports pint and builds pint's
default registry. ``import dongdang`` loads pint, numpy and the statement
reader only on first use, so it is compared with the bare interpreter (target:
at most 3×); the first parse loads them and is compared with pint's own start.

Run: python benchmarks/import_time.py [ROUNDS]
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import time

CASES = {
    "python -c pass": "pass",
    "import dongdang": "import dongdang",
    "dongdang + parse_amount": "import dongdang; dongdang.parse_amount('278.718 triệu đồng')",
    "dongdang + parse_statements": (
        "import dongdang; dongdang.parse_statements('Thu phí đạt 300 tỷ đồng, tăng 5%.')"
    ),
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
        print(f"{name:30} median {value * 1000:7.1f} ms over {rounds} runs")
    bare = medians["python -c pass"]
    pint = medians["pint.UnitRegistry()"]
    print(f"import dongdang / bare interpreter:     {medians['import dongdang'] / bare:.2f}")
    print("  (target <= 3)")
    for name in ("dongdang + parse_amount", "dongdang + parse_statements"):
        print(f"{name} / pint.UnitRegistry(): {medians[name] / pint:.2f}")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 15)
