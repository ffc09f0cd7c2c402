"""The audit's links between figures across clauses and sentences (issue 14).

Each form is tried on made-up sentences written as the reports write them:
a growth restated as a change ("giảm 2,73% hay giảm 698,6 ha"), balances,
turnovers and their sides in other sentences, a base stated earlier in other
words, "nếu tính cả X thì Y" and "không tính X thì Y". Each test checks that
a consistent text gives no finding and that breaking one digit gives one.
"""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from dongdang import parse_statements
from dongdang.auditing import FindingKind, Severity, audit
from dongdang.statements import ComparisonKind, Relation, Statement, describe
from dongdang.text import format_number


def inconsistent(text: str) -> list[FindingKind]:
    """The kinds of the INCONSISTENT findings of a text."""
    return [
        finding.kind
        for finding in audit(parse_statements(text))
        if finding.severity is Severity.INCONSISTENT
    ]


def only(text: str) -> Statement:
    [statement] = [s for s in parse_statements(text) if isinstance(s, Statement)]
    return statement


# -- a growth restated as a change --------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Diện tích lúa mùa đạt 24.848,7 ha, giảm 2,73% hay giảm 698,6 ha so với cùng kỳ năm trước.",
        "Diện tích ngô đạt 1.731,65 ha, tăng 3,17% hay tăng 53,21 ha so với cùng kỳ.",
        "Diện tích rau đạt 2.549,09 ha, tăng 0,93% hoặc tăng 23,41 ha so với cùng kỳ.",
    ],
)
def test_a_growth_restated_as_a_change_has_no_base_of_words(text: str) -> None:
    statement = only(text)
    growth, change = statement.comparisons
    assert (growth.kind, growth.base) == (ComparisonKind.GROWTH, None)
    assert (change.kind, change.base) == (ComparisonKind.CHANGE, "cùng kỳ")
    assert inconsistent(text) == []


@pytest.mark.parametrize(
    "text",
    [
        # 698,6 / (24.848,7 + 698,6) = 2,734 %, not 3,73 %
        "Diện tích lúa mùa đạt 24.848,7 ha, giảm 3,73% hay giảm 698,6 ha so với cùng kỳ năm trước.",
        # the value broken: 698,6 / (34.848,7 + 698,6) = 1,97 %
        "Diện tích lúa mùa đạt 34.848,7 ha, giảm 2,73% hay giảm 698,6 ha so với cùng kỳ năm trước.",
        # the change broken: 27,17 / (572,8 + 27,17) = 4,5 %
        "Diện tích khoai lang đạt 572,8 ha, giảm 2,91% hay giảm 27,17 ha so với cùng kỳ.",
    ],
)
def test_a_fall_and_its_growth_are_checked_against_the_value(text: str) -> None:
    assert inconsistent(text) == [FindingKind.CHANGE_DISAGREES]


def test_the_growth_on_the_changes_base_is_the_one_checked() -> None:
    # "giảm 4,78% so với kế hoạch" is on another base: it says nothing of the change
    text = (
        "Toàn tỉnh gieo trồng được 24.848,7 ha lúa mùa, giảm 2,73% hay giảm 698,6 ha so với "
        "cùng kỳ năm trước và giảm 4,78% so với kế hoạch."
    )
    assert inconsistent(text) == []
    assert inconsistent(text.replace("2,73%", "3,73%")) == [FindingKind.CHANGE_DISAGREES]


@given(
    value=st.integers(min_value=1_000, max_value=10**7),
    step=st.integers(min_value=1, max_value=999),
    fall=st.booleans(),
)
def test_a_change_and_growth_printed_from_the_same_figures_agree(
    value: int,
    step: int,
    fall: bool,  # noqa: FBT001 - drawn by Hypothesis
) -> None:
    previous = value + step if fall else value - step
    growth = Decimal(step * 100) / Decimal(previous)
    word = "giảm" if fall else "tăng"
    text = (
        f"Diện tích đạt {format_number(Decimal(value), 'vi', 0)} ha, {word} "
        f"{format_number(growth, 'vi', 2)}% hay {word} {format_number(Decimal(step), 'vi', 0)} ha "
        "so với cùng kỳ."
    )
    assert inconsistent(text) == []


# -- balances -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "broken"),
    [
        (
            (
                "Xuất khẩu là 14,33 tỷ USD, nhập khẩu là 14,47 tỷ USD và kết quả là cán cân "
                "thương mại hàng hóa thâm hụt 140 triệu USD."
            ),
            "14,47 tỷ USD",
        ),
        (
            (
                "Xuất khẩu đạt 77,77 tỷ USD và nhập khẩu đạt 80,84 tỷ USD, dẫn đến thâm hụt cán "
                "cân thương mại hàng hóa ở mức 3,07 tỷ USD."
            ),
            "80,84 tỷ USD",
        ),
        (
            (
                "Kim ngạch xuất khẩu đạt 5,2 tỷ USD, nhập khẩu 4 tỷ USD; cán cân thương mại "
                "thặng dư 1,2 tỷ USD."
            ),
            "5,2 tỷ USD",
        ),
    ],
)
def test_a_trade_balance_said_as_surplus_or_deficit(text: str, broken: str) -> None:
    assert inconsistent(text) == []
    assert inconsistent(text.replace(broken, "9" + broken[1:])) == [FindingKind.BALANCE_DISAGREES]


def test_a_budget_deficit_is_no_trade_balance() -> None:
    text = "Xuất khẩu đạt 5,2 tỷ USD, nhập khẩu 4 tỷ USD, thâm hụt ngân sách 3 tỷ USD."
    assert inconsistent(text) == []


REGIONS = (
    "Trong đó, Bắc Ninh xuất khẩu 4,886 tỷ USD, nhập khẩu 4,87 tỷ USD (xuất siêu 16 triệu USD); "
    "Bình Dương xuất khẩu 4,32 tỷ USD, nhập khẩu 3,234 tỷ USD (xuất siêu 1,086 tỷ USD); "
    "Hà Nội xuất khẩu 2,5 tỷ USD nhưng nhập khẩu tới 5,72 tỷ USD, dẫn đến nhập siêu 3,22 tỷ USD."
)


def test_each_balance_of_a_list_is_its_own_sides() -> None:
    assert inconsistent(REGIONS) == []
    for broken in ("4,886", "3,234", "5,72", "1,086", "3,22"):
        bad = REGIONS.replace(broken, "8" + broken[1:])
        assert inconsistent(bad) == [FindingKind.BALANCE_DISAGREES], broken


def test_a_balance_opening_its_own_sentence_does_not_take_the_figures_before_it() -> None:
    # two exports in the document, and the balance of another period in a sentence
    # of its own: nothing says which figures it is made of
    text = (
        "Bắc Ninh xuất khẩu 4,886 tỷ USD, nhập khẩu 4,87 tỷ USD. Hà Nội xuất khẩu 2,5 tỷ USD, "
        "nhập khẩu 5,72 tỷ USD. Cán cân thương mại kỳ 1 tháng 5 thâm hụt 570 triệu USD."
    )
    assert inconsistent(text) == []


# -- a turnover and its sides ---------------------------------------------------------------

TURNOVER = (
    "Tổng kim ngạch xuất nhập khẩu 5 tháng đạt 185,99 tỷ USD, tăng 13,9% so với cùng kỳ "
    "năm 2017. Xuất khẩu đạt 94,33 tỷ USD, tăng 17,4% so với cùng kỳ năm 2017. Nhập khẩu "
    "đạt 91,66 tỷ USD, tăng 10,5% so với cùng thời gian năm 2017."
)


def test_a_turnover_is_its_exports_and_imports_in_the_next_sentences() -> None:
    assert inconsistent(TURNOVER) == []
    # parts above the total, or below it: a turnover has no other part
    assert inconsistent(TURNOVER.replace("185,99", "175,99")) == [FindingKind.COMPONENTS_SUM]
    assert inconsistent(TURNOVER.replace("185,99", "195,99")) == [FindingKind.COMPONENTS_SUM]
    # the growth of the total from its sides' growths
    assert inconsistent(TURNOVER.replace("tăng 10,5%", "tăng 20,5%")) == [
        FindingKind.GROWTH_DISAGREES
    ]


def test_a_turnover_before_its_sides_or_after_them() -> None:
    sides, total = TURNOVER.split(". ", 1)[1], TURNOVER.split(". ", 1)[0] + "."
    text = f"{sides} {total}"
    assert inconsistent(text) == []
    assert inconsistent(text.replace("91,66", "81,66")) == [FindingKind.COMPONENTS_SUM]


def test_a_turnover_after_trong_do_takes_a_sum_below_it_as_inconsistent() -> None:
    text = (
        "Kim ngạch xuất nhập khẩu đạt 974,6 triệu USD, trong đó xuất khẩu đạt 606,2 triệu USD, "
        "nhập khẩu đạt 268,4 triệu USD."
    )
    [finding] = audit(parse_statements(text))
    assert (finding.kind, finding.severity) == (FindingKind.COMPONENTS_SUM, Severity.INCONSISTENT)


def test_a_turnover_with_two_export_figures_and_no_neighbours_is_not_checked() -> None:
    text = (
        "Kim ngạch xuất nhập khẩu đạt 185,99 tỷ USD. Xuất khẩu đạt 94,33 tỷ USD. Xuất khẩu "
        "của khối FDI đạt 66,34 tỷ USD. Nhập khẩu đạt 81,66 tỷ USD."
    )
    assert inconsistent(text) == []


def test_a_list_of_some_parts_after_trong_do_is_still_of_which() -> None:
    # "trong đó" lists some of the parts: a sum below the total is a warning only
    text = (
        "Tổng thu ngân sách đạt 30.774 tỷ đồng, trong đó thu nội địa đạt 20.324 tỷ đồng, "
        "thu từ dầu thô đạt 9.450 tỷ đồng."
    )
    assert inconsistent(text) == []
    assert [f.severity for f in audit(parse_statements(text))] == [Severity.WARNING]


# -- "nếu tính cả X thì Y" and "không tính X thì Y" -----------------------------------------

INCLUDING = (
    "Trong 10 tháng năm 2019, cả nước có 114,4 nghìn doanh nghiệp thành lập mới với tổng số "
    "vốn đăng ký là 1.434,4 nghìn tỷ đồng. Vốn đăng ký bình quân một doanh nghiệp đạt 12,5 tỷ "
    "đồng. Nếu tính cả 1.893,4 nghìn tỷ đồng vốn đăng ký tăng thêm của 33,1 nghìn doanh nghiệp "
    "thay đổi tăng vốn, thì tổng số vốn đăng ký bổ sung vào nền kinh tế trong 10 tháng năm 2019 "
    "là 3.327,8 nghìn tỷ đồng."
)


def test_including_reads_the_part_added_as_a_component() -> None:
    [whole] = [
        s
        for s in parse_statements(INCLUDING)
        if isinstance(s, Statement) and s.relation is Relation.INCLUDING
    ]
    assert whole.value.text == "3.327,8 nghìn tỷ đồng"
    assert whole.subject.startswith("tổng số vốn đăng ký bổ sung")
    assert [part.value.text for part in whole.components] == ["1.893,4 nghìn tỷ đồng"]
    # the count between the part and "thì" stays a statement of its own
    assert any(
        isinstance(s, Statement) and s.value.text == "33,1 nghìn"
        for s in parse_statements(INCLUDING)
    )


@pytest.mark.parametrize("broken", ["1.434,4", "1.893,4", "3.327,8"])
def test_including_is_the_total_plus_the_part(broken: str) -> None:
    assert inconsistent(INCLUDING) == []
    bad = INCLUDING.replace(broken, str(int(broken[0]) + 1) + broken[1:])
    # (the capital broken breaks the average after it too)
    [finding] = [
        f for f in audit(parse_statements(bad)) if f.kind is FindingKind.INCLUDING_DISAGREES
    ]
    assert finding.severity is Severity.INCONSISTENT
    assert "tổng cộng thêm phần tính cả" in finding.explain("vi")
    assert "the total plus the part added" in finding.explain("en")


def test_including_takes_no_total_of_another_period_nor_an_average() -> None:
    # the only amount before it is an average, or of another period: nothing to add to
    text = (
        "Vốn đăng ký bình quân một doanh nghiệp đạt 12,5 tỷ đồng. Năm 2018 vốn đăng ký đạt "
        "1.000 nghìn tỷ đồng. Nếu tính cả 1.893,4 nghìn tỷ đồng vốn tăng thêm thì tổng số vốn "
        "năm 2019 là 3.327,8 nghìn tỷ đồng."
    )
    assert inconsistent(text) == []


def test_including_written_back_reads_the_same() -> None:
    [whole] = [
        s
        for s in parse_statements(INCLUDING)
        if isinstance(s, Statement) and s.relation is Relation.INCLUDING
    ]
    written = describe(whole, "vi")
    assert written.lower().startswith("nếu tính cả 1.893,4 nghìn tỷ đồng thì ")
    [again] = [s for s in parse_statements(written) if isinstance(s, Statement)]
    assert again.relation is Relation.INCLUDING
    assert [p.value.value for p in again.components] == [p.value.value for p in whole.components]


def test_excluding_still_takes_the_statement_right_before() -> None:
    text = (
        "Thu nội địa đạt 10.000 tỷ đồng. Không tính 2.000 tỷ đồng tiền sử dụng đất thì thu nội "
        "địa đạt 8.000 tỷ đồng."
    )
    assert inconsistent(text) == []
    assert inconsistent(text.replace("8.000", "9.000")) == [FindingKind.EXCLUDING_DISAGREES]


EXCLUDED_IN_BRACKETS = (
    "Thu nội địa đạt 16.186 tỷ đồng. Không tính số thu từ tiền sử dụng đất và thu xổ số kiến "
    "thiết (5.056 tỷ đồng) thì thu nội địa thực hiện 11.130 tỷ đồng, đạt 100,7% dự toán."
)


def test_excluding_a_figure_in_brackets_after_its_words() -> None:
    statements = [s for s in parse_statements(EXCLUDED_IN_BRACKETS) if isinstance(s, Statement)]
    rest = statements[-1]
    assert (rest.subject, rest.relation) == ("thu nội địa", Relation.EXCLUDING)
    [excluded] = rest.components
    assert excluded.subject == "số thu từ tiền sử dụng đất và thu xổ số kiến thiết"
    assert inconsistent(EXCLUDED_IN_BRACKETS) == []
    # the real report printed 11.104: 16.186 − 5.056 is 11.130
    broken = EXCLUDED_IN_BRACKETS.replace("11.130", "11.104")
    assert inconsistent(broken) == [FindingKind.EXCLUDING_DISAGREES]


@pytest.mark.parametrize(
    "text",
    [
        # a bracket with words before the figure is no figure of the words before it
        (
            "Thu nội địa đạt 16.186 tỷ đồng. Không tính số thu (gồm 5.056 tỷ đồng) thì thu nội địa "
            "đạt 11.104 tỷ đồng."
        ),
        # a bracket in a clause that does not open with "không tính"
        (
            "Thu nội địa đạt 16.186 tỷ đồng. Số thu từ tiền sử dụng đất (5.056 tỷ đồng) thì thu "
            "nội địa đạt 11.104 tỷ đồng."
        ),
    ],
)
def test_a_bracketed_figure_is_excluded_only_right_after_the_words_of_khong_tinh(
    text: str,
) -> None:
    assert all(s.relation is None for s in parse_statements(text) if isinstance(s, Statement))


@given(
    total=st.integers(min_value=1, max_value=10**6),
    part=st.integers(min_value=1, max_value=10**6),
)
def test_including_printed_from_the_same_figures_agrees(total: int, part: int) -> None:
    def number(value: int) -> str:
        return format_number(Decimal(value), "vi", 0)

    text = (
        f"Năm 2019 vốn đăng ký mới đạt {number(total)} tỷ đồng. Nếu tính cả {number(part)} tỷ "
        f"đồng vốn tăng thêm thì tổng vốn năm 2019 là {number(total + part)} tỷ đồng."
    )
    assert inconsistent(text) == []
    # each printed figure is within half a unit: a sum off by 2 cannot be rounding
    bad = f"{text[: text.rindex('là ') + 3]}{number(total + part + 2)} tỷ đồng."
    assert inconsistent(bad) == [FindingKind.INCLUDING_DISAGREES]


# -- a base stated earlier under other words ------------------------------------------------

PLAN = (
    "Dự toán chi ngân sách địa phương năm 2021 được HĐND tỉnh quyết định 9.837,177 tỷ đồng. "
    "Ước thực hiện 10.027,700 tỷ đồng, đạt 101,94% dự toán."
)
TARGETS = (
    "Năm 2022, Cục Hải quan được Bộ Tài chính giao chỉ tiêu dự toán thu ngân sách 1.540 tỷ "
    "đồng; tỉnh giao chỉ tiêu phấn đấu 1.800 tỷ đồng. Đến ngày 20/11/2022, toàn Cục thu đạt "
    "1.385,8 tỷ đồng, đạt 90% chỉ tiêu Bộ Tài chính giao, đạt 77% chỉ tiêu tỉnh giao phấn đấu."
)


@pytest.mark.parametrize(
    ("text", "broken"),
    [
        (PLAN, "9.837,177"),
        (PLAN, "10.027,700"),
        (PLAN, "101,94%"),
        (TARGETS, "1.540"),
        (TARGETS, "1.800"),
        (TARGETS, "90%"),
    ],
)
def test_a_base_stated_before_under_other_words(text: str, broken: str) -> None:
    assert inconsistent(text) == []
    bad = text.replace(broken, str(int(broken[0]) + 1) + broken[1:])
    assert inconsistent(bad) == [FindingKind.BASE_DISAGREES]


@pytest.mark.parametrize(
    "text",
    [
        # the ratio's statement names a subject of its own, and its base is one word
        (
            "Diện tích lúa đã thu hoạch được 9.213,6 ha, đạt 100% diện tích; diện tích ngô đã "
            "thu hoạch được 20.192 ha, đạt 45,7% diện tích."
        ),
        # a plan of another sector, named with the same word
        (
            "Nhóm quốc phòng giải ngân 394 tỷ đồng trên tổng kế hoạch 1.239 tỷ đồng. Khối cấp tỉnh "
            "giải ngân 5.246 tỷ đồng, đạt 47% kế hoạch."
        ),
        # a base too far before the ratio
        (
            "Dự toán thu 1.000 tỷ đồng. Thu A 5 tỷ đồng. Thu B 6 tỷ đồng. Thu C 7 tỷ đồng. Ước "
            "thực hiện 900 tỷ đồng, đạt 50% dự toán."
        ),
        # a base of another period
        "Dự toán năm 2020 là 1.000 tỷ đồng. Năm 2021 ước thực hiện 900 tỷ đồng, đạt 50% dự toán.",
    ],
)
def test_no_base_is_taken_from_words_that_name_another_measure(text: str) -> None:
    assert inconsistent(text) == []


# -- "gồm": all the parts -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # parts above the total
        (
            (
                "Các cơ quan đã nhận được 23 hồ sơ quan tâm dự án (gồm: 22 dự án điện gió, 2 dự án "
                "điện sinh khối, 1 dự án điện rác)."
            ),
            FindingKind.COMPONENTS_SUM,
        ),
        # parts below the total: "gồm" lists them all
        (
            (
                "Tổng số vốn đăng ký năm 2016 là 3.055.725 tỷ đồng, bao gồm: vốn của doanh nghiệp "
                "thành lập mới là 710.618 tỷ đồng và vốn tăng thêm là 1.345.107 tỷ đồng."
            ),
            FindingKind.COMPONENTS_SUM,
        ),
    ],
)
def test_parts_listed_after_gom_are_all_of_the_total(text: str, kind: FindingKind) -> None:
    assert inconsistent(text) == [kind]


@pytest.mark.parametrize(
    "text",
    [
        "Hà Giang có 11 đơn vị hành chính, gồm 01 thành phố và 10 huyện.",
        (
            "Tổng số vốn đăng ký năm 2016 là 2.055.725 tỷ đồng, bao gồm: vốn của doanh nghiệp "
            "thành lập mới là 710.618 tỷ đồng và vốn tăng thêm là 1.345.107 tỷ đồng."
        ),
        # "trong đó" lists some of the parts, in nouns that do not add up
        "Tỉnh có 11 đơn vị hành chính, trong đó 01 thành phố và 7 huyện biên giới.",
    ],
)
def test_parts_listed_that_add_up(text: str) -> None:
    assert inconsistent(text) == []


def test_counts_of_other_nouns_after_gom_add_up_to_the_total() -> None:
    text = "Hà Giang có 11 đơn vị hành chính, gồm 11 thành phố và 10 huyện."
    [finding] = audit(parse_statements(text))
    assert (finding.kind, finding.severity) == (FindingKind.COMPONENTS_SUM, Severity.INCONSISTENT)
    assert finding.allowed is not None
    assert finding.allowed.low == finding.allowed.high == 21  # counts are exact


@given(parts=st.lists(st.integers(min_value=1, max_value=10_000), min_size=2, max_size=6))
def test_a_listed_total_printed_from_its_parts_agrees_and_one_off_does_not(
    parts: list[int],
) -> None:
    def number(value: int) -> str:
        return format_number(Decimal(value), "vi", 0)

    listed = ", ".join(f"{number(part)} dự án loại {'ABCDEF'[n]}" for n, part in enumerate(parts))
    text = f"Tỉnh nhận {number(sum(parts))} hồ sơ (gồm: {listed})."
    assert inconsistent(text) == []
    off = f"Tỉnh nhận {number(sum(parts) + 1)} hồ sơ (gồm: {listed})."
    assert inconsistent(off) == [FindingKind.COMPONENTS_SUM]


def test_a_list_with_a_part_left_unread_is_not_called_short() -> None:
    # "2098 hồ sơ" (no thousands dot) is not read as a figure: the parts read add up
    # to less than the total, and that says nothing
    text = "Đã nhận 2.100 hồ sơ (gồm: 1 hồ sơ loại A, 1 hồ sơ loại B, 2098 hồ sơ loại C)."
    assert inconsistent(text) == []


def test_a_count_of_a_kind_adds_up_to_the_count_of_all() -> None:
    text = (
        "Tỉnh có 41.944 hộ chăn nuôi với 125.494 con; trong đó 97.015 con trâu, 22.366 con bò, "
        "6.113 con ngựa."
    )
    assert inconsistent(text) == []
    assert inconsistent(text.replace("6.113", "7.113")) == [FindingKind.COMPONENTS_SUM]
    # a noun that merely starts alike is no kind of it: "con" is no kind of "con trâu"
    other = "Tỉnh có 97.015 con trâu; trong đó 125.494 con."
    assert FindingKind.COMPONENTS_SUM not in inconsistent(other)


# -- growths of a total on each of its bases ------------------------------------------------

RETAIL = (
    "Tổng mức bán lẻ tháng 11 ước đạt 280 tỷ đồng, tăng 7,69% so với tháng trước và tăng "
    "26,13% so với cùng kỳ năm trước, trong đó doanh thu thương nghiệp ước đạt 253 tỷ đồng, "
    "tăng 7,66% so với tháng trước và tăng 26,5% so với cùng kỳ năm trước; doanh thu lưu trú, "
    "ăn uống ước đạt 16 tỷ đồng, tăng 6,67% so với tháng trước và tăng 23,08% so với cùng kỳ "
    "năm trước; doanh thu dịch vụ ước đạt 11 tỷ đồng, tăng 10% so với tháng trước và tăng "
    "22,22% so với cùng kỳ năm trước."
)


def test_each_growth_of_a_total_is_checked_on_its_own_base() -> None:
    assert inconsistent(RETAIL) == []
    # the year-on-year growth of one part broken: the total's year-on-year growth disagrees
    assert inconsistent(RETAIL.replace("22,22%", "32,22%")) == [FindingKind.GROWTH_DISAGREES]
    # the month-on-month one
    assert inconsistent(RETAIL.replace("tăng 7,66%", "tăng 17,66%")) == [
        FindingKind.GROWTH_DISAGREES
    ]


def test_a_part_of_no_period_compared_with_the_same_period_of_the_year_named() -> None:
    text = (
        "Trong 10 tháng đầu năm 2012, khách du lịch ước đạt 387.236 lượt, tăng 21% so với cùng "
        "kỳ năm trước. Trong đó, khách quốc tế đạt 18.843 lượt, tăng 17% so với cùng kỳ năm "
        "2011; khách nội địa đạt 368.393 lượt, tăng 20% so với cùng kỳ năm ngoái."
    )
    # last year: 18.843 / 1,17 + 368.393 / 1,20 = 323.099; 387.236 / 323.099 = +19,9 %
    assert inconsistent(text) == [FindingKind.GROWTH_DISAGREES]
    assert inconsistent(text.replace("tăng 21%", "tăng 19,9%")) == []
    # a part compared with another year says nothing of the total
    assert inconsistent(text.replace("năm 2011", "năm 2010")) == []


# -- "Trong đó" after a sentence that ends with a percent ------------------------------------

GRDP = (
    "Tổng sản phẩm trên địa bàn 6 tháng đầu năm ước đạt 5.943,9 tỷ đồng, tăng 0,43% so với "
    "cùng kỳ (thấp hơn nhiều so với mục tiêu tăng trưởng 7,0% của cả năm). Trong đó: khu vực "
    "nông nghiệp ước đạt 1.651,7 tỷ đồng; khu vực công nghiệp ước đạt 1.298,6 tỷ đồng; khu vực "
    "dịch vụ ước đạt 2.703 tỷ đồng; thuế sản phẩm ước đạt 290 tỷ đồng."
)


def test_parts_after_trong_do_go_to_the_figure_they_fit_not_a_percent_said_last() -> None:
    total = next(
        s for s in parse_statements(GRDP) if isinstance(s, Statement) and s.value.unit != "percent"
    )
    assert [p.value.value for p in total.components] == [
        Decimal("1651.7"),
        Decimal("1298.6"),
        Decimal(2703),
        Decimal(290),
    ]
    assert inconsistent(GRDP) == []
    assert inconsistent(GRDP.replace("2.703", "3.703")) == [FindingKind.COMPONENTS_SUM]


def test_parts_after_an_unreadable_last_figure_go_nowhere() -> None:
    text = "Thu đạt 500 tỷ đồng, nợ 344.8 tỷ đồng. Trong đó thu phí 100 tỷ đồng."
    total = next(s for s in parse_statements(text) if isinstance(s, Statement))
    assert total.components == ()


# -- a share of the total a part belongs to ---------------------------------------------------

SHARE = (
    "Giá trị sản xuất toàn ngành công nghiệp đạt 15.255 tỷ đồng, trong đó giá trị sản xuất tại "
    "các KCN ước đạt 9.550 tỷ đồng, chiếm 63% tổng giá trị sản xuất công nghiệp toàn tỉnh."
)


@pytest.mark.parametrize("broken", ["15.255", "9.550", "63%"])
def test_a_share_is_the_part_over_its_total(broken: str) -> None:
    assert inconsistent(SHARE) == []
    bad = SHARE.replace(broken, str(int(broken[0]) + 1) + broken[1:])
    assert FindingKind.RATIO_DISAGREES in inconsistent(bad)


def test_a_share_after_a_growth_joined_by_va() -> None:
    text = (
        "Tổng trị giá nhập khẩu cả nước đạt 91,66 tỷ USD. Trong đó, DN FDI đạt 53,81 tỷ USD, "
        "tăng 8,6% và chiếm 58,7% tổng kim ngạch nhập khẩu cả nước."
    )
    assert inconsistent(text) == []
    assert inconsistent(text.replace("58,7%", "68,7%")) == [FindingKind.RATIO_DISAGREES]


@pytest.mark.parametrize("words", ["chiếm", "chiếm tỷ trọng", "chiếm tỷ lệ"])
def test_a_share_in_other_words_with_a_growth_after_it(words: str) -> None:
    text = (
        "Giá trị nhập khẩu 9 tháng qua của Tây Ninh đạt 983 triệu USD, tăng 21,18% SCK. Trong "
        "đó, kinh tế có vốn đầu tư nước ngoài là khu vực nhập khẩu chủ yếu của tỉnh, đạt 854 "
        f"triệu USD, {words} 87%, tăng 30,37%."
    )
    assert inconsistent(text) == []
    # the real report printed 86 %: 854/983 is 86,9 %
    assert inconsistent(text.replace("87%", "86%")) == [FindingKind.RATIO_DISAGREES]


@pytest.mark.parametrize(
    "text",
    [
        # the country's share of a province's part: another base
        "Tỉnh xuất khẩu 5 tỷ USD, trong đó nông sản đạt 2 tỷ USD, chiếm 2% cả nước.",
        "Tỉnh xuất khẩu 5 tỷ USD, trong đó nông sản đạt 2 tỷ USD, chiếm 2% tổng kim ngạch cả nước.",
        # a share of a figure that is no part
        "Tỉnh xuất khẩu 5 tỷ USD, chiếm 2% tổng kim ngạch.",
    ],
)
def test_a_share_of_another_base_is_not_checked(text: str) -> None:
    assert inconsistent(text) == []


# -- a budget revenue, an investment capital, and their parts in the next sentences ----------

BUDGET = (
    "6 tháng đầu năm 2024, tổng thu ngân sách nhà nước trên địa bàn đạt 30.774 tỷ đồng, tăng "
    "6% so với cùng kỳ. Thu nội địa đạt 21.324 tỷ đồng, tăng 1% so với cùng kỳ. Nguồn thu từ "
    "hoạt động xuất nhập khẩu đạt 9.450 tỷ đồng, tăng 21% so với cùng kỳ."
)
CAPITAL = (
    "Tổng vốn đầu tư toàn xã hội ước đạt 4.648,7 tỷ đồng. Vốn ngân sách nhà nước đạt 1.252 tỷ "
    "đồng. Vốn ngoài nhà nước đạt 3.396,5 tỷ đồng."
)

SECTORS = (
    "Trong 6 tháng đầu năm nay, tổng vốn đầu tư trên địa bàn tỉnh đạt 22,1 nghìn tỷ đồng, giảm "
    "14,2% so với cùng kỳ năm trước. Trong tổng số vốn đầu tư, khu vực kinh tế trong nước ước "
    "đạt 10,8 nghìn tỷ đồng, tăng 11,7% so với cùng kỳ. Riêng khu vực có vốn đầu tư nước ngoài "
    "(FDI), vốn đầu tư ước đạt 11,4 nghìn tỷ đồng, giảm 29,5% so với cùng kỳ."
)


@pytest.mark.parametrize("text", [BUDGET, CAPITAL, SECTORS])
def test_a_split_in_the_next_sentences_adds_up(text: str) -> None:
    assert inconsistent(text) == []


@pytest.mark.parametrize(
    ("text", "broken"), [(BUDGET, "21.324"), (CAPITAL, "1.252"), (SECTORS, "10,8")]
)
def test_parts_in_the_next_sentences_above_their_total(text: str, broken: str) -> None:
    bad = text.replace(broken, str(int(broken[0]) + 2) + broken[1:])
    assert FindingKind.COMPONENTS_SUM in inconsistent(bad)


# kiengiang-2024-tbtc-quy1: the state-budget capital by who manages it
MANAGED = (
    "Trong đó, vốn đầu tư thuộc nguồn vốn ngân sách nhà nước ước thực hiện 776,96 tỷ đồng, đạt "
    "6,47% kế hoạch năm, giảm 28,21%, vốn địa phương quản lý đạt 714,96 tỷ đồng, đạt 7,13% kế "
    "hoạch năm giảm 29,99%; vốn trung ương quản lý đạt 62 tỷ đồng"
)


def test_the_capital_managed_by_the_centre_and_the_province_is_all_the_budget_capital() -> None:
    assert inconsistent(MANAGED) == []
    # all of it: parts below the total are as wrong as parts above it
    assert FindingKind.COMPONENTS_SUM in inconsistent(MANAGED.replace("776,96", "876,96"))
    assert FindingKind.COMPONENTS_SUM in inconsistent(MANAGED.replace("714,96", "814,96"))


def test_a_share_of_a_managed_level_is_not_the_level() -> None:
    # "riêng … cho giáo dục": a part of the local level, so the two need not add up
    text = (
        "Vốn ngân sách nhà nước đạt 5.000 tỷ đồng, trong đó vốn trung ương quản lý 1.000 tỷ "
        "đồng, riêng vốn địa phương quản lý cho giáo dục 500 tỷ đồng."
    )
    assert inconsistent(text) == []


def test_budget_capital_for_transport_is_no_plan() -> None:
    # "giao thông" is no "giao" (given): the split is all of it
    text = (
        "Tổng vốn ngân sách đầu tư cho lĩnh vực giao thông đạt 5.000 tỷ đồng, trong đó vốn "
        "trung ương quản lý 1.000 tỷ đồng, vốn địa phương quản lý 500 tỷ đồng."
    )
    assert FindingKind.COMPONENTS_SUM in inconsistent(text)


def test_the_managed_split_is_all_of_it_after_trong_do_too() -> None:
    text = (
        "Vốn đầu tư từ nguồn ngân sách nhà nước năm 2024 đạt 800 tỷ đồng, trong đó vốn trung "
        "ương quản lý đạt 62 tỷ đồng, vốn địa phương quản lý đạt 700 tỷ đồng."
    )
    assert FindingKind.COMPONENTS_SUM in inconsistent(text)
    assert inconsistent(text.replace("800", "762")) == []


@pytest.mark.parametrize(
    "plan",
    [
        "Kế hoạch vốn ngân sách nhà nước năm 2024 là 12.000 tỷ đồng.",
        "Vốn ngân sách nhà nước được giao năm 2024 là 12.000 tỷ đồng.",
        "Dự toán vốn ngân sách nhà nước năm 2024 là 12.000 tỷ đồng.",
    ],
)
def test_a_plan_of_budget_capital_is_no_sum_of_what_was_spent(plan: str) -> None:
    text = (
        f"{plan} Vốn trung ương quản lý thực hiện 62 tỷ đồng. Vốn địa phương quản lý thực "
        "hiện 714,96 tỷ đồng."
    )
    assert inconsistent(text) == []


@given(local=st.integers(1, 10**6), central=st.integers(1, 10**6), error=st.integers(-500, 500))
def test_a_managed_split_is_flagged_exactly_when_it_does_not_add_up(
    local: int, central: int, error: int
) -> None:
    total = local + central + error
    assume(total > 0)
    text = (
        f"Vốn ngân sách nhà nước đạt {format_number(Decimal(total), 'vi')} tỷ đồng. Vốn "
        f"trung ương quản lý đạt {format_number(Decimal(central), 'vi')} tỷ đồng. Vốn địa "
        f"phương quản lý đạt {format_number(Decimal(local), 'vi')} tỷ đồng."
    )
    # each printed figure stands for half a unit either way: three of them allow 1,5
    assert (FindingKind.COMPONENTS_SUM in inconsistent(text)) is (abs(error) >= 2)


def test_a_budget_may_have_parts_it_does_not_name() -> None:
    # oil, grants: the two parts named may add up to less than the budget
    text = BUDGET.replace("30.774", "40.774")
    assert FindingKind.COMPONENTS_SUM not in inconsistent(text)
    assert any(
        f.kind is FindingKind.COMPONENTS_SUM and f.severity is Severity.WARNING
        for f in audit(parse_statements(text))
    )


@pytest.mark.parametrize(
    "text",
    [
        # parts far after the total (another year's, in a long article)
        (
            "Tổng thu ngân sách ước đạt 29.473 tỷ đồng. Năm A đạt 1 tỷ đồng. Năm B đạt 2 tỷ "
            "đồng. Năm C đạt 3 tỷ đồng. Năm D đạt 4 tỷ đồng. Thu nội địa đạt 37.000 tỷ đồng, "
            "thu xuất nhập khẩu đạt 11.000 tỷ đồng."
        ),
        # parts of another period
        (
            "Năm 2023 tổng thu ngân sách đạt 29.473 tỷ đồng. Năm 2024 thu nội địa đạt 37.000 "
            "tỷ đồng, thu xuất nhập khẩu đạt 11.000 tỷ đồng."
        ),
        # two domestic revenues: which is the budget's is not known
        (
            "Tổng thu ngân sách đạt 29.473 tỷ đồng. Thu nội địa đạt 37.000 tỷ đồng, thu nội "
            "địa của tỉnh B đạt 1.000 tỷ đồng, thu xuất nhập khẩu đạt 11.000 tỷ đồng."
        ),
    ],
)
def test_no_split_is_made_of_figures_that_may_be_of_another_total(text: str) -> None:
    assert inconsistent(text) == []


def test_a_balance_takes_no_sides_of_another_period_before_it() -> None:
    # the only export and import figures are of two years: neither pair is the balance's
    text = "Năm 2023 xuất khẩu 5 tỷ USD, năm 2024 nhập khẩu 4 tỷ USD, xuất siêu 3 tỷ USD."
    assert inconsistent(text) == []


def test_a_share_of_a_total_of_nothing_is_not_checked() -> None:
    text = "Thu đạt 0 tỷ đồng, trong đó thu phí đạt 0 tỷ đồng, chiếm 5% tổng thu."
    assert inconsistent(text) == []


@pytest.mark.parametrize(
    ("text", "base"),
    [
        ("Vốn FDI đạt 1,594 tỷ USD, đạt 53,1% kế hoạch (thu hút 3,0 tỷ USD).", "3,0 tỷ USD"),
        (
            (
                "Vốn đầu tư đạt 29.940 tỷ đồng, bằng 59,9% mục tiêu (mục tiêu thu hút khoảng "
                "50.000 tỷ đồng)."
            ),
            "khoảng 50.000 tỷ đồng",
        ),
    ],
)
def test_a_bracketed_base_may_open_with_words(text: str, base: str) -> None:
    [statement] = [s for s in parse_statements(text) if isinstance(s, Statement)]
    [ratio] = statement.comparisons
    assert ratio.base_value is not None
    assert ratio.base_value.text == base
    assert inconsistent(text) == []
    assert inconsistent(text.replace(",9%", "8,9%").replace(",1%", "8,1%")) == [
        FindingKind.RATIO_DISAGREES
    ]


def test_a_bracket_of_two_figures_is_no_base() -> None:
    text = "Vốn đạt 1,5 tỷ USD, đạt 50% kế hoạch (năm 2023: 3 tỷ USD)."
    statement, bracket = [s for s in parse_statements(text) if isinstance(s, Statement)]
    assert all(c.base_value is None for c in statement.comparisons)
    assert bracket.value.text == "3 tỷ USD"  # a statement of its own, as before


def test_a_bounded_change_is_still_a_rise() -> None:
    # "tăng gần 15,17 tỷ USD": between 0 and 15,17; over 80,89 − 15,17 at most +23,1 %
    text = (
        "Nhập khẩu 7 tháng đạt 70,89 tỷ USD, tăng 27,2%, tương ứng tăng gần 15,17 tỷ USD so với "
        "cùng kỳ năm trước."
    )
    assert inconsistent(text) == []
    assert inconsistent(text.replace("70,89", "80,89")) == [FindingKind.CHANGE_DISAGREES]
    fall = text.replace("tăng 27,2%", "giảm 17,6%").replace("tăng gần", "giảm gần")
    assert inconsistent(fall) == []  # 15,17 / (70,89 + 15,17) = 17,6 %
    assert inconsistent(fall.replace("70,89", "140,89")) == [FindingKind.CHANGE_DISAGREES]


def test_a_ratio_to_the_same_period_last_year_is_a_growth() -> None:
    text = (
        "Tổng mức bán lẻ ước đạt 280 tỷ đồng, tăng 26,13% so với cùng kỳ năm trước, trong đó "
        "kinh tế nhà nước ước đạt 66 tỷ đồng, tăng 8,2% so với cùng kỳ năm trước; kinh tế tập "
        "thể ước đạt 3 tỷ đồng, bằng 100% so với cùng kỳ năm trước; kinh tế cá thể ước đạt 116 "
        "tỷ đồng, tăng 33,33% so với cùng kỳ năm trước; kinh tế tư nhân ước đạt 95 tỷ đồng, tăng "
        "33,8% so với cùng kỳ năm trước."
    )
    assert inconsistent(text) == []
    assert inconsistent(text.replace("tăng 26,13%", "tăng 36,13%")) == [
        FindingKind.GROWTH_DISAGREES
    ]
    # a qualified ratio bounds the ratio, not the growth: not read as one
    assert inconsistent(text.replace("bằng 100%", "bằng trên 100%")) == []


def test_a_change_of_zero_printed_may_be_a_rise_or_a_fall() -> None:
    # "tăng 0 ha" stands for −0,5 to 0,5 ha: nothing to say of the growth's sign
    assert inconsistent("Diện tích đạt 500 ha, tăng 5%, tương ứng tăng 0 ha so với cùng kỳ.") == []


# -- a plan stated before or after the ratio to it ----------------------------------------


@pytest.mark.parametrize(
    ("text", "broken"),
    [
        # the plan two sentences later, with "phấn đấu" in the plan's own clause
        (
            (
                "Tính đến hết tháng 9, tỉnh đã đón gần 520 nghìn lượt khách, đạt trên 66% kế hoạch "
                "năm. Ngành du lịch tỉnh phấn đấu trong năm 2022, đón trên 780 nghìn lượt khách du "
                "lịch, với doanh thu đạt trên 1.350 tỷ đồng."
            ),
            "trên 76%",
        ),
        # the plan before, set by "dự kiến"
        (
            (
                "Vụ Đông năm 2023, toàn tỉnh dự kiến sản xuất trên 4.300 ha cây trồng. Đến nay, "
                "toàn tỉnh đã gieo trồng được 2.501,8 ha, đạt 58,2% kế hoạch."
            ),
            "68,2%",
        ),
        # the plan named by the clause before it in its sentence ("đặt mục tiêu")
        (
            (
                "Tổng doanh thu du lịch 5 tháng ước đạt 1643 tỷ đồng, đạt 51,3% kế hoạch năm. Năm "
                "2011 Quảng Ninh đặt mục tiêu đón 5,4 triệu lượt khách du lịch, doanh thu 3.200 tỷ "
                "đồng."
            ),
            "61,3%",
        ),
    ],
)
def test_a_ratio_to_a_plan_takes_the_one_figure_setting_it(text: str, broken: str) -> None:
    assert inconsistent(text) == []
    printed = {"trên 76%": "trên 66%", "68,2%": "58,2%", "61,3%": "51,3%"}[broken]
    assert inconsistent(text.replace(printed, broken)) == [FindingKind.BASE_DISAGREES]


@pytest.mark.parametrize(
    "text",
    [
        # two figures set plans in the unit: which one is meant is not guessed
        (
            "Toàn tỉnh dự kiến sản xuất 4.300 ha rau; toàn tỉnh dự kiến sản xuất 900 ha ngô. Toàn "
            "tỉnh đã gieo trồng được 1.000 ha, đạt 58,2% kế hoạch."
        ),
        # the plan of another year
        (
            "Năm 2022, toàn tỉnh dự kiến sản xuất 4.300 ha. Năm 2023, toàn tỉnh đã gieo trồng được "
            "1.000 ha, đạt 58,2% kế hoạch."
        ),
        # no word of the subject in common
        (
            "Ngành du lịch phấn đấu đón 4.300 nghìn lượt khách. Cửa khẩu đã đón 1.000 nghìn lượt "
            "người, đạt 58,2% kế hoạch."
        ),
        # a figure that sets no plan
        "Toàn tỉnh có 4.300 ha. Toàn tỉnh đã gieo trồng được 1.000 ha, đạt 58,2% kế hoạch.",
        # another unit
        (
            "Toàn tỉnh dự kiến thu 4.300 tỷ đồng. Toàn tỉnh đã gieo trồng được 1.000 ha, đạt 58,2% "
            "kế hoạch."
        ),
        # a plan per month is no plan of the year
        (
            "Toàn tỉnh giải ngân với mục tiêu khoảng 2.000 tỷ đồng mỗi tháng. Toàn tỉnh đã giải "
            "ngân 5.246 tỷ đồng, tương đương 47% kế hoạch."
        ),
        # a base that names no plan
        (
            "Toàn tỉnh dự kiến sản xuất 4.300 ha. Toàn tỉnh đã gieo trồng được 1.000 ha, đạt 58,2% "
            "diện tích."
        ),
    ],
)
def test_no_plan_is_taken_when_it_may_be_another(text: str) -> None:
    assert inconsistent(text) == []


def test_a_plan_named_by_the_base_words_is_checked_once() -> None:
    text = "Kế hoạch vốn được giao 4.300 tỷ đồng. Ước thực hiện 1.000 tỷ đồng, đạt 58,2% kế hoạch."
    assert inconsistent(text) == [FindingKind.BASE_DISAGREES]


# -- a share of an earlier total ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "broken"),
    [
        (
            (
                "Tính đến cuối năm 2022, Lai Châu có 8.900ha chè; trong đó, diện tích chè kinh "
                "doanh 6.931ha. Đặc biệt, toàn tỉnh có 211ha chè đã được cấp giấy chứng nhận, "
                "chiếm 2,4%"
            ),
            "311ha",
        ),
        # a total by its words, before figures that are parts of another
        (
            (
                "Tổng số hộ chăn nuôi gia súc lớn là 41.944 hộ với 125.494 con; trong đó 97.015 "
                "con trâu, 22.366 con bò, 6.113 con ngựa. 33.755 hộ chăn nuôi có chuồng trại đảm "
                "bảo, chiếm 80,5%"
            ),
            "43.755 hộ",
        ),
    ],
)
def test_a_share_of_an_earlier_total(text: str, broken: str) -> None:
    assert inconsistent(text) == []
    original = {"311ha": "211ha", "43.755 hộ": "33.755 hộ"}[broken]
    assert inconsistent(text.replace(original, broken)) == [FindingKind.RATIO_DISAGREES]


@pytest.mark.parametrize(
    "text",
    [
        # no total before the figure: the share is of something unsaid
        "Toàn tỉnh có 8.900ha chè. Toàn tỉnh có 211ha chè an toàn, chiếm 12,4%",
        # the total counts something else
        "Tổng số hộ là 41.944 hộ. Có 125.494 con trâu, chiếm 80,5%",
        # a total of another period
        "Năm 2021, tổng diện tích chè là 8.900ha. Năm 2022, có 211ha chè an toàn, chiếm 12,4%",
    ],
)
def test_no_earlier_total_is_taken_for_a_share_when_none_fits(text: str) -> None:
    assert inconsistent(text) == []


# -- quotients of figures bounded on one side -------------------------------------------------

CITRUS = (
    "Năm 2024, huyện có 3.000ha cam; trong đó, cam VietGAP 1.200ha. Diện tích cam "
    "liên kết tiêu thụ {}, chiếm khoảng 52% tổng diện tích."
)


@pytest.mark.parametrize(
    ("area", "flagged"),
    [
        ("trên 2.100ha", True),  # at least 2.099,5 of 3.000,5 ha is 69,97 %: not "khoảng 52%"
        ("trên 1.550ha", False),  # at least 51,66 %: 52 % may be true
        ("gần 2.560ha", False),  # "gần" may be far below: nothing bounds the share from below
    ],
)
def test_a_share_of_a_figure_bounded_below_has_no_upper_end(area: str, *, flagged: bool) -> None:
    found = inconsistent(CITRUS.format(area))
    assert found == ([FindingKind.RATIO_DISAGREES] if flagged else [])


def test_a_share_of_a_total_bounded_below_may_be_as_small_as_anything() -> None:
    # 1.200 of more than 1.000 ha: anything up to 120 %, never more
    text = "Năm 2024, huyện có trên 1.000ha cam; trong đó, cam VietGAP 1.200ha, chiếm {}%."
    assert inconsistent(text.format("3")) == []
    assert inconsistent(text.format("121")) == [FindingKind.RATIO_DISAGREES]


# -- the month before, named or said -----------------------------------------------------------

LODGING = (
    "Doanh thu lưu trú tháng 5 ước đạt 120 tỷ đồng, tăng {} so với tháng {}, trong đó: kinh tế "
    "nhà nước ước đạt 20 tỷ đồng, bằng 100% so với tháng trước; kinh tế ngoài nhà nước ước đạt "
    "100 tỷ đồng, tăng 11,11% so với tháng trước."
)


def test_a_growth_on_the_month_named_before_is_on_the_month_before() -> None:
    # previous month: 20 / 1 + 100 / 1,1111 = 110; 120 / 110 = 1,0909
    assert inconsistent(LODGING.format("9,09%", "4")) == []
    assert inconsistent(LODGING.format("19,09%", "4")) == [FindingKind.GROWTH_DISAGREES]


def test_a_month_other_than_the_one_before_is_another_base() -> None:
    assert inconsistent(LODGING.format("19,09%", "3")) == []
    assert inconsistent(LODGING.format("19,09%", "4/2023")) == []


# -- totals said after their parts -------------------------------------------------------------

CAPITAL = (
    "Số vốn đăng ký của hợp tác xã thành lập mới là 1.200 tỷ đồng, tăng 20% so với cùng kỳ. "
    "Số vốn đăng ký tăng thêm của các hợp tác xã là 800 tỷ đồng, tăng 60% với 350 lượt hợp tác "
    "xã. Tổng số vốn đăng ký vào nền kinh tế là {total} tỷ đồng, tăng {growth} so với cùng kỳ "
    "năm 2024."
)


def test_a_total_named_after_its_parts_takes_them() -> None:
    # previous: 1.200 / 1,2 + 800 / 1,6 = 1.000 + 500 = 1.500; 2.000 / 1.500 = 1,3333
    assert inconsistent(CAPITAL.format(total="2.000", growth="33,3%")) == []
    assert inconsistent(CAPITAL.format(total="2.000", growth="43,3%")) == [
        FindingKind.GROWTH_DISAGREES
    ]
    assert inconsistent(CAPITAL.format(total="1.900", growth="33,3%")) == [
        FindingKind.COMPONENTS_SUM
    ]
    # a total above its parts may have parts the report does not name: a warning only
    assert inconsistent(CAPITAL.format(total="2.100", growth="33,3%")) == []


@pytest.mark.parametrize(("said", "base"), [("với 2023", "với 2023"), ("với 2.023 lượt", None)])
def test_a_growth_said_with_a_year_keeps_it_as_its_base(said: str, base: str | None) -> None:
    [statement] = parse_statements(f"Doanh thu đạt 500 tỷ đồng, tăng 5% {said}.")[:1]
    assert isinstance(statement, Statement)
    assert [c.base for c in statement.comparisons] == [base]


def test_a_growth_said_with_a_figure_has_no_base_of_it() -> None:
    [*_, capital, lots, _total] = parse_statements(CAPITAL.format(total="2.000", growth="1%"))
    assert isinstance(capital, Statement)
    assert isinstance(lots, Statement)
    [growth] = capital.comparisons
    assert (growth.kind, growth.base, lots.value.value) == (ComparisonKind.GROWTH, None, 350)


@pytest.mark.parametrize(
    "text",
    [
        # other words: the parts are not of the total's measure
        (
            "Doanh thu của hợp tác xã là 1.200 tỷ đồng. Lợi nhuận là 800 tỷ đồng. Tổng số vốn "
            "đăng ký là 1.900 tỷ đồng."
        ),
        # one part only
        "Số vốn đăng ký của hợp tác xã là 1.200 tỷ đồng. Tổng số vốn đăng ký là 1.100 tỷ đồng.",
        # an average is no part
        (
            "Số vốn đăng ký của hợp tác xã là 1.200 tỷ đồng. Số vốn đăng ký bình quân một hợp tác "
            "xã là 800 tỷ đồng. Tổng số vốn đăng ký là 1.900 tỷ đồng."
        ),
        # a figure of another period
        (
            "Năm 2023, số vốn đăng ký của hợp tác xã là 1.200 tỷ đồng. Số vốn đăng ký tăng thêm là "
            "800 tỷ đồng. Năm 2024, tổng số vốn đăng ký là 1.900 tỷ đồng."
        ),
        # points beside them add up to nothing (and are no unit to convert)
        (
            "Khu vực dịch vụ đóng góp 1,2 điểm phần trăm. Khu vực công nghiệp đóng góp 2,1 điểm "
            "phần trăm. Tổng số vốn đăng ký là 1.900 tỷ đồng."
        ),
    ],
)
def test_no_total_takes_figures_before_it_that_may_be_of_something_else(text: str) -> None:
    assert inconsistent(text) == []


SUMMED = (
    "Sáng 15/3 có 143 khách du lịch nhập cảnh qua cửa khẩu. Chiều 15/3 có thêm 170 khách du "
    "lịch nhập cảnh. Như vậy, trong ngày 15/3, thành phố đã đón {} khách du lịch nhập cảnh."
)


@pytest.mark.parametrize(("total", "flagged"), [("313", False), ("413", True), ("213", True)])
def test_a_total_summing_up_the_counts_before_it_is_all_of_them(
    total: str, *, flagged: bool
) -> None:
    assert inconsistent(SUMMED.format(total)) == ([FindingKind.COMPONENTS_SUM] if flagged else [])


def test_a_summing_up_of_another_noun_takes_nothing() -> None:
    text = SUMMED.replace("đã đón {} khách du lịch", "đã đón {} đoàn khách")
    assert inconsistent(text.format("413")) == []


# -- an average per a noun -----------------------------------------------------------------------

BEES = "Nghề ong: toàn huyện có 2.000 hộ với 9.000 đàn; trong đó 5.000 đàn ong nội; bình quân {}."


@pytest.mark.parametrize(("average", "flagged"), [("4,5 đàn/hộ", False), ("5,5 đàn/hộ", True)])
def test_an_average_per_a_noun_is_the_count_over_the_count(average: str, *, flagged: bool) -> None:
    assert inconsistent(BEES.format(average)) == (
        [FindingKind.AVERAGE_DISAGREES] if flagged else []
    )


@pytest.mark.parametrize(
    "text",
    [
        # not said to be an average
        "Toàn huyện có 2.000 hộ nuôi ong với 9.000 đàn; năng suất 5,5 đàn/hộ.",
        # no count of one of the nouns before it
        "Toàn huyện có 9.000 đàn ong; bình quân 5,5 đàn/hộ.",
        "Toàn huyện có 2.000 hộ nuôi ong; bình quân 5,5 đàn/hộ.",
        # counts of another period
        "Năm 2023, toàn huyện có 2.000 hộ nuôi ong với 9.000 đàn. Năm 2024, bình quân 5,5 đàn/hộ.",
    ],
)
def test_an_average_per_a_noun_needs_both_counts(text: str) -> None:
    assert FindingKind.AVERAGE_DISAGREES not in inconsistent(text)


# -- shares of a total the share's words name ----------------------------------------------------

FARMS = (
    "Trong quý I năm 2025, cả nước có 20.000 trang trại. Theo vùng, lần lượt là 8.000 trang "
    "trại (chiếm {} tổng số trang trại của cả nước) và 5.000 trang trại (chiếm {})."
)


@pytest.mark.parametrize(
    ("first", "second", "flagged"),
    [
        ("40%", "25%", 0),
        ("50%", "25%", 1),  # 8.000 / 20.000 is 40 %
        ("40%", "35%", 1),  # the second share, with no words, is of the same total
        ("50%", "35%", 2),
    ],
)
def test_a_share_of_a_total_named_by_its_words(first: str, second: str, flagged: int) -> None:
    assert inconsistent(FARMS.format(first, second)) == [FindingKind.RATIO_DISAGREES] * flagged


@pytest.mark.parametrize(
    "text",
    [
        # the words name another whole: the region's, not the country's
        (
            "Trong quý I năm 2025, cả nước có 20.000 trang trại. Vùng núi có 8.000 trang "
            "trại (chiếm 50% tổng số trang trại của vùng)."
        ),
        # the second share opens its own sentence: it may be of anything
        (
            "Trong quý I năm 2025, cả nước có 20.000 trang trại. Vùng núi có 8.000 trang "
            "trại (chiếm 40% tổng số trang trại của cả nước). Vùng biển 5.000 trang trại, "
            "chiếm 35%."
        ),
    ],
)
def test_no_share_takes_a_total_its_words_do_not_name(text: str) -> None:
    assert inconsistent(text) == []


HARVEST = (
    "Vụ lúa mùa năm nay toàn tỉnh gieo cấy được 120,5 nghìn ha, trong đó lúa chất lượng cao "
    "30,2 nghìn ha. Đến nay đã thu hoạch được 96,4 nghìn ha lúa mùa, chiếm {} và bằng 101,2% "
    "cùng kỳ năm trước."
)


@pytest.mark.parametrize(
    ("share", "flagged"),
    [
        ("80% diện tích gieo cấy", False),  # 96,4 / 120,5 = 80,0 %
        ("90% diện tích gieo cấy", True),
        ("90% diện tích", False),  # no words of what: the area may be another one
        ("90% diện tích đất nông nghiệp", False),  # words the total's subject does not say
    ],
)
def test_a_share_of_an_area_named_by_the_words_of_its_total(share: str, *, flagged: bool) -> None:
    assert inconsistent(HARVEST.format(share)) == ([FindingKind.RATIO_DISAGREES] if flagged else [])


def test_a_share_named_by_area_words_is_only_of_an_area() -> None:
    text = (
        "Toàn tỉnh gieo cấy được 120,5 nghìn tấn lúa, trong đó lúa chất lượng cao 30,2 nghìn tấn. "
        "Đã thu hoạch được 96,4 nghìn tấn, chiếm 90% diện tích gieo cấy."
    )
    assert inconsistent(text) == []


# -- a base in brackets after more words ---------------------------------------------------------

ATTRACTED = (
    "Lũy kế từ năm 2021 đến nay, huyện đã thu hút vốn đầu tư {}, bằng 60,1% so với mục tiêu "
    "Đề án thu hút đầu tư của huyện, giai đoạn 2021-2025 ({} khoảng 10.000 tỷ đồng)."
)


@pytest.mark.parametrize(
    ("value", "words", "flagged"),
    [
        ("trên 6.000 tỷ đồng", "mục tiêu thu hút", False),
        ("6.010 tỷ đồng", "mục tiêu thu hút", False),
        ("trên 9.000 tỷ đồng", "mục tiêu thu hút", True),  # at least 89,99 %
        ("7.010 tỷ đồng", "mục tiêu thu hút", True),
        ("7.010 tỷ đồng", "nhu cầu vốn", False),  # the bracket names something else
    ],
)
def test_a_base_in_brackets_after_more_words(value: str, words: str, *, flagged: bool) -> None:
    text = ATTRACTED.format(value, words)
    assert inconsistent(text) == ([FindingKind.BASE_DISAGREES] if flagged else [])


@pytest.mark.parametrize(
    "text",
    [
        # a sentence of its own is no bracket of the ratio
        (
            "Huyện thu hút 7.010 tỷ đồng, bằng 60,1% so với mục tiêu Đề án. Mục tiêu thu hút "
            "10.000 tỷ đồng (đến năm 2025)."
        ),
        # a bracket with another bracket in it, or of another unit
        (
            "Huyện thu hút 7.010 tỷ đồng, bằng 60,1% so với mục tiêu Đề án, giai đoạn 2021-2025 "
            "(mục tiêu (điều chỉnh) 10.000 tỷ đồng)."
        ),
        (
            "Huyện thu hút 7.010 tỷ đồng, bằng 60,1% so với mục tiêu Đề án, giai đoạn 2021-2025 "
            "(mục tiêu 10.000 ha)."
        ),
        # one word of the subject is too few to tell
        (
            "Huyện thu hút 7.010 tỷ đồng, bằng 60,1% so với mục tiêu Đề án, giai đoạn 2021-2025 "
            "(trong 10.000 tỷ đồng)."
        ),
    ],
)
def test_no_bracket_is_taken_for_a_base_it_may_not_be(text: str) -> None:
    assert FindingKind.BASE_DISAGREES not in inconsistent(text)


# -- a breakdown "phân theo" lists all the classes -----------------------------------------------

BREAKDOWN = (
    "Doanh thu dịch vụ quý I ước đạt {} tỷ đồng, trong đó: {}vận tải ước đạt 300 tỷ đồng; lưu "
    "trú ước đạt 150 tỷ đồng."
)


@pytest.mark.parametrize(
    ("total", "words", "severity"),
    [
        ("450", "Phân theo ngành: ", None),
        ("500", "Phân theo ngành: ", Severity.INCONSISTENT),  # all the classes: 450, not 500
        ("500", "", Severity.WARNING),  # "trong đó" alone may list some of them
        ("400", "", Severity.INCONSISTENT),
    ],
)
def test_parts_of_a_breakdown_are_all_of_the_total(
    total: str, words: str, severity: Severity | None
) -> None:
    found = [
        f.severity
        for f in audit(parse_statements(BREAKDOWN.format(total, words)))
        if f.kind is FindingKind.COMPONENTS_SUM
    ]
    assert found == ([] if severity is None else [severity])


# -- the customs' half-month reports: XK, NK and their periods -----------------------------------

HALF_MONTH = (
    "Tính đến hết ngày 20-6-2024, tổng kim ngạch XNK đạt {turnover} tỷ USD. Trong đó, kim ngạch "
    "XK đạt 80,3 tỷ USD; kim ngạch NK đạt 70,2 tỷ USD. Cán cân thương mại trong kỳ 1 tháng "
    "6-2024 thặng dư 300 triệu USD, tính chung cán cân từ đầu năm đến hết ngày 20 tháng 6-2024 "
    "thặng dư {balance} tỷ USD."
)


@pytest.mark.parametrize(
    ("turnover", "balance", "expected"),
    [
        ("150,5", "10,1", []),  # the half month's balance is of no figure here: not checked
        ("150,5", "11,1", [FindingKind.BALANCE_DISAGREES]),
        ("160,5", "10,1", [FindingKind.COMPONENTS_SUM]),
    ],
)
def test_exports_and_imports_written_xk_nk_in_a_half_month_report(
    turnover: str, balance: str, expected: list[FindingKind]
) -> None:
    assert inconsistent(HALF_MONTH.format(turnover=turnover, balance=balance)) == expected


def test_sides_of_a_total_of_another_period_are_not_of_a_balance() -> None:
    # XK and NK are parts of the total to 20 June: the half month's balance is not theirs
    text = (
        "Tính đến hết ngày 20-6-2024, tổng kim ngạch XNK đạt 150,5 tỷ USD. Trong đó, kim ngạch "
        "XK đạt 80,3 tỷ USD; kim ngạch NK đạt 70,2 tỷ USD. Cán cân thương mại trong kỳ 1 tháng "
        "6-2024 thặng dư 300 triệu USD."
    )
    assert inconsistent(text) == []
    # undated, with no total, they are the document's only sides: the balance is theirs
    loose = text.replace("Tính đến hết ngày 20-6-2024, tổng kim ngạch XNK đạt 150,5 tỷ USD. ", "")
    assert inconsistent(loose) == [FindingKind.BALANCE_DISAGREES]


@pytest.mark.parametrize(
    "text",
    [
        "Có 10 dự án mới, 4 dự án bị thu hồi. Như vậy, còn 6 dự án.",
        (
            "Đầu năm có 20 doanh nghiệp, trong năm thành lập thêm 5 doanh nghiệp, "
            "giải thể 3 doanh nghiệp. Như vậy, cuối năm có 22 doanh nghiệp."
        ),
    ],
)
def test_a_summing_up_of_a_difference_or_a_stock_is_not_read_as_a_sum(text: str) -> None:
    assert audit(parse_statements(text)) == []


def test_a_share_in_a_sentence_before_the_parts_linked_after_it_is_not_theirs() -> None:
    # the parts of the revenue named in the sentence after the share are linked to the
    # total; the last of them ("thu khác 523") is not the figure the share follows
    text = (
        "Tổng thu ngân sách nhà nước trên địa bàn tỉnh ước 8.784,84 tỷ đồng, tăng 22,68% so cùng "
        "kỳ năm trước. Trong đó, thu nội địa 8.713,58 tỷ đồng, tăng 23,11% và chiếm 99,19% tổng "
        "thu. Có một số khoản thu tăng khá cao như: thu tiền sử dụng đất ước gần 1.457 tỷ đồng, "
        "tăng 279,71%; thu khác 523 tỷ đồng, tăng 89,16% so cùng kỳ."
    )
    assert FindingKind.RATIO_DISAGREES not in inconsistent(text)


def test_the_growth_of_an_investment_follows_from_its_two_sectors() -> None:
    # the real report printed "giảm 12,6%": the sectors' growths allow a fall of 13,8 % or more
    assert inconsistent(SECTORS.replace("14,2%", "12,6%")) == [FindingKind.GROWTH_DISAGREES]


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        (
            "Riêng khu vực có vốn đầu tư nước ngoài (FDI), vốn đầu tư ước đạt 11,4 nghìn tỷ đồng.",
            "riêng khu vực có vốn đầu tư nước ngoài (FDI), vốn đầu tư",
        ),
        (
            "Tổng thu ngân sách nhà nước (NSNN) ước đạt 8.784,84 tỷ đồng.",
            "tổng thu ngân sách nhà nước (NSNN)",
        ),
        # a bracket of words in lower case, or with a figure, still opens a clause
        ("Thu đạt 5 tỷ đồng (tăng 3%), chi 2 tỷ đồng.", "chi"),
        ("Thu phí (Phí ra vào) đạt 5 tỷ đồng.", ""),
    ],
)
def test_an_abbreviation_in_brackets_stays_in_the_subject(text: str, subject: str) -> None:
    statements = [s for s in parse_statements(text) if isinstance(s, Statement)]
    assert statements[-1].subject == subject


def test_excluding_with_only_a_verb_after_thi_takes_the_total_before() -> None:
    text = (
        "Thu nội địa đạt 10.000 tỷ đồng. Không tính 2.000 tỷ đồng tiền sử dụng đất thì thu "
        "8.000 tỷ đồng."
    )
    rest = [s for s in parse_statements(text) if isinstance(s, Statement)][-1]
    assert (rest.subject, rest.relation) == ("", Relation.EXCLUDING)
    assert inconsistent(text) == []
    assert inconsistent(text.replace("8.000", "9.000")) == [FindingKind.EXCLUDING_DISAGREES]


def test_a_share_in_the_total_written_trong_tong() -> None:
    text = (
        "Tổng thu ngân sách nhà nước ước đạt 5.004 tỷ đồng, tăng 24,44%. Trong đó, thu nội địa "
        "4.967,41 tỷ đồng, tăng 24,42%, chiếm 99,26% trong tổng thu ngân sách của tỉnh."
    )
    assert inconsistent(text) == []
    assert inconsistent(text.replace("5.004", "6.004")) == [FindingKind.RATIO_DISAGREES]


# -- a side's growth on a year whose side is the turnover less the other side ---------------

YEARS = (
    "Năm 2015, xuất khẩu hàng hóa ước đạt 462 triệu USD; nhập khẩu hàng hóa ước đạt 383 triệu "
    "USD, tăng 5% so với năm 2014. Năm 2014, tổng kim ngạch xuất nhập khẩu của tỉnh đạt 682 "
    "triệu USD, trong đó xuất khẩu hàng hóa đạt 317,2 triệu USD."
)
RATIO_YEARS = (
    "Năm 2015, dự kiến Nghệ An sẽ xuất siêu khoảng 79 triệu USD, trong đó kim ngạch xuất khẩu "
    "hàng hóa ước đạt 462 triệu USD, tăng hơn 11% so với cùng kỳ; giá trị nhập khẩu hàng hóa "
    "ước đạt 383 triệu USD, gần bằng 144% cùng kỳ. Năm 2014, tổng kim ngạch xuất nhập khẩu của "
    "tỉnh đạt  682 triệu USD, trong đó xuất khẩu hàng hóa đạt 415,4 triệu USD."
)


@pytest.mark.parametrize(
    ("text", "printed", "broken", "kind"),
    [
        (YEARS, "tăng 5%", "tăng 15%", FindingKind.CHANGE_DISAGREES),
        # the real report printed 102 %: 383 / (682 − 415,4) is 143,7 %
        (RATIO_YEARS, "144%", "102%", FindingKind.RATIO_DISAGREES),
    ],
)
def test_a_side_grows_on_the_turnover_less_the_other_side_of_the_year_before(
    text: str, printed: str, broken: str, kind: FindingKind
) -> None:
    assert inconsistent(text) == []
    assert inconsistent(text.replace(printed, broken)) == [kind]


@pytest.mark.parametrize(
    "text",
    [
        # the imports of 2014 printed: they are the base, not the turnover less the exports
        YEARS.replace("triệu USD.", "triệu USD, nhập khẩu hàng hóa đạt 364,8 triệu USD."),
        # no exports of 2014
        YEARS.replace(", trong đó xuất khẩu hàng hóa đạt 317,2 triệu USD", ""),
        # two turnovers of 2014
        YEARS + " Năm 2014, tổng kim ngạch xuất nhập khẩu cả vùng đạt 900 triệu USD.",
        # a turnover in another currency
        YEARS.replace("682 triệu USD", "682 tỷ đồng"),
        # a turnover below the other side: no previous value
        YEARS.replace("682", "300"),
    ],
)
def test_no_previous_side_is_made_of_figures_that_do_not_give_it(text: str) -> None:
    assert FindingKind.CHANGE_DISAGREES not in inconsistent(text.replace("tăng 5%", "tăng 15%"))


# the form of a district's report: a part said after "Trong đó", its own parts after "Cụ
# thể", then the total's other part after "Riêng"
_NESTED = (
    "Tổng thu ngân sách trên địa bàn huyện ước thực hiện là {total} tỷ đồng; đạt 24% dự toán, "
    "tăng 11% so với cùng kỳ. Trong đó, thu ngân sách do huyện quản lý {district} tỷ đồng, đạt "
    "26% dự toán, tăng 12% so cùng kỳ năm trước. Cụ thể, thu thuế và phí 73 tỷ đồng, bằng 25% so "
    "với dự toán giao; thu cấp, thuê đất, bán nhà: 50 tỷ đồng, bằng 28% so với dự toán; thu tài "
    "chính: 4 tỷ đồng, bằng 17% so với dự toán giao. Riêng thu ngân sách tỉnh quản lý "
    "{province} tỷ đồng, bằng 23% so với dự toán giao và bằng 110% so cùng kỳ."
)


def _tree(statement: Statement) -> list[object]:
    """A statement's figure and, nested, its components'."""
    return [statement.value.text, *(_tree(part) for part in statement.components)]


def test_parts_after_cu_the_are_the_parts_of_the_part_said_last() -> None:
    text = _NESTED.format(total="235", district="127", province="108")
    [total] = parse_statements(text)
    assert _tree(total) == [
        "235 tỷ đồng",
        ["127 tỷ đồng", ["73 tỷ đồng"], ["50 tỷ đồng"], ["4 tỷ đồng"]],
        ["108 tỷ đồng"],
    ]
    assert total.components[0].components[0].subject == "thu thuế và phí"
    assert audit([total]) == []
    # each list is checked on its own: the total's, the district's, their attainments
    assert inconsistent(text.replace("108", "208")) == [FindingKind.COMPONENTS_SUM]
    assert inconsistent(text.replace("127", "107")) == [FindingKind.COMPONENTS_SUM]
    # 127 / (73 / 25 % + 50 / 28 % + 4 / 17 %) = 25,7 %, printed 36 %; and then the total's
    # 235 / (127 / 36 % + 108 / 23 %) = 28,6 %, printed 24 %
    assert inconsistent(text.replace("đạt 26%", "đạt 36%")) == [FindingKind.RATIO_DISAGREES] * 2


def test_a_part_after_nested_parts_goes_on_the_list_it_resembles_most() -> None:
    # "thu ngân sách tỉnh quản lý" shares five words with "thu ngân sách do huyện quản lý",
    # one with "thu thuế và phí"; a part resembling both lists alike goes on the inner one
    text = _NESTED.format(total="235", district="127", province="108")
    inner = text.replace("Riêng thu ngân sách tỉnh quản lý", "Thu khác")
    [total] = parse_statements(inner)
    assert _tree(total)[1] == [
        "127 tỷ đồng",
        ["73 tỷ đồng"],
        ["50 tỷ đồng"],
        ["4 tỷ đồng"],
        ["108 tỷ đồng"],
    ]


@pytest.mark.parametrize(
    "text",
    [
        # one figure after "Cụ thể" restates the figure before: no part of it
        (
            "Thu ngân sách đạt 30.774 tỷ đồng. Cụ thể, 6 tháng đầu năm 2024, tổng thu ngân sách "
            "nhà nước đạt 30.774 tỷ đồng, tăng 6% so với cùng kỳ năm 2023."
        ),
        "Trong đó, thu nội địa đạt 400 tỷ đồng. Cụ thể, thu nội địa tăng 5% với 400 tỷ đồng.",
    ],
)
def test_one_figure_after_cu_the_is_no_part(text: str) -> None:
    assert all(not s.components for s in parse_statements(text) if isinstance(s, Statement))


# lamdong-2020-ductrong-thu-ngan-sach-quy1:s2-s3 (groups g2 and g5), the two sentences alone
_DISTRICT = (
    "Trong đó, thu ngân sách do huyện quản lý 127 tỷ đồng, đạt 26% dự toán, tăng 12% so cùng kỳ "
    "năm trước. Cụ thể, thu thuế và phí 73 tỷ đồng, bằng 25% so với dự toán giao; thu cấp, thuê "
    "đất, bán nhà: 50 tỷ đồng, bằng 28% so với dự toán; thu tài chính: 4 tỷ đồng, bằng 17% so với "
    "dự toán giao."
)


def test_parts_listed_after_cu_the_are_the_parts_of_the_last_figure() -> None:
    [district] = parse_statements(_DISTRICT)
    assert isinstance(district, Statement)
    assert _tree(district) == ["127 tỷ đồng", ["73 tỷ đồng"], ["50 tỷ đồng"], ["4 tỷ đồng"]]
    assert audit([district]) == []
    assert inconsistent(_DISTRICT.replace("73 tỷ", "83 tỷ")) == [FindingKind.COMPONENTS_SUM]
    assert inconsistent(_DISTRICT.replace("127", "117")) == [FindingKind.COMPONENTS_SUM]
    assert inconsistent(_DISTRICT.replace("26%", "36%")) == [FindingKind.RATIO_DISAGREES]
    # a list after "Cụ thể" may name only some of the parts: parts short of the total warn
    [short] = audit(parse_statements(_DISTRICT.replace("127", "227")))
    assert (short.kind, short.severity) == (FindingKind.COMPONENTS_SUM, Severity.WARNING)


@pytest.mark.parametrize(
    "text",
    [
        # quangninh-2024-vneconomy-6thang:s1: a total after "Cụ thể", not a part
        (
            "Thu ngân sách nhà nước đạt 30.774 tỷ đồng. Cụ thể, tổng thu nội địa đạt 21.324 tỷ "
            "đồng; thu từ hoạt động xuất nhập khẩu đạt 9.450 tỷ đồng."
        ),
        # langson-2025-tracuuquyhoach-dautu:s2-s3: counts of other nouns than the total's
        (
            "UBND tỉnh giải quyết dứt điểm 87/105 dự án đầu tư ngoài ngân sách tồn đọng. Cụ thể, "
            "các cơ quan chuyên môn đã nhận được 23 hồ sơ quan tâm dự án nguồn điện (gồm: 22 dự "
            "án điện gió, 2 dự án điện sinh khối, 1 dự án điện rác); trong đó có 9 dự án đã nộp "
            "hồ sơ chính thức (gồm: 8 dự án điện gió và 1 dự án điện rác)."
        ),
        # tchq-2022-xuat-sieu-10thang-dia-phuong:s11-s12: "và", no list; the sides of a balance
        (
            "Bình Dương là địa phương xuất siêu lớn thứ 2 cả nước, đạt 8,13 tỷ USD trong 10 "
            "tháng đầu năm 2022. Cụ thể, kim ngạch xuất khẩu đạt 28,97 tỷ USD và kim ngạch nhập "
            "khẩu đạt 20,84 tỷ USD trong 10 tháng đầu năm 2022."
        ),
        # listed with commas: a clause may go on about the same figure
        "Thu ngân sách đạt 127 tỷ đồng. Cụ thể, thu thuế 73 tỷ đồng, thu phí 54 tỷ đồng.",
        # another period than the total's
        (
            "Năm 2020 thu ngân sách đạt 127 tỷ đồng. Cụ thể, năm 2019 thu thuế 73 tỷ đồng; thu phí "
            "54 tỷ đồng."
        ),
        # a figure of another kind among them
        (
            "Thu ngân sách đạt 127 tỷ đồng. Cụ thể, thu thuế 73 tỷ đồng; thu phí 54 tỷ đồng; có 12 "
            "doanh nghiệp nộp thuế."
        ),
        # not the last figure of the sentence before
        (
            "Thu ngân sách đạt 127 tỷ đồng, có 12 doanh nghiệp nộp thuế. Cụ thể, thu thuế 73 tỷ "
            "đồng; thu phí 54 tỷ đồng."
        ),
    ],
)
def test_cu_the_lists_no_parts_when_the_words_leave_a_doubt(text: str) -> None:
    # no figure said after "Cụ thể" becomes a part of one said before it
    at = text.index("Cụ thể")
    before = [s for s in parse_statements(text) if isinstance(s, Statement) and s.span[0] < at]
    assert before
    assert all(part.span[0] < at for statement in before for part in statement.walk())


def test_the_sides_after_cu_the_still_check_their_balance() -> None:
    # tchq-2022-xuat-sieu-10thang-dia-phuong g5: 28,97 − 20,84 = 8,13
    text = (
        "Bình Dương là địa phương xuất siêu lớn thứ 2 cả nước, đạt 8,13 tỷ USD trong 10 tháng "
        "đầu năm 2022. Cụ thể, kim ngạch xuất khẩu đạt 28,97 tỷ USD và kim ngạch nhập khẩu đạt "
        "20,84 tỷ USD trong 10 tháng đầu năm 2022."
    )
    assert audit(parse_statements(text)) == []
    assert inconsistent(text.replace("28,97", "38,97")) == [FindingKind.BALANCE_DISAGREES]


@given(
    st.lists(st.integers(1, 10**6), min_size=2, max_size=6),
    st.sampled_from(["; ", ", "]),
    st.booleans(),
)
def test_cu_the_lists_parts_only_after_semicolons_and_never_a_total(
    values: list[int],
    separator: str,
    named: bool,  # noqa: FBT001 - drawn by Hypothesis
) -> None:
    def amount(value: int) -> str:
        return format_number(Decimal(value)) + " tỷ đồng"

    first = "tổng thu" if named else "thu"
    listed = separator.join(
        f"{first if i == 0 else 'thu'} khoản {i} đạt {amount(v)}" for i, v in enumerate(values)
    )
    [total, *rest] = parse_statements(f"Thu ngân sách đạt {amount(sum(values))}. Cụ thể, {listed}.")
    assert isinstance(total, Statement)
    linked = separator == "; " and not named
    assert [part.value.value for part in total.components] == (values if linked else [])
    assert len(rest) == (0 if linked else len(values))
    assert (
        audit(parse_statements(f"Thu ngân sách đạt {amount(sum(values))}. Cụ thể, {listed}.")) == []
    )


def test_trong_do_after_a_part_said_last_gives_its_parts() -> None:
    text = (
        "Tổng thu đạt 500 tỷ đồng. Trong đó, thu nội địa 400 tỷ đồng. Trong đó, thu từ doanh "
        "nghiệp 150 tỷ đồng; thu tiền sử dụng đất 100 tỷ đồng."
    )
    [total] = parse_statements(text)
    assert _tree(total) == ["500 tỷ đồng", ["400 tỷ đồng", ["150 tỷ đồng"], ["100 tỷ đồng"]]]


@given(
    st.lists(st.integers(1, 10**6), min_size=2, max_size=6),
    st.integers(1, 10**6),
)
def test_nested_lists_read_as_written_for_any_figures(inner: list[int], other: int) -> None:
    def amount(value: int) -> str:
        return format_number(Decimal(value)) + " tỷ đồng"

    listed = "; ".join(f"thu khoản {i}: {amount(value)}" for i, value in enumerate(inner))
    text = (
        f"Tổng thu ngân sách đạt {amount(sum(inner) + other)}. Trong đó, thu ngân sách do huyện "
        f"quản lý {amount(sum(inner))}. Cụ thể, {listed}. Riêng thu ngân sách tỉnh quản lý "
        f"{amount(other)}."
    )
    [total] = parse_statements(text)
    assert _tree(total) == [
        amount(sum(inner) + other),
        [amount(sum(inner)), *([amount(value)] for value in inner)],
        [amount(other)],
    ]
    assert audit([total]) == []
