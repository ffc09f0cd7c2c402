"""Charts of the zone's figures, with matplotlib (the optional extra ``dongdang[plot]``).

Each function draws one chart on the Axes it is given, or on a new
:class:`matplotlib.figure.Figure` (never through pyplot's global state), and
returns the Axes (or, for two panels, the Figure). Titles, axis labels and
legends are in Vietnamese (``lang="vi"``, the default) or English, and the
tick labels of amounts are written with :func:`dongdang.text.format_number`:
``1.234,5`` on a Vietnamese axis, ``1,234.5`` on an English one.

=================================  =====================================================
function                           draws
=================================  =====================================================
:func:`fee_comparison`             a fee reform beside its baseline, by group (bars)
:func:`disbursement`               disbursement over the year against the plan, the
                                   pace so far and the pace needed (lines)
:func:`trade_growth`               trade by group × period and its growth (two panels)
:func:`land_budgets`               land budgets by class, one bar per plan or scenario
:func:`gate_status`                whether each gate pair clears goods, month by month
=================================  =====================================================

matplotlib is imported only when a chart is drawn; without it, the error names
the extra that installs it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence  # noqa: TC003 - the API page resolves the hints with it
from decimal import Decimal
from fractions import Fraction
from typing import TYPE_CHECKING, Any, Final

from dongdang._messages import capital, day, message
from dongdang._validators import language as _check_lang
from dongdang.errors import InvalidTypeError, InvalidValueError
from dongdang.gates import GateRegistry  # noqa: TC001 - the API page resolves the hints with it
from dongdang.investment import CapitalPlan  # noqa: TC001 - the API page resolves the hints with it
from dongdang.text import format_number, unit_phrase

if TYPE_CHECKING:
    from collections.abc import Mapping

    from dongdang.fees.comparison import ComparisonTable
    from dongdang.periods import Language
    from dongdang.trade.results import GrowthTable
    from dongdang.zoning import LandBudget

__all__ = ["disbursement", "fee_comparison", "gate_status", "land_budgets", "trade_growth"]

_LINES_EN: Final = {"phí ra vào cửa khẩu": "entry–exit fee", "phí sang tải": "transshipment fee"}


def _matplotlib(module: str = "matplotlib.figure") -> Any:  # noqa: ANN401 - a module
    from dongdang.batches import optional  # noqa: PLC0415 - only to name the extra

    return optional(module, "plot")


def _axes(ax: Any, *, size: tuple[float, float] = (8, 4.5)) -> Any:  # noqa: ANN401 - Axes
    if ax is not None:
        return ax
    figure = _matplotlib().Figure(figsize=size, layout="constrained")
    return figure.add_subplot()


def number(value: float, lang: Language = "vi") -> str:
    """A tick value written as the reports write numbers (at most 10 significant digits).

    >>> from dongdang.plots import number
    >>> number(1234.5), number(1234.5, "en"), number(0.30000000000000004)
    ('1.234,5', '1,234.5', '0,3')
    """
    return format_number(Decimal(f"{value:.10g}"), lang)


def _format_axis(axis: Any, lang: Language) -> None:  # noqa: ANN401 - an Axis
    ticker = _matplotlib("matplotlib.ticker")
    axis.set_major_formatter(ticker.FuncFormatter(lambda value, _: number(value, lang)))


def _words(key: str, lang: Language, /, **values: object) -> str:
    """A chart's text from the message catalogue (ids ``plot.*``)."""
    return message(f"plot.{key}", lang, **values)


# -- fees ----------------------------------------------------------------------------


def fee_comparison(
    table: ComparisonTable,
    *,
    lang: Language = "vi",
    names: Mapping[str, str] | None = None,
    ax: Any = None,  # noqa: ANN401 - a matplotlib Axes
) -> Any:  # noqa: ANN401 - the Axes
    """Bars of the fee under the baseline and under the reform, by group, in triệu đồng.

    ``table`` is a :meth:`FeeComparison.by <dongdang.fees.comparison.FeeComparison.by>`
    table; ``names`` writes a group's code (a gate code) as a name, such as
    ``{"huu-nghi": "Hữu Nghị"}`` (a Vietnamese chart shows no code).
    """
    from dongdang.fees.comparison import ComparisonTable  # noqa: PLC0415

    if not isinstance(table, ComparisonTable):
        raise InvalidTypeError.of("table", "a ComparisonTable", table)
    lang = _check_lang(lang)
    ax = _axes(ax)
    renamed = dict(names or {})
    if lang == "en":
        renamed = {**_LINES_EN, **renamed}
    labels = [" · ".join(renamed.get(part, part) for part in row.key) for row in table]
    positions = range(len(labels))
    million = 1_000_000
    baseline = [row.baseline / million for row in table]
    reform = [row.reform / million for row in table]
    width = 0.4
    ax.bar(
        [p - width / 2 for p in positions],
        baseline,
        width,
        label=_words("fee.baseline", lang),
    )
    ax.bar([p + width / 2 for p in positions], reform, width, label=_words("fee.reform", lang))
    ax.set_xticks(list(positions), labels)
    keys = [_words(f"key.{key}", lang) for key in table.by]
    ax.set_xlabel(capital(" · ".join(keys)))
    units = unit_phrase("million_VND", lang)
    ax.set_ylabel(_words("fee.axis", lang, units=units))
    total = table.total()
    change = f"{number(abs(total.difference) / million, lang)} {units}"
    key = "same" if total.difference == 0 else "down" if total.difference < 0 else "up"
    effect = _words(f"fee.{key}", lang, amount=change)
    ax.set_title(f"{_words('fee.title', lang)}\n({effect})")
    _format_axis(ax.yaxis, lang)
    ax.legend()
    return ax


# -- disbursement --------------------------------------------------------------------


def _days(day: dt.date, since: dt.date) -> float:
    return float((day - since).days)


def disbursement(
    plan: CapitalPlan,
    as_of: dt.date,
    *,
    share: Decimal | float = 1,
    lang: Language = "vi",
    ax: Any = None,  # noqa: ANN401 - a matplotlib Axes
) -> Any:  # noqa: ANN401 - the Axes
    """Cumulative disbursement against the plan, with the pace so far and the pace needed.

    Four lines, in the plan's unit, over the days from 1 January to the
    deadline (:func:`dongdang.projections.disbursement_pace`): the amount
    disbursed by each recorded date up to ``as_of`` (points, joined from
    zero on 1 January: what happened between them is not known), the plan's
    target (``share`` of the plan in force on ``as_of``), the pace so far
    carried on to the deadline, and the pace needed from ``as_of`` to reach
    the target.
    """
    from dongdang.projections import disbursement_pace  # noqa: PLC0415

    lang = _check_lang(lang)
    pace = disbursement_pace(plan, as_of, share=share)
    ax = _axes(ax)
    since, deadline = pace.since, pace.deadline
    unit = pace.unit
    records = sorted(
        (item for item in plan.disbursements if item.date <= pace.as_of), key=lambda d: d.date
    )
    days, done = [0.0], [0.0]
    running = Fraction(0)
    for item in records:
        running += Fraction(item.amount.to(unit).magnitude)
        days.append(_days(item.date, since))
        done.append(float(running))
    end = _days(deadline, since)
    now = _days(pace.as_of, since)
    # Reports print the cumulative amount on a date: points joined from 1 January.
    ax.plot(days, done, marker="o", label=_words("disbursement.done", lang))
    ax.plot(
        [0.0, end],
        [float(pace.target)] * 2,
        linestyle="--",
        label=_words("disbursement.target", lang),
    )
    so_far = float(pace.pace_so_far) * float(pace.months_remaining)
    reached = float(pace.target - pace.remaining)
    ax.plot(
        [now, end],
        [reached, reached + so_far],
        linestyle=":",
        label=_words("disbursement.so_far", lang),
    )
    ax.plot(
        [now, end],
        [reached, float(pace.target)],
        linestyle="-.",
        label=_words("disbursement.needed", lang),
    )
    ticks = [0.0, now, end]
    ax.set_xticks(ticks, [day(since, lang), day(pace.as_of, lang), day(deadline, lang)])
    # The first and last dates sit at the plot's edges: written inward, not across them.
    labels = ax.get_xticklabels()
    labels[0].set_horizontalalignment("left")
    labels[-1].set_horizontalalignment("right")
    ax.set_ylabel(_words("disbursement.axis", lang, units=unit_phrase(unit, lang)))
    ax.set_title(_words("disbursement.title", lang, year=plan.year))
    _format_axis(ax.yaxis, lang)
    ax.legend()
    return ax


# -- trade ---------------------------------------------------------------------------


def trade_growth(
    table: GrowthTable,
    *,
    lang: Language = "vi",
    names: Mapping[str, str] | None = None,
    figure: Any = None,  # noqa: ANN401 - a matplotlib Figure or SubFigure
) -> Any:  # noqa: ANN401 - a matplotlib Figure
    """Two panels: each group's value by period, and its growth on a year earlier (%).

    ``table`` is a :meth:`TradeLedger.growth_table
    <dongdang.trade.ledger.TradeLedger.growth_table>`; values are in millions
    of its currency. A period without flows a year earlier has no growth point.
    The panels are drawn in ``figure`` (an empty Figure or SubFigure, to
    place the chart beside others), or in a new Figure.
    """
    from dongdang.trade.results import GrowthTable  # noqa: PLC0415

    if not isinstance(table, GrowthTable):
        raise InvalidTypeError.of("table", "a GrowthTable", table)
    lang = _check_lang(lang)
    if figure is None:
        figure = _matplotlib().Figure(figsize=(8, 6), layout="constrained")
    top, bottom = figure.subplots(2, 1, sharex=True)
    labels = [period.label(lang) for period in table.periods]
    scale = 10**table.decimals * 1_000_000
    rates = table.rates()
    renamed = dict(names or {})
    for row, group in enumerate(table.groups):
        name = " · ".join(renamed.get(str(part), str(part)) for part in group) or _words(
            "total", lang
        )
        values = [
            int(table.current[row, column]) / scale if table.has_current[row, column] else None
            for column in range(len(labels))
        ]
        top.plot(
            range(len(labels)),
            [float("nan") if v is None else v for v in values],
            marker="o",
            label=name,
        )
        bottom.plot(range(len(labels)), rates[row] * 100, marker="o", label=name)
    bottom.axhline(0, linewidth=0.8, color="grey")
    bottom.set_xticks(range(len(labels)), labels, rotation=45, ha="right")
    units = unit_phrase(f"million_{table.currency}", lang)
    top.set_ylabel(_words("trade.axis", lang, units=units))
    bottom.set_ylabel(_words("trade.growth", lang))
    top.set_title(_words("trade.title", lang))
    _format_axis(top.yaxis, lang)
    _format_axis(bottom.yaxis, lang)
    top.legend()
    return figure


# -- zoning --------------------------------------------------------------------------


def land_budgets(
    budgets: Mapping[str, LandBudget],
    *,
    lang: Language = "vi",
    ax: Any = None,  # noqa: ANN401 - a matplotlib Axes
) -> Any:  # noqa: ANN401 - the Axes
    """Horizontal bars of each land-use class's area (ha), one bar per budget.

    ``budgets`` maps a caption (a plan version, a year, a scenario) to its
    budget; classes are matched by code, in the order they first appear.
    """
    from dongdang.zoning import LandBudget  # noqa: PLC0415

    lang = _check_lang(lang)
    if not budgets:
        raise InvalidValueError.needs_one("land_budgets", "budget")
    for caption, budget in budgets.items():
        if not isinstance(budget, LandBudget):
            raise InvalidTypeError.of(f"budget {caption!r}", "a LandBudget", budget)
    classes: dict[str, str] = {}
    for budget in budgets.values():
        for item in budget.allocations:
            name = item.name if lang == "vi" else item.english or item.name
            classes.setdefault(item.code, name)
    ax = _axes(ax)
    height = 0.8 / len(budgets)
    for at, (caption, budget) in enumerate(budgets.items()):
        areas = {item.code: float(item.area.hectares) for item in budget.allocations}
        bars = ax.barh(
            [p + at * height for p in range(len(classes))],
            [areas.get(code, 0.0) for code in classes],
            height,
            label=caption,
        )
        # Each bar's area written at its end: a change of a few hundred hectares
        # beside a class of thirty thousand is read, not guessed from the bar.
        ax.bar_label(bars, [number(area, lang) for area in bars.datavalues], padding=2, fontsize=7)
    ax.set_yticks(
        [p + height * (len(budgets) - 1) / 2 for p in range(len(classes))], list(classes.values())
    )
    ax.margins(x=0.12)  # room for the labels of the longest bars
    ax.invert_yaxis()
    ax.set_xlabel(_words("land.axis", lang))
    ax.set_title(_words("land.title", lang))
    _format_axis(ax.xaxis, lang)
    ax.legend()
    return ax


# -- gates ---------------------------------------------------------------------------

_STATUS_COLOURS: Final = {"clearing": "tab:green", "not clearing": "tab:red", "unknown": "0.85"}


def _months(start: dt.date, end: dt.date) -> list[dt.date]:
    months = []
    year, month = start.year, start.month
    while (year, month) <= (end.year, end.month):
        months.append(dt.date(year, month, 1))
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)  # noqa: PLR2004
    return months


def gate_status(
    registry: GateRegistry,
    start: dt.date,
    end: dt.date,
    *,
    codes: Sequence[str] | None = None,
    lang: Language = "vi",
    ax: Any = None,  # noqa: ANN401 - a matplotlib Axes
) -> Any:  # noqa: ANN401 - the Axes
    """Whether each gate pair clears goods on the first day of each month, as coloured runs.

    A row per pair (``codes``, or every pair of ``registry``), named as
    reports write it; a run per stretch of months with one status
    (:meth:`GatePair.status_on <dongdang.gates.GatePair.status_on>`).
    """
    lang = _check_lang(lang)
    if end < start:
        raise InvalidValueError.earlier_than("end", end, "start", start)
    pairs = registry.pairs if codes is None else tuple(registry.pair(code) for code in codes)
    months = _months(start, end)
    ax = _axes(ax, size=(8, 0.4 * len(pairs) + 1.5))
    seen: set[str] = set()
    for row, pair in enumerate(pairs):
        statuses = [pair.status_on(month).value for month in months]
        first = 0
        for at in range(1, len(months) + 1):
            if at == len(months) or statuses[at] != statuses[first]:
                status = statuses[first]
                word = _words(f"status.{status.replace(' ', '_')}", lang)
                ax.broken_barh(
                    [(first, at - first)],
                    (row - 0.4, 0.8),
                    facecolors=_STATUS_COLOURS[status],
                    label=None if status in seen else word,
                )
                seen.add(status)
                first = at
    ax.set_yticks(range(len(pairs)), [pair.name for pair in pairs])
    ax.invert_yaxis()
    years = [at for at, month in enumerate(months) if month.month == 1 or at == 0]
    ax.set_xticks(years, [str(months[at].year) for at in years])
    ax.set_xlim(0, len(months))
    ax.set_title(_words("status.title", lang))
    ax.legend(loc="upper left", bbox_to_anchor=(1, 1))
    return ax
