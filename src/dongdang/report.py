"""The zone's indicator report, built from the domain modules and the bundled data.

Five sections say what the seed articles state and what follows from it: the
gate pairs clearing goods (:mod:`dongdang.gates`), the border-gate fee
(:mod:`dongdang.fees`), trade (:mod:`dongdang.trade`), public-investment
disbursement (:mod:`dongdang.investment`) and the Board's tasks
(:mod:`dongdang.tasks`). Every figure comes from a method of those modules:
this module only chooses, writes and cites. Each :class:`Line` has a label,
a value, how the value was had ("derivation") and the ids of its sources.
A check that fails says so in words. A closing part lists the findings of the
audit of the seed articles (:func:`dongdang.data.seed_findings`), then the
sources cited.

>>> from dongdang.report import build_report
>>> report = build_report()
>>> [section.key for section in report.sections]
['gates', 'fees', 'trade', 'investment', 'tasks']
>>> line = report.section("investment").lines[0]
>>> line.label
'Giải ngân vốn đầu tư công năm 2020, đến ngày 25/5/2020'
>>> line.value
'42.119/102.681 triệu đồng = 41,0%'

The report renders as text, Markdown or JSON (:func:`render`).
"""

from __future__ import annotations

import json
from decimal import Decimal
from typing import TYPE_CHECKING, Final, Literal, final

import attrs

from dongdang._decimal import QUOTIENT, own_context
from dongdang.data import Source, seed_figures, seed_findings
from dongdang.errors import InvalidTypeError, InvalidValueError
from dongdang.fees import FeeLine, seed_fee_collections
from dongdang.gates import lang_son_gates
from dongdang.investment import implied_base_range, seed_capital_plan
from dongdang.periods import Period
from dongdang.tasks import TaskSource, lang_son_tasks
from dongdang.text import Qualifier, format_amount, format_number, format_percent
from dongdang.trade import seed_trade_flows, seed_trade_ledger

if TYPE_CHECKING:
    import datetime as dt
    from collections.abc import Iterable
    from fractions import Fraction

    from dongdang.auditing import Interval, Severity
    from dongdang.periods import Language
    from dongdang.provenance import Citation
    from dongdang.units import Quantity

__all__ = [
    "FORMATS",
    "JSON_SCHEMA_VERSION",
    "Format",
    "Line",
    "Report",
    "ReportFinding",
    "Section",
    "build_report",
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
JSON_SCHEMA_VERSION: Final = 1


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
    """

    label: str
    value: str
    derivation: str
    sources: tuple[str, ...]


@final
@attrs.frozen(kw_only=True)
class Section:
    """A titled group of lines.

    Attributes:
        key: a stable name: ``gates``, ``fees``, ``trade``, ``investment`` or ``tasks``.
        title: the title in the report's language.
        lines: its lines.
    """

    key: str
    title: str
    lines: tuple[Line, ...]


@final
@attrs.frozen(kw_only=True)
class ReportFinding:
    """A finding of the audit of the seed articles, as the report shows it.

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
        title: the title in the report's language.
        lang: the language, "vi" or "en".
        sections: the indicator sections, in order.
        findings: the audit findings on the seed articles.
        sources: every document cited by a line or a finding, by id.
    """

    title: str
    lang: Language
    sections: tuple[Section, ...]
    findings: tuple[ReportFinding, ...]
    sources: tuple[Source, ...]

    def section(self, key: str) -> Section:
        """The section with this key.

        Raises:
            InvalidValueError: no section has the key; the message lists them.
        """
        for section in self.sections:
            if section.key == key:
                return section
        known = ", ".join(section.key for section in self.sections)
        raise InvalidValueError(f"the report has no section {key!r}; its sections: {known}")


# -- writing --------------------------------------------------------------------------


@attrs.frozen
class _Writer:
    """Writes phrases and figures in one language, and collects the sources cited."""

    lang: Language
    cited: dict[str, Source] = attrs.field(factory=dict)

    def pick(self, vi: str, en: str) -> str:
        return vi if self.lang == "vi" else en

    def amount(self, quantity: Quantity, unit: str, decimals: int | None = None) -> str:
        return format_amount(quantity, unit, self.lang, decimals)

    def percent(self, fraction: Decimal, decimals: int | None = None) -> str:
        return format_percent(fraction, self.lang, decimals)

    def signed(self, fraction: Decimal, decimals: int | None = None) -> str:
        text = format_percent(fraction.copy_abs(), self.lang, decimals)
        return f"-{text}" if fraction < 0 else f"+{text}"

    def day(self, day: dt.date) -> str:
        return f"{day.day}/{day.month}/{day.year}" if self.lang == "vi" else day.isoformat()

    def period(self, period: Period) -> str:
        if period.start == period.end:
            return self.pick(f"ngày {self.day(period.start)}", f"on {self.day(period.start)}")
        return period.label(self.lang)

    def qualified(self, qualifier: Qualifier | None) -> str:
        """The word for a qualifier, with a space ("trên "), or nothing."""
        vi, en = _QUALIFIER_WORDS.get(qualifier, ("", ""))
        return self.pick(vi, en)

    def verdict(self, *, ok: bool) -> str:
        return self.pick("khớp", "matches") if ok else self.pick("KHÔNG khớp", "does NOT match")

    def cite(self, sources: Iterable[Source]) -> tuple[str, ...]:
        ids = []
        for source in sources:
            self.cited.setdefault(source.id, source)
            ids.append(source.id)
        return tuple(dict.fromkeys(ids))

    def cite_citations(self, citations: Iterable[Citation]) -> tuple[str, ...]:
        return self.cite(
            Source(id=c.key, title=c.title or c.key, date=c.published, file=c.file or "")
            for c in citations
        )


_QUALIFIER_WORDS: Final[dict[Qualifier | None, tuple[str, str]]] = {
    Qualifier.AT_LEAST: ("trên ", "over "),
    Qualifier.AT_MOST: ("gần ", "nearly "),
    Qualifier.BELOW: ("dưới ", "under "),
    Qualifier.ABOUT: ("khoảng ", "about "),
}

# -- the sections ---------------------------------------------------------------------

#: The stated counts of pairs clearing goods in the seed articles, oldest first.
_GATE_COUNTS: Final = ("seed-000", "seed-003", "seed-002")


def _gates(out: _Writer) -> Section:
    registry = lang_son_gates()
    lines = []
    for key in _GATE_COUNTS:
        check = registry.check(key)
        stated = check.stated
        count = (
            f"{stated.count}" if stated.of_total is None else f"{stated.count}/{stated.of_total}"
        )
        if check.reproduced:
            verdict = out.pick("danh mục tái lập được", "reproduced by the registry")
        elif check.consistent:
            verdict = out.pick(
                "danh mục KHÔNG tái lập được (không đủ dữ kiện)",
                "NOT reproducible from the registry (the evidence is missing)",
            )
        else:
            verdict = out.pick("MÂU THUẪN với danh mục", "CONFLICTS with the registry")
        found = ", ".join(registry.pair(code).label() for code in check.found)
        # the article counts pairs ("06/12 cặp cửa khẩu") or gates ("07 cửa khẩu"): say which
        pairs = "cặp" in stated.text
        what_vi, what_en = ("cặp cửa khẩu", "gate pairs") if pairs else ("cửa khẩu", "gates")
        found_text = out.pick(
            f"danh mục thấy {len(check.found)} {what_vi} thông quan"
            + (f" ({found})" if found else "")
            + f", nhiều nhất {check.possible} có thể",
            f"the registry finds {len(check.found)} {what_en} clearing"
            + (f" ({found})" if found else "")
            + f", at most {check.possible} possible",
        )
        lines.append(
            Line(
                label=out.pick(
                    f"{what_vi.capitalize()} thông quan hàng hóa, {out.period(stated.when)}",
                    f"{what_en.capitalize()} clearing goods, {out.period(stated.when)}",
                ),
                value=f"{count} — {verdict}",
                derivation=out.pick(
                    f"báo cáo viết “{stated.text}”; {found_text}; "
                    f"ghi chú của danh mục (tiếng Anh): {stated.note}",
                    f"the report says “{stated.text}”; {found_text}; "
                    f"the registry's note: {stated.note}",
                ),
                sources=out.cite_citations(stated.sources),
            )
        )
    return Section(
        key="gates",
        title=out.pick("Cửa khẩu thông quan hàng hóa", "Gates clearing goods"),
        lines=tuple(lines),
    )


def _fees(out: _Writer) -> Section:
    fees = seed_fee_collections()
    million = "million_VND"
    lines = []

    year = Period.year(2021)
    growth = fees.growth(year)
    lines.append(
        Line(
            label=out.pick(f"Thu phí {year.label('vi')}", f"Fees collected, {year.label('en')}"),
            value=growth.phrase(million, out.lang),
            derivation=out.pick(
                f"như báo cáo nêu; {growth.previous_period.label('vi')} suy ra "
                f"{out.amount(growth.previous, million, 0)}",
                f"as the report states; implied {growth.previous_period.label('en')}: "
                f"{out.amount(growth.previous, million, 0)}",
            ),
            sources=out.cite(growth.sources),
        )
    )

    average = fees.per_trip(year, line=FeeLine.TRANSSHIPMENT)
    lines.append(
        Line(
            label=out.pick(
                f"Phí sang tải {year.label('vi')}, bình quân mỗi lượt xe",
                f"Transshipment fee {year.label('en')}, average per vehicle trip",
            ),
            value=out.amount(average.average, "VND / vehicle_trip", 0),
            derivation=f"{out.amount(average.amount, million)} / "
            f"{format_number(average.trips, out.lang)} {out.pick('lượt xe', 'vehicle trips')}",
            sources=out.cite(fees.total(year, line=FeeLine.TRANSSHIPMENT).sources),
        )
    )

    reached = fees.attainment(year, line=FeeLine.TRANSSHIPMENT)
    lines.append(
        Line(
            label=out.pick(
                f"Dự toán phí sang tải {year.label('vi')}, suy ra",
                f"Transshipment fee budget estimate {year.label('en')}, implied",
            ),
            value=out.amount(reached.estimate, million, 0),
            derivation=out.pick(
                f"{out.amount(reached.amount, million)} đạt {out.percent(reached.ratio)} "
                "chỉ tiêu dự toán giao",
                f"{out.amount(reached.amount, million)} is {out.percent(reached.ratio)} "
                "of the budget estimate",
            ),
            sources=out.cite(fees.total(year, line=FeeLine.TRANSSHIPMENT).sources),
        )
    )

    months = Period.first_months(2024, 5)
    breakdown = fees.breakdown(months)
    lines.extend(
        Line(
            label=out.pick(
                f"Thu {item.line.label('vi')}, {months.label('vi')}",
                f"{item.line.label('en').capitalize()} collected, {months.label('en')}",
            ),
            value=item.growth.phrase(million, out.lang),
            derivation=out.pick(
                "như báo cáo nêu; cùng kỳ suy ra ",
                "as the report states; implied same period: ",
            )
            + out.amount(item.growth.previous, million, 0),
            sources=out.cite(item.growth.sources),
        )
        for item in breakdown.lines
    )
    total = fees.total(months)
    stated = seed_figures()["fee-2024-jan-may-total"].stated("growth")
    bounds = breakdown.bounds
    within = (
        ""
        if bounds is None
        else f" ({out.signed(bounds[0], 2)} … "
        f"{'+∞' if bounds[1] is None else out.signed(bounds[1], 2)}"
        f"{out.pick(' trong phạm vi làm tròn', ' within rounding')})"
    )
    fits = breakdown.consistent_with_stated()
    lines.append(
        Line(
            label=out.pick(
                f"Thu phí {months.label('vi')}: tăng trưởng suy ra từ hai khoản phí",
                f"Fees collected, {months.label('en')}: growth implied by its two lines",
            ),
            value=out.signed(breakdown.total.rate, 1),
            derivation=out.pick(
                f"{out.amount(total.amount, million)} so với cùng kỳ suy ra "
                f"{out.amount(breakdown.total.previous, million, 0)}{within}; "
                f"{out.verdict(ok=bool(breakdown.matches_stated()))} với "
                f"{out.signed(stated.fraction, stated.decimals)} báo cáo nêu"
                + (", kể cả trong phạm vi làm tròn" if fits is False else ""),
                f"{out.amount(total.amount, million)} against an implied same period of "
                f"{out.amount(breakdown.total.previous, million, 0)}{within}; "
                f"{out.verdict(ok=bool(breakdown.matches_stated()))} the stated "
                f"{out.signed(stated.fraction, stated.decimals)}"
                + (", not even within rounding" if fits is False else ""),
            ),
            sources=out.cite(total.sources),
        )
    )

    nine = Period.first_months(2020, 9)
    fall = fees.growth(nine)
    billion = "billion_VND"
    before = out.qualified(fall.previous_qualifier) + out.amount(fall.previous, billion, 1)
    lines.append(
        Line(
            label=out.pick(f"Thu phí {nine.label('vi')}", f"Fees collected, {nine.label('en')}"),
            value=fall.phrase(billion, out.lang),
            derivation=out.pick(
                "như báo cáo nêu; “trên” chỉ cho một cận dưới nên không có gì để kiểm tra; "
                f"{fall.previous_period.label('vi')} suy ra {before}",
                "as the report states; “trên” (over) gives only a lower bound, so there is "
                f"nothing to check; implied {fall.previous_period.label('en')}: {before}",
            ),
            sources=out.cite(fall.sources),
        )
    )
    return Section(
        key="fees",
        title=out.pick("Phí sử dụng hạ tầng cửa khẩu", "Border-gate infrastructure fee"),
        lines=tuple(lines),
    )


def _trade(out: _Writer) -> Section:
    unit = "million_USD"
    year = Period.year(2021)
    total = seed_figures()["trade-2021-total"]
    stated = total.stated("growth")
    flows = seed_trade_flows()
    breakdown = seed_trade_ledger().breakdown(year, by="direction")
    check = breakdown.check(growth=stated, total=total.figure)
    lines = [
        Line(
            label=out.pick(
                f"Tổng kim ngạch XNK {year.label('vi')} (ước)",
                f"Import–export turnover {year.label('en')} (estimate)",
            ),
            value=f"{out.amount(total.figure.quantity, unit)}, "
            + out.pick(
                f"{'giảm' if stated.fraction < 0 else 'tăng'} "
                f"{out.percent(stated.fraction.copy_abs(), stated.decimals)} "
                f"so với cùng kỳ {year.same_period_last_year().label('vi')}",
                f"{'down' if stated.fraction < 0 else 'up'} "
                f"{out.percent(stated.fraction.copy_abs(), stated.decimals)} "
                f"on {year.same_period_last_year().label('en')}",
            ),
            derivation=out.pick(
                "như báo cáo nêu; bài viết gọi là kim ngạch “qua địa bàn các cửa khẩu” nhưng "
                "cỡ số liệu là của hàng khai báo tại Hải quan Lạng Sơn: thước đo CHƯA KIỂM CHỨNG",
                "as the report states; the article calls it turnover “through the gates”, but "
                "it is sized like the goods declared at Lạng Sơn Customs: which measure it is "
                "is UNVERIFIED",
            ),
            sources=out.cite((total.source,)),
        )
    ]
    for item in breakdown.components:
        growth = item.growth
        points = format_number((item.contribution or Decimal(0)).scaleb(2), out.lang, 1)
        [flow] = [flow for flow in flows if flow.direction is item.key]
        lines.append(
            Line(
                label=f"{flow.direction.label(out.lang).capitalize()} {year.label(out.lang)}",
                value=growth.phrase(unit, out.lang),
                derivation=out.pick(
                    f"như báo cáo nêu; {growth.previous_period.label('vi')} suy ra "
                    f"{out.amount(growth.previous, unit, 1)}; đóng góp {points} điểm % "
                    "vào tăng trưởng",
                    f"as the report states; implied {growth.previous_period.label('en')}: "
                    f"{out.amount(growth.previous, unit, 1)}; contributes {points} points "
                    "to growth",
                ),
                sources=out.cite(() if flow.source is None else (flow.source,)),
            )
        )
    before = breakdown.total.previous_period
    lines.append(
        Line(
            label=out.pick(
                f"Kim ngạch {before.label('vi')}, suy ra từ các thành phần",
                f"Turnover {before.label('en')}, implied by the components",
            ),
            value=out.amount(breakdown.total.previous, unit, 1),
            derivation=out.pick(
                "tổng các giá trị năm trước mà tăng trưởng của xuất khẩu và nhập khẩu suy ra",
                "the sum of last year's values implied by the growths of exports and imports",
            ),
            sources=out.cite((total.source,)),
        )
    )
    rate = breakdown.total.rate
    lines.append(
        Line(
            label=out.pick(
                f"Tăng trưởng kim ngạch {year.label('vi')}, suy ra từ các thành phần",
                f"Turnover growth {year.label('en')}, implied by the components",
            ),
            value="?" if rate is None else out.signed(rate, 1),
            derivation=check.describe(out.lang),
            sources=out.cite((total.source,)),
        )
    )
    return Section(
        key="trade",
        title=out.pick("Xuất nhập khẩu qua các cửa khẩu", "Trade through the border gates"),
        lines=tuple(lines),
    )


def _investment(out: _Writer) -> Section:
    figures = seed_figures()
    plan = seed_capital_plan()
    may, nine, planned = (
        figures["disbursed-2020-05-25"],
        figures["disbursed-2020-9m"],
        figures["plan-2020"],
    )
    to_plan_may = may.stated("ratio_to_plan")
    to_plan_nine, to_allocated_nine = (
        nine.stated("ratio_to_plan"),
        nine.stated("ratio_to_allocated"),
    )
    ratio = plan.ratio(plan.disbursements[0].date)
    million = "million_VND"
    billion = "billion_VND"
    to_plan = implied_base_range(nine.figure, to_plan_nine)
    to_allocated = implied_base_range(nine.figure, to_allocated_nine)
    agree = to_plan.agrees_with(planned.figure)
    stated_may = format_percent(to_plan_may.fraction, out.lang, to_plan_may.decimals)
    nine_text = f"{out.pick('trên', 'over')} {out.amount(nine.figure.quantity, billion)}"
    plan_text = out.amount(planned.figure.quantity, million)
    lines = (
        Line(
            label=out.pick(
                f"Giải ngân vốn đầu tư công năm {ratio.year}, đến ngày {out.day(ratio.as_of)}",
                f"Public investment disbursed in {ratio.year}, to {out.day(ratio.as_of)}",
            ),
            value=f"{format_number(ratio.disbursed.magnitude, out.lang)}/"
            f"{out.amount(ratio.base_amount, million)} = {out.percent(ratio.ratio, 1)}",
            derivation=out.pick(
                f"giải ngân ÷ kế hoạch vốn năm; "
                f"{out.verdict(ok=ratio.prints_as(to_plan_may))} với {stated_may} đã nêu; "
                f"câu này không ghi ngày: {out.day(ratio.as_of)} là mốc số liệu của cùng "
                "báo cáo (“Tính từ 01/3/2020 – 25/5/2020”)",
                f"disbursed ÷ the year's capital plan; "
                f"{out.verdict(ok=ratio.prints_as(to_plan_may))} the stated {stated_may}; "
                f"the sentence names no date: {out.day(ratio.as_of)} is the cut-off of the "
                "same report's figures (“Tính từ 01/3/2020 – 25/5/2020”)",
            ),
            sources=out.cite((may.source,)),
        ),
        Line(
            label=out.pick(
                f"Kế hoạch vốn năm {ratio.year}, suy ra từ báo cáo 9 tháng",
                f"{ratio.year} capital plan implied by the 9-month report",
            ),
            value=out.amount(to_plan.point, billion, 1),
            derivation=out.pick(
                f"{nine_text} bằng {out.percent(to_plan_nine.fraction)} kế hoạch giao: "
                f"{to_plan.describe('vi', 1)}",
                f"{nine_text} is {out.percent(to_plan_nine.fraction)} of the plan: "
                f"{to_plan.describe('en', 1)}",
            ),
            sources=out.cite((nine.source,)),
        ),
        Line(
            label=out.pick(
                f"Nguồn vốn đã được cấp, suy ra (9 tháng {ratio.year})",
                f"Capital allocated, implied (9 months {ratio.year})",
            ),
            value=out.amount(to_allocated.point, billion, 1),
            derivation=out.pick(
                f"{nine_text} đạt {out.percent(to_allocated_nine.fraction)} "
                f"nguồn vốn đã được cấp: {to_allocated.describe('vi', 1)}",
                f"{nine_text} is {out.percent(to_allocated_nine.fraction)} "
                f"of the capital allocated: {to_allocated.describe('en', 1)}",
            ),
            sources=out.cite((nine.source,)),
        ),
        Line(
            label=out.pick(
                "Hai báo cáo về kế hoạch vốn có khớp nhau không",
                "Do the two reports agree on the capital plan",
            ),
            value=out.pick("có, trong phạm vi làm tròn", "yes, within rounding")
            if agree
            else out.pick("KHÔNG", "NO"),
            derivation=out.pick(
                f"kế hoạch {plan_text} (số liệu đến {out.day(ratio.as_of)}) "
                + ("nằm" if agree else "KHÔNG nằm")
                + " trong khoảng mà báo cáo 9 tháng cho phép",
                f"the plan of {plan_text} (figures to {out.day(ratio.as_of)}) "
                + ("lies" if agree else "does NOT lie")
                + " within what the 9-month report allows",
            ),
            sources=out.cite((may.source, nine.source)),
        ),
    )
    return Section(
        key="investment",
        title=out.pick(
            "Đầu tư công do Ban Quản lý làm chủ đầu tư",
            "Public investment owned by the Management Board",
        ),
        lines=lines,
    )


def _tasks(out: _Writer) -> Section:
    log = lang_son_tasks()
    chosen = (
        (
            "seed-004-ioffice",
            ("Nhiệm vụ giao trên VNPT-iOffice", "Tasks assigned on VNPT-iOffice"),
        ),
        (
            "seed-004-conclusions",
            (
                "Nhiệm vụ tại các thông báo kết luận, quyết định",
                "Tasks set by notices of conclusions and decisions",
            ),
        ),
        ("seed-004-voters", ("Kiến nghị của cử tri", "Voters' petitions")),
    )
    lines = []
    for key, (vi, en) in chosen:
        stated = log.stated_count(key)
        ratio = stated.completion_ratio() if stated.on_time is None else stated.on_time_ratio()
        how = ratio.describe(out.lang)
        if TaskSource.VOTER_PETITION in stated.sources:  # resolved petitions, not tasks
            how = out.pick(
                f"{ratio.part}/{ratio.base} kiến nghị đã được giải quyết xong, "
                f"bằng {ratio.format(1, 'vi')}",
                f"{ratio.part} of {ratio.base} petitions resolved, {ratio.format(1, 'en')}",
            )
        when = (
            None
            if stated.as_written is None
            else out.pick(stated.as_written, f"“{stated.as_written}”: to date, no day given")
        )
        if stated.as_of is not None:
            when = out.pick(f"đến {out.day(stated.as_of)}", f"to {out.day(stated.as_of)}")
        lines.append(
            Line(
                label=out.pick(vi, en) + ("" if when is None else f" ({when})"),
                value=f"{ratio.part}/{ratio.base} = {ratio.format(1, out.lang)}",
                derivation=f"{how}; "
                + out.pick(f"báo cáo viết “{stated.text}”", f"the report says “{stated.text}”"),
                sources=out.cite_citations(() if stated.citation is None else (stated.citation,)),
            )
        )
    return Section(
        key="tasks",
        title=out.pick("Thực hiện nhiệm vụ được giao", "Tasks assigned to the Board"),
        lines=tuple(lines),
    )


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
        for item in seed_findings()
    )


@own_context
def build_report(lang: Language = "vi") -> Report:
    """The zone's indicator report in ``lang`` ("vi" or "en"), from the bundled data.

    Raises:
        InvalidValueError: ``lang`` is neither "vi" nor "en".
    """
    if lang not in ("vi", "en"):
        raise InvalidValueError(f"lang must be 'vi' or 'en', got {lang!r}")
    out = _Writer(lang)
    sections = (_gates(out), _fees(out), _trade(out), _investment(out), _tasks(out))
    findings = _findings(out)
    return Report(
        title=out.pick(
            "Khu kinh tế cửa khẩu Đồng Đăng – Lạng Sơn: chỉ tiêu từ các bài báo gốc",
            "Đồng Đăng – Lạng Sơn border-gate economic zone: indicators from the seed articles",
        ),
        lang=lang,
        sections=sections,
        findings=findings,
        sources=tuple(out.cited[key] for key in sorted(out.cited)),
    )


# -- rendering ------------------------------------------------------------------------

_HEADINGS: Final = {
    "vi": {
        "findings": "Kết quả kiểm tra số liệu của các bài báo gốc",
        "no_findings": "Không thấy sai lệch.",
        "sources": "Nguồn",
        "how": "cách tính",
        "cited": "nguồn",
    },
    "en": {
        "findings": "Audit findings on the seed articles",
        "no_findings": "No findings.",
        "sources": "Sources",
        "how": "how",
        "cited": "sources",
    },
}


def _cited(source: Source, lang: Language) -> tuple[str, str, str, str]:
    """The id, title, date (or "date unknown" in ``lang``) and file of a source."""
    unknown = "không rõ ngày" if lang == "vi" else "date unknown"
    day = unknown if source.date is None else source.date.strftime("%d/%m/%Y")
    return source.id, source.title, day, source.file


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
    words = _HEADINGS[report.lang]
    out: list[str] = [report.title, "=" * len(report.title)]
    for section in report.sections:
        out += ["", section.title, "-" * len(section.title)]
        for line in section.lines:
            out += [
                f"* {line.label}: {line.value}",
                f"    {words['how']}: {line.derivation}",
                f"    {words['cited']}: {', '.join(line.sources)}",
            ]
    out += ["", words["findings"], "-" * len(words["findings"])]
    if not report.findings:
        out.append(words["no_findings"])
    for finding in report.findings:
        out.append(f"* {finding.severity.name} ({finding.kind}): {finding.explanation}")
        out.append(f"    {words['cited']}: {', '.join(finding.sources)}")
    out += ["", words["sources"], "-" * len(words["sources"])]
    for source in report.sources:
        key, title, day, file = _cited(source, report.lang)
        out.append(f"* [{key}] {title} ({day}; {file})")
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
    words = _HEADINGS[report.lang]
    out: list[str] = [f"# {_md(report.title)}"]
    for section in report.sections:
        out += ["", f"## {_md(section.title)}", ""]
        for line in section.lines:
            out += [
                f"- **{_md(line.label)}**: {_md(line.value)}",
                f"  - {words['how']}: {_md(line.derivation)}",
                f"  - {words['cited']}: {_md(', '.join(line.sources))}",
            ]
    out += ["", f"## {words['findings']}", ""]
    if not report.findings:
        out.append(words["no_findings"])
    for finding in report.findings:
        out.append(
            f"- **{finding.severity.name}** ({_md(finding.kind)}): {_md(finding.explanation)}"
        )
        out.append(f"  - {words['cited']}: {_md(', '.join(finding.sources))}")
    out += ["", f"## {words['sources']}", ""]
    for source in report.sources:
        key, title, day, file = _cited(source, report.lang)
        out.append(f"- **{_md(key)}**: {_md(title)} ({_md(day)}; {_md(file)})")
    return "\n".join(out) + "\n"


def _json_source(source: Source) -> dict[str, str | None]:
    return {
        "id": source.id,
        "title": source.title,
        "date": None if source.date is None else source.date.isoformat(),
        "file": source.file,
    }


def render_json(report: Report) -> str:
    """Render a report as a JSON document (UTF-8 text, indented by two spaces).

    The schema is documented in ``docs/api/report.md``: ``schema_version``,
    ``title``, ``language``, ``sections`` (``key``, ``title``, ``lines`` with
    ``label``, ``value``, ``derivation``, ``sources``), ``findings``
    (``severity``, ``kind``, ``explanation``, ``allowed`` with ``low`` and
    ``high``, ``stated``, ``sources``) and ``sources`` (``id``, ``title``,
    ``date``, ``file``).
    """
    document = {
        "schema_version": JSON_SCHEMA_VERSION,
        "title": report.title,
        "language": report.lang,
        "sections": [
            {
                "key": section.key,
                "title": section.title,
                "lines": [
                    {
                        "label": line.label,
                        "value": line.value,
                        "derivation": line.derivation,
                        "sources": list(line.sources),
                    }
                    for line in section.lines
                ],
            }
            for section in report.sections
        ],
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


_RENDERERS: Final = {"text": render_text, "markdown": render_markdown, "json": render_json}


@own_context
def render(report: Report, format: Format = "text") -> str:  # noqa: A002 - the CLI's word
    """Render a report in ``format``: "text", "markdown" or "json".

    Raises:
        InvalidTypeError: ``report`` is not a :class:`Report`.
        InvalidValueError: ``format`` is none of them; the message names it.

    >>> from dongdang.report import build_report, render
    >>> render(build_report("en"), "json")[:1]
    '{'
    >>> render(build_report("en"), "xml")
    Traceback (most recent call last):
    ...
    dongdang.errors.InvalidValueError: unknown report format 'xml'; expected one of: text, ...
    """
    if not isinstance(report, Report):
        raise InvalidTypeError(f"render needs a Report, got {report!r}")
    renderer = _RENDERERS.get(format) if isinstance(format, str) else None
    if renderer is None:
        raise InvalidValueError(
            f"unknown report format {format!r}; expected one of: {', '.join(FORMATS)}"
        )
    return renderer(report)
