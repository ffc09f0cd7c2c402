"""Chart of docs/api/trade.md: the 2021 turnover of the seed articles by direction.

Drawn from the bundled seed ledger (seed_trade_ledger): 2021 as printed, 2020
as implied by the growths the article states, and each direction's
contribution to the growth of the total.
"""

import matplotlib.pyplot as plt
import numpy as np

from dongdang.data import seed_trade_ledger
from dongdang.periods import Period
from dongdang.plots import number
from dongdang.text import format_percent

breakdown = seed_trade_ledger().breakdown(Period.year(2021), by="direction")
parts = breakdown.components
labels = [item.key.label("en") + "s" for item in parts]


def millions(quantity: object) -> float:
    """An amount in millions of US dollars."""
    return float(quantity.to("million_USD").magnitude)


previous = [millions(item.growth.previous) for item in parts]
current = [millions(item.growth.current) for item in parts]
at = np.arange(len(parts))
figure = plt.figure(figsize=(8, 3.4), layout="constrained")
left, right = figure.subplots(1, 2, width_ratios=(3, 2))
left.bar(at - 0.2, previous, 0.4, label="2020, implied by the stated growth", color="0.65")
left.bar(at + 0.2, current, 0.4, label="2021, as printed (estimate)", color="tab:blue")
for x, value in zip(at + 0.2, current, strict=True):
    left.annotate(number(value, "en"), (x, value), ha="center", va="bottom", fontsize=8)
left.set_xticks(at, labels)
left.set_ylabel("Turnover (million USD)")
left.yaxis.set_major_formatter(lambda value, _: number(value, "en"))
left.set_title("Turnover by direction")
left.legend(loc="upper left", fontsize=8)
left.set_ylim(0, max(current) * 1.25)

bottom = 0.0
for item, label, colour in zip(parts, labels, ("tab:green", "tab:orange"), strict=True):
    points = float(item.contribution) * 100
    right.bar(0, points, 0.5, bottom=bottom, color=colour)
    right.text(
        0,
        bottom + points / 2,
        f"{label}: {format_percent(item.contribution, 'en', decimals=1)}",
        ha="center",
        va="center",
        fontsize=8,
    )
    bottom += points
right.set_xlim(-0.6, 0.6)
right.set_xticks([])
right.set_ylabel("Points of growth of the total (%)")
right.set_title(
    f"Growth of the total,\n2021 on 2020: {format_percent(breakdown.total.rate, 'en', decimals=1)}"
)
