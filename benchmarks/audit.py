"""What reading and auditing report sentences costs, against a hand-written regex.

A synthetic report of ``SENTENCES`` fee sentences (a fixed seed), each of the
form of the June 2024 report::

    Thu phí tháng 3/2024 đạt 278.718 triệu đồng, tăng 14,6% so với cùng kỳ
    năm 2023, trong đó phí ra vào cửa khẩu đạt 234.433 triệu đồng, tăng 14,1%;
    phí sang tải đạt 44.285 triệu đồng, tăng 17,5%.

with consistent figures, except that every tenth sentence prints its total 10
triệu đồng too high, is checked two ways in the same run:

* dongdang: ``audit(parse_statements(text))``: any sentence form it knows,
  every figure an exact interval, findings with explanations;
* a baseline: one regular expression written for exactly this template,
  Vietnamese numbers turned into floats by hand, the parts' sum compared with
  the total within half a unit of each printed figure.

It checks that both flag the same sentences, and prints the best of
``ROUNDS`` timings and their ratio. There is no target: the baseline knows
one template and checks one thing; the ratio says what the general reader
costs per sentence.

Run: python benchmarks/audit.py [SENTENCES] [ROUNDS]
"""

from __future__ import annotations

import bisect
import random
import re
import sys
import time
from typing import TYPE_CHECKING

from dongdang.auditing import FindingKind, audit
from dongdang.statements import parse_statements

if TYPE_CHECKING:
    from collections.abc import Callable


def vi(value: float, decimals: int = 0) -> str:
    """A number written the Vietnamese way: '.' between thousands, ',' before decimals."""
    text = f"{value:,.{decimals}f}"
    return text.replace(",", " ").replace(".", ",").replace(" ", ".")


def report(sentences: int) -> tuple[str, set[int]]:
    """The synthetic report, and the numbers of the sentences whose total is wrong."""
    rng = random.Random(2024)  # noqa: S311 - reproducible test data, not secrets
    lines: list[str] = []
    wrong: set[int] = set()
    for number in range(sentences):
        entry, transshipment = rng.randint(10_000, 300_000), rng.randint(1_000, 60_000)
        entry_rate, transshipment_rate = rng.randint(-200, 400), rng.randint(-200, 400)
        before = entry / (1 + entry_rate / 1000) + transshipment / (1 + transshipment_rate / 1000)
        total = entry + transshipment
        growth = (total / before - 1) * 100
        if number % 10 == 0:
            total += 10
            wrong.add(number)
        month, year = number % 12 + 1, 2000 + number // 12 % 25
        lines.append(
            f"Thu phí tháng {month}/{year} đạt {vi(total)} triệu đồng, "
            f"{'tăng' if growth >= 0 else 'giảm'} {vi(abs(growth), 1)}% "
            f"so với cùng kỳ năm {year - 1}, trong đó phí ra vào cửa khẩu đạt "
            f"{vi(entry)} triệu đồng, {'tăng' if entry_rate >= 0 else 'giảm'} "
            f"{vi(abs(entry_rate) / 10, 1)}%; phí sang tải đạt {vi(transshipment)} triệu đồng, "
            f"{'tăng' if transshipment_rate >= 0 else 'giảm'} "
            f"{vi(abs(transshipment_rate) / 10, 1)}%."
        )
    return "\n".join(lines), wrong


def by_dongdang(text: str) -> set[int]:
    """The sentences (by line number) whose parts do not add up, by dongdang."""
    starts = [0] + [i + 1 for i, char in enumerate(text) if char == "\n"]
    return {
        bisect.bisect_right(starts, finding.statements[0].span[0]) - 1
        for finding in audit(parse_statements(text))
        if finding.kind is FindingKind.COMPONENTS_SUM
    }


NUMBER = r"(\d{1,3}(?:\.\d{3})*)"
TEMPLATE = re.compile(
    rf"đạt {NUMBER} triệu đồng, .*?trong đó phí ra vào cửa khẩu đạt {NUMBER} triệu đồng, "
    rf".*?phí sang tải đạt {NUMBER} triệu đồng"
)


def by_regex(text: str) -> set[int]:
    """The same check, written for this one template."""
    flagged: set[int] = set()
    for number, line in enumerate(text.split("\n")):
        match = TEMPLATE.search(line)
        if match is None:
            continue
        total, entry, transshipment = (float(g.replace(".", "")) for g in match.groups())
        if abs(entry + transshipment - total) > 1.5:  # ± 0,5 triệu on each of three figures
            flagged.add(number)
    return flagged


def best(rounds: int, run: Callable[[], set[int]]) -> tuple[float, set[int]]:
    times, result = [], set()
    for _ in range(rounds):
        start = time.perf_counter()
        result = run()
        times.append(time.perf_counter() - start)
    return min(times), result


def main(sentences: int, rounds: int) -> None:
    text, wrong = report(sentences)
    ours_time, ours = best(rounds, lambda: by_dongdang(text))
    regex_time, theirs = best(rounds, lambda: by_regex(text))
    if ours != wrong or theirs != wrong:
        raise SystemExit(
            f"disagreement: expected {len(wrong)} flagged, "
            f"dongdang {len(ours)}, regex {len(theirs)}"
        )
    print(f"{sentences} sentences, {len(wrong)} with parts that do not add up; best of {rounds}")
    print(
        f"parse_statements + audit   {ours_time * 1000:8.1f} ms"
        f"  ({ours_time / sentences * 1e6:.0f} µs a sentence)"
    )
    print(f"hand-written regex         {regex_time * 1000:8.1f} ms")
    print(
        f"ratio dongdang / regex     {ours_time / regex_time:8.1f}×  (no target; see the docstring)"
    )


if __name__ == "__main__":
    main(
        int(sys.argv[1]) if len(sys.argv) > 1 else 2_000,
        int(sys.argv[2]) if len(sys.argv) > 2 else 3,
    )
