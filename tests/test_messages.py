"""The message catalogue: every text in both languages, free of code words and foreign numbers.

Each message is rendered with sample arguments written the way its language
writes figures; the rendered text must hold no identifier (snake_case, an
UPPER_CASE enum code) and no number in the other language's format. The whole
report and the audit command are read the same way.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import string
from decimal import Decimal
from pathlib import Path
from typing import Final

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from dongdang import InvalidValueError
from dongdang.__main__ import main
from dongdang._messages import CATALOGUES, change, change_range, day, message, span
from dongdang._vocabulary import Vocabulary
from dongdang.auditing import audit
from dongdang.data import (
    seed_capital_plan,
    seed_dataset,
    seed_fee_collections,
    seed_findings,
    seed_trade_flows,
    seed_trade_ledger,
)
from dongdang.fees import Crossing, lang_son_fee_schedule
from dongdang.fees.reforms import Reform, ScaleRate
from dongdang.gates import lang_son_gates
from dongdang.periods import Language, Period
from dongdang.projections import (
    Method,
    PaceKind,
    disbursement_pace,
    growth_path,
    pace_needed,
    run_rate,
    same_period_share,
)
from dongdang.projects import CapitalMeasure, Milestone, lang_son_projects
from dongdang.provenance import Source
from dongdang.report import _source_name, _Writer, build_report, render
from dongdang.scenarios import FeeScenario
from dongdang.statements import parse_statements
from dongdang.text import Qualifier, parse_amount, read_figure
from dongdang.zoning import diff, lang_son_plans

#: The seed articles, beside the repository as for the CLI tests.
SEEDS = Path(__file__).resolve().parents[2] / "shared" / "seeds"

#: An identifier in prose: snake_case or an UPPER_CASE enum code (the before-stop hook's rule).
IDENTIFIER = re.compile(r"\b[a-z]+(_[a-z0-9]+)+\b|\b[A-Z]{3,}_[A-Z_]+\b")
#: A code of the data in kebab-case ("huu-nghi", "seed-000", "2020-giao") or an ISO date.
CODE = re.compile(
    r"(?<![\w/])(?=[a-z0-9-]*[a-z])[a-z0-9]+(?:-[a-z0-9]+)+(?![\w/])|\d{4}-\d\d-\d\d", re.ASCII
)
#: A web address, which a source is named by.
URL = re.compile(r"https?://\S+")
#: English words that betray an English sentence inside Vietnamese.
ENGLISH_WORDS = re.compile(r"\b(the|and|which|was|were|not|only|is|of)\b", re.IGNORECASE)
#: A number in the English format (a decimal point) inside Vietnamese: "14.6", "1.5 t".
ENGLISH_NUMBER = re.compile(r"\d+\.\d{1,2}(?!\d)")
#: A number in the Vietnamese format (a decimal comma) inside English: "14,6%".
VIETNAMESE_NUMBER = re.compile(r"\d+,\d{1,2}(?!\d)|\d+\.\d{3}(?:\.\d{3})*(?![\d.])")
#: A quotation of the printed text: “…”, where a Vietnamese figure keeps its printed form.
QUOTED = re.compile(r"“[^”]*”")

#: A sample value for each placeholder, written as each language writes it.
SAMPLES: dict[str, dict[str, object]] = {
    "vi": {
        "allowed": "từ 14,58% đến 14,68%",
        "method": "theo nhịp độ bình quân tháng của 9 tháng đầu năm 2020",
        "formula": "trên 344,8 tỷ đồng × 12/9",
        "result": "459,7 tỷ đồng",
        "ytd": "trên 344,8 tỷ đồng",
        "whole": "12",
        "elapsed": "4,81",
        "last_year": "250 tỷ đồng",
        "last_ytd": "200 tỷ đồng",
        "noun": "kế hoạch vốn",
        "verb": "giải ngân",
        "deadline": "31/01/2021",
        "since": "01/01/2020",
        "as_of": "25/05/2020",
        "word": "trên",
        "done": "42.119 triệu đồng",
        "remaining": "60.562,0 triệu đồng",
        "days": 251,
        "months": "8,19",
        "per_month": "7.391,4 triệu đồng",
        "per_day": "241,3 triệu đồng",
        "times": ", bằng 0,84 lần nhịp độ bình quân từ ngày 01/01/2020 (8.763,0 triệu đồng)",
        "multiple": "0,84",
        "pace": "8.763,0 triệu đồng",
        "origin": "2.810 triệu USD",
        "goal": "trên 4.270 triệu USD",
        "rate": "52,0%",
        "phase": "giai đoạn 1",
        "title": "Hội nghị sơ kết nhiệm vụ công tác Đảng 6 tháng đầu năm 2024",
        "dataset": "Số liệu của Ban Quản lý năm 2025",
        "file": "002_b3f1bc2bd9bfbb82.txt",
        "where": "phí sang tải năm 2021 tại cửa khẩu Hữu Nghị",
        "terms": "300 triệu đồng + 250 triệu đồng",
        "summed": "550 triệu đồng",
        "gap": "50 triệu đồng",
        "shown": "tăng 14,4%",
        "estimate": "400 tỷ đồng",
        "reform": "Kịch bản veg20 từ ngày 01/01/2026: Tăng 20% mức thu",
        "first": 2020,
        "last": 2025,
        "earlier": "9 tháng đầu năm 2023",
        "allocated": "39.400",
        "total": "khoảng 39.400,0 ha",
        "tolerance": "2,05",
        "before": "khoảng 2.075 ha",
        "after": "khoảng 2.575 ha",
        "gate": "Hữu Nghị",
        "lines": "phí sang tải 12,5 tỷ đồng; phí ra vào cửa khẩu 3,2 tỷ đồng",
        "number": "01/2019/NQ-HĐND",
        "issuer": "Hội đồng nhân dân",
        "kind": "kế hoạch vốn giao",
        "article": 68,
        "law": "Luật Đầu tư công 2019",
        "owner": "Ban Quản lý Khu kinh tế cửa khẩu Đồng Đăng – Lạng Sơn",
        "what": "vốn đã cấp 95.000 triệu đồng vượt kế hoạch vốn 90.000 triệu đồng",
        "date": "02/06/2025",
        "vehicle": "xe có tải trọng 1,5 tấn",
        "regime": "xuất khẩu",
        "goods": "rau quả tươi",
        "journey": "lộ trình thông thường",
        "id": "09/2025",
        "start": "08/05/2025",
        "end": " đến ngày 31/12/2025",
        "legal": "Nghị quyết số 09/2025/NQ-HĐND",
        "fees": "hoa quả 250.027 đồng, quặng 200.005 đồng",
        "source": "https://news.laodong.vn/",
        "name": "quặng xuất khẩu",
        "factor": "1,3",
        "steps": "5 (quặng xuất khẩu)",
        "exact": "6.000.005",
        "rounded": "6.000.005 đồng",
        "state": "đã áp dụng",
        "fee": "100.000 đồng",
        "collector": "10.000 đồng",
        "share": "10",
        "budget": "90.000 đồng",
        "payload": "1,5",
        "bracket": "dưới 2 tấn",
        "size": "14,6%",
        "code": "gỗ",
        "d": 7,
        "dd": "07",
        "mm": "10",
        "roman": "II",
        "quarter": 2,
        "count": 5,
        "point": "102,7 tỷ đồng",
        "ratio": "trên 51,2%",
        "version": "kế hoạch vốn giao, 102.681 triệu đồng, ngày 25/05/2020",
        "counted": "hoàn thành đúng hạn",
        "base_kind": "số nhiệm vụ được giao",
        "amount": "278.718 triệu đồng",
        "base": 14,
        "byte": "0xed",
        "change": "tăng 14,6%",
        "day": "07/10/2020",
        "decision": "Quyết định số 480/QĐ-UBND ngày 01/05/2012 của UBND tỉnh Lạng Sơn",
        "direction": "xuất khẩu",
        "disbursed": "trên 52,6 tỷ đồng",
        "figures": 9,
        "files": "2 tệp",
        "findings": "3 phát hiện",
        "found": 4,
        "high": "14,68%",
        "how": "8/14 nhiệm vụ hoàn thành đúng hạn",
        "implied": "tăng 52,0%",
        "label": "báo cáo.txt",
        "labels": "a.txt, b.txt",
        "limit": 10,
        "line": "phí sang tải",
        "low": "14,58%",
        "month": "10",
        "names": "Hữu Nghị - Hữu Nghị Quan, Chi Ma - Ái Điểm",
        "note": "Bài báo không nêu tên sáu cặp cửa khẩu.",
        "part": 8,
        "percent": "57,1%",
        "period": "5 tháng đầu năm 2024",
        "plan": "102.681 triệu đồng",
        "points": "5,3",
        "position": 6,
        "possible": 11,
        "previous": "243.152 triệu đồng",
        "printed": "14,4%",
        "range": "tăng từ 14,58% đến 14,68%",
        "reason": "lỗi vào/ra",
        "says": "báo cáo viết “hiện có 06/12 cặp cửa khẩu”",
        "sources": "công văn, nhiệm vụ trọng tâm",
        "stated": "tăng 14,4%",
        "check": "KHÔNG khớp với mức tăng 14,4% báo cáo nêu",
        "subject": "thu phí",
        "text": "344.8 tỷ đồng",
        "trips": "215.385",
        "units": "triệu USD, tỷ đồng, tấn",
        "verdict": "KHÔNG khớp",
        "when": "đến ngày 25/05/2020",
        "within": "tăng từ 14,58% đến 14,68% trong phạm vi làm tròn",
        "written": "đến nay",
        "year": 2020,
    },
    "en": {
        "allowed": "between 14.58% and 14.68%",
        "method": "run rate over 9 months (the first 9 months of 2020)",
        "formula": "over 344.8 billion VND × 12/9",
        "result": "459.7 billion VND",
        "ytd": "over 344.8 billion VND",
        "whole": "12",
        "elapsed": "4.81",
        "last_year": "250 billion VND",
        "last_ytd": "200 billion VND",
        "noun": "the capital plan",
        "verb": "disbursed",
        "deadline": "31 January 2021",
        "since": "1 January 2020",
        "as_of": "25 May 2020",
        "word": "trên",
        "done": "42,119 million VND",
        "remaining": "60,562.0 million VND",
        "days": 251,
        "months": "8.19",
        "per_month": "7,391.4 million VND",
        "per_day": "241.3 million VND",
        "times": ", 0.84 times the average pace since 1 January 2020 (8,763.0 million VND a month)",
        "multiple": "0.84",
        "pace": "8,763.0 million VND",
        "origin": "2,810 million USD",
        "goal": "over 4,270 million USD",
        "rate": "52.0%",
        "phase": "phase 1",
        "title": "Hội nghị sơ kết nhiệm vụ công tác Đảng 6 tháng đầu năm 2024",
        "dataset": "The Board's figures for 2025",
        "file": "002_b3f1bc2bd9bfbb82.txt",
        "where": "transshipment fee, 2021 at the Hữu Nghị gate",
        "terms": "300 million VND + 250 million VND",
        "summed": "550 million VND",
        "gap": "50 million VND",
        "shown": "up 14.4%",
        "estimate": "400 billion VND",
        "reform": "Scenario veg20 from 1 January 2026: a 20% rise",
        "first": 2020,
        "last": 2025,
        "earlier": "the first 9 months of 2023",
        "allocated": "39,400",
        "total": "about 39,400.0 ha",
        "tolerance": "2.05",
        "before": "about 2,075 ha",
        "after": "about 2,575 ha",
        "gate": "Hữu Nghị",
        "lines": "transshipment fee 12.5 billion VND; entry and exit fee 3.2 billion VND",
        "number": "01/2019/NQ-HĐND",
        "issuer": "Hội đồng nhân dân",
        "kind": "assigned",
        "article": 68,
        "law": "Luật Đầu tư công 2019",
        "owner": "Ban Quản lý Khu kinh tế cửa khẩu Đồng Đăng – Lạng Sơn",
        "what": "capital allocated, 95,000 million VND, exceeds the plan, 90,000 million VND",
        "date": "2 June 2025",
        "vehicle": "payload 1.5 t",
        "regime": "export",
        "goods": "fresh produce",
        "journey": "standard journey",
        "id": "09/2025",
        "start": "8 May 2025",
        "end": " to 31 December 2025",
        "legal": "Resolution 09/2025/NQ-HĐND",
        "fees": "fruit 250,027 đồng, ore 200,005 đồng",
        "source": "https://news.laodong.vn/",
        "name": "ore export",
        "factor": "1.3",
        "steps": "ore export 5",
        "exact": "6,000,005",
        "rounded": "6,000,005 đồng",
        "state": "applied",
        "fee": "100,000 đồng",
        "collector": "10,000 đồng",
        "share": "10",
        "budget": "90,000 đồng",
        "payload": "1.5",
        "bracket": "under 2 t",
        "size": "14.6%",
        "code": "timber",
        "d": 7,
        "dd": "07",
        "mm": "10",
        "roman": "II",
        "quarter": 2,
        "count": 5,
        "point": "102.7 billion VND",
        "ratio": "over 51.2%",
        "version": "2020-giao: assigned, 102,681 million VND, dated 25 May 2020",
        "counted": "completed on time",
        "base_kind": "the tasks assigned",
        "amount": "278,718 million VND",
        "base": 14,
        "byte": "0xed",
        "change": "up 14.6%",
        "day": "7 October 2020",
        "decision": "Decision 480/QĐ-UBND of 1 May 2012",
        "direction": "export",
        "disbursed": "over 52.6 billion VND",
        "figures": 9,
        "files": "2 files",
        "findings": "3 findings",
        "found": 4,
        "high": "14.68%",
        "how": "8 of 14 tasks completed on time",
        "implied": "up 52.0%",
        "label": "report.txt",
        "labels": "a.txt, b.txt",
        "limit": 10,
        "line": "transshipment fee",
        "low": "14.58%",
        "month": "October",
        "names": "Hữu Nghị - Hữu Nghị Quan, Chi Ma - Ái Điểm",
        "note": "The report names none of the six.",
        "part": 8,
        "percent": "57.1%",
        "period": "the first 5 months of 2024",
        "plan": "102,681 million VND",
        "points": "5.3",
        "position": 6,
        "possible": 11,
        "previous": "243,152 million VND",
        "printed": "14,4%",  # quoted by the English texts as printed
        "range": "up 14.58% to 14.68%",
        "reason": "Input/output error",
        "says": "the report says “hiện có 06/12 cặp cửa khẩu”",
        "sources": "official letter, key task",
        "stated": "up 14.4%",
        "check": "does NOT match the stated growth, up 14.4%",
        "subject": "thu phí",
        "text": "344.8 tỷ đồng",
        "trips": "215,385",
        "units": "million USD, billion VND, tonnes",
        "verdict": "does NOT match",
        "when": "to 25 May 2020",
        "within": "up 14.58% to 14.68% within rounding",
        "written": "đến nay",
        "year": 2020,
    },
}


def _placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def _rendered(lang: str) -> dict[str, str]:
    return {key: message(key, lang, **SAMPLES[lang]) for key in CATALOGUES[lang]}  # type: ignore[arg-type]


def _vietnamese_leaks(text: str) -> list[str]:
    """Code words, English sentence words and English numbers in a Vietnamese text."""
    outside = URL.sub("", QUOTED.sub("“”", text))
    return [
        match.group(0)
        for pattern in (IDENTIFIER, CODE, ENGLISH_WORDS, ENGLISH_NUMBER)
        for match in pattern.finditer(outside)
    ]


def _english_leaks(text: str) -> list[str]:
    """Code words and Vietnamese numbers outside quotations in an English text."""
    outside = QUOTED.sub("“”", text)
    return [
        match.group(0)
        for pattern in (IDENTIFIER, VIETNAMESE_NUMBER)
        for match in pattern.finditer(outside)
    ]


def test_both_catalogues_have_the_same_messages() -> None:
    assert CATALOGUES["vi"].keys() == CATALOGUES["en"].keys()


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_every_placeholder_has_a_sample(lang: str) -> None:
    for key, text in CATALOGUES[lang].items():
        assert _placeholders(text) <= SAMPLES[lang].keys(), key


def test_every_vietnamese_message_reads_as_vietnamese() -> None:
    for key, text in _rendered("vi").items():
        assert _vietnamese_leaks(text) == [], (key, text)


def test_every_english_message_writes_english_numbers() -> None:
    for key, text in _rendered("en").items():
        assert _english_leaks(text) == [], (key, text)


def test_the_leak_checks_find_what_they_look_for() -> None:
    assert _vietnamese_leaks("INCONSISTENT (growth_disagrees): hàng agricultural_products") == [
        "growth_disagrees",
        "agricultural_products",
    ]
    assert _vietnamese_leaks("the total, payload 1.5 t") == ["the", "1.5"]
    assert _vietnamese_leaks("xuất khẩu, huu-nghi; nguồn: seed-000; 2020-05-31") == [
        "huu-nghi",
        "seed-000",
        "2020-05-31",
    ]
    assert (
        _vietnamese_leaks(
            "nguồn: https://a.vn/phi-vao-cua-khau, mốc 1090-1091, "
            "Hữu Nghị - Bảo Lâm, VNPT-iOffice, 2020–2023"
        )
        == []
    )
    assert _english_leaks("printed as 14,4%, but 14.58%; MAX_PARTS") == ["MAX_PARTS", "14,4"]
    assert _english_leaks("printed as “14,4%” of 278.718 triệu đồng") == ["278.718"]


@pytest.mark.parametrize(
    ("call", "named"),
    [
        (lambda: message("report.title", "fr"), "'fr'"),  # type: ignore[arg-type]
        (lambda: message("report.weather", "vi"), "'report.weather'"),
    ],
    ids=["language", "message"],
)
def test_an_unknown_language_or_message_is_refused_naming_it(call: object, named: str) -> None:
    with pytest.raises(InvalidValueError, match=re.escape(named)):
        call()  # type: ignore[operator]


# -- the words of figures -----------------------------------------------------------


def test_a_day_is_written_as_official_documents_write_it() -> None:
    assert day(dt.date(2020, 10, 7), "vi") == "07/10/2020"
    assert day(dt.date(2020, 5, 25), "vi") == "25/05/2020"
    assert day(dt.date(2020, 10, 7), "en") == "7 October 2020"


@pytest.mark.parametrize(
    ("low", "high", "vi", "en"),
    [
        ("1", "2", "từ 1 đến 2", "between 1 and 2"),
        ("41,02%", "41,02%", "41,02%", "41,02%"),  # one value, not "41,02…41,02%"
        ("5", None, "từ 5 trở lên", "5 or more"),
        (None, "5", "không quá 5", "at most 5"),
        (None, None, "không giới hạn", "anything"),
    ],
)
def test_a_range_is_written_in_words(low: str | None, high: str | None, vi: str, en: str) -> None:
    assert (span(low, high, "vi"), span(low, high, "en")) == (vi, en)


@pytest.mark.parametrize(
    ("low", "high", "vi", "en"),
    [
        ("0.1458", "0.1468", "tăng từ 14,58% đến 14,68%", "up 14.58% to 14.68%"),
        ("-0.0340", "-0.0120", "giảm từ 1,20% đến 3,40%", "down 1.20% to 3.40%"),
        ("-0.005", "0.01", "từ giảm 0,50% đến tăng 1,00%", "from down 0.50% to up 1.00%"),
        ("0.02", None, "tăng từ 2,00% trở lên", "up 2.00% or more"),
        ("-0.02", None, "từ mức giảm 2,00% trở lên", "from down 2.00% upwards"),
        ("0.41021", "0.41024", "tăng 41,02%", "up 41.02%"),
    ],
)
def test_a_range_of_growths_is_written_in_words(
    low: str, high: str | None, vi: str, en: str
) -> None:
    top = None if high is None else Decimal(high)
    assert change_range(Decimal(low), top, "vi", 2) == vi
    assert change_range(Decimal(low), top, "en", 2) == en


@given(st.decimals(min_value=-10, max_value=10, places=4))
def test_a_growth_is_said_with_a_word_never_a_sign(value: Decimal) -> None:
    vi, en = change(value, "vi", 1), change(value, "en", 1)
    assert vi.startswith("giảm " if value < 0 else "tăng ")
    assert en.startswith("down " if value < 0 else "up ")
    assert "+" not in vi + en
    assert "-" not in vi + en
    assert change_range(value, value, "vi", 1) == vi


# -- whole outputs ------------------------------------------------------------------


#: The keys of the JSON report whose values are codes or numbers for programs, not prose.
CODE_KEYS: Final = frozenset(
    {"kind", "severity", "key", "id", "language", "file", "date", "stated", "sources", "records"}
    | {"value", "unit", "period", "origin", "qualifier", "interval", "comparison"}
)


def _prose(document: object) -> list[str]:
    """The texts of a JSON report meant for a reader (not its codes, keys or ids)."""
    if isinstance(document, dict):
        return [
            text
            for key, value in document.items()
            # codes, ids, the figure as printed ("stated") and the numbers for programs
            # (plain decimal strings, unit codes, ISO dates; their form is the schema's) are
            # data, not prose
            if key not in CODE_KEYS
            for text in _prose(value)
        ]
    if isinstance(document, list):
        return [text for item in document for text in _prose(item)]
    return [document] if isinstance(document, str) else []


@pytest.mark.parametrize("format_", ["text", "markdown", "json"])
def test_the_vietnamese_report_holds_no_code_word_nor_english_sentence(format_: str) -> None:
    written = render(build_report("vi"), format_)  # type: ignore[arg-type]
    texts = _prose(json.loads(written)) if format_ == "json" else [written]
    for text in texts:
        outside = QUOTED.sub("“”", text)
        assert IDENTIFIER.findall(outside) == []
        assert CODE.findall(outside) == []
        assert ENGLISH_WORDS.findall(outside) == []
        assert ENGLISH_NUMBER.findall(outside) == []
    assert "growth_disagrees" not in render(build_report("vi"), "text")


def test_the_registrys_notes_are_in_vietnamese_or_pointed_to_in_english() -> None:
    vietnamese = render(build_report("vi"), "text")
    assert "ghi chú của danh mục: Bài báo không nêu tên sáu cặp cửa khẩu." in vietnamese
    assert "tiếng Anh" not in vietnamese
    assert "the registry's note: The report names none of the six." in render(
        build_report("en"), "text"
    )
    data = seed_dataset()
    counts = [attrs.evolve(count, note_vi=None) for count in data.gates.stated_counts]
    english_only = attrs.evolve(data, gates=attrs.evolve(data.gates, stated_counts=counts))
    pointed = render(build_report("vi", dataset=english_only), "text")
    assert "hiện chỉ có bằng tiếng Anh (xem bản tiếng Anh của báo cáo)" in pointed
    assert "The report names none" not in pointed


@pytest.mark.parametrize("format_", ["text", "markdown", "json"])
def test_the_english_report_writes_english_numbers_outside_quotations(format_: str) -> None:
    written = render(build_report("en"), format_)  # type: ignore[arg-type]
    texts = _prose(json.loads(written)) if format_ == "json" else [written]
    for text in texts:
        assert VIETNAMESE_NUMBER.findall(QUOTED.sub("“”", text)) == [], text


@pytest.mark.skipif(not SEEDS.is_dir(), reason="the seed articles are not on this machine")
def test_the_audit_of_the_seeds_reads_as_vietnamese(capsys: pytest.CaptureFixture[str]) -> None:
    main(["audit", *map(str, sorted(SEEDS.glob("*.txt")))])
    for line in capsys.readouterr().out.splitlines():
        finding = line.split(" | ")[0]  # the sentences quoted after it are the articles' own
        assert _vietnamese_leaks(finding) == [], finding


@pytest.mark.parametrize(
    ("text", "vietnamese"),
    [
        (
            "về vốn đầu tư công giải ngân 42.119/102.681 triệu đồng, bằng 51% kế hoạch vốn.",
            "tính từ các số liệu đã nêu thì được 41,02%.",
        ),
        (
            (
                "Thu phí đạt 100 triệu đồng, trong đó phí A đạt 70 triệu đồng, "
                "phí B đạt 50 triệu đồng."
            ),
            "cộng các thành phần được từ 119 triệu đồng đến 121 triệu đồng.",
        ),
    ],
)
def test_audit_explanations_read_as_an_official_writes(text: str, vietnamese: str) -> None:
    [finding] = audit(parse_statements(text))
    explained = finding.explain("vi")
    assert explained.endswith(vietnamese)
    assert "phép chia" not in explained
    assert "…" not in explained
    assert not explained.lower().startswith(("về ", "tỷ lệ của về"))  # the subject without "về"
    assert _vietnamese_leaks(explained) == []
    assert _english_leaks(finding.explain("en")) == []


@pytest.mark.parametrize(
    ("qualifier", "vietnamese", "english"),
    [
        (Qualifier.AT_LEAST, "trên 5 tỷ đồng", "over 5 tỷ đồng"),
        (Qualifier.AT_MOST, "gần 5 tỷ đồng", "nearly 5 tỷ đồng"),
        (Qualifier.BELOW, "dưới 5 tỷ đồng", "under 5 tỷ đồng"),
        (Qualifier.ABOUT, "khoảng 5 tỷ đồng", "about 5 tỷ đồng"),
        (None, "5 tỷ đồng", "5 tỷ đồng"),
    ],
)
def test_a_qualified_figure_is_written_with_its_word(
    qualifier: Qualifier | None, vietnamese: str, english: str
) -> None:
    assert _Writer("vi").qualified(qualifier, "5 tỷ đồng") == vietnamese
    assert _Writer("en").qualified(qualifier, "5 tỷ đồng") == english


# -- every public text of the library -------------------------------------------------


def _subclasses(kind: type) -> list[type]:
    found: list[type] = []
    direct: list[type] = kind.__subclasses__()
    for sub in direct:
        found += [sub, *_subclasses(sub)]
    return found


def _public_texts(lang: Language) -> dict[str, list[str]]:
    """Each public describe, label, explain and cite text of the library, on the seed data."""
    plan = seed_capital_plan()
    share = same_period_share(
        read_figure("300 tỷ đồng"),
        Period.first_months(2021, 9),
        last_ytd=read_figure("trên 200 tỷ đồng"),
        last_year=read_figure("250 tỷ đồng"),
    )
    texts: dict[str, list[str]] = {"share": [share.describe(lang), *share.assumptions(lang)]}
    run = run_rate(read_figure("trên 344,8 tỷ đồng"), Period.first_months(2020, 9))
    texts["run rate"] = [run.describe(lang), run.method_label(lang), *run.assumptions(lang)]
    days = run_rate(
        parse_amount("100 tỷ đồng"), Period.first_months(2020, 9), method=Method.RUN_RATE_DAYS
    )
    texts["run rate, days"] = [days.describe(lang), *days.assumptions(lang)]
    for as_of in (dt.date(2020, 5, 25), dt.date(2020, 9, 30)):  # the second after a bound
        pace = disbursement_pace(plan, as_of)
        texts[f"pace {as_of}"] = [
            pace.describe(lang),
            pace.method_label(lang),
            *pace.assumptions(lang),
        ]
    for kind in PaceKind:
        target = parse_amount("400 tỷ đồng")
        needed = pace_needed(
            parse_amount("150 tỷ đồng"), target, as_of=dt.date(2024, 5, 31), kind=kind
        )
        reached = pace_needed(
            parse_amount("500 tỷ đồng"), target, as_of=dt.date(2024, 5, 31), kind=kind
        )
        texts[f"pace {kind.value}"] = [
            needed.describe(lang),
            reached.describe(lang),
            *kind.words(lang),
        ]
    path = growth_path(
        read_figure("2.810 triệu USD"), read_figure("trên 4.270 triệu USD"), 2020, 2023
    )
    texts["growth path"] = [path.describe(lang), path.method_label(lang), *path.assumptions(lang)]
    texts["management"] = [
        pair.managed_by.describe(lang) for pair in lang_son_gates().pairs if pair.managed_by
    ]
    schedule = lang_son_fee_schedule()
    crossings = [
        Crossing(
            date=dt.date(2025, 6, 2),
            container="40ft",
            regime="temporary_import_reexport",
            goods="agricultural_products",
        ),
        Crossing(date=dt.date(2026, 3, 2), payload=1, regime="export", goods="fresh_produce"),
    ]
    texts["fees"] = [schedule.assess(crossing).explain(lang) for crossing in crossings]
    veg = Reform(
        id="veg20",
        start=dt.date(2026, 1, 1),
        vi="Tăng 20% mức thu đối với xe dưới 2 tấn chở rau quả xuất khẩu",
        en="Vegetable exports under 2 tonnes pay 20% more",
        changes=[
            ScaleRate(
                vehicle="[0, 2)", regime="export", goods="fresh_produce", factor=Decimal("1.2")
            )
        ],
    )
    scenario = FeeScenario(name="veg20", baseline=schedule, reforms=[veg])
    unchanged = FeeScenario(name="nguyên trạng", baseline=schedule, reforms=[])
    texts["scenarios"] = [veg.describe(lang), scenario.describe(lang), unchanged.describe(lang)]
    version = lang_son_plans().plan("kkt-dong-dang").version("to-2030")
    before, after = version.budget(2020), version.budget(2030)
    texts["zoning"] = [before.fit().describe(lang), *diff(before, after).describe(lang)]
    texts["projects"] = []
    for project in lang_son_projects().projects:
        texts["projects"] += [milestone.label(lang) for milestone in project.milestones]
        capitals = (project.capital(measure) for measure in CapitalMeasure)
        texts["projects"] += [c.describe("billion_VND", lang) for c in capitals if c is not None]
    phased = Milestone(kind="completed", actual=dt.date(2022, 1, 1), phase="giai đoạn 2")
    texts["projects"].append(phased.label(lang))
    texts["investment"] = [
        plan.ratio(dt.date(2020, 5, 25)).describe(lang),
        *(finding.describe(lang) for finding in plan.findings()),
        *(version.label(lang) for version in plan.versions),
    ]
    texts["fee collections"] = [
        finding.describe(lang) for finding in seed_fee_collections().findings()
    ]
    flows = seed_trade_flows()
    gate = attrs.evolve(flows[0], gate="huu-nghi")
    texts["trade"] = [flow.label(lang) for flow in (*flows, gate)]
    breakdown = seed_trade_ledger().breakdown(Period.year(2021), by="direction")
    texts["trade check"] = [
        breakdown.check(growth="52%", total="4.270 triệu USD").describe(lang),
        breakdown.check(growth="50%").describe(lang),
    ]
    texts["audit"] = [seed.finding.explain(lang) for seed in seed_findings()]
    texts["vocabularies"] = [
        member.label(lang)
        for kind in _subclasses(Vocabulary)
        for member in kind  # type: ignore[attr-defined]
    ]
    return texts


def test_every_public_vietnamese_text_reads_as_vietnamese() -> None:
    for where, texts in _public_texts("vi").items():
        assert texts, where
        for text in texts:
            assert _vietnamese_leaks(text) == [], (where, text)
            assert not re.search(r"\d{4}-\d{2}-\d{2}", text), (where, text)  # no ISO date


def test_every_public_english_text_writes_english_numbers_and_dates() -> None:
    for where, texts in _public_texts("en").items():
        assert texts, where
        for text in texts:
            assert text[:1] == text[:1].upper() or where != "share", (where, text)
            assert _english_leaks(text) == [], (where, text)
            assert not re.search(r"\b\d{1,2}/\d{1,2}/\d{4}\b", QUOTED.sub("", text)), (where, text)
            assert not re.search(r"\d{4}-\d{2}-\d{2}", text), (where, text)


def test_a_source_is_named_by_its_title_and_date_never_its_id() -> None:
    published = Source(
        id="vietnamplus-141746",
        title="Border EZs",
        event=None,
        file="",
        published=dt.date(2018, 11, 13),
    )
    undated = attrs.evolve(published, published=None)
    assert _source_name(published, "vi") == "tài liệu “Border EZs” (đăng ngày 13/11/2018)"
    assert _source_name(published, "en") == "the document “Border EZs” (published 13 November 2018)"
    assert _source_name(undated, "vi") == "tài liệu “Border EZs” (không rõ ngày)"
    assert _source_name(undated, "en") == "the document “Border EZs” (date unknown)"
