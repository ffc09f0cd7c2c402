"""The report's sections, each built from a dataset's records, and the report built from them."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import TYPE_CHECKING, Final

from dongdang._decimal import own_context, tidy
from dongdang._messages import capital, change_range
from dongdang._validators import language as _check_lang
from dongdang.data import Source, findings_of, seed_dataset
from dongdang.errors import (
    InvalidTypeError,
    InvalidValueError,
    NotInForceError,
    UndefinedRatioError,
)
from dongdang.fees import FeeLine
from dongdang.fees.collections import Basis
from dongdang.investment import RatioBase, implied_base_range
from dongdang.periods import Period
from dongdang.tasks import TaskSource
from dongdang.text import Qualifier, format_number, format_percent
from dongdang.trade.results import GrowthBasis
from dongdang.units import magnitude_in

if TYPE_CHECKING:
    from collections.abc import Iterable

    from dongdang.auditing import Finding
    from dongdang.data import SeedFigure
    from dongdang.dataset import Dataset
    from dongdang.fees import FeeCollections, FeeGrowth
    from dongdang.fees.collections import FeeRecord
    from dongdang.investment import CapitalPlan, ImpliedBase
    from dongdang.periods import Language
    from dongdang.tasks import StatedTaskCount
    from dongdang.text import Figure
    from dongdang.trade import TradeGrowth

from dongdang.report._model import Comparison, Line, LineMeasure, Report, ReportFinding, Section
from dongdang.report._writer import _Writer

# -- the sections ---------------------------------------------------------------------


def _pct(fraction: Decimal | None) -> Decimal | None:
    """A fraction (0.402) in percent (40.2), exactly; None stays None."""
    return None if fraction is None else fraction.scaleb(2)


def _growth_measure(
    growth: FeeGrowth | TradeGrowth, unit: str, qualifier: Qualifier | None = None
) -> LineMeasure:
    """The current amount of a growth, compared with its base period.

    The base is stated when both amounts are on record, computed otherwise
    (implied from a printed percent, or summed from components).
    """
    return LineMeasure(
        kind="amount",
        value=magnitude_in(growth.current, unit),
        unit=unit,
        period=growth.period,
        qualifier=qualifier,
        comparison=Comparison(
            kind="growth",
            rate=_pct(growth.rate),
            base=magnitude_in(growth.previous, unit),
            base_unit=unit,
            base_period=growth.previous_period,
            base_origin="stated" if growth.basis.value == "recorded" else "computed",
        ),
    )


def _gates(out: _Writer) -> Section:
    """A line for each count of the registry stated by a document of the dataset."""
    registry = out.data.gates
    lines = []
    cited = [
        count
        for count in registry.stated_counts
        if any(citation.key in out.data.sources for citation in count.sources)
    ]
    keys = [count.key for count in cited if out.inside(count.when)]
    for key in keys:
        check = registry.check(key)
        stated = check.stated
        count = (
            f"{stated.count}" if stated.of_total is None else f"{stated.count}/{stated.of_total}"
        )
        if check.reproduced:
            verdict = out.say("report.gates.reproduced")
        elif check.consistent:
            verdict = out.say("report.gates.unproven")
        else:
            verdict = out.say("report.gates.conflicts")
        found = ", ".join(registry.pair(code).label() for code in check.found)
        # the count's own scope: every gate pair, or the pairs that are gates in their own right
        what = stated.scope.value
        found_text = out.say(
            f"report.gates.found.{what}" if check.found else f"report.gates.found.none.{what}",
            found=len(check.found),
            names=out.say("report.gates.names", names=found) if found else "",
            possible=check.possible,
        )
        lines.append(
            Line(
                label=out.say(f"report.gates.label.{what}", period=out.period(stated.when)),
                value=f"{count} — {verdict}",
                derivation=out.say(
                    "report.gates.derivation"
                    if stated.note_vi is None
                    else "report.gates.derivation.noted",
                    says=out.say("report.says", text=stated.text),
                    found=found_text,
                    note=stated.note if out.lang == "en" else stated.note_vi,
                ),
                sources=out.cite_citations(stated.sources),
                records=(f"gates.toml:{key}",),
                measure=LineMeasure(
                    kind="count",
                    value=Decimal(stated.count),
                    unit="gate_pair" if what == "pairs" else "gate",
                    period=stated.when,
                    comparison=None
                    if stated.of_total is None
                    else Comparison(
                        kind="share",
                        base=Decimal(stated.of_total),
                        base_unit="gate_pair",
                        base_origin="stated",
                    ),
                ),
            )
        )
    if not lines:
        return out.omitted("gates", "period" if cited else "gates")
    return Section(key="gates", title=out.say("report.gates.title"), lines=tuple(lines))


def _is_year(period: Period) -> bool:
    return period == Period.year(period.start.year)


def _latest(periods: Iterable[Period]) -> list[Period]:
    """The periods, latest (by end, then the longer) first, each once."""
    return sorted(set(periods), key=lambda p: (p.end, p.end - p.start), reverse=True)


#: The fewest decimals an amount derived from fee records or printed figures shows, by
#: unit: a tỷ đồng is large enough that its tenth counts (đồng are whole, triệu đồng
#: need none).
_PLACES: Final = {"billion_VND": 1, "trillion_VND": 1}


def _fee_unit(record: FeeRecord) -> tuple[str, int]:
    """The unit a fee record is printed in, and the decimals of the amounts derived from it.

    Whole đồng; in a larger unit, the decimals the printed amount has, and at
    least those the unit needs (:data:`_PLACES`): "664.127 triệu đồng"
    gives "473.700 triệu đồng", "trên 344,8 tỷ đồng" gives "438,9 tỷ đồng".
    """
    unit = format(record.amount.units)
    if unit == "VND":
        return unit, 0
    exponent = tidy(magnitude_in(record.amount, unit)).as_tuple().exponent
    places = max(0, -exponent) if isinstance(exponent, int) else 0
    return unit, max(places, _PLACES.get(unit, 0))


def _fee_periods(
    out: _Writer, fees: FeeCollections
) -> tuple[Period | None, Period | None, list[Period]]:
    """The periods the fee section reports on, from the records.

    The latest calendar year with a total (its growth, average per trip and
    budget estimate), the latest other period with a total and a line's
    record (its breakdown by line), then each other period with a total,
    latest first.
    """
    totals = _latest(
        r.period
        for r in fees
        if r.line is FeeLine.TOTAL and r.gate is None and out.inside(r.period)
    )
    parts = {r.period for r in fees if r.line is not FeeLine.TOTAL and r.gate is None}
    year = next((p for p in totals if _is_year(p)), None)
    part = next((p for p in totals if p != year and p in parts), None)
    return year, part, [p for p in totals if p not in {year, part}]


def _fees(out: _Writer) -> Section:
    fees = out.data.fee_collections
    if not len(fees):
        return out.omitted("fees", "fees")
    year, part, rest = _fee_periods(out, fees)
    lines: list[Line] = []
    if year is not None:
        lines += _fee_year(out, year)
    if part is not None:
        lines += _fee_breakdown(out, part)
    for period in rest:
        lines += _fee_collected(out, period)
    if not lines:
        chosen = out.within is not None and (year, part, rest) == (None, None, [])
        return out.omitted("fees", "period" if chosen else "fees.growth")
    return Section(key="fees", title=out.say("report.fees.title"), lines=tuple(lines))


def _fee_year(out: _Writer, year: Period) -> list[Line]:
    """The year's total with its growth, and its transshipment's average per trip and estimate."""
    fees = out.data.fee_collections
    lines = _fee_collected(out, year)
    line = FeeLine.TRANSSHIPMENT
    own = [r for r in fees if r.period == year and r.line is line and r.gate is None]
    if not own:
        return lines
    unit, places = _fee_unit(own[0])
    if own[0].trips is not None:
        average = fees.per_trip(year, line=line)
        lines.append(
            Line(
                label=out.say("report.fees.per_trip", period=year.label(out.lang)),
                value=out.amount(average.average, "VND / vehicle_trip", 0),
                derivation=out.say(
                    "report.fees.per_trip.how",
                    amount=out.amount(average.amount, unit),
                    trips=format_number(average.trips, out.lang),
                ),
                sources=out.cite(fees.total(year, line=line).sources),
                records=out.fee_rows(fees.total(year, line=line).records),
                measure=LineMeasure(
                    kind="amount",
                    value=magnitude_in(average.average, "VND / vehicle_trip"),
                    unit="VND_per_vehicle_trip",
                    period=year,
                    origin="computed",
                ),
            )
        )
    if own[0].stated_attainment is None and own[0].estimate is None:
        return lines
    reached = fees.attainment(year, line=line)
    lines.append(
        Line(
            label=out.say("report.fees.budget", period=year.label(out.lang)),
            value=out.amount(reached.estimate, unit, places),
            derivation=out.say(
                "report.fees.budget.how",
                amount=out.amount(reached.amount, unit),
                percent=out.percent(reached.ratio),
            ),
            sources=out.cite(fees.total(year, line=line).sources),
            records=out.fee_rows(reached.records),
            measure=LineMeasure(
                kind="amount",
                value=magnitude_in(reached.estimate, unit),
                unit=unit,
                period=year,
                origin="computed",
                comparison=Comparison(
                    kind="attainment",
                    rate=_pct(reached.ratio),
                    base=magnitude_in(reached.amount, unit),
                    base_unit=unit,
                    base_period=year,
                    base_origin="stated",
                ),
            ),
        )
    )
    return lines


def _fee_base(
    out: _Writer, growth: FeeGrowth, unit: str, places: int, *, same_period: bool = False
) -> str:
    """How a growth's base was had: on record, or implied from the printed growth.

    A base on record is written with its own digits; an implied one with the
    decimals of the printed amount (:func:`_fee_unit`); "cùng kỳ" for
    ``same_period``, else the base's period.
    """
    period = growth.previous_period.label(out.lang)
    if growth.basis is Basis.RECORDED:
        amount = out.amount(growth.previous, unit)
        key = "report.recorded_same_period" if same_period else "report.recorded"
        return out.say(key, period=period, amount=amount)
    amount = out.qualified(growth.previous_qualifier, out.amount(growth.previous, unit, places))
    if growth.previous_qualifier is not None:
        return out.say("report.fees.lower_bound.how", period=period, amount=amount)
    key = "report.as_stated_same_period" if same_period else "report.as_stated"
    return out.say(key, period=period, amount=amount)


def _fee_collected(out: _Writer, period: Period) -> list[Line]:
    """The total collected in a period with its growth; none when no growth follows."""
    fees = out.data.fee_collections
    try:
        growth = fees.growth(period)
    except InvalidValueError:
        return []
    unit, places = _fee_unit(fees.record(period))
    return [
        Line(
            label=out.say("report.fees.collected", period=period.label(out.lang)),
            value=growth.phrase(unit, out.lang),
            derivation=_fee_base(out, growth, unit, places),
            sources=out.cite(growth.sources),
            records=out.fee_rows(growth.records),
            measure=_growth_measure(growth, unit, growth.current_qualifier),
        )
    ]


def _fee_breakdown(out: _Writer, months: Period) -> list[Line]:
    """Each line's growth in a period, and the total's growth checked against them."""
    fees = out.data.fee_collections
    record = fees.record(months)
    unit, places = _fee_unit(record)
    lines: list[Line] = []
    try:
        breakdown = fees.breakdown(months)
    except InvalidValueError:  # a line of the fee has no record: the total alone
        return _fee_collected(out, months)
    lines.extend(
        Line(
            label=capital(
                out.say(
                    "report.fees.line",
                    line=item.line.label(out.lang),
                    period=months.label(out.lang),
                )
            ),
            value=item.growth.phrase(unit, out.lang),
            derivation=_fee_base(out, item.growth, unit, places, same_period=True),
            sources=out.cite(item.growth.sources),
            records=out.fee_rows(item.growth.records),
            measure=_growth_measure(item.growth, unit, item.growth.current_qualifier),
        )
        for item in breakdown.lines
    )
    total = fees.total(months)
    stated = record.stated_growth
    if stated is None:
        return lines
    bounds = breakdown.bounds
    within = (
        ""
        if bounds is None
        else out.say(
            "report.within_rounding", range=change_range(bounds[0], bounds[1], out.lang, 2)
        )
    )
    fits = breakdown.consistent_with_stated()
    check = out.say(
        "report.fees.growth.how",
        amount=out.amount(total.amount, unit),
        previous=out.amount(breakdown.total.previous, unit, places),
        within=within,
        verdict=out.verdict(ok=bool(breakdown.matches_stated())),
        stated=out.change(stated.fraction, stated.decimals),
    )
    lines.append(
        Line(
            label=out.say("report.fees.growth", period=months.label(out.lang)),
            value=out.change(breakdown.total.rate, 1),
            derivation=check
            if fits is not False
            else out.say("report.fees.growth.not_even", check=check),
            sources=out.cite(total.sources),
            records=out.fee_rows((record, *breakdown.total.records)),
            measure=LineMeasure(
                kind="growth",
                value=_pct(breakdown.total.rate),
                unit="percent",
                period=months,
                origin="computed",
                low=None if bounds is None else _pct(bounds[0]),
                high=None if bounds is None else _pct(bounds[1]),
                interval=bounds is not None,
                comparison=Comparison(
                    kind="growth",
                    rate=_pct(breakdown.total.rate),
                    base=magnitude_in(breakdown.total.previous, unit),
                    base_unit=unit,
                    base_period=breakdown.total.previous_period,
                    base_origin="computed",
                ),
            ),
        )
    )

    return lines


def _trade_total(data: Dataset, period: Period) -> SeedFigure | None:
    """The printed total of trade in a period with its growth: a figure flagged ``trade_total``."""
    return next(
        (
            f
            for f in data.figures.values()
            if f.period == period and f.trade_total and f.growth is not None
        ),
        None,
    )


def _trade(out: _Writer) -> Section:
    unit = "million_USD"
    flows = list(out.data.trade)
    if not flows:
        return out.omitted("trade", "trade")
    periods = _latest(flow.period for flow in flows if out.inside(flow.period))
    if not periods:
        return out.omitted("trade", "period")
    year = periods[0]
    try:
        breakdown = out.data.trade.breakdown(year, by="direction")
    except InvalidValueError:
        return out.omitted("trade", "trade.growth")
    before = breakdown.total.previous_period
    used = [flow for flow in flows if flow.period in {year, before}]
    total = _trade_total(out.data, year)
    lines = []
    if total is not None:
        stated = total.stated("growth")
        lines.append(
            Line(
                label=out.say("report.trade.total", period=year.label(out.lang)),
                value=out.say(
                    "growth_on",
                    amount=out.amount(total.figure.quantity, unit),
                    change=out.change(stated.fraction, stated.decimals),
                    period=year.same_period_last_year().label(out.lang),
                ),
                derivation=out.noted(out.say("report.trade.total.how"), total),
                sources=out.cite((total.source,)),
                records=(f"figures:{total.id}",),
                measure=LineMeasure(
                    kind="amount",
                    value=magnitude_in(total.figure.quantity, unit),
                    unit=unit,
                    period=year,
                    qualifier=total.figure.qualifier,
                    comparison=Comparison(
                        kind="growth",
                        rate=_pct(stated.fraction),
                        base_period=year.same_period_last_year(),
                    ),
                ),
            )
        )
    flow_sources = [flow.source for flow in used if flow.source is not None]
    cited = (total.source,) if total is not None else tuple(flow_sources)
    for item in breakdown.components:
        growth = item.growth
        points = format_number((item.contribution or Decimal(0)).scaleb(2), out.lang, 1)
        own = [flow for flow in used if flow.direction is item.key]
        lines.append(
            Line(
                label=capital(
                    out.say(
                        "report.trade.flow",
                        direction=own[0].direction.label(out.lang),
                        period=year.label(out.lang),
                    )
                ),
                value=growth.phrase(unit, out.lang),
                derivation=out.say(
                    "report.trade.flow.recorded.how"
                    if growth.basis is GrowthBasis.RECORDED
                    else "report.trade.flow.how",
                    period=growth.previous_period.label(out.lang),
                    # a base on record with its own digits, an implied one to a tenth
                    amount=out.amount(
                        growth.previous,
                        unit,
                        None if growth.basis is GrowthBasis.RECORDED else 1,
                    ),
                    points=points,
                ),
                sources=out.cite(flow.source for flow in own if flow.source is not None),
                records=out.flow_rows(own),
                measure=_growth_measure(growth, unit),
            )
        )
    recorded = all(item.growth.basis is GrowthBasis.RECORDED for item in breakdown.components)
    previous = "report.trade.previous.recorded" if recorded else "report.trade.previous"
    lines.append(
        Line(
            label=out.say(previous, period=before.label(out.lang)),
            value=out.amount(breakdown.total.previous, unit, None if recorded else 1),
            derivation=out.say(f"{previous}.how"),
            sources=out.cite(cited),
            records=out.flow_rows(used),
            measure=LineMeasure(
                kind="amount",
                value=magnitude_in(breakdown.total.previous, unit),
                unit=unit,
                period=before,
                origin="computed",
            ),
        )
    )
    rate = breakdown.total.rate
    if total is None:
        how = out.say("report.trade.growth.how")
        records = out.flow_rows(used)
    else:
        how = breakdown.check(growth=total.stated("growth"), total=total.figure).describe(out.lang)
        records = (f"figures:{total.id}", *out.flow_rows(used))
    lines.append(
        Line(
            label=out.say("report.trade.growth", period=year.label(out.lang)),
            value=out.say("report.cannot_derive") if rate is None else out.change(rate, 1),
            derivation=how,
            sources=out.cite(cited),
            records=records,
            measure=LineMeasure(
                kind="growth",
                value=_pct(rate),
                unit=None if rate is None else "percent",
                period=year,
                origin="computed",
            ),
        )
    )
    return Section(key="trade", title=out.say("report.trade.title"), lines=tuple(lines))


def _implied_value(out: _Writer, implied: ImpliedBase, unit: str) -> str:
    """An implied base as the printed figures allow it: a lower bound when they set no upper one.

    In the unit of the printed figure, with the decimals the unit needs (:data:`_PLACES`).
    """
    places = _PLACES.get(unit, 0)
    if implied.high is None:
        return out.qualified(Qualifier.AT_LEAST, out.amount(implied.low, unit, places))
    return out.amount(implied.point, unit, places)


def _implied_measure(implied: ImpliedBase, unit: str, year: int) -> LineMeasure:
    """An implied base: its point (or its lower bound when open above) and its interval."""
    low = magnitude_in(implied.low, unit)
    high = None if implied.high is None else magnitude_in(implied.high, unit)
    return LineMeasure(
        kind="amount",
        value=low if high is None else magnitude_in(implied.point, unit),
        unit=unit,
        period=Period.year(year),
        origin="computed",
        qualifier=Qualifier.AT_LEAST if high is None else None,
        low=low,
        high=high,
        interval=True,
    )


def _chosen_plan(data: Dataset, within: Period | None = None) -> CapitalPlan | None:
    """The latest plan with a version and a disbursement (its first within ``within``), or None."""
    plans = [
        plan
        for plan in data.capital_plans
        if plan.versions
        and plan.disbursements
        and (within is None or plan.disbursements[0].date in within)
    ]
    return max(plans, key=lambda each: each.year) if plans else None


def _plan_figures(data: Dataset, plan: CapitalPlan) -> list[SeedFigure]:
    """The figures printed about the plan: amounts of đồng in its year stating a ratio."""
    return [
        f
        for f in data.figures.values()
        if f.period.start.year == plan.year
        and f.figure.unit is not None
        and f.figure.unit.endswith("VND")
        and (f.ratio_to_plan is not None or f.ratio_to_allocated is not None)
    ]


def _printed_on(figure: SeedFigure, day: dt.date) -> bool:
    """Whether a figure is of what stood on ``day``: its date, or the end of its period."""
    return figure.as_of == day if figure.as_of is not None else figure.period.end == day


def _investment(out: _Writer) -> Section:
    """The chosen plan's records, then what the figures printed about it imply.

    A line for each version after the first (the plan in force from its
    day), a line for each disbursement record (the capital disbursed to its
    day over the plan in force, and over the capital allocated when
    allocations are on record), checked against a figure printed for that
    day (its ``as_of``, or the end of its period); then, for each figure of a
    period (printed without a day), the plan and the capital allocated its
    ratios imply, and whether the plan on record lies within what they allow.
    """
    plan = _chosen_plan(out.data, out.within)
    if plan is None:
        chosen = out.within is not None and _chosen_plan(out.data) is not None
        return out.omitted("investment", "period" if chosen else "investment")
    figures = _plan_figures(out.data, plan)
    # each line on its day: a version's, a disbursement's, the end of a figure's period
    dated: list[tuple[dt.date, int, Line]] = []
    if len(plan.versions) > 1:
        dated += [
            (version.date, 0, _version_line(out, plan, index))
            for index, version in enumerate(plan.versions)
            if out.on(version.date)
        ]
    for when in sorted({d.date for d in plan.disbursements}):
        if not out.on(when):
            continue
        printed = next((f for f in figures if _printed_on(f, when)), None)
        dated.append((when, 1, _ratio_line(out, plan, when, RatioBase.PLAN, printed)))
        if any(a.date <= when for a in plan.allocations):
            dated.append((when, 2, _ratio_line(out, plan, when, RatioBase.ALLOCATED, printed)))
    for figure in figures:
        if figure.as_of is None and out.inside(figure.period):
            dated += [(figure.period.end, 3, line) for line in _implied_lines(out, plan, figure)]
    lines = tuple(line for _, _, line in sorted(dated, key=lambda each: each[:2]))
    return Section(key="investment", title=out.say("report.investment.title"), lines=lines)


def _version_line(out: _Writer, plan: CapitalPlan, index: int) -> Line:
    """The plan in force from the day of its version ``index``, and how it came to be."""
    version = plan.versions[index]
    total = plan.total(version.date)
    later = plan.versions[index + 1 :]
    end = max(version.date, later[0].date - dt.timedelta(days=1)) if later else plan.window.end
    return Line(
        label=out.say("report.investment.version", year=plan.year, day=out.day(version.date)),
        value=out.amount(total, plan.unit),
        derivation=version.label(out.lang),
        sources=out.cite(v.source for v in plan.versions[: index + 1] if v.source is not None),
        records=out.plan_rows(plan, "plan_versions", plan.versions[: index + 1]),
        measure=LineMeasure(
            kind="amount",
            value=magnitude_in(total, plan.unit),
            unit=plan.unit,
            period=Period(start=version.date, end=end),
            origin="computed" if index else "stated",
        ),
    )


def _ratio_line(
    out: _Writer, plan: CapitalPlan, day: dt.date, base: RatioBase, printed: SeedFigure | None
) -> Line:
    """The capital disbursed to ``day`` over the plan in force or the capital allocated.

    Checked against the ratio ``printed`` states, if it states one. When no
    ratio follows (no version in force on ``day``, a base of zero), the
    capital disbursed and why (:func:`_no_ratio_line`).
    """
    try:
        ratio = plan.ratio(day, base)
    except (NotInForceError, UndefinedRatioError):
        return _no_ratio_line(out, plan, day, base)
    unit = plan.unit
    kind = base.value
    stated = None
    if printed is not None:
        stated = printed.ratio_to_plan if base is RatioBase.PLAN else printed.ratio_to_allocated
    if stated is None:
        how = out.say(f"report.investment.ratio.{kind}.how.unstated")
    else:
        how = out.noted(
            out.say(
                f"report.investment.ratio.{kind}.how",
                verdict=out.verdict(ok=ratio.prints_as(stated)),
                stated=format_percent(stated.fraction, out.lang, stated.decimals),
            ),
            printed,
        )
    versions = plan.versions[: plan.versions.index(ratio.version) + 1]
    if base is RatioBase.ALLOCATED:
        versions = ()
    allocations = [a for a in plan.allocations if a.date <= day and base is RatioBase.ALLOCATED]
    disbursements = [d for d in plan.disbursements if d.date <= day]
    rows = (
        *out.plan_rows(plan, "plan_versions", versions),
        *out.plan_rows(plan, "allocations", allocations),
        *out.plan_rows(plan, "disbursements", disbursements),
    )
    sources: list[Source | None] = [v.source for v in versions]
    sources += [a.source for a in allocations] + [d.source for d in disbursements]
    if stated is not None and printed is not None:
        rows = (*rows, f"figures:{printed.id}")
        sources.append(printed.source)
    return Line(
        label=out.say(f"report.investment.ratio.{kind}", year=plan.year, day=out.day(day)),
        value=out.say(
            f"report.investment.ratio.{kind}.value",
            disbursed=out.qualified(
                ratio.disbursed_qualifier,
                format_number(magnitude_in(ratio.disbursed, unit), out.lang),
            ),
            base=out.qualified(ratio.base_qualifier, out.amount(ratio.base_amount, unit)),
            percent=out.qualified(ratio.qualifier, out.percent(ratio.ratio, 1)),
        ),
        derivation=how,
        sources=out.cite(source for source in sources if source is not None),
        records=rows,
        measure=LineMeasure(
            kind="percent",
            value=_pct(ratio.ratio),
            unit="percent",
            period=Period(start=dt.date(plan.year, 1, 1), end=day),
            origin="computed",
            qualifier=ratio.qualifier,
            comparison=Comparison(
                kind="ratio",
                rate=_pct(ratio.ratio),
                base=magnitude_in(ratio.base_amount, unit),
                base_unit=unit,
                base_origin="stated",
            ),
        ),
    )


def _no_ratio_line(out: _Writer, plan: CapitalPlan, day: dt.date, base: RatioBase) -> Line:
    """The capital disbursed to ``day``, and why no ratio to ``base`` follows from the records."""
    disbursements = [d for d in plan.disbursements if d.date <= day]
    disbursed = plan.disbursed(day)
    first = plan.versions[0].date
    why = (
        out.say("report.investment.ratio.no_version", day=out.day(day), first=out.day(first))
        if day < first
        else out.say("report.investment.ratio.zero", base=base.label(out.lang), day=out.day(day))
    )
    return Line(
        label=out.say(f"report.investment.ratio.{base.value}", year=plan.year, day=out.day(day)),
        value=out.say("report.investment.ratio.none", disbursed=out.amount(disbursed, plan.unit)),
        derivation=why,
        sources=out.cite(d.source for d in disbursements if d.source is not None),
        records=out.plan_rows(plan, "disbursements", disbursements),
        measure=LineMeasure(
            kind="amount",
            value=magnitude_in(disbursed, plan.unit),
            unit=plan.unit,
            period=Period(start=min(day, dt.date(plan.year, 1, 1)), end=day),
            origin="computed",
        ),
    )


def _implied_line(
    out: _Writer, figure: SeedFigure, base: RatioBase, stated: Figure
) -> tuple[Line, ImpliedBase]:
    """The plan or the capital allocated a figure's ratio implies, in the figure's own unit."""
    unit = format(figure.figure.quantity.units)
    implied = implied_base_range(figure.figure, stated)
    period = figure.period.label(out.lang)
    line = Line(
        label=out.say(
            f"report.investment.implied.{base.value}", year=figure.period.start.year, period=period
        ),
        value=_implied_value(out, implied, unit),
        derivation=out.say(
            f"report.investment.implied.{base.value}.how",
            disbursed=out.qualified(
                figure.figure.qualifier, out.amount(figure.figure.quantity, unit)
            ),
            percent=out.percent(stated.fraction),
            range=implied.describe(out.lang, 1),
        ),
        sources=out.cite((figure.source,)),
        records=(f"figures:{figure.id}",),
        measure=_implied_measure(implied, unit, figure.period.start.year),
    )
    return line, implied


def _implied_lines(out: _Writer, plan: CapitalPlan, figure: SeedFigure) -> list[Line]:
    """The plan and the capital allocated a figure of a period implies by its ratios.

    Then, when a version of the plan is in force at the period's end, whether
    the plan on record lies within what the figure allows.
    """
    lines = []
    implied_plan = None
    for base, stated in (
        (RatioBase.PLAN, figure.ratio_to_plan),
        (RatioBase.ALLOCATED, figure.ratio_to_allocated),
    ):
        if stated is not None:
            line, implied = _implied_line(out, figure, base, stated)
            lines.append(line)
            implied_plan = implied if base is RatioBase.PLAN else implied_plan
    day = figure.period.end
    if implied_plan is None or not plan.versions or plan.versions[0].date > day:
        return lines
    version = plan.version_in_force(day)
    versions = plan.versions[: plan.versions.index(version) + 1]
    total = plan.total(day)
    answer = "yes" if implied_plan.contains(total) else "no"
    lines.append(
        Line(
            label=out.say(
                "report.investment.agree", year=plan.year, period=figure.period.label(out.lang)
            ),
            value=out.say(f"report.investment.agree.{answer}"),
            derivation=out.say(
                f"report.investment.agree.how.{answer}",
                plan=out.amount(total, plan.unit),
                day=out.day(day),
                period=figure.period.label(out.lang),
            ),
            sources=out.cite(
                (*(v.source for v in versions if v.source is not None), figure.source)
            ),
            records=(*out.plan_rows(plan, "plan_versions", versions), f"figures:{figure.id}"),
            measure=LineMeasure(kind="verdict", origin="computed"),
        )
    )
    return lines


#: The report's label of a count of tasks from these sources.
_TASK_LABELS: Final = {
    frozenset({TaskSource.VNPT_IOFFICE}): "report.tasks.ioffice",
    frozenset({TaskSource.CONCLUSION_NOTICE, TaskSource.DECISION}): "report.tasks.conclusions",
    frozenset({TaskSource.VOTER_PETITION}): "report.tasks.voters",
}


def _task_label(out: _Writer, sources: Iterable[TaskSource]) -> str:
    """A count's label by where its tasks came from; the sources named for other ones."""
    found = frozenset(sources)
    key = _TASK_LABELS.get(found)
    if key is not None:
        return out.say(key)
    names = ", ".join(source.label(out.lang) for source in TaskSource if source in found)
    return out.say("report.tasks.other", sources=names)


def _task_day_inside(out: _Writer, stated: StatedTaskCount) -> bool:
    """Whether a count of tasks stands on a day within the period chosen, if one is.

    Its day is the one it is stated at (``as_of``), else the end of the
    period its tasks were assigned in, else the day of the event its
    document reports ("đến nay": to the meeting's day), else the document's
    publication; a count with none of them lies in no chosen period.
    """
    if out.within is None:
        return True
    citation = stated.citation
    days = (
        stated.as_of,
        None if stated.period is None else stated.period.end,
        None if citation is None else citation.event,
        None if citation is None else citation.published,
    )
    day = next((each for each in days if each is not None), None)
    return day is not None and day in out.within


def _tasks(out: _Writer) -> Section:
    """A line for each count the log states with a share done (on time, or completed).

    As for the gates, only the counts citing a document of the dataset.
    """
    log = out.data.tasks
    lines = []
    done = [
        c
        for c in log.stated
        if (c.on_time is not None or c.completed is not None)
        and c.citation is not None
        and c.citation.key in out.data.sources
    ]
    for key in [c.key for c in done if _task_day_inside(out, c)]:
        stated = log.stated_count(key)
        ratio = stated.completion_ratio() if stated.on_time is None else stated.on_time_ratio()
        percent = ratio.format(1, out.lang)
        how = ratio.describe(out.lang)
        if TaskSource.VOTER_PETITION in stated.sources:  # resolved petitions, not tasks
            how = out.say(
                "report.tasks.petitions.how", part=ratio.part, base=ratio.base, percent=percent
            )
        when = (
            None
            if stated.as_written is None
            else out.say("report.tasks.as_written", written=stated.as_written)
        )
        if stated.as_of is not None:
            when = out.say("report.tasks.to_day", day=out.day(stated.as_of))
        label = _task_label(out, stated.sources)
        lines.append(
            Line(
                label=label
                if when is None
                else out.say("report.tasks.when", label=label, when=when),
                value=out.say(
                    "report.tasks.value", part=ratio.part, base=ratio.base, percent=percent
                ),
                derivation=out.say(
                    "report.tasks.how", how=how, says=out.say("report.says", text=stated.text)
                ),
                sources=out.cite_citations(() if stated.citation is None else (stated.citation,)),
                records=(f"tasks.toml:{key}",),
                measure=LineMeasure(
                    kind="count",
                    value=Decimal(ratio.part),
                    unit="petition" if TaskSource.VOTER_PETITION in stated.sources else "task",
                    period=stated.period,
                    comparison=Comparison(
                        kind="share",
                        rate=_pct(ratio.value),
                        base=Decimal(ratio.base),
                        base_unit="petition"
                        if TaskSource.VOTER_PETITION in stated.sources
                        else "task",
                        base_origin="stated",
                    ),
                ),
            )
        )
    if not lines:
        return out.omitted("tasks", "period" if done else "tasks")
    return Section(key="tasks", title=out.say("report.tasks.title"), lines=tuple(lines))


def _findings(out: _Writer) -> tuple[ReportFinding, ...]:
    return tuple(
        ReportFinding(
            severity=item.finding.severity,
            kind=item.finding.kind.value,
            explanation=item.finding.explain(out.lang),
            allowed=item.finding.allowed,
            stated=None if item.finding.stated is None else item.finding.stated.text,
            sources=out.cite(item.sources),
        )
        for item in findings_of(out.data.statements, out.data.sources)
        if _finding_inside(out, item.finding)
    )


def _finding_inside(out: _Writer, finding: Finding) -> bool:
    """Whether a finding is about the period chosen: one of its statements' periods lies in it.

    A finding whose statements give no period (an unreadable figure) is always kept.
    """
    periods = [s.period for s in finding.statements if s.period is not None]
    return not periods or any(out.inside(period) for period in periods)


@own_context
def build_report(
    lang: Language = "vi", *, dataset: Dataset | None = None, period: Period | None = None
) -> Report:
    """The zone's indicator report in ``lang`` ("vi" or "en"), from a dataset.

    ``dataset`` (by default the bundled seed data, :func:`dongdang.data.seed_dataset`)
    gives every line: the gate registry's stated counts (those citing a
    document of the dataset), the fee collections, the trade flows and the
    printed total they are checked against, the capital plan (its versions,
    allocations and disbursements) and the figures printed about it, the
    tasks, and the audit of the dataset's statements. Each line names the
    records it is built from (``Line.records``). The periods are the records'
    own: the latest year and year-to-date of the fee records, the latest
    period of the trade flows, each against the same period of the previous
    year; the latest capital plan. A section whose records the dataset lacks
    has no lines and says why (``Section.omitted``). The title names the
    dataset (``Dataset.info``).

    ``period`` narrows every section to what lies within it: the fee and
    trade periods, a plan by the day of its first disbursement (and its
    disbursements and printed figures by their own days), the counts of
    gates by the period they are stated for, the counts of tasks by the day
    they stand at (their ``as_of``, else the end of the period they count,
    else the day of the event their document reports), and the audit's
    findings by the periods of their statements (a finding without one is
    kept). The same period of the previous year is still the base of a
    growth. By default every section reports the latest of its records.

    >>> report = build_report("en", period=Period.parse("năm 2021"))
    >>> for line in report.section("fees").lines:
    ...     print(line.label)
    Fees collected, 2021
    Transshipment fee 2021, average per vehicle trip
    Transshipment fee budget estimate 2021, implied
    >>> report.section("investment").omitted
    'no record of the dataset lies within the period the report was asked for'
    >>> [line.label for line in report.section("gates").lines]
    ['Gate pairs clearing goods, 2021']

    Raises:
        InvalidValueError: ``lang`` is neither "vi" nor "en".
        InvalidTypeError: ``period`` is not a :class:`~dongdang.periods.Period`.
    """
    _check_lang(lang)
    if period is not None and not isinstance(period, Period):
        raise InvalidTypeError.of("period", "a Period or None", period)
    out = _Writer(lang, seed_dataset() if dataset is None else dataset, within=period)
    sections = (_gates(out), _fees(out), _trade(out), _investment(out), _tasks(out))
    findings = _findings(out)
    info = out.data.info
    return Report(
        title=out.say("report.title.untitled")
        if info is None
        else out.say("report.title", dataset=info.title_in(lang)),
        lang=lang,
        sections=sections,
        findings=findings,
        sources=tuple(out.cited[key] for key in sorted(out.cited)),
        dataset=info,
    )
