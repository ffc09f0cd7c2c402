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

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dongdang import InvalidValueError
from dongdang.__main__ import main
from dongdang._messages import CATALOGUES, change, change_range, day, message, span
from dongdang.auditing import audit
from dongdang.report import _Writer, build_report, render
from dongdang.statements import parse_statements
from dongdang.text import Qualifier

#: The seed articles, beside the repository as for the CLI tests.
SEEDS = Path(__file__).resolve().parents[2] / "shared" / "seeds"

#: An identifier in prose: snake_case or an UPPER_CASE enum code (the before-stop hook's rule).
IDENTIFIER = re.compile(r"\b[a-z]+(_[a-z0-9]+)+\b|\b[A-Z]{3,}_[A-Z_]+\b")
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
        "note": "The report names none of the six.",  # English only: the Vietnamese omits it
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
    outside = QUOTED.sub("“”", text)
    return [
        match.group(0)
        for pattern in (IDENTIFIER, ENGLISH_WORDS, ENGLISH_NUMBER)
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
    {"kind", "severity", "key", "id", "language", "file", "date", "stated", "records"}
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
        assert ENGLISH_WORDS.findall(outside) == []
        assert ENGLISH_NUMBER.findall(outside) == []
    assert "growth_disagrees" not in render(build_report("vi"), "text")
    assert "tiếng Anh" in render(build_report("vi"), "text")  # the English notes are pointed to


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
