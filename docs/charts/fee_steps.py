"""Diagram of docs/gates-and-fees.md: how the fee of one crossing is computed.

Every box is written from the bundled schedule (lang_son_fee_schedule): its
versions, rates, coefficients, ceiling and split; the example column is the
schedule's own assessment of one crossing. A change of the data changes the
diagram.
"""

import datetime as dt
import textwrap

import matplotlib.pyplot as plt

from dongdang.fees import Crossing, lang_son_fee_schedule
from dongdang.fees.vehicles import ContainerSize
from dongdang.text import format_number, format_percent

schedule = lang_son_fee_schedule()
latest = schedule.versions[-1]


def dong(amount: int) -> str:
    """An amount in đồng, written the English way."""
    return f"{format_number(amount, 'en')} đồng"


def day(value: dt.date) -> str:
    """A day as the page writes it, day first."""
    return f"{value.day}/{value.month}/{value.year}"


def vehicle(rate_vehicle: object) -> str:
    """A rate's vehicle class in words."""
    if isinstance(rate_vehicle, ContainerSize):
        return f"{rate_vehicle.value} container"
    return f"payload {rate_vehicle} t"


def words(code: str) -> str:
    """A code in words."""
    return code.replace("_", " ")


def version_line(version: object) -> str:
    """A version's dates and how many rates it holds."""
    start = day(version.start) + (" (assumed)" if version.start_assumed else "")
    end = f"to {day(version.end)}" if version.end else "on"
    rates = f"{len(version.rates)} sourced rates" if version.rates else "no sourced rate"
    return f"{version.id}: from {start} {end}; {rates}"


def version_id(version: object) -> str:
    """A version's id."""
    return str(getattr(version, "id", version))


def coefficient_line(coefficient: object) -> str:
    """A coefficient and what selects it."""
    when = [regime.label("en") for regime in coefficient.regimes]
    when += [words(goods) for goods in coefficient.goods]
    when += [journey.label("en") for journey in coefficient.journeys]
    return f"× {format_number(coefficient.factor, 'en')}  if {', '.join(when)}"


example = schedule.assess(
    Crossing(
        date=dt.date(2025, 6, 2),
        container="40ft",
        regime="temporary_import_reexport",
        goods="agricultural_products",
        journey="yard_only",
    )
)
charged = example.charged
capped = "lowered to the ceiling" if charged.capped else "below the ceiling"
# The data mark the ceiling's place after the coefficients as an assumption.
cap_order = "an assumption" if "ASSUMPTION" in (latest.cap.note or "") else "as sourced"
# Likewise how several coefficients combine (a note of the version).
product = (
    "an assumption"
    if any("ASSUMPTION" in note and "coefficients" in note for note in latest.notes)
    else "as sourced"
)
names = ", ".join(c.id for c in charged.coefficients)
factors = " × ".join(format_number(c.factor, "en") for c in charged.coefficients)
collector = format_percent(latest.split.collector, "en", decimals=0)
budget = format_percent(1 - latest.split.collector, "en", decimals=0)

steps = [
    (
        "1. The day → the version in force",
        [version_line(version) for version in schedule.versions],
        f"2/6/2025 → version {version_id(example.version)}",
    ),
    (
        f"2. Base rate: vehicle × regime × goods ({latest.id})",
        [
            f"{vehicle(rate.vehicle)} · {rate.regime.label('en')} · {words(rate.goods)}: "
            f"{dong(rate.amount)}"
            for rate in latest.rates
        ]
        + ["any other: no sourced rate, an error (never invented)"],
        (
            f"{vehicle(charged.rate.vehicle)},\n{charged.rate.regime.label('en')},\n"
            f"{words(charged.goods)}:\n{dong(charged.rate.amount)}"
        ),
    ),
    (
        f"3. × the coefficients that apply, multiplied together ({product})",
        [coefficient_line(coefficient) for coefficient in latest.coefficients],
        f"{words(names)}: × {factors}" if charged.coefficients else "none applies",
    ),
    (
        "4. Rounded once, to the đồng, half-up",
        ["base rate × coefficients, computed exactly"],
        f"{dong(charged.before_cap)}",
    ),
    (
        "5. The ceiling per vehicle per trip",
        [f"at most {dong(latest.cap.amount)}, after the coefficients ({cap_order})"],
        f"{dong(charged.fee)} ({capped})",
    ),
    (
        "6. The split of the fee",
        [f"{collector} to the collector, {budget} to the provincial budget"],
        f"{dong(example.split.collector)} (collector)\n+ {dong(example.split.budget)} (budget)",
    ),
]

# Lines are wrapped to the width of their column; each step's box is as tall as its
# lines, and the example sits level with its step.
STEP_WIDTH, EXAMPLE_WIDTH = 66, 34


def wrapped(lines: list[str], width: int, indent: str = "") -> list[str]:
    """The lines, wrapped to ``width`` characters."""
    return [
        part
        for line in lines
        for part in textwrap.wrap(
            line, width, initial_indent=indent, subsequent_indent=indent + "  "
        )
    ]


blocks = [
    (
        [title, *wrapped(lines, STEP_WIDTH, "  ")],
        wrapped(worked.split("\n"), EXAMPLE_WIDTH),
    )
    for title, lines, worked in steps
]
LINE = 0.3
heights = [LINE * (max(len(left), len(right)) + 0.6) for left, right in blocks]
GAP = 0.3
total = sum(heights) + GAP * (len(blocks) - 1)
figure = plt.figure(figsize=(7.5, 0.58 * total + 0.8))
ax = figure.add_axes((0.01, 0.01, 0.98, 1 - 0.62 / (0.58 * total + 0.8)))
ax.set_axis_off()
ax.set_xlim(0, 10)
ax.set_ylim(total, -0.1)
box = {"boxstyle": "round,pad=0.45", "facecolor": "#e8f0fe", "edgecolor": "#4a6fa5"}
example_box = {"boxstyle": "round,pad=0.45", "facecolor": "#fff4e0", "edgecolor": "#c08020"}
top = 0.0
for row, ((left, right), height) in enumerate(zip(blocks, heights, strict=True)):
    middle = top + height / 2
    ax.text(0.1, middle, "\n".join(left), va="center", fontsize=8, linespacing=1.35, bbox=box)
    ax.text(
        6.75, middle, "\n".join(right), va="center", fontsize=8, linespacing=1.35, bbox=example_box
    )
    if row:
        ax.annotate(
            "",
            xy=(0.45, top + 0.02),
            xytext=(0.45, top - GAP + 0.05),
            arrowprops={"arrowstyle": "->", "color": "#4a6fa5"},
        )
    top += height + GAP
figure.suptitle(
    f"The fee of one crossing, from the bundled schedule (version {latest.id})\n"
    "right: a 40-foot container on 2/6/2025, transshipped at the yard only",
    fontsize=9,
)
