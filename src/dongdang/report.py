"""The zone's indicator report, derived from the bundled seed figures.

Each line states a figure as printed or derives one from printed figures,
says how, and names its sources. Where a derived figure does not print as
the stated one, the line says so.

>>> report = build_report()
>>> line = report.sections[2].lines[0]
>>> line.label
'Giải ngân vốn đầu tư công năm 2020 (đến 25/5/2020)'
>>> line.value
'42.119/102.681 triệu đồng = 41,0%'
"""

from __future__ import annotations

from typing import TYPE_CHECKING, final

import attrs

from dongdang._decimal import round_half_up
from dongdang.data import SeedFigure, seed_figures
from dongdang.indicators import (
    attainment,
    contribution_to_growth,
    disbursement_ratio,
    growth_rate,
    implied_base,
    implied_previous,
)
from dongdang.text import format_amount, format_number, format_percent
from dongdang.units import convert, sum_amounts

if TYPE_CHECKING:
    import datetime as dt
    from decimal import Decimal

    from dongdang.periods import Language
    from dongdang.text import Figure
    from dongdang.units import Quantity

__all__ = ["Line", "Report", "Section", "build_report", "render_text"]


@final
@attrs.frozen(kw_only=True)
class Line:
    """One indicator: what it is, its value, how it was derived, where from."""

    label: str
    value: str
    derivation: str
    sources: tuple[str, ...]


@final
@attrs.frozen(kw_only=True)
class Section:
    """A titled group of lines."""

    title: str
    lines: tuple[Line, ...]


@final
@attrs.frozen(kw_only=True)
class Report:
    """The whole report: its sections and the citations of the sources they use."""

    title: str
    sections: tuple[Section, ...]
    sources: tuple[str, ...]


@attrs.frozen
class _Writer:
    """Writes figures and phrases in one language."""

    lang: Language

    def pick(self, vi: str, en: str) -> str:
        return vi if self.lang == "vi" else en

    def amount(self, quantity: Quantity, unit: str, decimals: int | None = None) -> str:
        return format_amount(quantity, unit, self.lang, decimals)

    def figure(self, item: SeedFigure, unit: str) -> str:
        """A printed amount with its qualifier ("trên 52,6 tỷ đồng")."""
        qualifier = item.figure.qualifier_word
        text = self.amount(item.figure.quantity, unit)
        if qualifier is None:
            return text
        return f"{self.pick(qualifier, 'over')} {text}"

    def growth(self, fraction: Decimal, decimals: int = 1) -> str:
        text = format_percent(fraction, self.lang, decimals)
        return text if text.startswith("-") else f"+{text}"

    def stated(self, figure: Figure) -> str:
        """A stated growth written back at its printed precision."""
        return self.growth(figure.fraction, figure.decimals)

    def percent(self, fraction: Decimal, decimals: int | None = None) -> str:
        return format_percent(fraction, self.lang, decimals)

    def day(self, day: dt.date) -> str:
        return f"{day.day}/{day.month}/{day.year}"

    def check(self, derived: Decimal, stated: Figure, *, signed: bool) -> str:
        """Whether ``derived`` prints as the ``stated`` percent at its printed precision.

        A growth is written with its sign; a ratio ("bằng 41%") without.
        """
        shown = (self.growth if signed else self.percent)(stated.fraction, stated.decimals)
        if round_half_up(derived.scaleb(2), stated.decimals) == stated.value:
            return self.pick(f"khớp với {shown} đã nêu", f"matches the stated {shown}")
        return self.pick(f"KHÁC với {shown} đã nêu", f"DIFFERS from the stated {shown}")


def _trade(figures: dict[str, SeedFigure], out: _Writer) -> Section:
    total = figures["trade-2021-total"]
    parts = {
        out.pick("Xuất khẩu", "Export"): figures["trade-2021-export"],
        out.pick("Nhập khẩu", "Import"): figures["trade-2021-import"],
    }
    unit = "million_USD"
    before = {
        name: implied_previous(item.figure.quantity, item.stated("growth").fraction)
        for name, item in parts.items()
    }
    total_before = sum_amounts(before.values())
    implied = growth_rate(total.figure.quantity, total_before)
    lines = [
        Line(
            label=out.pick(
                "Tổng kim ngạch XNK năm 2021 (ước)", "Import–export turnover 2021 (estimate)"
            ),
            value=f"{out.figure(total, unit)}, {out.stated(total.stated('growth'))}",
            derivation=out.pick("như báo cáo nêu", "as the report states"),
            sources=(total.source.id,),
        )
    ]
    for name, item in parts.items():
        points = format_number(
            contribution_to_growth(item.figure.quantity, before[name], total_before).scaleb(2),
            out.lang,
            1,
        )
        stated = item.stated("growth")
        lines.append(
            Line(
                label=f"  {name}",
                value=f"{out.figure(item, unit)}, {out.stated(stated)}",
                derivation=out.pick(
                    f"năm 2020 suy ra {out.amount(before[name], unit, 1)}; "
                    f"đóng góp {points} điểm % vào tăng trưởng",
                    f"implied 2020: {out.amount(before[name], unit, 1)}; "
                    f"contributes {points} points to growth",
                ),
                sources=(item.source.id,),
            )
        )
    lines.append(
        Line(
            label=out.pick(
                "  Tăng trưởng tổng suy ra từ các thành phần",
                "  Total growth implied by the components",
            ),
            value=out.growth(implied),
            derivation=out.pick(
                f"so với năm 2020 suy ra {out.amount(total_before, unit, 1)}",
                f"against an implied 2020 of {out.amount(total_before, unit, 1)}",
            )
            + f"; {out.check(implied, total.stated('growth'), signed=True)}",
            sources=(total.source.id,),
        )
    )
    return Section(
        title=out.pick("Xuất nhập khẩu qua các cửa khẩu", "Trade through the border gates"),
        lines=tuple(lines),
    )


def _fees(figures: dict[str, SeedFigure], out: _Writer) -> Section:
    unit = "million_VND"
    fee = figures["fee-2021-transshipment"]
    trips = figures["trips-2021-transshipment"]
    per_trip = convert(fee.figure.quantity / trips.figure.quantity, "VND / vehicle_trip")
    reached = fee.stated("attainment")
    estimate = implied_base(fee.figure.quantity, reached.fraction)
    total = figures["fee-2024-jan-may-total"]
    lines_2024 = (figures["fee-2024-jan-may-entry-exit"], figures["fee-2024-jan-may-transshipment"])
    before = sum_amounts(
        implied_previous(item.figure.quantity, item.stated("growth").fraction)
        for item in lines_2024
    )
    implied = growth_rate(total.figure.quantity, before)
    fee_text, total_text = out.figure(fee, unit), out.figure(total, unit)
    before_text = out.amount(before, unit, 0)
    return Section(
        title=out.pick("Phí sử dụng hạ tầng cửa khẩu", "Border-gate infrastructure fee"),
        lines=(
            Line(
                label=out.pick(
                    "Phí sang tải năm 2021, bình quân mỗi lượt xe",
                    "Transshipment fee 2021, average per vehicle trip",
                ),
                value=out.amount(per_trip, "VND / vehicle_trip", 0),
                derivation=f"{fee_text} / {out.amount(trips.figure.quantity, 'vehicle_trip')}",
                sources=(fee.source.id,),
            ),
            Line(
                label=out.pick(
                    "Dự toán phí sang tải năm 2021 suy ra",
                    "Transshipment fee budget estimate 2021, implied",
                ),
                value=out.amount(estimate, unit, 0),
                derivation=out.pick(
                    f"{fee_text} đạt {out.percent(reached.fraction)} chỉ tiêu dự toán giao",
                    f"{fee_text} is {out.percent(reached.fraction)} of the budget estimate",
                ),
                sources=(fee.source.id,),
            ),
            Line(
                label=out.pick(
                    f"Thu phí {total.period.label('vi')}: tăng trưởng suy ra từ hai khoản phí",
                    f"Fee collected {total.period.label('en')}: growth implied by its two lines",
                ),
                value=out.growth(implied),
                derivation=out.pick(
                    f"{total_text} so với cùng kỳ suy ra {before_text}",
                    f"{total_text} against an implied same period of {before_text}",
                )
                + f"; {out.check(implied, total.stated('growth'), signed=True)}",
                sources=(total.source.id,),
            ),
        ),
    )


def _investment(figures: dict[str, SeedFigure], out: _Writer) -> Section:
    disbursed = figures["disbursed-2020-05-25"]
    plan = figures["plan-2020"]
    ratio = disbursement_ratio(disbursed.figure.quantity, plan.figure.quantity)
    nine = figures["disbursed-2020-9m"]
    to_plan, to_allocated = nine.stated("ratio_to_plan"), nine.stated("ratio_to_allocated")
    implied_plan = implied_base(nine.figure.quantity, to_plan.fraction)
    implied_allocation = implied_base(nine.figure.quantity, to_allocated.fraction)
    against_may = attainment(implied_plan, plan.figure.quantity)
    as_of = out.day(disbursed.as_of) if disbursed.as_of else "?"
    unit = "billion_VND"
    nine_text = out.figure(nine, unit)
    plan_text = out.amount(plan.figure.quantity, "million_VND")
    return Section(
        title=out.pick(
            "Đầu tư công do Ban Quản lý làm chủ đầu tư",
            "Public investment owned by the Management Board",
        ),
        lines=(
            Line(
                label=out.pick(
                    f"Giải ngân vốn đầu tư công năm 2020 (đến {as_of})",
                    f"Public investment disbursed in 2020 (to {as_of})",
                ),
                value=f"{format_number(disbursed.figure.value, out.lang)}/"
                f"{out.amount(plan.figure.quantity, 'million_VND')} = {out.percent(ratio, 1)}",
                derivation=out.pick(
                    "giải ngân ÷ kế hoạch vốn năm", "disbursed ÷ the year's capital plan"
                )
                + f"; {out.check(ratio, disbursed.stated('ratio_to_plan'), signed=False)}",
                sources=(disbursed.source.id,),
            ),
            Line(
                label=out.pick(
                    "Kế hoạch vốn năm 2020 suy ra từ báo cáo 9 tháng",
                    "2020 capital plan implied by the 9-month report",
                ),
                value=out.amount(implied_plan, unit, 1),
                derivation=out.pick(
                    f"{nine_text} bằng {out.percent(to_plan.fraction)} kế hoạch giao; "
                    f"bằng {out.percent(against_may, 1)} con số {plan_text} tháng 5",
                    f"{nine_text} is {out.percent(to_plan.fraction)} of the plan; "
                    f"{out.percent(against_may, 1)} of the {plan_text} stated in May",
                ),
                sources=(nine.source.id, plan.source.id),
            ),
            Line(
                label=out.pick(
                    "Nguồn vốn đã được cấp suy ra (9 tháng 2020)",
                    "Capital allocated, implied (9 months 2020)",
                ),
                value=out.amount(implied_allocation, unit, 1),
                derivation=out.pick(
                    f"{nine_text} đạt {out.percent(to_allocated.fraction)} nguồn vốn đã được cấp",
                    f"{nine_text} is {out.percent(to_allocated.fraction)} of the capital allocated",
                ),
                sources=(nine.source.id,),
            ),
        ),
    )


def build_report(lang: Language = "vi") -> Report:
    """Derive the report's indicators from the bundled seed figures."""
    out = _Writer(lang)
    figures = seed_figures()
    sections = (_trade(figures, out), _fees(figures, out), _investment(figures, out))
    cited = sorted(
        {source for section in sections for line in section.lines for source in line.sources}
    )
    by_id = {item.source.id: item.source for item in figures.values()}
    return Report(
        title=out.pick(
            "Khu kinh tế cửa khẩu Đồng Đăng – Lạng Sơn: chỉ tiêu từ các bài báo gốc",
            "Đồng Đăng – Lạng Sơn border-gate economic zone: indicators from the seed articles",
        ),
        sections=sections,
        sources=tuple(by_id[source].cite() for source in cited),
    )


def render_text(report: Report) -> str:
    """Render a report as plain text for a terminal."""
    out: list[str] = [report.title, "=" * len(report.title)]
    for section in report.sections:
        out += ["", section.title, "-" * len(section.title)]
        for line in section.lines:
            out += [
                f"{line.label}: {line.value}",
                f"      ({line.derivation}) [{', '.join(line.sources)}]",
            ]
    out += ["", "Sources / Nguồn", *[f"  {source}" for source in report.sources]]
    return "\n".join(out) + "\n"
