"""The zone's indicator report, built from a dataset (by default the bundled seed data).

Five sections say what the dataset's documents state and what follows from
it: the gate pairs clearing goods (:mod:`dongdang.gates`), the border-gate fee
(:mod:`dongdang.fees`), trade (:mod:`dongdang.trade`), public-investment
disbursement (:mod:`dongdang.investment`) and the Board's tasks
(:mod:`dongdang.tasks`). Every figure comes from a method of those modules,
applied to the dataset's records (:class:`~dongdang.dataset.Dataset`): this
module only chooses, writes and cites. Each :class:`Line` has a label, a
value, how the value was had ("derivation"), the ids of its sources and the
records it is built from. A check that fails says so in words. A closing part
lists the findings of the audit of the dataset's statements
(:func:`dongdang.data.findings_of`), then the sources cited.

>>> from dongdang.report import build_report
>>> report = build_report()
>>> [section.key for section in report.sections]
['gates', 'fees', 'trade', 'investment', 'tasks']
>>> line = report.section("investment").lines[0]
>>> line.label
'Giải ngân vốn đầu tư công năm 2020, đến ngày 25/05/2020'
>>> line.value
'42.119/102.681 triệu đồng, đạt 41,0% kế hoạch'

The report renders as text, Markdown or JSON (:func:`render`).
"""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal
from importlib.resources import files
from typing import TYPE_CHECKING, Final, Literal, final

import attrs

from dongdang._decimal import QUOTIENT, own_context, tidy
from dongdang._messages import capital, change, change_range, day, message, qualified
from dongdang._validators import language as _check_lang
from dongdang.data import Source, findings_of, seed_dataset
from dongdang.errors import (
    InvalidTypeError,
    InvalidValueError,
    NotInForceError,
    UndefinedRatioError,
    UnknownCodeError,
)
from dongdang.fees import FeeLine
from dongdang.fees.collections import Basis
from dongdang.investment import RatioBase, implied_base_range
from dongdang.periods import Period
from dongdang.tasks import TaskSource
from dongdang.text import Qualifier, format_amount, format_number, format_percent
from dongdang.trade.results import GrowthBasis
from dongdang.units import magnitude_in

if TYPE_CHECKING:
    from collections.abc import Iterable
    from fractions import Fraction

    from dongdang.auditing import Finding, Interval, Severity
    from dongdang.data import SeedFigure
    from dongdang.dataset import Dataset, DatasetInfo
    from dongdang.fees import FeeCollections, FeeGrowth
    from dongdang.fees.collections import FeeRecord
    from dongdang.investment import CapitalPlan, ImpliedBase
    from dongdang.periods import Language
    from dongdang.provenance import Citation
    from dongdang.tasks import StatedTaskCount
    from dongdang.text import Figure
    from dongdang.trade import TradeGrowth
    from dongdang.trade.flows import TradeFlow
    from dongdang.units import Quantity

__all__ = [
    "FORMATS",
    "JSON_SCHEMA_VERSION",
    "Comparison",
    "Format",
    "Line",
    "LineMeasure",
    "MeasureKind",
    "Report",
    "ReportFinding",
    "Section",
    "build_report",
    "json_schema",
    "render",
    "render_json",
    "render_markdown",
    "render_text",
]

#: The name of an output format of :func:`render`.
Format = Literal["text", "markdown", "json"]
#: The output formats :func:`render` knows, the default first.
FORMATS: Final[tuple[Format, ...]] = ("text", "markdown", "json")

#: The version of the JSON document :func:`render_json` writes.
JSON_SCHEMA_VERSION: Final = 4

#: Where a line's number comes from: printed in a source, or derived from printed figures.
Origin = Literal["stated", "computed"]
#: What a line's number is; ``verdict`` and ``text`` lines have none.
MeasureKind = Literal["amount", "count", "percent", "growth", "verdict", "text"]
#: What a line's number is compared with (:class:`Comparison`).
ComparisonKind = Literal["growth", "attainment", "ratio", "share"]


@final
@attrs.frozen(kw_only=True)
class Comparison:
    """What a line's value is compared with: a growth on a period, a share of a base.

    Attributes:
        kind: ``growth`` (on ``base_period``), ``attainment`` (of an estimate),
            ``ratio`` (to a plan) or ``share`` (a count out of a total).
        rate: the growth or the ratio, in percent, or None (a share has only its base).
        base: the base's value (last year's amount, the plan, the total), or None.
        base_unit: the base's unit, or None.
        base_period: the period of the base, or None.
        base_origin: whether the base is printed or derived, or None without a base.
    """

    kind: ComparisonKind
    rate: Decimal | None = None
    base: Decimal | None = None
    base_unit: str | None = None
    base_period: Period | None = None
    base_origin: Origin | None = None


@final
@attrs.frozen(kw_only=True)
class LineMeasure:
    """A line's number, for programs: the value, unit, period, comparison, origin, interval.

    Attributes:
        kind: ``amount``, ``count``, ``percent``, ``growth`` (the value is a
            growth in percent), ``verdict`` or ``text`` (no single number:
            ``value`` is None).
        value: the number, exact, or None.
        unit: a unit name (``million_VND``), ``percent`` or, for a count, its noun
            (``gate_pair``, ``task``); None without a value.
        period: the period the value is about, or None.
        origin: ``stated`` (printed in a source) or ``computed`` (derived).
        qualifier: the word before the figure (``at_least``), or None.
        low: the least value the printed figures allow, or None (unbounded or no interval).
        high: the greatest, or None.
        interval: whether the value comes with an interval (``low``/``high``).
        comparison: what the value is compared with, or None.
    """

    kind: MeasureKind = "text"
    value: Decimal | None = None
    unit: str | None = None
    period: Period | None = None
    origin: Origin = "stated"
    qualifier: Qualifier | None = None
    low: Decimal | None = None
    high: Decimal | None = None
    interval: bool = False
    comparison: Comparison | None = None


@final
@attrs.frozen(kw_only=True)
class Line:
    """One indicator: what it is, its value, how it was derived, where from.

    Attributes:
        label: what the line is about, with its period.
        value: the figure as written in the report's language.
        derivation: how the value was had: "as the report states", or the
            arithmetic and the check against what the report states.
        sources: the ids of the documents it comes from.
        measure: the value as numbers, for programs (the JSON document).
        records: the dataset's records it is built from, each as
            ``table:row`` (the row as a spreadsheet shows it, in the table
            as :meth:`~dongdang.dataset.Dataset.write` writes it: ``fee_records:3``)
            or ``file:key`` (``figures:trade-2021-total``, ``gates.toml:seed-000``).
    """

    label: str
    value: str
    derivation: str
    sources: tuple[str, ...]
    measure: LineMeasure = LineMeasure()
    records: tuple[str, ...] = ()


@final
@attrs.frozen(kw_only=True)
class Section:
    """A titled group of lines.

    Attributes:
        key: a stable name: ``gates``, ``fees``, ``trade``, ``investment`` or ``tasks``.
        title: the title in the report's language.
        lines: its lines.
        omitted: why the section has no lines (the dataset holds none of the
            records it is built from), in the report's language; None when it
            has lines.
    """

    key: str
    title: str
    lines: tuple[Line, ...]
    omitted: str | None = None


@final
@attrs.frozen(kw_only=True)
class ReportFinding:
    """A finding of the audit of the dataset's statements, as the report shows it.

    Attributes:
        severity: INFO, WARNING or INCONSISTENT.
        kind: the check that found it (``growth_disagrees``…).
        explanation: the finding in the report's language.
        allowed: what the other figures allow for the stated one, or None.
        stated: the figure as printed, or None.
        sources: the ids of the documents of the statements involved.
    """

    severity: Severity
    kind: str
    explanation: str
    allowed: Interval | None
    stated: str | None
    sources: tuple[str, ...]


@final
@attrs.frozen(kw_only=True)
class Report:
    """The whole report.

    Attributes:
        title: the title in the report's language, naming the dataset.
        lang: the language, "vi" or "en".
        sections: the indicator sections, in order.
        findings: the audit findings on the dataset's statements.
        sources: every document cited by a line or a finding, by id.
        dataset: what the dataset is called (its ``dataset.toml``), or None.
    """

    title: str
    lang: Language
    sections: tuple[Section, ...]
    findings: tuple[ReportFinding, ...]
    sources: tuple[Source, ...]
    dataset: DatasetInfo | None = None

    def section(self, key: str) -> Section:
        """The section with this key.

        Raises:
            UnknownCodeError: no section has the key; ``accepted`` lists them.
        """
        for section in self.sections:
            if section.key == key:
                return section
        raise UnknownCodeError("report section", key, [section.key for section in self.sections])


# -- writing --------------------------------------------------------------------------


@attrs.frozen
class _Writer:
    """Writes the catalogue's messages and figures in one language, and collects the sources."""

    lang: Language
    data: Dataset = attrs.field(factory=seed_dataset)
    cited: dict[str, Source] = attrs.field(factory=dict)
    within: Period | None = None

    def inside(self, period: Period) -> bool:
        """Whether the report may report on ``period``: it lies within the one chosen, if any."""
        return self.within is None or (
            self.within.start <= period.start and period.end <= self.within.end
        )

    def on(self, day: dt.date) -> bool:
        """Whether the report may report on ``day``: it lies within the period chosen, if any."""
        return self.within is None or day in self.within

    def say(self, key: str, /, **values: object) -> str:
        """Message ``key`` of the catalogue (:mod:`dongdang._messages`) in the report's language."""
        return message(key, self.lang, **values)

    def amount(self, quantity: Quantity, unit: str, decimals: int | None = None) -> str:
        return format_amount(quantity, unit, self.lang, decimals)

    def percent(self, fraction: Decimal, decimals: int | None = None) -> str:
        return format_percent(fraction, self.lang, decimals)

    def change(self, fraction: Decimal, decimals: int | None = None) -> str:
        return change(fraction, self.lang, decimals)

    def day(self, value: dt.date) -> str:
        return day(value, self.lang)

    def period(self, period: Period) -> str:
        if period.start == period.end:
            return self.say("report.on_day", day=self.day(period.start))
        return period.label(self.lang)

    def qualified(self, qualifier: Qualifier | None, figure: str) -> str:
        """A figure after the word for its qualifier ("trên 439,2 tỷ đồng"), or alone."""
        return qualified(qualifier, figure, self.lang)

    def noted(self, text: str, figure: SeedFigure | None) -> str:
        """``text``, then the note the figure carries in the report's language, if any."""
        note = None if figure is None else figure.note_in(self.lang)
        return text if note is None else f"{text}; {note}"

    def omitted(self, key: str, reason: str) -> Section:
        """Section ``key`` without lines, saying why (message ``report.omitted.<reason>``)."""
        return Section(
            key=key,
            title=self.say(f"report.{key}.title"),
            lines=(),
            omitted=self.say(f"report.omitted.{reason}"),
        )

    def verdict(self, *, ok: bool) -> str:
        return self.say("report.matches" if ok else "report.differs")

    def cite(self, sources: Iterable[Source]) -> tuple[str, ...]:
        ids = []
        for source in sources:
            self.cited.setdefault(source.id, source)
            ids.append(source.id)
        return tuple(dict.fromkeys(ids))

    def fee_rows(self, records: Iterable[FeeRecord]) -> tuple[str, ...]:
        """The rows of ``fee_records`` the records are (``fee_records:2`` is the first).

        The rows of the file read, where the dataset was read from one;
        else those :meth:`~dongdang.dataset.Dataset.write` writes.
        """
        read = self.data.record_rows.get("fee_records", {})
        rows = list(self.data.fee_collections)
        return tuple(
            dict.fromkeys(
                f"fee_records:{read.get(record) or rows.index(record) + 2}" for record in records
            )
        )

    def flow_rows(self, flows: Iterable[TradeFlow]) -> tuple[str, ...]:
        """The rows of ``trade_flows`` the flows are."""
        rows = list(self.data.trade)
        return tuple(dict.fromkeys(f"trade_flows:{rows.index(flow) + 2}" for flow in flows))

    def plan_rows(self, plan: CapitalPlan, table: str, items: Iterable[object]) -> tuple[str, ...]:
        """The rows of ``plan_versions``, ``allocations`` or ``disbursements`` the items are."""
        read = self.data.record_rows.get(table, {})
        offset = 2
        for other in self.data.capital_plans:
            held = list(getattr(other, table.removeprefix("plan_")))
            if other is plan:
                key = (plan.year, plan.owner.code)
                return tuple(
                    f"{table}:{read.get((*key, item)) or offset + held.index(item)}"
                    for item in items
                )
            offset += len(held)
        return ()  # pragma: no cover - the plan is one of the dataset's

    def cite_citations(self, citations: Iterable[Citation]) -> tuple[str, ...]:
        """Cite the documents of citations: the dataset's own record of each, where it has one."""
        return self.cite(
            self.data.sources.get(c.key)
            or Source(
                id=c.key,
                title=c.title or self.say("report.untitled"),
                event=c.event,
                file=c.file or "",
                published=c.published,
            )
            for c in citations
        )


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
        # the article counts pairs ("06/12 cặp cửa khẩu") or gates ("07 cửa khẩu"): say which
        what = "pairs" if "cặp" in stated.text else "gates"
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


#: The fewest decimals an amount derived from fee records shows, by unit: a tỷ đồng
#: is large enough that its tenth counts (đồng are whole, triệu đồng need none).
_FEE_PLACES: Final = {"billion_VND": 1, "trillion_VND": 1}


def _fee_unit(record: FeeRecord) -> tuple[str, int]:
    """The unit a fee record is printed in, and the decimals of the amounts derived from it.

    Whole đồng; in a larger unit, the decimals the printed amount has, and at
    least those the unit needs (:data:`_FEE_PLACES`): "664.127 triệu đồng"
    gives "473.700 triệu đồng", "trên 344,8 tỷ đồng" gives "438,9 tỷ đồng".
    """
    unit = format(record.amount.units)
    if unit == "VND":
        return unit, 0
    exponent = tidy(magnitude_in(record.amount, unit)).as_tuple().exponent
    places = max(0, -exponent) if isinstance(exponent, int) else 0
    return unit, max(places, _FEE_PLACES.get(unit, 0))


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
    """The printed total of trade in a period with its growth: figure ``trade-…-total``."""
    return next(
        (
            f
            for f in data.figures.values()
            if f.period == period
            and f.id.startswith("trade-")
            and f.id.endswith("-total")
            and f.growth is not None
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
    """An implied base as the printed figures allow it: a lower bound when they set no upper one."""
    if implied.high is None:
        return out.qualified(Qualifier.AT_LEAST, out.amount(implied.low, unit, 1))
    return out.amount(implied.point, unit, 1)


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
    """The plan or the capital allocated a figure's ratio implies."""
    billion = "billion_VND"
    implied = implied_base_range(figure.figure, stated)
    period = figure.period.label(out.lang)
    line = Line(
        label=out.say(
            f"report.investment.implied.{base.value}", year=figure.period.start.year, period=period
        ),
        value=_implied_value(out, implied, billion),
        derivation=out.say(
            f"report.investment.implied.{base.value}.how",
            disbursed=out.qualified(
                figure.figure.qualifier, out.amount(figure.figure.quantity, billion)
            ),
            percent=out.percent(stated.fraction),
            range=implied.describe(out.lang, 1),
        ),
        sources=out.cite((figure.source,)),
        records=(f"figures:{figure.id}",),
        measure=_implied_measure(implied, billion, figure.period.start.year),
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


# -- rendering ------------------------------------------------------------------------


def _source_name(source: Source, lang: Language) -> str:
    """A document as an official names it: its title and the date of what it reports.

    "tài liệu “Hội nghị sơ kết …” (sự kiện ngày 26/06/2024)"; the date of
    publication where no event date is known, else "không rõ ngày".
    """
    if source.event is not None:
        when = message("report.event_day", lang, day=day(source.event, lang))
    elif source.published is not None:
        when = message("report.published_day", lang, day=day(source.published, lang))
    else:
        when = message("report.date_unknown", lang)
    return message("report.source", lang, title=source.title, when=when)


def _source_names(report: Report, ids: Iterable[str]) -> str:
    """The documents with these ids, named (:func:`_source_name`), one after the other.

    "không có" ("none") when a line cites no document (records without a source).
    """
    named = {source.id: source for source in report.sources}
    names = "; ".join(_source_name(named[key], report.lang) for key in ids)
    return names or message("report.no_sources", report.lang)


def _source_entry(source: Source, lang: Language) -> str:
    """A document in the list of sources: its name and the file it is kept in."""
    name = capital(_source_name(source, lang))
    return message("report.source.entry", lang, name=name, file=source.file)


def _headings(lang: Language) -> dict[str, str]:
    """The headings and line words of a rendered report, from the catalogue."""
    keys = ("how", "cited", "findings", "no_findings", "sources")
    return {key: message(f"report.{key}", lang) for key in keys}


def _severity(finding: ReportFinding, lang: Language) -> str:
    """The severity of a finding in words: "SAI LỆCH", "INCONSISTENT"."""
    return message(f"severity.{finding.severity.value}", lang)


def _exact(value: Fraction) -> Decimal:
    """A fraction as a Decimal: exact when it terminates, else to 34 significant digits."""
    return QUOTIENT.divide(Decimal(value.numerator), Decimal(value.denominator))


def _decimal_text(value: Fraction | None) -> str | None:
    """A bound for JSON: a plain decimal string, or None for an unbounded end."""
    if value is None:
        return None
    return format(_exact(value), "f")


def render_text(report: Report) -> str:
    """Render a report as plain text for a terminal.

    Each line gives its label and value, then, indented, how the value was
    had and its sources; the findings and the sources close the report.
    """
    words = _headings(report.lang)
    out: list[str] = [report.title, "=" * len(report.title)]
    for section in report.sections:
        out += ["", section.title, "-" * len(section.title)]
        if section.omitted is not None:
            out.append(message("report.omitted", report.lang, reason=section.omitted))
        for line in section.lines:
            out += [
                f"* {line.label}: {line.value}",
                f"    {words['how']}: {line.derivation}",
                f"    {words['cited']}: {_source_names(report, line.sources)}",
            ]
    out += ["", words["findings"], "-" * len(words["findings"])]
    if not report.findings:
        out.append(words["no_findings"])
    for finding in report.findings:
        out.append(f"* {_severity(finding, report.lang)}: {finding.explanation}")
        out.append(f"    {words['cited']}: {_source_names(report, finding.sources)}")
    out += ["", words["sources"], "-" * len(words["sources"])]
    out += [f"* {_source_entry(source, report.lang)}" for source in report.sources]
    return "\n".join(out) + "\n"


def _md(text: str) -> str:
    """Text as CommonMark inline content: special characters escaped, one line."""
    escaped = "".join(f"\\{char}" if char in _MD_SPECIAL else char for char in text)
    return " ".join(escaped.split())


_MD_SPECIAL: Final = frozenset("\\`*_[]<>&")


def render_markdown(report: Report) -> str:
    """Render a report as CommonMark: a heading per section, a list of its lines.

    Every piece of text is escaped, so figures and quotes never turn into markup.
    """
    words = _headings(report.lang)
    out: list[str] = [f"# {_md(report.title)}"]
    for section in report.sections:
        out += ["", f"## {_md(section.title)}", ""]
        if section.omitted is not None:
            out.append(_md(message("report.omitted", report.lang, reason=section.omitted)))
        for line in section.lines:
            out += [
                f"- **{_md(line.label)}**: {_md(line.value)}",
                f"  - {words['how']}: {_md(line.derivation)}",
                f"  - {words['cited']}: {_md(_source_names(report, line.sources))}",
            ]
    out += ["", f"## {words['findings']}", ""]
    if not report.findings:
        out.append(words["no_findings"])
    for finding in report.findings:
        out.append(f"- **{_md(_severity(finding, report.lang))}**: {_md(finding.explanation)}")
        out.append(f"  - {words['cited']}: {_md(_source_names(report, finding.sources))}")
    out += ["", f"## {words['sources']}", ""]
    out += [f"- {_md(_source_entry(source, report.lang))}" for source in report.sources]
    return "\n".join(out) + "\n"


def _json_source(source: Source) -> dict[str, str | None]:
    return {
        "id": source.id,
        "title": source.title,
        "event": None if source.event is None else source.event.isoformat(),
        "published": None if source.published is None else source.published.isoformat(),
        "file": source.file,
    }


def _plain(value: Decimal | None) -> str | None:
    """A number for JSON: a plain decimal string (no exponent), or None."""
    return None if value is None else format(value, "f")


def _json_period(period: Period | None) -> dict[str, str] | None:
    if period is None:
        return None
    return {"start": period.start.isoformat(), "end": period.end.isoformat()}


def _json_comparison(comparison: Comparison | None) -> dict[str, object] | None:
    if comparison is None:
        return None
    return {
        "kind": comparison.kind,
        "rate": _plain(comparison.rate),
        "base": _plain(comparison.base),
        "base_unit": comparison.base_unit,
        "base_period": _json_period(comparison.base_period),
        "base_origin": comparison.base_origin,
    }


def _json_line(line: Line) -> dict[str, object]:
    measure = line.measure
    return {
        "label": line.label,
        "text": line.value,
        "derivation": line.derivation,
        "sources": list(line.sources),
        "records": list(line.records),
        "kind": measure.kind,
        "value": _plain(measure.value),
        "unit": measure.unit,
        "period": _json_period(measure.period),
        "origin": measure.origin,
        "qualifier": None if measure.qualifier is None else measure.qualifier.value,
        "interval": {"low": _plain(measure.low), "high": _plain(measure.high)}
        if measure.interval
        else None,
        "comparison": _json_comparison(measure.comparison),
    }


def _json_section(section: Section) -> dict[str, object]:
    """A section; ``omitted`` (why it has no lines) only when it has none."""
    document: dict[str, object] = {
        "key": section.key,
        "title": section.title,
        "lines": [_json_line(line) for line in section.lines],
    }
    if section.omitted is not None:
        document["omitted"] = section.omitted
    return document


def render_json(report: Report) -> str:
    """Render a report as a JSON document (UTF-8 text, indented by two spaces).

    The schema is documented in ``docs/api/report.md``: ``schema_version``,
    ``title``, ``language``, ``dataset`` (``name`` and ``title``, or null for
    an untitled dataset), ``sections`` (``key``, ``title``, ``omitted`` (why a
    section has no lines, only then), ``lines`` with
    ``label``, ``text`` (the value as displayed), ``derivation``, ``sources``
    and the value as numbers: ``kind``, ``value``, ``unit``, ``period``,
    ``origin``, ``qualifier``, ``interval``, ``comparison``), ``findings``
    (``severity``, ``kind``, ``explanation``, ``allowed`` with ``low`` and
    ``high``, ``stated``, ``sources``) and ``sources`` (``id``, ``title``,
    ``event``, ``published``, ``file``). The document validates against
    :func:`json_schema` (``dongdang/schemas/report.schema.json``).
    """
    info = report.dataset
    document = {
        "schema_version": JSON_SCHEMA_VERSION,
        "title": report.title,
        "language": report.lang,
        "dataset": None
        if info is None
        else {"name": info.name, "title": info.title_in(report.lang)},
        "sections": [_json_section(section) for section in report.sections],
        "findings": [
            {
                "severity": finding.severity.value,
                "kind": finding.kind,
                "explanation": finding.explanation,
                "allowed": None
                if finding.allowed is None
                else {
                    "low": _decimal_text(finding.allowed.low),
                    "high": _decimal_text(finding.allowed.high),
                },
                "stated": finding.stated,
                "sources": list(finding.sources),
            }
            for finding in report.findings
        ],
        "sources": [_json_source(source) for source in report.sources],
    }
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


def json_schema() -> dict[str, object]:
    """The JSON Schema (draft 2020-12) of the document :func:`render_json` writes.

    It ships with the package as ``dongdang/schemas/report.schema.json``.

    >>> from dongdang.report import JSON_SCHEMA_VERSION, json_schema
    >>> schema = json_schema()
    >>> schema["$schema"]
    'https://json-schema.org/draft/2020-12/schema'
    >>> schema["properties"]["schema_version"]["const"] == JSON_SCHEMA_VERSION
    True
    """
    text = files("dongdang").joinpath("schemas", "report.schema.json").read_text("utf-8")
    schema: dict[str, object] = json.loads(text)
    return schema


_RENDERERS: Final = {"text": render_text, "markdown": render_markdown, "json": render_json}


@own_context
def render(report: Report, format: Format = "text") -> str:  # noqa: A002 - the CLI's word
    """Render a report in ``format``: "text", "markdown" or "json".

    Raises:
        InvalidTypeError: ``report`` is not a :class:`Report`.
        UnknownCodeError: ``format`` is none of them; the message names it.

    >>> from dongdang.report import build_report, render
    >>> render(build_report("en"), "json")[:1]
    '{'
    >>> render(build_report("en"), "xml")
    Traceback (most recent call last):
    ...
    dongdang.errors.UnknownCodeError: unknown report format 'xml'; expected one of 'text', ...
    """
    if not isinstance(report, Report):
        raise InvalidTypeError(f"render needs a Report, got {report!r}")
    renderer = _RENDERERS.get(format) if isinstance(format, str) else None
    if renderer is None:
        raise UnknownCodeError("report format", format, FORMATS)
    return renderer(report)
