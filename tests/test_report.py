"""The bundled seed figures, the indicator report built on the domain modules, and its CLI.

Expected figures are derived here from the numbers the seed articles print, with
fractions.Fraction, never copied from the report's output.
"""

from __future__ import annotations

import datetime as dt
import itertools
import json
import runpy
import subprocess
import sys
from decimal import Decimal
from fractions import Fraction
from pathlib import Path
from typing import TYPE_CHECKING, Any

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st
from jsonschema import Draft202012Validator  # type: ignore[import-untyped]
from markdown_it import MarkdownIt

from dongdang import InvalidValueError
from dongdang.__main__ import main
from dongdang.auditing import Interval, Severity
from dongdang.data import Source, seed_dataset
from dongdang.errors import InvalidTypeError, UnknownCodeError
from dongdang.investment import implied_base_range
from dongdang.periods import Period
from dongdang.report import (
    FORMATS,
    JSON_SCHEMA_VERSION,
    Comparison,
    Line,
    LineMeasure,
    Report,
    ReportFinding,
    Section,
    _Writer,
    build_report,
    json_schema,
    render,
    render_json,
    render_markdown,
    render_text,
)
from dongdang.report._sections import _implied_measure, _implied_value
from dongdang.text import Qualifier

if TYPE_CHECKING:
    from dongdang.periods import Language

SEEDS = Path(__file__).resolve().parents[2] / "shared" / "seeds"


def _half_up(value: Fraction, places: int) -> Fraction:
    scaled = value * 10**places
    return Fraction(int(scaled + Fraction(1, 2)), 10**places)


def _written(value: Fraction, places: int, lang: str = "vi") -> str:
    """Write a non-negative fraction as a report does, independently of dongdang."""
    rounded = _half_up(value, places)
    whole = int(rounded)
    thousands, point = (".", ",") if lang == "vi" else (",", ".")
    digits = f"{whole:,}".replace(",", thousands)
    if places == 0:
        return digits
    fraction = int((rounded - whole) * 10**places)
    return f"{digits}{point}{fraction:0{places}d}"


def _vi(value: Fraction, places: int) -> str:
    return _written(value, places, "vi")


def _en(value: Fraction, places: int) -> str:
    return _written(value, places, "en")


# -- the report: helpers ----------------------------------------------------------


@pytest.fixture(scope="module")
def reports() -> dict[str, Report]:
    return {lang: build_report(lang) for lang in ("vi", "en")}


def _lines(report: Report, key: str) -> tuple[Line, ...]:
    return report.section(key).lines


def _line(report: Report, key: str, label_part: str) -> Line:
    [line] = [line for line in _lines(report, key) if label_part in line.label]
    return line


# -- gates clearing goods -----------------------------------------------------------


def test_the_sections_come_in_a_fixed_order(reports: dict[str, Report]) -> None:
    for report in reports.values():
        assert [s.key for s in report.sections] == ["gates", "fees", "trade", "investment", "tasks"]
        assert all(section.lines for section in report.sections)


def test_the_2021_count_of_four_pairs_is_reproduced_with_its_names(
    reports: dict[str, Report],
) -> None:
    vi = _line(reports["vi"], "gates", "năm 2021")
    assert vi.value == "4/12 — danh mục cửa khẩu xác nhận được"
    for name in ("Hữu Nghị", "Tân Thanh", "Chi Ma", "Ga đường sắt Đồng Đăng"):
        assert name in vi.derivation
    assert "“04/12 cặp cửa khẩu" in vi.derivation  # the report's own words
    assert vi.sources == ("seed-003",)
    en = _line(reports["en"], "gates", "2021")
    assert en.value == "4/12 — reproduced by the registry"
    assert "the registry finds 4 gate pairs clearing" in en.derivation
    assert en.label == "Gate pairs clearing goods, 2021"


def test_the_seven_gates_of_2024_are_reproduced(reports: dict[str, Report]) -> None:
    line = _line(reports["en"], "gates", "the first half of 2024")
    assert line.value == "7 — reproduced by the registry"
    assert "07 cửa khẩu" in line.derivation
    # the count's scope (gates.toml) is every pair, whatever word the article uses
    assert line.label == "Gate pairs clearing goods, the first half of 2024"
    assert "the registry finds 7 gate pairs clearing" in line.derivation
    assert line.sources == ("seed-002",)


def test_the_six_pairs_of_october_2020_are_not_invented(reports: dict[str, Report]) -> None:
    line = _line(reports["en"], "gates", "7 October 2020")
    assert line.value == "6/12 — NOT reproducible from the registry (the evidence is missing)"
    # Tân Thanh and Cốc Nam seen open on 6/2/2020; of the 12 pairs, Na Hình, Nà Nưa,
    # Bình Nghi and Pò Nhùng seen closed then (Nà Nưa to 14/12/2023).
    assert "finds 2 gate pairs clearing (Tân Thanh - Pò Chài, Cốc Nam" in line.derivation
    assert f"at most {12 - 4} possible" in line.derivation
    assert "NOT FOUND" in line.derivation  # the registry's own words
    assert "06/12" in line.derivation
    vi = _line(reports["vi"], "gates", "07/10/2020")
    assert "KHÔNG xác nhận được" in vi.value
    assert "theo danh mục, có 2 cặp cửa khẩu thông quan (Tân Thanh - Pò Chài" in vi.derivation
    # the registry's note in Vietnamese: no English inside the Vietnamese line
    assert "NOT FOUND" not in vi.derivation
    assert "Chưa xác định được sáu cặp cửa khẩu nào thông quan hàng hóa" in vi.derivation
    assert vi.label == "Cặp cửa khẩu thông quan hàng hóa, ngày 07/10/2020"


def test_a_count_the_registry_contradicts_is_called_conflicting() -> None:
    # The January 2024 digest counts six; the registry has Nà Nưa reopened, so seven.
    # The report's gate lines are the counts citing a document of the dataset.
    seed = seed_dataset()
    digest = seed.gates.stated_count("digest-2024-01")
    cited = {
        citation.key: Source(
            id=citation.key, title=citation.title or citation.key, event=None, file=""
        )
        for citation in digest.sources
    }
    dataset = attrs.evolve(seed, sources={**seed.sources, **cited})
    only = attrs.evolve(dataset, sources=cited)
    # without the printed figures, the lines built from them go; the others stay
    bare = build_report("en", dataset=attrs.evolve(only, figures={}, statements={}))
    records = [r for s in bare.sections for line in s.lines for r in line.records]
    assert records
    assert not [r for r in records if r.startswith("figures:")]
    assert "no printed total" in _lines(bare, "trade")[-1].derivation
    lines = _lines(build_report("en", dataset=dataset), "gates")
    [line] = [line for line in lines if line.records == ("gates.toml:digest-2024-01",)]
    assert line.value == "6 — CONFLICTS with the registry"
    assert "CONFLICT" in line.derivation
    assert len(lines) == 4  # the three counts of the seed articles, and the digest's
    [line] = [
        line
        for line in _lines(build_report("vi", dataset=dataset), "gates")
        if line.records == ("gates.toml:digest-2024-01",)
    ]
    assert line.value == "6 — MÂU THUẪN với danh mục cửa khẩu"


# -- fees ---------------------------------------------------------------------------


def test_the_2021_fee_total_and_the_2020_it_implies(reports: dict[str, Report]) -> None:
    previous = Fraction(664_127) / Fraction("1.402")
    line = _line(reports["vi"], "fees", "Thu phí năm 2021")
    assert line.value == "664.127 triệu đồng, tăng 40,2% so với cùng kỳ năm 2020"
    assert f"suy ra năm 2020 là {_vi(previous, 0)} triệu đồng" in line.derivation
    assert line.sources == ("seed-003",)


def test_the_transshipment_fee_per_trip_and_the_implied_estimate(
    reports: dict[str, Report],
) -> None:
    per_trip = Fraction(100_751 * 10**6, 215_385)
    estimate = Fraction(100_751) / Fraction("1.7826")
    vi = reports["vi"]
    assert _line(vi, "fees", "bình quân").value == f"{_vi(per_trip, 0)} đồng/lượt"
    assert (
        "100.751 triệu đồng chia cho 215.385 lượt xe" in _line(vi, "fees", "bình quân").derivation
    )
    assert _line(vi, "fees", "Dự toán").value == f"{_vi(estimate, 0)} triệu đồng"
    assert "178,26%" in _line(vi, "fees", "Dự toán").derivation
    en = reports["en"]
    assert _line(en, "fees", "average per vehicle trip").value.startswith(_en(per_trip, 0))
    assert _line(en, "fees", "budget estimate").value == f"{_en(estimate, 0)} million VND"


def _fee_2024_corners() -> list[Fraction]:
    values, growths = (Fraction(234_433), Fraction(44_285)), (Fraction("0.141"), Fraction("0.175"))
    corners: list[Fraction] = []
    for dv in itertools.product((Fraction(-1, 2), Fraction(1, 2)), repeat=2):
        for dg in itertools.product((Fraction(-5, 10**4), Fraction(5, 10**4)), repeat=2):
            now = [v + d for v, d in zip(values, dv, strict=True)]
            rates = [g + d for g, d in zip(growths, dg, strict=True)]
            before = sum((v / (1 + g) for v, g in zip(now, rates, strict=True)), Fraction(0))
            corners.append(sum(now, Fraction(0)) / before - 1)
    return corners


def test_the_2024_fee_lines_and_the_growth_check_that_fails(reports: dict[str, Report]) -> None:
    entry = Fraction(234_433) / Fraction("1.141")
    transshipment = Fraction(44_285) / Fraction("1.175")
    implied = Fraction(278_718) / (entry + transshipment) - 1
    corners = _fee_2024_corners()
    vi = reports["vi"]
    assert (
        _line(vi, "fees", "Thu phí ra vào cửa khẩu").value
        == "234.433 triệu đồng, tăng 14,1% so với cùng kỳ năm 2023"
    )
    assert f"{_vi(entry, 0)} triệu đồng" in _line(vi, "fees", "Thu phí ra vào").derivation
    assert f"{_vi(transshipment, 0)} triệu đồng" in _line(vi, "fees", "Thu phí sang tải").derivation
    check = _line(vi, "fees", "Tăng trưởng thu phí")
    assert _vi(implied * 100, 1) != "14,4"
    assert check.value == f"tăng {_vi(implied * 100, 1)}%"  # in words, never "+14,6%"
    assert f"{_vi(entry + transshipment, 0)} triệu đồng" in check.derivation
    low, high = _vi(min(corners) * 100, 2), _vi(max(corners) * 100, 2)
    assert f"tăng từ {low}% đến {high}% trong phạm vi làm tròn" in check.derivation
    assert "KHÔNG khớp với mức tăng 14,4% báo cáo nêu, kể cả trong phạm vi làm tròn" in (
        check.derivation
    )
    en = _line(reports["en"], "fees", "implied by its two lines")
    assert en.value == f"up {_en(implied * 100, 1)}%"
    low, high = _en(min(corners) * 100, 2), _en(max(corners) * 100, 2)
    assert f"up {low}% to {high}% within rounding" in en.derivation
    assert "does NOT match the stated growth, up 14.4%, not even within rounding" in en.derivation
    assert check.sources == en.sources == ("seed-002",)


def test_the_nine_month_2020_fee_is_a_lower_bound_and_is_not_checked(
    reports: dict[str, Report],
) -> None:
    # "trên 344,8 tỷ đồng" is at least 344,75; "giảm 21,5%" a fall of 21,45% to 21,55%:
    # the guaranteed bound is 344,75 / (1 - 0,2145), not 344,8 / (1 - 0,215).
    guaranteed = Fraction("344.75") / (1 - Fraction("0.2145"))
    from_the_points = Fraction("344.8") / (1 - Fraction("0.215"))
    assert _vi(guaranteed, 1) == "438,9"
    assert _vi(from_the_points, 1) == "439,2"
    vi = _line(reports["vi"], "fees", "9 tháng đầu năm 2020")
    assert vi.value == "trên 344,8 tỷ đồng, giảm 21,5% so với cùng kỳ năm 2019"
    assert f"là trên {_vi(guaranteed, 1)} tỷ đồng" in vi.derivation
    assert "439,2" not in vi.derivation
    assert "không có gì để đối chiếu" in vi.derivation
    en = _line(reports["en"], "fees", "the first 9 months of 2020")
    assert en.value.startswith("over 344.8 billion VND, down 21.5%")
    assert en.derivation.endswith("implied the first 9 months of 2019: over 438.9 billion VND")
    assert vi.sources == ("seed-000",)


# -- trade --------------------------------------------------------------------------


def test_the_2021_trade_total_its_parts_and_the_implied_2020(reports: dict[str, Report]) -> None:
    export_2020 = Fraction(1370) / Fraction("1.123")
    import_2020 = Fraction(2900) / Fraction("1.824")
    before = export_2020 + import_2020
    vi = reports["vi"]
    assert (
        _line(vi, "trade", "Tổng kim ngạch").value
        == "4.270 triệu USD, tăng 52% so với cùng kỳ năm 2020"
    )
    assert _line(vi, "trade", "Xuất khẩu").value.startswith("1.370 triệu USD, tăng 12,3%")
    assert _line(vi, "trade", "Nhập khẩu").value.startswith("2.900 triệu USD, tăng 82,4%")
    assert f"{_vi(export_2020, 1)} triệu USD" in _line(vi, "trade", "Xuất khẩu").derivation
    points = (Fraction(1370) - export_2020) / before * 100
    assert f"đóng góp {_vi(points, 1)} điểm phần trăm" in _line(vi, "trade", "Xuất khẩu").derivation
    assert _line(vi, "trade", "Kim ngạch năm 2020").value == f"{_vi(before, 1)} triệu USD"
    en = _line(reports["en"], "trade", "Turnover 2020")
    assert en.value == f"{_en(before, 1)} million USD"


def test_the_2021_trade_growth_check_passes_and_says_so(reports: dict[str, Report]) -> None:
    growth = Fraction(4270) / (
        Fraction(1370) / Fraction("1.123") + Fraction(2900) / Fraction("1.824")
    )
    vi = _line(reports["vi"], "trade", "Tăng trưởng kim ngạch")
    assert vi.value == f"tăng {_vi((growth - 1) * 100, 1)}%"
    assert "so với mức tăng 52% đã nêu: khớp" in vi.derivation
    en = _line(reports["en"], "trade", "Turnover growth")
    assert "for the stated growth, up 52%: consistent; they add up to the stated total" in (
        en.derivation
    )


# -- disbursement -------------------------------------------------------------------


def test_the_may_2020_disbursement_ratio(reports: dict[str, Report]) -> None:
    ratio = Fraction(42_119, 102_681)
    vi = _line(reports["vi"], "investment", "25/05/2020")
    assert vi.value == f"42.119/102.681 triệu đồng, đạt {_vi(ratio * 100, 1)}% kế hoạch"
    assert _vi(ratio * 100, 1) == "41,0"
    assert "khớp với tỷ lệ 41% đã nêu" in vi.derivation  # a ratio, not written as a growth
    assert vi.sources == ("seed-004",)
    en = _line(reports["en"], "investment", "25 May 2020")
    assert en.value == f"42,119/102,681 million VND, {_en(ratio * 100, 1)}% of the plan"


def test_each_disbursement_record_gives_its_ratio_to_the_plan(reports: dict[str, Report]) -> None:
    # the second record is "trên 52,6 tỷ đồng" less the 42.119 triệu of May: a lower bound,
    # so the cumulative 52.600 triệu and its ratio are lower bounds too; the nine-month
    # report's 51,2% (printed for the period ending 30/9) is what the ratio rounds to
    ratio = Fraction(52_600, 102_681)
    vi = _line(reports["vi"], "investment", "30/09/2020")
    assert vi.value == f"trên 52.600/102.681 triệu đồng, đạt trên {_vi(ratio * 100, 1)}% kế hoạch"
    assert "khớp với tỷ lệ 51,2% đã nêu" in vi.derivation
    assert vi.records == (
        "plan_versions:2",
        "disbursements:2",
        "disbursements:3",
        "figures:disbursed-2020-9m",
    )
    assert vi.sources == ("seed-004", "seed-000")
    assert vi.measure.qualifier is Qualifier.AT_LEAST
    en = _line(reports["en"], "investment", "30 September 2020")
    assert en.value == f"over 52,600/102,681 million VND, over {_en(ratio * 100, 1)}% of the plan"


def test_the_nine_month_report_implies_a_plan_and_an_allocation(
    reports: dict[str, Report],
) -> None:
    # "trên 52,6 tỷ đồng" is at least 52,55, and 51,2% at most 51,25%: the plan is
    # at least 52,55 / 0,5125 and has no upper bound. The implied figures are those
    # bounds, not the 52,6 / 0,512 of the printed numbers.
    plan = Fraction("52.55") / Fraction("0.5125")
    allocation = Fraction("52.55") / Fraction("0.8965")
    from_the_points = Fraction("52.6") / Fraction("0.512")
    assert _vi(plan, 1) != _vi(from_the_points, 1)
    vi = reports["vi"]
    assert _line(vi, "investment", "Kế hoạch vốn").value == f"trên {_vi(plan, 1)} tỷ đồng"
    assert (
        "trên 52,6 tỷ đồng bằng 51,2% kế hoạch giao"
        in _line(vi, "investment", "Kế hoạch").derivation
    )
    assert _line(vi, "investment", "Nguồn vốn").value == f"trên {_vi(allocation, 1)} tỷ đồng"
    en = reports["en"]
    assert (
        _line(en, "investment", "capital plan implied").value == f"over {_en(plan, 1)} billion VND"
    )
    assert (
        _line(en, "investment", "Capital allocated").value
        == f"over {_en(allocation, 1)} billion VND"
    )


@pytest.mark.parametrize(
    ("lang", "bounded", "unbounded"),
    [
        ("vi", "102,7 tỷ đồng", "trên 102,5 tỷ đồng"),
        ("en", "102.7 billion VND", "over 102.5 billion VND"),
    ],
)
def test_an_implied_base_is_a_bound_only_where_the_figures_leave_it_one(
    lang: Language, bounded: str, unbounded: str
) -> None:
    out = _Writer(lang=lang)
    open_above = implied_base_range("trên 52,6 tỷ đồng", "51,2%")
    assert _implied_value(out, open_above, "billion_VND") == unbounded
    # read as merely rounded, 52,6 and 51,2% bound the plan on both sides: its value
    closed = implied_base_range("trên 52,6 tỷ đồng", "51,2%", honour_qualifier=False)
    assert closed.high is not None
    assert _implied_value(out, closed, "billion_VND") == bounded


def test_an_implied_base_measure_is_its_interval_and_the_value_the_text_shows() -> None:
    open_above = _implied_measure(
        implied_base_range("trên 52,6 tỷ đồng", "51,2%"), "billion_VND", 2020
    )
    # "trên 52,6 tỷ" is at least 52,55 tỷ, "51,2%" at most 51,25%: the plan is above their quotient
    assert open_above.low == pytest.approx(
        Decimal("52.55") / Decimal("0.5125"), abs=Decimal("1e-25")
    )
    assert (open_above.high, open_above.value, open_above.qualifier) == (
        None,
        open_above.low,
        Qualifier.AT_LEAST,
    )
    assert open_above.period == Period.year(2020)
    assert (open_above.origin, open_above.interval) == ("computed", True)
    closed = _implied_measure(
        implied_base_range("trên 52,6 tỷ đồng", "51,2%", honour_qualifier=False),
        "billion_VND",
        2020,
    )
    # 52,55 / 0,5125 ≤ plan ≤ 52,65 / 0,5115, and the value is the printed digits' quotient
    assert closed.low == pytest.approx(Decimal("52.55") / Decimal("0.5125"), abs=Decimal("1e-25"))
    assert closed.high == pytest.approx(Decimal("52.65") / Decimal("0.5115"), abs=Decimal("1e-25"))
    assert closed.value == pytest.approx(Decimal("52.6") / Decimal("0.512"), abs=Decimal("1e-25"))
    assert closed.qualifier is None


def test_the_two_reports_agree_on_the_plan_within_rounding(reports: dict[str, Report]) -> None:
    # "trên 52,6 tỷ" is at least 52,55 tỷ; "51,2%" at most 51,25%: the plan is above
    # 52,55 / 0,5125 tỷ, and "trên" sets no upper bound. May's 102.681 triệu is above it.
    assert Fraction("102.681") > Fraction("52.55") / Fraction("0.5125")
    vi = _line(reports["vi"], "investment", "Đối chiếu kế hoạch vốn")
    assert vi.value == "khớp, trong phạm vi làm tròn"
    assert "?" not in vi.label  # a label, not a question
    en = _line(reports["en"], "investment", "on record against")
    assert en.value == "consistent, within rounding"
    assert en.sources == ("seed-004", "seed-000")


# -- tasks --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("label", "part", "base"),
    [("VNPT-iOffice", 8, 14), ("thông báo kết luận", 112, 115), ("cử tri", 2, 2)],
)
def test_the_task_ratios(reports: dict[str, Report], label: str, part: int, base: int) -> None:
    line = _line(reports["vi"], "tasks", label)
    assert line.value == f"{part}/{base}, đạt {_vi(Fraction(part, base) * 100, 1)}%"
    assert line.sources == ("seed-004",)


def test_the_2021_turnover_says_its_measure_is_unverified(reports: dict[str, Report]) -> None:
    assert (
        "CHƯA KIỂM CHỨNG được đây là số liệu nào"
        in _line(reports["vi"], "trade", "Tổng kim ngạch").derivation
    )
    assert "UNVERIFIED" in _line(reports["en"], "trade", "turnover 2021").derivation


def test_petitions_are_resolved_not_completed_tasks(reports: dict[str, Report]) -> None:
    vi = _line(reports["vi"], "tasks", "cử tri")
    assert vi.derivation.startswith("2/2 kiến nghị đã được giải quyết xong, đạt 100,0%")
    assert "nhiệm vụ" not in vi.derivation
    en = _line(reports["en"], "tasks", "petitions")
    assert en.derivation.startswith("2 of 2 petitions resolved, 100.0%")


def test_the_disbursement_date_is_said_to_be_the_reports_cut_off(
    reports: dict[str, Report],
) -> None:
    vi = _line(reports["vi"], "investment", "Giải ngân vốn đầu tư công năm 2020, đến ngày 25/05")
    assert "câu này không ghi ngày: 25/05/2020 là mốc số liệu" in vi.derivation
    en = _line(reports["en"], "investment", "disbursed in 2020, to 25 May")
    assert "the sentence names no date: 25 May 2020 is the cut-off" in en.derivation


def test_a_count_without_a_day_says_so(reports: dict[str, Report]) -> None:
    assert "(đến ngày 25/05/2020)" in _line(reports["vi"], "tasks", "VNPT-iOffice").label
    assert "(đến nay)" in _line(reports["vi"], "tasks", "thông báo").label
    assert "no day given" in _line(reports["en"], "tasks", "notices").label
    assert "(" not in _line(reports["en"], "tasks", "petitions").label


# -- findings and sources -----------------------------------------------------------


def test_the_findings_hold_seed_002s_inconsistent_fee_growth(reports: dict[str, Report]) -> None:
    for lang, allowed in (("vi", "từ 14,58% đến 14,68%"), ("en", "between 14.58% and 14.68%")):
        [finding] = reports[lang].findings
        assert finding.severity is Severity.INCONSISTENT
        assert finding.kind == "growth_disagrees"
        assert finding.stated == "14,4%"
        assert allowed in finding.explanation
        assert finding.sources == ("seed-002",)


def test_every_source_cited_is_listed_once_with_its_document(reports: dict[str, Report]) -> None:
    for report in reports.values():
        cited = {s for section in report.sections for line in section.lines for s in line.sources}
        cited |= {s for finding in report.findings for s in finding.sources}
        assert [source.id for source in report.sources] == sorted(cited)
        assert cited == {"seed-000", "seed-002", "seed-003", "seed-004"}
    by_id = {source.id: source for source in reports["vi"].sources}
    assert by_id["seed-003"].event is None  # the article carries no date: none is guessed
    assert str(by_id["seed-000"].event) == "2020-10-07"  # the meeting's date
    assert all(
        source.published is None for source in by_id.values() if source.id.startswith("seed")
    )
    assert by_id["seed-004"].file.startswith("004_")


def test_an_unknown_section_is_refused_naming_it(reports: dict[str, Report]) -> None:
    with pytest.raises(UnknownCodeError, match=r"'weather'.*'gates', 'fees'"):
        reports["vi"].section("weather")


def test_build_report_refuses_a_language_naming_it() -> None:
    with pytest.raises(InvalidValueError, match="'fr'"):
        build_report("fr")  # type: ignore[arg-type]


# -- text ---------------------------------------------------------------------------


def test_the_text_holds_every_line_finding_and_source(reports: dict[str, Report]) -> None:
    for report in reports.values():
        text = render_text(report)
        assert text.startswith(report.title + "\n" + "=" * len(report.title))
        for section in report.sections:
            assert f"\n{section.title}\n" in text
            for line in section.lines:
                assert f"* {line.label}: {line.value}\n" in text
                assert line.derivation in text
        for source in report.sources:
            unknown = "không rõ ngày" if report.lang == "vi" else "date unknown"
            if source.event is None:
                day = unknown
            elif report.lang == "vi":  # as official documents write a date
                day = f"sự kiện ngày {source.event:%d/%m/%Y}"
            else:
                day = f"event of {source.event.day} {source.event:%B %Y}"
            article, file = ("Tài liệu", "tệp") if report.lang == "vi" else ("The document", "file")
            named = f"{article} “{source.title}” ({day}); {file} {source.file}\n"
            assert f"* {named}" in text
            # a line names its documents by title and date, never by their id
            assert source.id not in text
    vi = render_text(reports["vi"])
    assert "* SAI LỆCH: Tốc độ tăng" in vi
    assert "42.119/102.681 triệu đồng, đạt 41,0% kế hoạch" in vi
    assert "4.270 triệu USD, tăng 52% so với cùng kỳ năm 2020" in vi
    assert "8/14, đạt 57,1%" in vi
    en = render_text(reports["en"])
    assert "Audit findings on the source documents" in en
    assert "4,270 million USD, up 52% on 2020" in en


def test_a_report_without_findings_says_so(reports: dict[str, Report]) -> None:
    clean = attrs.evolve(reports["en"], findings=())
    assert "Audit findings on the source documents\n" in render_text(clean)
    assert "No findings." in render_text(clean)
    assert "Không thấy sai lệch." in render_markdown(attrs.evolve(reports["vi"], findings=()))


# -- markdown -----------------------------------------------------------------------


def _inline_text(markdown: str) -> list[str]:
    """The text of each block of a CommonMark document, as a reader sees it."""
    tokens = MarkdownIt("commonmark").parse(markdown)
    return [
        "".join(child.content for child in token.children or () if child.type == "text")
        for token in tokens
        if token.type == "inline"
    ]


def test_the_markdown_has_a_heading_per_section_and_the_findings(
    reports: dict[str, Report],
) -> None:
    for report in reports.values():
        markdown = render_markdown(report)
        tokens = MarkdownIt("commonmark").parse(markdown)
        headings = [
            tokens[i + 1].content
            for i, token in enumerate(tokens)
            if token.type == "heading_open" and token.tag == "h2"
        ]
        findings, sources = ("Kết quả kiểm tra số liệu của các tài liệu nguồn", "Nguồn")
        if report.lang == "en":
            findings, sources = ("Audit findings on the source documents", "Sources")
        assert headings == [*(s.title for s in report.sections), findings, sources]
        assert next(t.content for t in tokens if t.type == "inline") == report.title
        blocks = "\n".join(_inline_text(markdown))
        for section in report.sections:
            for line in section.lines:
                assert line.label in blocks
                assert line.value in blocks
        assert report.findings[0].explanation in blocks


def test_the_markdown_is_escaped_so_figures_never_turn_into_markup(
    reports: dict[str, Report],
) -> None:
    html = MarkdownIt("commonmark").render(render_markdown(reports["vi"]))
    assert "<em>" not in html
    lines = sum(len(s.lines) for s in reports["vi"].sections)
    assert html.count("<strong>") == lines + len(reports["vi"].findings)
    assert "<li>Tài liệu “Nâng cao hiệu quả" in html
    assert "” (không rõ ngày); tệp 003_0439c3652480be53.txt</li>" in html
    assert "seed-003" not in html


@given(st.text(st.characters(codec="utf-8", exclude_categories=("Cs", "Cc")), max_size=40))
def test_any_text_survives_markdown_as_written(text: str) -> None:
    line = Line(label="L", value=text, derivation="d", sources=())
    section = Section(key="k", title="S", lines=(line,))
    report = Report(title="T", lang="en", sections=(section,), findings=(), sources=())
    tokens = MarkdownIt("commonmark").parse(render_markdown(report))
    value = [token for token in tokens if token.type == "inline"][2]
    rendered = "".join(child.content for child in value.children or () if child.type == "text")
    assert rendered.strip() == ("L: " + " ".join(text.split())).strip()


# -- JSON ---------------------------------------------------------------------------

#: The shipped schema, and a validator that knows its draft's formats.
VALIDATOR = Draft202012Validator(json_schema())


def test_the_shipped_schema_is_a_valid_draft_2020_12_schema() -> None:
    Draft202012Validator.check_schema(json_schema())
    assert json_schema()["properties"]["schema_version"] == {"const": JSON_SCHEMA_VERSION}  # type: ignore[index]


def _json_line(line: Line) -> dict[str, Any]:
    """What the document should hold for a line, from the line's own fields."""
    m = line.measure
    period = None if m.period is None else [m.period.start, m.period.end]
    return {
        "label": line.label,
        "text": line.value,
        "derivation": line.derivation,
        "sources": list(line.sources),
        "kind": m.kind,
        "value": m.value,
        "unit": m.unit,
        "period": period,
        "origin": m.origin,
        "qualifier": None if m.qualifier is None else m.qualifier.value,
        "interval": [m.low, m.high] if m.interval else None,
    }


def _read_line(written: dict[str, Any]) -> dict[str, Any]:
    """A line of the document with its numbers and dates read back."""
    period, interval = written["period"], written["interval"]
    return {
        **{key: written[key] for key in ("label", "text", "derivation", "sources", "kind")},
        "value": None if written["value"] is None else Decimal(written["value"]),
        "unit": written["unit"],
        "period": None
        if period is None
        else [dt.date.fromisoformat(period["start"]), dt.date.fromisoformat(period["end"])],
        "origin": written["origin"],
        "qualifier": written["qualifier"],
        "interval": None
        if interval is None
        else [None if end is None else Decimal(end) for end in (interval["low"], interval["high"])],
    }


def test_the_json_follows_the_schema_and_round_trips(reports: dict[str, Report]) -> None:
    for lang, report in reports.items():
        text = render_json(report)
        document = json.loads(text)
        VALIDATOR.validate(document)
        assert document["schema_version"] == JSON_SCHEMA_VERSION == 4  # 4: the dataset's name
        assert document["language"] == lang
        assert document["title"] == report.title
        assert [s["key"] for s in document["sections"]] == [s.key for s in report.sections]
        for section, written in zip(report.sections, document["sections"], strict=True):
            assert [_read_line(line) for line in written["lines"]] == [
                _json_line(line) for line in section.lines
            ]
        assert "\\u" not in text  # ensure_ascii=False: Vietnamese as written
        assert text.startswith('{\n  "schema_version": 4,')
        assert document["dataset"] == {"name": "seed", "title": report.dataset.title_in(lang)}  # type: ignore[union-attr]


def _document_lines(document: dict[str, Any]) -> dict[tuple[str, int], dict[str, Any]]:
    return {
        (section["key"], index): line
        for section in document["sections"]
        for index, line in enumerate(section["lines"])
    }


def test_the_json_numbers_are_the_printed_and_derived_figures(reports: dict[str, Report]) -> None:
    for report in reports.values():
        lines = _document_lines(json.loads(render_json(report)))
        total = lines["fees", 0]  # 664.127 triệu đồng, tăng 40,2% (seed 003)
        assert (total["kind"], total["value"], total["unit"], total["origin"]) == (
            "amount",
            "664127",
            "million_VND",
            "stated",
        )
        assert total["period"] == {"start": "2021-01-01", "end": "2021-12-31"}
        growth = total["comparison"]
        assert (growth["kind"], growth["rate"], growth["base_origin"]) == (
            "growth",
            "40.2",
            "computed",
        )
        assert growth["base_period"] == {"start": "2020-01-01", "end": "2020-12-31"}
        assert abs(Fraction(growth["base"]) - Fraction(664_127) / Fraction("1.402")) < Fraction(
            1, 10**20
        )
        # the growth of January-May 2024 from its two lines, with the interval rounding allows
        implied = lines["fees", 5]
        corners = _fee_2024_corners()
        low, high = (Fraction(implied["interval"][end]) for end in ("low", "high"))
        assert abs(low - min(corners) * 100) < Fraction(1, 10**25)
        assert abs(high - max(corners) * 100) < Fraction(1, 10**25)
        assert low <= Fraction(implied["value"]) <= high
        assert (implied["kind"], implied["unit"], implied["origin"]) == (
            "growth",
            "percent",
            "computed",
        )
        assert implied["period"] == {"start": "2024-01-01", "end": "2024-05-31"}
        # "trên 344,8 tỷ đồng": a stated lower bound
        nine = lines["fees", 6]
        assert (nine["value"], nine["unit"], nine["qualifier"]) == (
            "344.8",
            "billion_VND",
            "at_least",
        )
        # 42.119/102.681 triệu đồng: a computed percent of a stated plan
        ratio = lines["investment", 0]
        assert Fraction(ratio["value"]) == pytest.approx(Fraction(42_119, 102_681) * 100, abs=1e-25)
        assert (ratio["unit"], ratio["origin"]) == ("percent", "computed")
        assert (ratio["comparison"]["kind"], ratio["comparison"]["base"]) == ("ratio", "102681")
        assert ratio["period"] == {"start": "2020-01-01", "end": "2020-05-25"}
        # the plan implied by "bằng 51,2% kế hoạch": open above, so its value is the lower end
        plan = lines["investment", 2]  # after the ratios of 25 May and 30 September
        assert plan["interval"]["high"] is None
        assert plan["value"] == plan["interval"]["low"]
        assert plan["qualifier"] == "at_least"
        # a verdict has no number, and says so
        verdict = lines["investment", 4]
        assert (verdict["kind"], verdict["value"], verdict["unit"]) == ("verdict", None, None)
        # counts with their noun, out of a stated total
        gates, tasks = lines["gates", 0], lines["tasks", 0]
        assert (gates["value"], gates["unit"], gates["comparison"]["base"]) == (
            "6",
            "gate_pair",
            "12",
        )
        assert (tasks["value"], tasks["unit"], tasks["comparison"]["base"]) == ("8", "task", "14")
        assert lines["tasks", 2]["unit"] == "petition"


@pytest.mark.parametrize(
    ("damage", "complaint"),
    [
        (lambda line: line.update(value="664.127 triệu đồng"), "does not match"),
        (lambda line: line.update(value="6.64127E+5"), "does not match"),
        (lambda line: line.pop("text"), "'text' is a required property"),
        (lambda line: line.update(kind="verdict"), "is not of type 'null'"),
        (lambda line: line.update(origin="guessed"), "'guessed' is not one of"),
        (
            lambda line: line.update(period={"start": "07/10/2020", "end": "2020-10-07"}),
            "07/10/2020",
        ),
        (lambda line: line.update(comparison={"kind": "growth"}), "'rate' is a required property"),
        (lambda line: line.update(extra=1), "'extra' was unexpected"),
    ],
)
def test_the_schema_refuses_a_damaged_line(
    reports: dict[str, Report], damage: Any, complaint: str
) -> None:
    document = json.loads(render_json(reports["vi"]))
    damage(document["sections"][1]["lines"][0])
    # a failure inside "anyOf" (a value or null) is told in the error's context
    errors = [
        inner.message
        for error in VALIDATOR.iter_errors(document)
        for inner in (error, *error.context)
    ]
    assert any(complaint in error for error in errors), errors


@given(
    value=st.decimals(allow_nan=False, allow_infinity=False) | st.none(),
    low=st.decimals(allow_nan=False, allow_infinity=False) | st.none(),
)
def test_any_measure_is_written_as_exact_plain_decimals(
    value: Decimal | None, low: Decimal | None
) -> None:
    measure = LineMeasure(
        kind="amount" if value is not None else "text",
        value=value,
        unit=None if value is None else "million_VND",
        low=low,
        interval=low is not None,
        comparison=Comparison(kind="share", base=value),
    )
    line = Line(label="L", value="v", derivation="d", sources=(), measure=measure)
    section = Section(key="fees", title="T", lines=(line,))
    report = Report(title="T", lang="vi", sections=(section,), findings=(), sources=())
    document = json.loads(render_json(report))
    VALIDATOR.validate(document)
    [written] = document["sections"][0]["lines"]
    for given_value, text in ((value, written["value"]), (value, written["comparison"]["base"])):
        assert (text is None) == (given_value is None)
        if given_value is not None:
            assert Decimal(text) == given_value  # exact, whatever its exponent
    assert (written["interval"] is None) == (low is None)


def test_the_json_figures_and_the_finding_bounds_are_exact(reports: dict[str, Report]) -> None:
    document = json.loads(render_json(reports["vi"]))
    [finding] = document["findings"]
    assert finding["severity"] == "inconsistent"
    assert finding["kind"] == "growth_disagrees"
    assert finding["stated"] == "14,4%"
    corners = _fee_2024_corners()
    low, high = Decimal(finding["allowed"]["low"]), Decimal(finding["allowed"]["high"])
    assert abs(Fraction(low) - min(corners) * 100) < Fraction(1, 10**30)
    assert abs(Fraction(high) - max(corners) * 100) < Fraction(1, 10**30)
    lines = {line["label"]: line for s in document["sections"] for line in s["lines"]}
    assert lines["Giải ngân vốn đầu tư công năm 2020, đến ngày 25/05/2020"]["text"] == (
        f"42.119/102.681 triệu đồng, đạt {_vi(Fraction(42_119, 102_681) * 100, 1)}% kế hoạch"
    )
    sources = {source["id"]: source for source in document["sources"]}
    assert sources["seed-002"]["event"] == "2024-06-26"
    assert sources["seed-002"]["published"] is None
    assert sources["seed-003"]["event"] is None


@given(
    st.fractions(max_denominator=10**6) | st.none(),
    st.fractions(max_denominator=10**6) | st.none(),
)
def test_json_bounds_are_exact_decimals_or_null(
    low: Fraction | None, high: Fraction | None
) -> None:
    if low is not None and high is not None and low > high:
        low, high = high, low
    finding = ReportFinding(
        severity=Severity.WARNING,
        kind="components_sum",
        explanation="x",
        allowed=Interval(low=low, high=high),
        stated=None,
        sources=(),
    )
    report = Report(title="T", lang="vi", sections=(), findings=(finding,), sources=())
    written = json.loads(render_json(report))["findings"][0]["allowed"]
    for given_end, text in ((low, written["low"]), (high, written["high"])):
        if given_end is None:
            assert text is None
            continue
        assert "E" not in text.upper()  # a plain decimal, no exponent
        value = Fraction(Decimal(text))
        denominator = given_end.denominator
        for prime in (2, 5):
            while denominator % prime == 0:
                denominator //= prime
        if denominator == 1 and len(str(given_end.numerator)) < 25:
            assert value == given_end  # a terminating fraction is written exactly
        else:
            assert abs(value - given_end) <= abs(given_end) / 10**33


def test_a_finding_without_an_interval_has_null_allowed(reports: dict[str, Report]) -> None:
    unreadable = ReportFinding(
        severity=Severity.INFO,
        kind="unreadable",
        explanation="Could not read the figure '344.8 tỷ đồng'.",
        allowed=None,
        stated=None,
        sources=("seed-000",),
    )
    report = attrs.evolve(reports["en"], findings=(unreadable,))
    [written] = json.loads(render_json(report))["findings"]
    assert written["allowed"] is None
    assert written["stated"] is None
    assert written["severity"] == "info"
    assert "* INFO: Could not read" in render_text(report)
    vietnamese = attrs.evolve(reports["vi"], findings=(unreadable,))
    assert "* THÔNG TIN: Could not read" in render_text(vietnamese)  # the severity in words
    assert "- **THÔNG TIN**: " in render_markdown(vietnamese)


# -- render() -----------------------------------------------------------------------


@pytest.mark.parametrize("format_", FORMATS)
def test_render_picks_the_renderer(reports: dict[str, Report], format_: str) -> None:
    renderer = {"text": render_text, "markdown": render_markdown, "json": render_json}[format_]
    assert render(reports["en"], format_) == renderer(reports["en"])  # type: ignore[arg-type]


def test_render_defaults_to_text(reports: dict[str, Report]) -> None:
    assert render(reports["vi"]) == render_text(reports["vi"])


@pytest.mark.parametrize(
    ("report", "format_", "error", "named"),
    [
        (None, "xml", UnknownCodeError, "'xml'"),
        (None, "JSON", UnknownCodeError, "'JSON'"),
        (None, "", UnknownCodeError, "''"),
        (None, None, UnknownCodeError, "None"),
        (None, 3, UnknownCodeError, "3"),
        ("the report", "text", InvalidTypeError, "'the report'"),
    ],
)
def test_render_refuses_bad_input_naming_it(
    reports: dict[str, Report], report: object, format_: object, error: type, named: str
) -> None:
    with pytest.raises(error, match=named) as info:
        render(reports["vi"] if report is None else report, format_)  # type: ignore[arg-type]
    assert "'text', 'markdown', 'json'" in str(info.value) or error is InvalidTypeError


# -- the command line ---------------------------------------------------------------


@pytest.mark.parametrize("lang", ["vi", "en"])
@pytest.mark.parametrize("format_", FORMATS)
def test_main_prints_the_report_in_each_format(
    lang: str, format_: str, reports: dict[str, Report], capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["report", "--lang", lang, "--format", format_]) == 0
    out = capsys.readouterr()
    assert out.out == render(reports[lang], format_)  # type: ignore[arg-type]
    assert out.err == ""


def test_main_defaults_to_vietnamese_text(
    reports: dict[str, Report], capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["report"]) == 0  # findings are content, not failure
    assert capsys.readouterr().out == render_text(reports["vi"])


def test_the_help_says_findings_do_not_fail(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["report", "--help"])
    assert exit_info.value.code == 0
    help_text = " ".join(capsys.readouterr().out.split())
    assert "--format {text,markdown,json}" in help_text
    assert "Exit status: 0 whenever the report is printed" in help_text


def test_python_m_dongdang_report_json_runs_in_a_fresh_process(
    reports: dict[str, Report],
) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "dongdang", "report", "--format", "json"],
        capture_output=True,
        check=False,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    document = json.loads(done.stdout.decode("utf-8"))
    VALIDATOR.validate(document)
    assert document == json.loads(render_json(reports["vi"]))


@pytest.mark.parametrize(
    ("argv", "complaint"),
    [
        ([], "COMMAND"),
        (["audit-everything"], "audit-everything"),
        (["report", "--lang", "fr"], "'fr'"),
        (["report", "--format", "xml"], "'xml'"),
        (["report", "--format", "xml"], "'text', 'markdown', 'json'"),
        (["report", "--format"], "--format"),
        (["report", "extra"], "extra"),
    ],
)
def test_bad_command_lines_exit_2_with_a_message_naming_the_input(
    argv: list[str], complaint: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(argv)
    assert exit_info.value.code == 2
    assert complaint in capsys.readouterr().err


def test_running_the_package_as_a_script_exits_with_mains_status(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(sys, "argv", ["dongdang", "report"])
    # A fresh run, as `python -m dongdang` would do, not the module the tests imported.
    monkeypatch.delitem(sys.modules, "dongdang.__main__")
    with pytest.raises(SystemExit) as exit_info:
        runpy.run_module("dongdang", run_name="__main__", alter_sys=True)
    assert exit_info.value.code == 0
    assert capsys.readouterr().out.startswith("Khu kinh tế cửa khẩu Đồng Đăng")
