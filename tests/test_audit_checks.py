"""Every check of the audit, on statements built as the paragraph reader will give them."""

from __future__ import annotations

import datetime as dt
import math
from decimal import Decimal
from fractions import Fraction

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from dongdang import Period, parse_statements
from dongdang.auditing import Finding, FindingKind, Interval, Severity, audit
from dongdang.errors import InvalidValueError
from dongdang.statements import Comparison, ComparisonKind, Relation, Statement
from dongdang.text import format_number, read_figure

GROWTH = ComparisonKind.GROWTH


def said(subject: str, figure: str, noun: str | None = None, **fields: object) -> Statement:
    """A statement of ``subject`` whose figure is printed as ``figure``."""
    return Statement(subject=subject, value=read_figure(figure), noun=noun, **fields)  # type: ignore[arg-type]


def compared(
    kind: ComparisonKind, figure: str, base: str | None = None, *, decrease: bool = False
) -> Comparison:
    return Comparison(
        kind=kind,
        value=read_figure(figure),
        decrease=decrease,
        base_value=None if base is None else read_figure(base),
    )


def kinds(findings: list[Finding]) -> list[FindingKind]:
    return [finding.kind for finding in findings]


@pytest.mark.parametrize(
    ("comparison", "expected"),
    [
        # the figures of: đạt 4.320 tỷ đồng, bằng 108% dự toán (4.000 tỷ đồng)
        (compared(ComparisonKind.ATTAINMENT, "108%", "4.000 tỷ đồng"), []),
        (
            compared(ComparisonKind.ATTAINMENT, "118%", "4.000 tỷ đồng"),
            [FindingKind.RATIO_DISAGREES],
        ),
        (compared(ComparisonKind.RATIO, "108%", "4.000.000 triệu đồng"), []),
        (compared(ComparisonKind.EXCESS, "8%", "4.000 tỷ đồng"), []),
        (compared(ComparisonKind.EXCESS, "9%", "4.000 tỷ đồng"), [FindingKind.RATIO_DISAGREES]),
        (compared(GROWTH, "8%", "4.000 tỷ đồng"), []),
        (compared(GROWTH, "8%", "4.000 tỷ đồng", decrease=True), [FindingKind.GROWTH_DISAGREES]),
        (compared(ComparisonKind.MULTIPLE, "1,08", "4.000 tỷ đồng"), []),
        (compared(ComparisonKind.MULTIPLE, "2", "4.000 tỷ đồng"), [FindingKind.RATIO_DISAGREES]),
        (compared(ComparisonKind.CHANGE, "320 tỷ đồng", "4.000 tỷ đồng"), []),
        (compared(ComparisonKind.CHANGE, "0,32 nghìn tỷ đồng", "4.000 tỷ đồng"), []),
        (
            compared(ComparisonKind.CHANGE, "300 tỷ đồng", "4.000 tỷ đồng"),
            [FindingKind.CHANGE_DISAGREES],
        ),
        # a base in another kind of unit, or a change in one, says nothing
        (compared(ComparisonKind.ATTAINMENT, "118%", "4.000 ha"), []),
        (compared(ComparisonKind.CHANGE, "300 ha", "4.000 tỷ đồng"), []),
        # a base of nothing leaves the ratio undefined
        (compared(ComparisonKind.ATTAINMENT, "118%", "0 tỷ đồng"), []),
        # "giảm" before a ratio is not a ratio to check
        (compared(ComparisonKind.RATIO, "18%", "4.000 tỷ đồng", decrease=True), []),
    ],
)
def test_a_comparison_against_its_printed_base(
    comparison: Comparison, expected: list[FindingKind]
) -> None:
    statement = said("thu ngân sách", "4.320 tỷ đồng", comparisons=(comparison,))
    assert kinds(audit([statement])) == expected


def test_percentage_points_against_the_previous_rate() -> None:
    ok = said("tỷ lệ", "7,1%", comparisons=(compared(ComparisonKind.POINTS, "1,2%", "5,9%"),))
    wrong = said("tỷ lệ", "7,1%", comparisons=(compared(ComparisonKind.POINTS, "2,2%", "5,9%"),))
    assert audit([ok]) == []
    [finding] = audit([wrong])
    assert finding.kind is FindingKind.POINTS_DISAGREES
    # 7,1 − 5,9 with half a unit of each: from 1,1 to 1,3
    assert "từ 1,10% đến 1,30%" in finding.explain("vi")
    assert "1.10% and 1.30%" in finding.explain("en")


def test_every_ratio_of_a_sentence_is_checked_not_the_first_only() -> None:
    statement = said(
        "thu ngân sách",
        "520 tỷ đồng",
        comparisons=(
            compared(ComparisonKind.RATIO, "98,5%", "600 tỷ đồng"),
            compared(ComparisonKind.ATTAINMENT, "93,2%", "500 tỷ đồng"),
        ),
    )
    assert kinds(audit([statement])) == [FindingKind.RATIO_DISAGREES] * 2


def test_a_truncated_ratio_is_inconsistent_and_the_explanation_says_so() -> None:
    # 4.343 / 4.000 = 108,575 %: "108%" is a cut, not a rounding
    statement = said(
        "thu ngân sách",
        "4.343 tỷ đồng",
        comparisons=(compared(ComparisonKind.ATTAINMENT, "108%", "4.000 tỷ đồng"),),
    )
    [finding] = audit([statement])
    assert finding.truncated
    assert finding.printed == "108%"
    assert finding.explain("vi").endswith("cắt bớt chữ số thay vì làm tròn.")
    assert finding.explain("en").endswith("cut the digits instead of rounding.")
    assert "nếu" not in audit(
        [
            said(
                "x",
                "4.500 tỷ đồng",
                comparisons=(compared(ComparisonKind.ATTAINMENT, "108%", "4.000 tỷ đồng"),),
            )
        ]
    )[0].explain("vi")


def test_a_truncated_fall_reads_the_cut_on_its_own_side() -> None:
    # 3.657 / 4.000 − 1 = −8,575 %: "giảm 8%" would be a cut of −8,575
    statement = said(
        "thu ngân sách",
        "3.657 tỷ đồng",
        comparisons=(compared(GROWTH, "8%", "4.000 tỷ đồng", decrease=True),),
    )
    [finding] = audit([statement])
    assert finding.truncated


@pytest.mark.parametrize(
    ("change", "growth", "expected"),
    [
        ("1.790 ha", "3,09%", []),  # 1.790 / (59.765 − 1.790) = 3,088 %
        ("1.790 ha", "4,09%", [FindingKind.CHANGE_DISAGREES]),
        ("1.790 tỷ đồng", "4,09%", []),  # a change in another kind of unit
    ],
)
def test_a_change_and_its_growth_against_the_value(
    change: str, growth: str, expected: list[FindingKind]
) -> None:
    statement = said(
        "diện tích",
        "59.765 ha",
        comparisons=(compared(ComparisonKind.CHANGE, change), compared(GROWTH, growth)),
    )
    assert kinds(audit([statement])) == expected


def test_a_base_said_once_serves_the_change_and_the_growth() -> None:
    statement = said(
        "kim ngạch",
        "117,02 tỷ USD",
        comparisons=(
            compared(GROWTH, "1,8%"),
            Comparison(
                kind=ComparisonKind.CHANGE, value=read_figure("904 triệu USD"), base="cùng kỳ"
            ),
        ),
    )
    # 904 / (117.020 − 904) = 0,78 %, not 1,8 %
    assert kinds(audit([statement])) == [FindingKind.CHANGE_DISAGREES]


def test_a_change_of_a_count_is_exact() -> None:
    statement = said(
        "doanh nghiệp",
        "148",
        noun="doanh nghiệp",
        comparisons=(
            Comparison(kind=ComparisonKind.CHANGE, value=read_figure("48"), decrease=True),
            compared(GROWTH, "24,5%", decrease=True),
        ),
    )
    # 148 + 48 = 196 last year: −48 / 196 = −24,49 %
    assert audit([statement]) == []


@pytest.mark.parametrize(
    "comparisons",
    [
        # a change with a printed base is checked against it, not here
        (compared(ComparisonKind.CHANGE, "1.790 ha", "57.975 ha"), compared(GROWTH, "3,09%")),
        # a growth on another base than the change's
        (
            Comparison(kind=ComparisonKind.CHANGE, value=read_figure("1.790 ha"), base="cùng kỳ"),
            Comparison(kind=GROWTH, value=read_figure("9%"), base="kế hoạch"),
        ),
        # a fall larger than the value leaves no previous value
        (compared(ComparisonKind.CHANGE, "70.000 ha"), compared(GROWTH, "9%")),
    ],
)
def test_a_change_and_a_growth_that_say_nothing_of_each_other(
    comparisons: tuple[Comparison, ...],
) -> None:
    statement = said("diện tích", "59.765 ha", comparisons=comparisons)
    assert [f for f in audit([statement]) if f.kind is FindingKind.CHANGE_DISAGREES] == []


def test_a_change_of_a_percent_is_left_to_points() -> None:
    statement = said(
        "tỷ lệ",
        "7,1%",
        comparisons=(compared(ComparisonKind.CHANGE, "1,2%"), compared(GROWTH, "90%")),
    )
    assert audit([statement]) == []


def _trade(balance: str, *, words: str = "xuất siêu") -> list[Statement]:
    return [
        said("kim ngạch xuất khẩu", "5,2 tỷ USD"),
        said("kim ngạch nhập khẩu", "4 tỷ USD"),
        said("tổng kim ngạch xuất nhập khẩu", "9,2 tỷ USD"),
        said(words, balance, relation=Relation.BALANCE, text=f"{words} {balance}"),
    ]


def test_a_balance_is_exports_less_imports() -> None:
    assert audit(_trade("1,2 tỷ USD")) == []
    assert audit(_trade("1.200 triệu USD")) == []
    [finding] = audit(_trade("2,2 tỷ USD"))
    assert finding.kind is FindingKind.BALANCE_DISAGREES
    assert finding.severity is Severity.INCONSISTENT
    # 5,2 ± 0,05 less 4 ± 0,5
    assert finding.allowed == Interval(low=Fraction("0.65"), high=Fraction("1.75"))
    assert "xuất khẩu trừ nhập khẩu" in finding.explain("vi")
    assert "exports less imports" in finding.explain("en")
    # "nhập siêu": imports less exports
    [deficit] = audit(_trade("1,2 tỷ USD", words="nhập siêu"))
    assert deficit.kind is FindingKind.BALANCE_DISAGREES
    # 4 ± 0,5 less 5,2 ± 0,05: a deficit of 1,2 tỷ would need imports above exports
    assert deficit.allowed == Interval(low=Fraction("-1.75"), high=Fraction("-0.65"))


def test_a_balance_with_two_export_figures_or_none_is_not_checked() -> None:
    statements = _trade("2,2 tỷ USD")
    assert audit([*statements, said("xuất khẩu hàng nông sản", "1 tỷ USD")]) == []
    assert audit(statements[1:]) == []
    assert audit([said("kim ngạch xuất khẩu", "5.000 tấn"), *statements[1:]]) == []


@pytest.mark.parametrize(
    "turnover",
    [
        "tổng kim ngạch xuất, nhập khẩu",
        "tổng kim ngạch xuất - nhập khẩu",
        "tổng kim ngạch xuất và nhập khẩu",
        "Kim ngạch xuất/nhập khẩu",
    ],
)
def test_a_turnover_written_with_both_sides_is_neither_side(turnover: str) -> None:
    # exports 99,36 and a turnover of 196,84: the imports are not printed, the
    # turnover is no import figure
    statements = [
        said(turnover, "196,84 tỷ USD"),
        said("kim ngạch xuất khẩu hàng hóa", "99,36 tỷ USD"),
        said("cán cân", "1,9 tỷ USD", relation=Relation.BALANCE, text="xuất siêu 1,9 tỷ USD"),
    ]
    assert not [f for f in audit(statements) if f.kind is FindingKind.BALANCE_DISAGREES]


def _excluding(rest: str, total: str = "10.000 tỷ đồng", subject: str = "") -> list[Statement]:
    return [
        said("tổng thu ngân sách", total),
        said(
            subject,
            rest,
            relation=Relation.EXCLUDING,
            components=(said("thu tiền sử dụng đất", "2.000 tỷ đồng"),),
        ),
    ]


def test_a_total_less_a_part() -> None:
    assert audit(_excluding("8.000 tỷ đồng")) == []
    [finding] = audit(_excluding("8.500 tỷ đồng"))
    assert finding.kind is FindingKind.EXCLUDING_DISAGREES
    assert finding.allowed == Interval(low=Fraction("7999"), high=Fraction("8001"))
    assert "tổng trừ phần không tính" in finding.explain("vi")
    assert "the total less the part left out" in finding.explain("en")
    # with a subject, only a total of that subject
    assert audit(_excluding("8.500 tỷ đồng", subject="thu nội địa")) == []
    assert audit(_excluding("8.500 tỷ đồng", subject="tổng thu ngân sách")) != []


def test_a_subtraction_without_its_total_or_of_other_units_is_not_checked() -> None:
    assert audit(_excluding("8.500 tỷ đồng")[1:]) == []
    assert audit(_excluding("8.500 tỷ đồng", total="10.000 ha")) == []
    lone = said("thu", "8.500 tỷ đồng", relation=Relation.EXCLUDING)
    assert audit([said("tổng thu", "10.000 tỷ đồng"), lone]) == []


def test_a_subtraction_takes_its_total_from_the_same_period() -> None:
    total, rest = _excluding("8.500 tỷ đồng")
    year_2023, year_2024 = Period.year(2023), Period.year(2024)
    other_year = [attrs.evolve(total, period=year_2023), attrs.evolve(rest, period=year_2024)]
    assert audit(other_year) == []
    same_year = [attrs.evolve(total, period=year_2024), attrs.evolve(rest, period=year_2024)]
    assert kinds(audit(same_year)) == [FindingKind.EXCLUDING_DISAGREES]


def test_a_partial_list_bounds_its_totals_growth_from_above_only() -> None:
    def total(growth: str, decrease: bool) -> Statement:  # noqa: FBT001
        return said(
            "vốn đầu tư",
            "4.648,7 tỷ đồng",
            comparisons=(compared(GROWTH, growth, decrease=decrease),),
            components=(
                said(
                    "vốn ngân sách",
                    "1.252 tỷ đồng",
                    comparisons=(compared(GROWTH, "13,69%", decrease=True),),
                ),
                said(
                    "vốn ngoài nhà nước",
                    "3.396,5 tỷ đồng",
                    comparisons=(compared(GROWTH, "22,53%", decrease=True),),
                ),
            ),
        )

    # −20,41 % is below what the two named parts give (−20,33 %): an unnamed
    # part that fell could explain it
    assert audit([total("20,41%", decrease=True)]) == []
    # above what the parts allow even with an unnamed part: inconsistent
    [finding] = audit([total("18%", decrease=True)])
    assert finding.kind is FindingKind.GROWTH_DISAGREES
    assert finding.allowed is not None
    assert finding.allowed.low == -100


def test_a_partial_list_with_a_range_or_unbounded_total_is_bounded_above_only() -> None:
    parts = (
        said("a", "1 tỷ đồng", comparisons=(compared(GROWTH, "10%"),)),
        said("b", "1 tỷ đồng", comparisons=(compared(GROWTH, "10%"),)),
    )
    ranged = Statement(
        subject="tổng",
        value=read_figure("2 tỷ đồng"),
        upper=read_figure("3 tỷ đồng"),
        comparisons=(compared(GROWTH, "5%"),),
        components=parts,
    )
    assert audit([ranged]) == []
    open_above = said(
        "tổng", "trên 2 tỷ đồng", comparisons=(compared(GROWTH, "5%"),), components=parts
    )
    assert audit([open_above]) == []


def test_what_a_finding_prints_and_allows_in_words() -> None:
    [multiple] = audit(
        [
            said(
                "thu",
                "4.320 tỷ đồng",
                comparisons=(compared(ComparisonKind.MULTIPLE, "2", "4.000 tỷ đồng"),),
            )
        ]
    )
    # a multiple has no unit: the bare numbers
    assert multiple.allows("en") == "1.08"
    assert multiple.printed == "2"
    [count] = audit(
        [
            said(
                "doanh nghiệp",
                "148",
                noun="doanh nghiệp",
                comparisons=(compared(ComparisonKind.CHANGE, "58", "100"),),
            )
        ]
    )
    # a change of a count is in the count's noun, and never a truncation
    assert count.allows("vi") == "48 doanh nghiệp"
    assert not count.truncated
    [units] = audit([said("vốn", "5 tỷ USD", components=(said("a", "3 ha"), said("b", "2 tấn")))])
    assert units.kind is FindingKind.UNITS_DIFFER
    assert units.printed == "5 tỷ USD"
    assert units.allows("vi") == ""
    with pytest.raises(InvalidValueError, match="fr"):
        units.allows("fr")  # type: ignore[arg-type]


def test_a_qualified_figure_is_never_called_a_truncation() -> None:
    statement = said(
        "thu",
        "4.343 tỷ đồng",
        comparisons=(compared(ComparisonKind.ATTAINMENT, "trên 110%", "4.000 tỷ đồng"),),
    )
    [finding] = audit([statement])
    assert not finding.truncated


def test_a_subtraction_beside_parts_of_another_kind_is_not_checked() -> None:
    rest = said(
        "",
        "8.500 tỷ đồng",
        relation=Relation.EXCLUDING,
        components=(said("đất", "2.000 tỷ đồng"), said("diện tích", "5 ha")),
    )
    assert [
        f
        for f in audit([said("tổng thu", "10.000 tỷ đồng"), rest])
        if f.kind is FindingKind.EXCLUDING_DISAGREES
    ] == []


def test_a_negative_value_has_no_ratio_to_check() -> None:
    statement = said(
        "cán cân",
        "-5 tỷ USD",
        comparisons=(compared(ComparisonKind.RATIO, "50%", "10 tỷ USD"),),
    )
    assert audit([statement]) == []


def _average_text(average: str, *, count: str = "1.000 doanh nghiệp") -> str:
    return (
        f"Trong 6 tháng đầu năm 2025, cả nước có {count} thành lập mới với số vốn đăng ký "
        f"là 5.000 tỷ đồng. Vốn đăng ký bình quân một doanh nghiệp trong 6 tháng đầu năm "
        f"2025 đạt {average}."
    )


def test_an_average_is_the_amount_over_the_count() -> None:
    assert audit(parse_statements(_average_text("5,0 tỷ đồng"))) == []
    assert audit(parse_statements(_average_text("5.000 triệu đồng"))) == []
    # [4.999,5; 5.000,5] / 1.000 (a count is exact): "6,0" allows [5,95; 6,05]
    [finding] = audit(parse_statements(_average_text("6,0 tỷ đồng")))
    assert finding.kind is FindingKind.AVERAGE_DISAGREES
    assert finding.severity is Severity.INCONSISTENT
    assert finding.allowed == Interval(low=Fraction("4.9995"), high=Fraction("5.0005"))
    assert "tổng chia cho số lượng" in finding.explain("vi")
    assert "the total divided by the count" in finding.explain("en")
    # a scaled count: 5.000 tỷ đồng / 1,25 nghìn doanh nghiệp = [3,98; 4,02]
    text = _average_text("4,0 tỷ đồng", count="1,25 nghìn doanh nghiệp")
    assert audit(parse_statements(text)) == []
    [scaled] = audit(
        parse_statements(_average_text("5,0 tỷ đồng", count="1,25 nghìn doanh nghiệp"))
    )
    assert scaled.kind is FindingKind.AVERAGE_DISAGREES


@given(st.integers(1, 10**6), st.integers(1, 10**4))
def test_an_average_printed_from_its_figures_agrees(total: int, count: int) -> None:
    average = format_number(Decimal(total) / Decimal(count), "vi", 2)
    text = (
        f"Trong năm 2024, tỉnh có {format_number(Decimal(count), 'vi', 0)} hộ kinh doanh với "
        f"tổng doanh thu là {format_number(Decimal(total), 'vi', 0)} triệu đồng. Doanh thu "
        f"bình quân mỗi hộ trong năm 2024 đạt {average} triệu đồng."
    )
    assert audit(parse_statements(text)) == []


def _averaged(
    average: Statement, count: Statement, total: Statement, *, before: Statement | None = None
) -> list[Finding]:
    return audit([*([] if before is None else [before]), count, total, average])


_YEAR = Period(start=dt.date(2024, 1, 1), end=dt.date(2024, 12, 31))
_HALF = Period(start=dt.date(2024, 1, 1), end=dt.date(2024, 6, 30))


@pytest.mark.parametrize(
    ("average", "count", "total"),
    [
        # no average: the words are not "bình quân/trung bình một/mỗi X"
        (said("vốn đăng ký", "9 tỷ đồng"), None, None),
        # an average count, a percent, nothing averaged
        (said("vốn đăng ký bình quân mỗi doanh nghiệp", "9", "dự án"), None, None),
        (said("vốn đăng ký bình quân mỗi doanh nghiệp", "9%"), None, None),
        (said("bình quân một doanh nghiệp", "9 tỷ đồng"), None, None),
        # a count of another noun, an amount of another kind or other words
        (None, said("cả nước", "10", "hợp tác xã", period=_YEAR), None),
        (None, None, said("vốn đăng ký", "100 ha", period=_YEAR)),
        (None, None, said("doanh thu", "100 tỷ đồng", period=_YEAR)),
        # periods: the count's not named, the two differ, the average's differs
        (None, said("cả nước", "10", "doanh nghiệp"), None),
        (None, said("cả nước", "10", "doanh nghiệp", period=_HALF), None),
        (said("vốn đăng ký bình quân mỗi doanh nghiệp", "9 tỷ đồng", period=_HALF), None, None),
        # a balance is no total; a count of none divides nothing
        (None, None, said("vốn đăng ký", "100 tỷ đồng", period=_YEAR, relation=Relation.BALANCE)),
        (None, said("cả nước", "0", "doanh nghiệp", period=_YEAR), None),
    ],
)
def test_an_average_without_its_amount_and_count_is_not_checked(
    average: Statement | None, count: Statement | None, total: Statement | None
) -> None:
    # 100 / 10 = 10, printed 9: any check made would find it
    findings = _averaged(
        average or said("vốn đăng ký bình quân mỗi doanh nghiệp", "9 tỷ đồng"),
        count or said("cả nước", "10", "doanh nghiệp", period=_YEAR),
        total or said("số vốn đăng ký", "100 tỷ đồng", period=_YEAR),
    )
    assert FindingKind.AVERAGE_DISAGREES not in kinds(findings)


def test_an_average_takes_the_nearest_pair_in_either_order() -> None:
    average = said("vốn đăng ký bình quân mỗi doanh nghiệp", "9 tỷ đồng")
    count = said("cả nước", "10", "doanh nghiệp", period=_YEAR)
    total = said("số vốn đăng ký", "100 tỷ đồng", period=_YEAR)
    assert kinds(audit([total, count, average])) == [FindingKind.AVERAGE_DISAGREES]
    # an earlier pair of other figures does not count: the nearest agrees
    agreeing = said("số vốn đăng ký", "90 tỷ đồng", period=_YEAR)
    assert audit([count, total, count, agreeing, average]) == []


_DOMESTIC = (
    "Thu nội địa đạt {total} tỷ đồng, bằng {ratio} dự toán Trung ương giao, bằng 19,2% dự "
    "toán tỉnh giao, {cue}: Thu thuế, phí và thu khác đạt {first} tỷ đồng, bằng 21,7% dự toán "
    "Trung ương giao, bằng 15,8% dự toán tỉnh giao; thu tiền sử dụng đất đạt 1.141 tỷ đồng, "
    "bằng 43,5% dự toán Trung ương giao, bằng 25,4% dự toán tỉnh giao."
)


def test_a_totals_attainment_follows_from_its_parts_attainments() -> None:
    # 1.292 / 21,7 % + 1.141 / 43,5 % = 8.576,9 planned; 2.433 / 8.576,9 = 28,37 %,
    # and 2.433 / (1.292 / 15,8 % + 1.141 / 25,4 %) = 19,20 %
    assert (
        audit(
            parse_statements(
                _DOMESTIC.format(total="2.433", ratio="28,4%", first="1.292", cue="gồm")
            )
        )
        == []
    )
    [finding] = audit(
        parse_statements(_DOMESTIC.format(total="2.433", ratio="38,4%", first="1.292", cue="gồm"))
    )
    assert finding.kind is FindingKind.RATIO_DISAGREES
    assert [s.value.text for s in finding.statements] == [
        "2.433 tỷ đồng",
        "1.292 tỷ đồng",
        "1.141 tỷ đồng",
    ]
    assert finding.allowed is not None
    assert finding.allowed.low is not None
    assert finding.allowed.high is not None
    assert 28.3 < finding.allowed.low < finding.allowed.high < 28.5


def test_a_total_not_printed_as_its_parts_sum_bounds_its_attainment_from_above_only() -> None:
    # "khoảng 2.433": not the sum the report made, so a part of any plan may be unnamed
    lower = _DOMESTIC.format(total="khoảng 2.433", ratio="20%", first="1.292", cue="trong đó")
    assert audit(parse_statements(lower)) == []
    higher = _DOMESTIC.format(total="khoảng 2.433", ratio="38,4%", first="1.292", cue="trong đó")
    [finding] = audit(parse_statements(higher))
    assert finding.kind is FindingKind.RATIO_DISAGREES
    assert finding.allowed is not None
    assert finding.allowed.low == 0
    # a total that is only a bound ("trên") and a plan that may be anything: no bound
    above = _DOMESTIC.format(total="trên 2.433", ratio="38,4%", first="1.292", cue="trong đó")
    assert FindingKind.RATIO_DISAGREES not in kinds(audit(parse_statements(above)))


def test_a_plan_given_is_the_plan() -> None:
    # "dự toán giao" names the plan "dự toán" does: 127 / (73 / 25 % + 50 / 28 % + 4 / 17 %)
    # = 25,7 %, not 36 %
    text = (
        "Thu 127 tỷ đồng, đạt {ratio} dự toán, trong đó thu thuế 73 tỷ đồng, bằng 25% so với "
        "dự toán giao; thu đất 50 tỷ đồng, bằng 28% so với dự toán; thu khác 4 tỷ đồng, bằng "
        "17% so với dự toán giao."
    )
    assert audit(parse_statements(text.format(ratio="26%"))) == []
    assert kinds(audit(parse_statements(text.format(ratio="36%")))) == [FindingKind.RATIO_DISAGREES]


@pytest.mark.parametrize(
    "parts",
    [
        # a part with no attainment of that plan, or with two
        "A 73 tỷ đồng, bằng 25% kế hoạch; B 54 tỷ đồng, tăng 28% so với cùng kỳ",
        "A 73 tỷ đồng, bằng 25% dự toán, bằng 30% dự toán; B 54 tỷ đồng, bằng 28% dự toán",
        # a bound ("trên 25%") or a fall; a part worth an unbounded amount; a part at 0 %
        "A 73 tỷ đồng, bằng trên 25% dự toán; B 54 tỷ đồng, bằng 28% dự toán",
        "A hơn 73 tỷ đồng, bằng 25% dự toán; B 54 tỷ đồng, bằng 28% dự toán",
        "A 73 tỷ đồng, bằng 0% dự toán; B 54 tỷ đồng, bằng 28% dự toán",
        # parts worth nothing have no plan to add up
        "A 0 tỷ đồng, bằng 25% dự toán; B 0 tỷ đồng, bằng 28% dự toán",
    ],
)
def test_an_attainment_not_backed_by_each_part_is_not_checked(parts: str) -> None:
    total = "0" if parts.startswith("A 0") else "127"
    findings = audit(
        parse_statements(
            f"Thu {total} tỷ đồng, tăng 5% so với cùng kỳ, đạt 90% dự toán, trong đó {parts}."
        )
    )
    assert FindingKind.RATIO_DISAGREES not in kinds(findings)


@given(
    st.lists(st.tuples(st.integers(1, 10**5), st.integers(1, 400)), min_size=2, max_size=12),
)
def test_an_attainment_worked_out_from_its_parts_is_never_flagged(
    parts: list[tuple[int, int]],
) -> None:
    total = sum(value for value, _ in parts)
    plan = sum(Fraction(value * 100, ratio) for value, ratio in parts)
    # the total's attainment in tenths of a percent, rounded half up as reports print it
    tenths = math.floor(Fraction(total * 1000) / plan + Fraction(1, 2))
    ratio = format_number(Decimal(tenths) / 10, decimals=1)
    listed = "; ".join(
        f"khoản {i} {format_number(Decimal(value))} tỷ đồng, bằng {ratio_}% dự toán"
        for i, (value, ratio_) in enumerate(parts)
    )
    text = f"Thu {format_number(Decimal(total))} tỷ đồng, đạt {ratio}% dự toán, trong đó {listed}."
    assert FindingKind.RATIO_DISAGREES not in kinds(audit(parse_statements(text)))


def test_parts_that_add_up_to_what_a_rounded_total_stands_for_are_all_of_it() -> None:
    # 1,822 + 10,028 + 0,443 + 34,756 = 47,049, printed "47 triệu USD": the four kinds of
    # exporters are the whole, so the total's growth is bounded on both sides
    text = (
        "Trị giá xuất khẩu tháng 3.2010 ước thực hiện được 47 triệu USD, so tháng trước tăng "
        "5,86%. Trong đó: DN Nhà nước đạt 1,822 triệu USD, so tháng trước tăng 2,53%; DN tư "
        "nhân: 10,028 triệu USD, so tháng trước tăng {private}; Hộ kinh doanh cá thể: 0,443 triệu "
        "USD, so tháng trước tăng 3,84%; DN có vốn đầu tư nước ngoài: 34,756 triệu USD, so tháng "
        "trước tăng 6,45%."
    )
    assert audit(parse_statements(text.format(private="4,55%"))) == []
    # 5,55 % for one part lowers last month's sum: the total's growth would be 6,07 % or so
    [finding] = audit(parse_statements(text.format(private="5,55%")))
    assert finding.kind is FindingKind.GROWTH_DISAGREES
    assert finding.allowed is not None
    assert finding.allowed.low is not None
    assert finding.allowed.low > 5.9
