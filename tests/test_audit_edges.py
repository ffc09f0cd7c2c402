"""Audit cases the mutation review found untested: parts in another scale, falling totals.

A part printed in triệu đồng under a total in tỷ đồng counts a thousandth of a
tỷ per triệu, not a thousand; a total that fell is checked against its parts
as carefully as one that grew. An unreadable figure is explained in the
reader's language: the Vietnamese sentence carries no English reason. Across
documents, only ratios and bases of one known period are compared, each once.
"""

from __future__ import annotations

from fractions import Fraction

import pytest

from dongdang import audit, parse_statements
from dongdang.auditing import FindingKind, Severity, audit_documents
from dongdang.intervals import Interval
from dongdang.statements import Statement

SCALES = {
    "parts in triệu under a total in tỷ, adding up": (
        (
            "Thu phí đạt 300 tỷ đồng, trong đó phí A đạt 200.000 triệu đồng, "
            "phí B đạt 100.000 triệu đồng."
        ),
        None,
    ),
    "parts in triệu under a total in tỷ, exceeding it": (
        (
            "Thu phí đạt 300 tỷ đồng, trong đó phí A đạt 200.000 triệu đồng, "
            "phí B đạt 150.000 triệu đồng."
        ),
        (Fraction(349_999, 1000), Fraction(350_001, 1000)),  # in tỷ, the total's unit
    ),
    "parts in tỷ under a total in triệu, exceeding it": (
        "Thu phí đạt 300.000 triệu đồng, trong đó phí A đạt 200 tỷ đồng, phí B đạt 150 tỷ đồng.",
        (Fraction(349_000), Fraction(351_000)),  # in triệu
    ),
    "parts in tỷ under a total in triệu, adding up": (
        "Thu phí đạt 350.000 triệu đồng, trong đó phí A đạt 200 tỷ đồng, phí B đạt 150 tỷ đồng.",
        None,
    ),
}


@pytest.mark.parametrize(("text", "allowed"), SCALES.values(), ids=SCALES)
def test_parts_in_another_scale_are_converted_to_the_totals(
    text: str, allowed: tuple[Fraction, Fraction] | None
) -> None:
    findings = audit(parse_statements(text))
    if allowed is None:
        assert findings == []
        return
    [finding] = findings
    assert (finding.severity, finding.kind) == (Severity.INCONSISTENT, FindingKind.COMPONENTS_SUM)
    assert finding.allowed is not None
    assert (finding.allowed.low, finding.allowed.high) == allowed
    # the range is said in the total's unit, as the total is printed
    total_unit = "tỷ đồng" if text.startswith("Thu phí đạt 300 tỷ") else "triệu đồng"
    assert finding.allows("vi").endswith(total_unit)
    assert finding.allows() == finding.allows("vi")  # Vietnamese unless asked


FALLING = {
    "every part fell as the total did": (
        (
            "Thu phí đạt 100 tỷ đồng, giảm 10% so với cùng kỳ, trong đó phí A đạt 60 tỷ đồng, "
            "giảm 10%, phí B đạt 40 tỷ đồng, giảm 10%."
        ),
        None,
    ),
    "one part fell, one rose, the total fell as they imply": (
        (
            "Thu phí đạt 100 tỷ đồng, giảm 10% so với cùng kỳ, trong đó phí A đạt 60 tỷ đồng, "
            "giảm 20%, phí B đạt 40 tỷ đồng, tăng 10%."
        ),
        None,
    ),
    "the total fell but every part rose": (
        (
            "Thu phí đạt 100 tỷ đồng, giảm 10% so với cùng kỳ, trong đó phí A đạt 60 tỷ đồng, "
            "tăng 10%, phí B đạt 40 tỷ đồng, tăng 10%."
        ),
        (Fraction(19, 2), Fraction(21, 2)),  # the parts allow a growth of 9,5 to 10,5 %
    ),
}


@pytest.mark.parametrize(("text", "allowed"), FALLING.values(), ids=FALLING)
def test_a_falling_total_is_checked_against_its_parts(
    text: str, allowed: tuple[Fraction, Fraction] | None
) -> None:
    findings = audit(parse_statements(text))
    if allowed is None:
        assert findings == []
        return
    [finding] = findings
    assert (finding.severity, finding.kind) == (
        Severity.INCONSISTENT,
        FindingKind.GROWTH_DISAGREES,
    )
    assert finding.allowed is not None
    assert (finding.allowed.low, finding.allowed.high) == allowed


def test_an_unreadable_figure_is_explained_in_the_readers_language() -> None:
    [finding] = audit(parse_statements("giải ngân 344.8 tỷ đồng"))
    assert finding.unparsed is not None
    reason = finding.unparsed.reason  # the reader's reason, in English
    vietnamese, english = finding.explain("vi"), finding.explain("en")
    assert vietnamese.startswith("Không đọc được số liệu “344.8 tỷ đồng”")
    assert reason not in vietnamese  # no English inside the officials' text
    assert english.startswith("Could not read the figure “344.8 tỷ đồng”")
    assert reason in english


def test_parts_in_another_scale_that_add_up_carry_the_totals_growth() -> None:
    # 200.000 + 100.000 triệu đồng are the whole 300 tỷ đồng: its growth follows from theirs
    text = (
        "Thu phí đạt 300 tỷ đồng, tăng 50% so với cùng kỳ, trong đó phí A đạt 200.000 triệu "
        "đồng, tăng 10%, phí B đạt 100.000 triệu đồng, tăng 10%."
    )
    [finding] = audit(parse_statements(text))
    assert finding.kind is FindingKind.GROWTH_DISAGREES
    assert finding.allowed is not None
    assert (finding.allowed.low, finding.allowed.high) == (Fraction(19, 2), Fraction(21, 2))


# -- bases across documents ------------------------------------------------------------

DATED_RATIO = "Năm 2020 giải ngân 52,6 tỷ đồng, bằng 51,2% kế hoạch giao."
UNDATED_RATIO = "Giải ngân 10 tỷ đồng, bằng 50% kế hoạch giao."
PLAN_2020 = "Kế hoạch giao năm 2020 là 150 tỷ đồng."  # 52,6 tỷ is 35 % of it, not 51,2 %


def test_an_undated_ratio_is_not_checked_against_another_documents_base() -> None:
    undated_base = "Kế hoạch giao đạt 100 tỷ đồng."  # 10 tỷ is 10 % of it, not 50 %
    documents = {"a": parse_statements(UNDATED_RATIO), "b": parse_statements(undated_base)}
    assert audit_documents(documents) == []
    # in one document, the undated base is the document's own
    together = audit(parse_statements(f"{UNDATED_RATIO} {undated_base}"))
    assert [f.kind for f in together] == [FindingKind.BASE_DISAGREES]


def test_every_dated_ratio_is_checked_after_an_undated_one() -> None:
    documents = {
        "report": parse_statements(f"{UNDATED_RATIO} {DATED_RATIO}"),
        "plan": parse_statements(PLAN_2020),
    }
    [finding] = audit_documents(documents)
    assert finding.kind is FindingKind.BASE_DISAGREES
    assert finding.statements[0].text == PLAN_2020


def test_a_given_base_is_not_checked_again_against_other_documents() -> None:
    given = parse_statements("Kế hoạch giao năm 2020 là 102,7 tỷ đồng.")[0]
    assert isinstance(given, Statement)
    documents = {"report": parse_statements(DATED_RATIO), "plan": parse_statements(PLAN_2020)}
    assert audit_documents(documents, bases={"kế hoạch giao": given}) == []


def test_a_base_in_the_same_document_is_reported_once() -> None:
    findings = audit_documents({"report": parse_statements(f"{DATED_RATIO} {PLAN_2020}")})
    assert [f.kind for f in findings] == [FindingKind.BASE_DISAGREES]


def test_documents_given_as_iterators_are_read_once_and_compared() -> None:
    documents = {
        "report": iter(parse_statements(DATED_RATIO)),
        "plan": iter(parse_statements(PLAN_2020)),
    }
    assert [f.kind for f in audit_documents(documents)] == [FindingKind.BASE_DISAGREES]


def test_a_subject_of_twelve_words_is_repeated_whole() -> None:
    subject = "kết quả thu phí sử dụng công trình kết cấu hạ tầng"  # twelve syllables
    [finding] = audit(
        parse_statements(
            f"{subject} đạt 300 tỷ đồng, trong đó phí A đạt 200 tỷ đồng; phí B đạt 200 tỷ đồng."
        )
    )
    assert finding.explain("vi").startswith("K" + subject[1:] + " ghi 300 tỷ đồng")
    assert f"The total {subject} is printed as" in finding.explain("en")


def test_a_range_in_a_unit_of_two_words_is_printed_with_the_unit_once() -> None:
    text = (
        "Lưu lượng đạt 1.000 - 2.000 lượt xe, trong đó xuất khẩu 1.100 - 1.350 lượt xe, "
        "nhập khẩu 950 - 1.150 lượt xe."
    )
    [finding] = audit(parse_statements(text))
    assert finding.kind is FindingKind.COMPONENTS_SUM
    assert finding.printed == "1.000 - 2.000 lượt xe"
    assert finding.explain("vi").startswith("Lưu lượng ghi 1.000 - 2.000 lượt xe, nhưng")


def test_a_ratio_to_a_printed_base_under_one_is_checked() -> None:
    # 0,3 / 0,8 tỷ is 37,5 %: 0,25…0,35 over 0,75…0,85 allows 29,4…46,7 %, not 50 %
    text = "Năm 2020 giải ngân 0,3 tỷ đồng, bằng 50% kế hoạch giao (0,8 tỷ đồng)."
    [finding] = audit(parse_statements(text))
    assert finding.kind is FindingKind.RATIO_DISAGREES
    assert finding.allowed == Interval(low=Fraction(500, 17), high=Fraction(140, 3))
    consistent = "Năm 2020 giải ngân 0,4 tỷ đồng, bằng 50% kế hoạch giao (0,8 tỷ đồng)."
    assert audit(parse_statements(consistent)) == []


@pytest.mark.parametrize(("plan", "flagged"), [("100", True), ("125", False)])
def test_a_ratio_under_one_percent_implies_its_base(plan: str, *, flagged: bool) -> None:
    # 1,00 tỷ at 0,80 % implies a plan of 123,6…126,4 tỷ
    text = (
        "Năm 2020 giải ngân 1,00 tỷ đồng, bằng 0,80% kế hoạch giao. "
        f"Kế hoạch giao năm 2020 là {plan} tỷ đồng."
    )
    findings = audit(parse_statements(text))
    assert [f.kind for f in findings] == ([FindingKind.BASE_DISAGREES] if flagged else [])
    for finding in findings:
        assert finding.allowed == Interval(low=Fraction(19900, 161), high=Fraction(6700, 53))


def test_parts_in_different_scales_weigh_by_their_value_in_the_totals_unit() -> None:
    # 200 tỷ grew 10 % and 100 tỷ doubled: last year 181,8 + 50 = 231,8 tỷ, a growth near 29,4 %
    text = (
        "Thu phí đạt 300 tỷ đồng, tăng 50% so với cùng kỳ, trong đó phí A đạt 200.000 triệu "
        "đồng, tăng 10%, phí B đạt 100 tỷ đồng, tăng 100%."
    )
    [finding] = audit(parse_statements(text))
    assert finding.kind is FindingKind.GROWTH_DISAGREES
    assert finding.allowed is not None
    assert finding.allowed.low is not None
    assert finding.allowed.high is not None
    assert 28 < finding.allowed.low < Fraction(2941, 100) < finding.allowed.high < 31
