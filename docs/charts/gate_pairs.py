"""Diagram of docs/zone.md: Lạng Sơn's gate pairs, their routes and categories, on one day.

Drawn from the bundled gate registry (lang_son_gates): each Vietnamese gate
faces its Chinese counterpart across the border line, grouped by its category
on the day; routes (clearance routes, dedicated freight roads) hang under the
pair they belong to; the colour is the clearing status on the day. What the
sources do not say is written "not found", and the pairs no source names are
drawn as empty boxes. A change of the data changes the diagram.
"""

import datetime as dt

import matplotlib.pyplot as plt
from matplotlib.patches import Patch

from dongdang.gates import ClearingStatus, GateCategory, lang_son_gates

ON = dt.date(2025, 12, 1)
registry = lang_son_gates()

COLOURS = {
    ClearingStatus.CLEARING: "#cdeccd",
    ClearingStatus.NOT_CLEARING: "#f6cccc",
    ClearingStatus.UNKNOWN: "#e6e6e6",
}
EDGES = {
    ClearingStatus.CLEARING: "#2e8b2e",
    ClearingStatus.NOT_CLEARING: "#c03030",
    ClearingStatus.UNKNOWN: "#909090",
}
HEADINGS = {
    GateCategory.INTERNATIONAL: "International gates (cửa khẩu quốc tế)",
    GateCategory.MAIN: "Main, bilateral gates (cửa khẩu chính)",
    GateCategory.SECONDARY: "Auxiliary gates (cửa khẩu phụ)",
    None: "Class not settled by the sources",
}


def counterpart(pair: object) -> str:
    """The Chinese gate a pair faces, or that it was not found."""
    other = pair.counterpart
    name = other.vietnamese or other.pinyin
    if name is None:
        return "counterpart not found"
    if other.pinyin and other.pinyin != name:
        return f"{name} ({other.pinyin})"
    return name


def mode(item: object) -> str:
    """How goods cross, if known."""
    return f" · {item.mode.name.lower()}" if item.mode is not None else ""


# The rows, top to bottom: (indent, text on the Vietnamese side, text on the Chinese
# side, status); a heading has no status.
rows: list[tuple[int, str, str, ClearingStatus | None]] = []
attached = {pair.code: pair for pair in registry.pairs if pair.attached_to(ON)}
for category, heading in HEADINGS.items():
    members = [
        pair
        for pair in registry.pairs
        if pair.code not in attached and pair.category_on(ON) is category
    ]
    if not members:
        continue
    rows.append((0, heading, "", None))
    for pair in members:
        rows.append((1, pair.name + mode(pair), counterpart(pair), pair.status_on(ON)))
        for route_pair in attached.values():
            if route_pair.attached_to(ON) == pair.code:
                kind = route_pair.category_on(ON).label("en")
                rows.append(
                    (
                        2,
                        f"{kind}: {route_pair.name}",
                        counterpart(route_pair),
                        route_pair.status_on(ON),
                    )
                )
        for route in registry.routes_of(pair.code):
            markers = "–".join(route.location.markers or ()) or route.code.removeprefix(
                f"{pair.code}-"
            )
            kind = route.category.label("en") if route.category else "route"
            rows.append((2, f"{kind}, markers {markers}", "", route.status_on(ON)))
    if category is GateCategory.SECONDARY:
        unnamed = (1, "not named in any source found", "", ClearingStatus.UNKNOWN)
        rows.extend([unnamed] * registry.unnamed.count)

height = 0.27 * len(rows) + 1.3
figure = plt.figure(figsize=(7.5, height))
ax = figure.add_axes((0.0, 0.0, 1.0, 1 - 1.0 / height))
ax.set_axis_off()
ax.set_xlim(0, 10)
ax.set_ylim(len(rows) - 0.4, -1.2)
BORDER = 5.6
ax.axvline(BORDER, color="#8b4513", linewidth=2, linestyle=(0, (6, 3)))
ax.text(BORDER - 0.15, -0.9, "VIETNAM (Lạng Sơn)", ha="right", fontsize=9, weight="bold")
ax.text(BORDER + 0.15, -0.9, "CHINA (Guangxi)", ha="left", fontsize=9, weight="bold")
for at, (indent, left, right, status) in enumerate(rows):
    if status is None:
        ax.text(0.1, at, left, va="center", fontsize=9, weight="bold")
        continue
    x = 0.3 + 0.45 * (indent - 1)
    style = {
        "boxstyle": "round,pad=0.3",
        "facecolor": COLOURS[status],
        "edgecolor": EDGES[status],
        "linestyle": "--" if not right and indent == 1 else "-",
    }
    ax.text(x, at, left, va="center", fontsize=8, bbox=style)
    if indent == 2:
        ax.plot([x - 0.2, x - 0.2, x - 0.05], [at - 0.55, at, at], color="#909090", linewidth=0.8)
    if right:
        ax.annotate(
            "",
            xy=(BORDER + 0.2, at),
            xytext=(BORDER - 0.2, at),
            arrowprops={"arrowstyle": "<->", "color": "#606060"},
        )
        ax.text(BORDER + 0.3, at, right, va="center", fontsize=8, style="italic")
ax.legend(
    handles=[
        Patch(facecolor=COLOURS[s], edgecolor=EDGES[s], label=s.value)
        for s in (ClearingStatus.CLEARING, ClearingStatus.NOT_CLEARING, ClearingStatus.UNKNOWN)
    ],
    loc="lower center",
    bbox_to_anchor=(0.5, 1.0),
    ncols=3,
    fontsize=8,
    title=f"Clearing goods on {ON.day}/{ON.month}/{ON.year}, as the sources say",
    title_fontsize=8,
    frameon=False,
)
figure.suptitle(
    f"The {registry.province_total} border gates of Lạng Sơn and the gates they face,\n"
    f"by category on {ON.day}/{ON.month}/{ON.year} (from the bundled gate registry)",
    fontsize=10,
)
