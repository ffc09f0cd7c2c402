"""What reading statements costs on hostile text: separator runs, long sentences, deep chains.

``parse_statements`` must be linear in the length of its text. In the same
run, in interleaved rounds, it reads

* one figure sentence with a run of 40 commas, spaces or non-breaking spaces
  (a CSV row pasted into a report), against the same sentence without the run;
* one sentence of 10 KB and one of 100 KB (figures and clauses without a full
  stop), per KB against a 1 KB one;
* a figure with 350 chained "trong đó" clauses, against 35;
* 40 nested brackets around a figure, against none;

and ``audit`` (which parses too) on the chain. It prints the median
of ``ROUNDS`` timings and the median ratios: a linear reader keeps the
separator and bracket ratios near 1 and the per-KB ratios near 1.

Run: python benchmarks/statements.py [ROUNDS]
"""

from __future__ import annotations

import statistics
import sys
import time
from typing import TYPE_CHECKING

from dongdang import audit, parse_statements

if TYPE_CHECKING:
    from collections.abc import Callable

SENTENCE = "Kim ngạch xuất khẩu đạt 1.234 triệu USD, tăng 5,2% so với cùng kỳ năm 2023"
CLAUSE = "kim ngạch xuất khẩu qua cửa khẩu Hữu Nghị đạt 1.234 triệu USD, tăng 5,2% so với cùng kỳ, "


def run_of(separator: str) -> str:
    return "Kim ngạch xuất khẩu đạt 1.234 triệu USD" + separator * 40 + "tăng 5,2% so với cùng kỳ"


def long_sentence(kilobytes: int) -> str:
    text = ""
    while len(text.encode()) < kilobytes * 1024:
        text += CLAUSE
    return text


def chain(depth: int) -> str:
    parts = ", trong đó ".join(f"nhóm {k} đạt {100_000 - k} triệu USD" for k in range(depth))
    return "Tổng kim ngạch đạt 100.000 triệu USD, trong đó " + parts + "."


def nested(depth: int) -> str:
    return "Kim ngạch " + "(" * depth + "đạt 1.234 triệu USD" + ")" * depth + "."


def main(rounds: int) -> None:
    cases: dict[str, Callable[[], object]] = {
        "plain sentence": lambda: parse_statements(SENTENCE),
        "40 commas": lambda: parse_statements(run_of(",")),
        "40 spaces": lambda: parse_statements(run_of(" ")),
        "40 non-breaking spaces": lambda: parse_statements(run_of("\u00a0")),
        "40 ', ' pairs": lambda: parse_statements(run_of(", ")),
        "1 KB sentence": lambda: parse_statements(long_sentence(1)),
        "10 KB sentence": lambda: parse_statements(long_sentence(10)),
        "100 KB sentence": lambda: parse_statements(long_sentence(100)),
        "35 chained 'trong đó'": lambda: parse_statements(chain(35)),
        "350 chained 'trong đó'": lambda: parse_statements(chain(350)),
        "audit of 350 chained": lambda: audit(parse_statements(chain(350))),
        "no brackets": lambda: parse_statements(nested(0)),
        "40 nested brackets": lambda: parse_statements(nested(40)),
    }
    times: dict[str, list[float]] = {name: [] for name in cases}
    for _ in range(rounds):
        for name, case in cases.items():
            start = time.perf_counter()
            case()
            times[name].append(time.perf_counter() - start)
    median = {name: statistics.median(values) for name, values in times.items()}
    print(f"parse_statements on hostile text; median of {rounds}")
    for name, value in median.items():
        print(f"{name:28s} {value * 1000:10.2f} ms")
    for name in ("40 commas", "40 spaces", "40 non-breaking spaces", "40 ', ' pairs"):
        print(f"{name} / plain sentence: {median[name] / median['plain sentence']:8.2f}")
    for kilobytes in (10, 100):
        per_kb = median[f"{kilobytes} KB sentence"] / kilobytes / median["1 KB sentence"]
        print(f"{kilobytes} KB sentence, per KB / 1 KB sentence: {per_kb:8.2f}")
    deep, shallow = median["350 chained 'trong đó'"], median["35 chained 'trong đó'"]
    print(f"350 chained / 35 chained, per clause: {deep / 10 / shallow:8.2f}")
    print(f"40 nested brackets / none: {median['40 nested brackets'] / median['no brackets']:8.2f}")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 3)
