"""Checks of what the words tie together: an average's growth, points against a printed
rate, a balance with one side implied, shares and contributions of one whole, fractions."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dongdang import parse_statements
from dongdang.auditing import Finding, FindingKind, Severity, audit
from dongdang.text import format_number


def kinds(findings: list[Finding]) -> list[FindingKind]:
    return [finding.kind for finding in findings if finding.severity is Severity.INCONSISTENT]


def checked(text: str) -> list[FindingKind]:
    return kinds(audit(parse_statements(text)))


def printed(value: Decimal, decimals: int) -> str:
    """A number as a Vietnamese report prints it, rounded half up to ``decimals``."""
    rounded = value.quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP)
    return format_number(rounded, "vi", decimals)


def moved(value: Decimal) -> tuple[str, Decimal]:
    """A signed rate as "tăng"/"giảm" and its size."""
    return "giảm" if value < 0 else "tăng", abs(value)


# -- an average's growth ------------------------------------------------------------------

_MONTH = (
    "Trong tháng 11/2019, cả nước có 12.265 doanh nghiệp thành lập mới với số vốn đăng ký "
    "là 139,9 nghìn tỷ đồng và số lao động đăng ký là 112,5 nghìn lao động, tăng 0,7% về "
    "số doanh nghiệp, giảm 2,5% về vốn đăng ký và tăng 18,9% về số lao động so với tháng "
    "10/2019. Vốn đăng ký bình quân một doanh nghiệp thành lập mới trong tháng đạt 11,4 tỷ "
    "đồng, {growth} so với tháng trước và tăng 12,1% so với cùng kỳ năm trước."
)


def test_an_average_grows_as_its_amount_over_its_count() -> None:
    # (1 − 2,5 %) / (1 + 0,7 %) − 1 = −3,18 %, between −3,28 % and −3,08 % at the printed rounding
    assert checked(_MONTH.format(growth="giảm 3,2%")) == []
    [finding] = audit(parse_statements(_MONTH.format(growth="giảm 4,2%")))
    assert finding.kind is FindingKind.AVERAGE_GROWTH_DISAGREES
    assert finding.severity is Severity.INCONSISTENT
    assert finding.printed == "4,2%"
    assert finding.statements[0].value.text == "11,4 tỷ đồng"
    assert "tốc độ tăng của tổng và của số lượng" in finding.explain("vi")
    assert "-3,28% đến -3,08%" in finding.explain("vi")
    assert "the growths of the amount and of the count give" in finding.explain("en")


def test_an_average_of_growths_printed_on_their_own_figures() -> None:
    text = (
        "Tính trong 02 tháng năm 2019, cả nước có 15.979 doanh nghiệp thành lập mới, giảm "
        "14,6% về số doanh nghiệp so với cùng kỳ năm 2018. Số vốn đăng ký của doanh nghiệp "
        "thành lập là 247.384 tỷ đồng, tăng 25,4% so với cùng kỳ. Vốn đăng ký bình quân "
        "trên một doanh nghiệp đạt 15,5 tỷ đồng, tăng {growth} so với cùng kỳ năm 2018."
    )
    assert checked(text.format(growth="46,7%")) == []
    assert checked(text.format(growth="56,7%")) == [FindingKind.AVERAGE_GROWTH_DISAGREES]
    # the count's growth on its own figure; a growth of labour is neither's
    own = text.replace("về số doanh nghiệp ", "").replace(
        "25,4% so với cùng kỳ.",
        "25,4% so với cùng kỳ; số lao động đăng ký là 90 nghìn lao động, tăng 3% so với cùng kỳ.",
    )
    assert checked(own.format(growth="46,7%")) == []
    assert checked(own.format(growth="56,7%")) == [FindingKind.AVERAGE_GROWTH_DISAGREES]


@pytest.mark.parametrize(
    "text",
    [
        # the average's growth on another base than the amount's and the count's
        _MONTH.replace("so với tháng trước", "so với quý trước").format(growth="giảm 4,2%"),
        # the growths "về …" compared with a month that is not the one before November
        _MONTH.replace("so với tháng 10/2019", "so với tháng 11/2018").format(growth="giảm 4,2%"),
        # the growths "về …" compared with nothing said
        _MONTH.replace("so với tháng 10/2019", "").format(growth="giảm 4,2%"),
        # another year than the average's
        _MONTH.replace("tháng 10/2019", "cùng kỳ năm 2017")
        .replace("so với tháng trước", "so với cùng kỳ năm 2018")
        .replace(" và tăng 12,1% so với cùng kỳ năm trước", "")
        .format(growth="giảm 4,2%"),
        # a growth bounded on one side only
        _MONTH.replace("giảm 2,5%", "giảm hơn 2,5%").format(growth="giảm 4,2%"),
        # a count that fell by all of it: the quotient is undefined
        _MONTH.replace("tăng 0,7%", "giảm 100%").format(growth="giảm 4,2%"),
        # words naming both the amount and the count: whose growth is it?
        _MONTH.replace("về vốn đăng ký", "về số doanh nghiệp có vốn đăng ký").format(
            growth="giảm 4,2%"
        ),
        # two growths of the amount on the base
        _MONTH.replace("về số lao động", "về số vốn đăng ký").format(growth="giảm 4,2%"),
        # the figures three sentences back are too far
        _MONTH.replace(". Vốn", ". Có 30 hồ sơ. Có 40 hồ sơ. Vốn").format(growth="giảm 4,2%"),
        # not an average: nothing after "bình quân một"
        _MONTH.replace("bình quân một doanh nghiệp", "của doanh nghiệp").format(growth="giảm 4,2%"),
    ],
)
def test_an_average_growth_is_checked_only_from_the_two_growths_on_its_base(text: str) -> None:
    assert FindingKind.AVERAGE_GROWTH_DISAGREES not in checked(text)


_AMOUNT = st.integers(-400, 2000).map(lambda n: Decimal(n) / 10)  # growths from −40 % to 200 %


@given(_AMOUNT, _AMOUNT)
def test_an_average_growth_worked_out_from_the_two_agrees(amount: Decimal, count: Decimal) -> None:
    exact = ((100 + amount) / (100 + count) - 1) * 100
    words = [moved(rate) for rate in (count, amount, exact)]
    text = (
        "Năm 2024, tỉnh có 1.000 doanh nghiệp thành lập mới với số vốn đăng ký là 5.000 tỷ "
        f"đồng, {words[0][0]} {printed(words[0][1], 1)}% về số doanh nghiệp và {words[1][0]} "
        f"{printed(words[1][1], 1)}% về vốn đăng ký so với cùng kỳ. Vốn đăng ký bình quân "
        f"một doanh nghiệp đạt 5,0 tỷ đồng, {words[2][0]} {{}}% so với cùng kỳ năm trước."
    )
    assert checked(text.format(printed(words[2][1], 2))) == []
    # one point off: beyond what half a unit of each growth allows
    broken = exact + 1
    sign, size = moved(broken)
    wrong = text.replace(f"{words[2][0]} {{}}%", f"{sign} {printed(size, 2)}%")
    assert checked(wrong) == [FindingKind.AVERAGE_GROWTH_DISAGREES]


def test_an_average_is_checked_from_an_undated_amount_and_count() -> None:
    text = (
        "Trong tháng 11.2019, cả nước có 12.265 doanh nghiệp thành lập mới với số vốn đăng ký "
        "là 139,9 nghìn tỷ đồng. Vốn đăng ký bình quân một doanh nghiệp thành lập mới trong "
        "tháng đạt {average} tỷ đồng."
    )
    assert checked(text.format(average="11,4")) == []
    assert checked(text.format(average="12,4")) == [FindingKind.AVERAGE_DISAGREES]


def test_an_average_takes_an_undated_amount_said_after_a_dated_count() -> None:
    text = (
        "Tính trong 3 tháng năm 2025, cả nước có 12.000 hợp tác xã thành lập mới, tăng 5% về "
        "số hợp tác xã so với cùng kỳ. Số vốn đăng ký của hợp tác xã thành lập là 36.000 tỷ "
        "đồng. Vốn đăng ký bình quân một hợp tác xã đạt {average} tỷ đồng."
    )
    assert checked(text.format(average="3,0")) == []
    assert checked(text.format(average="4,0")) == [FindingKind.AVERAGE_DISAGREES]
    # the other way round, an undated count after a dated amount, is not taken
    undated = (
        "Tính trong 3 tháng năm 2025, số vốn đăng ký của hợp tác xã thành lập là 36.000 tỷ "
        "đồng. Cả nước có 12.000 hợp tác xã thành lập mới. Vốn đăng ký bình quân một hợp tác "
        "xã đạt 4,0 tỷ đồng."
    )
    assert checked(undated) == []


def test_an_average_is_never_the_amount_or_the_count_of_another() -> None:
    text = (
        "Vốn đăng ký bình quân trên một doanh nghiệp trong tháng đạt 8,0 tỷ đồng. Như vậy, "
        "bình quân mỗi ngày có 305 doanh nghiệp thành lập mới. Vốn đăng ký bình quân trên "
        "một doanh nghiệp trong năm đạt 7,7 tỷ đồng."
    )
    assert checked(text) == []


# -- points against a rate printed in the base words ---------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("GRDP ước tăng 9,46%, cao hơn 0,66 điểm % so với kịch bản (8,80%).", []),
        (
            "GRDP ước tăng 9,46%, cao hơn 1,66 điểm % so với kịch bản (8,80%).",
            [FindingKind.POINTS_DISAGREES],
        ),
        (
            "Dịch vụ ước tăng 12,51%, cao hơn 1,27 điểm % so với cùng kỳ (cùng kỳ tăng 11,24).",
            [],
        ),
        (
            "Dịch vụ ước tăng 12,51%, cao hơn 1,27 điểm % so với cùng kỳ (cùng kỳ tăng 21,24).",
            [FindingKind.POINTS_DISAGREES],
        ),
        # falls on both sides: −2,51 − (−1,24) = −1,27
        (
            "Khu vực dịch vụ giảm 2,51%, thấp hơn 1,27 điểm % so với cùng kỳ (cùng kỳ giảm 1,24%).",
            [],
        ),
        (
            "Khu vực dịch vụ giảm 2,51%, thấp hơn 2,27 điểm % so với cùng kỳ (cùng kỳ giảm 1,24%).",
            [FindingKind.POINTS_DISAGREES],
        ),
        # a year is not a rate; no number at all
        ("GRDP tăng 9,46%, cao hơn 5,24 điểm % so với tốc độ tăng cùng kỳ 2022.", []),
        ("GRDP tăng 9,46%, cao hơn 5,24 điểm % so với cùng kỳ.", []),
    ],
)
def test_points_against_the_rate_printed_in_their_base(
    text: str, expected: list[FindingKind]
) -> None:
    assert checked(text) == expected


def test_a_difference_of_rates_is_explained_in_points() -> None:
    [finding] = audit(
        parse_statements("GRDP ước tăng 9,46%, cao hơn 1,66 điểm % so với kịch bản (8,80%).")
    )
    assert "từ 0,65 điểm phần trăm đến 0,67 điểm phần trăm" in finding.explain("vi")
    assert "0.65 percentage points and 0.67 percentage points" in finding.explain("en")


_RATE = st.integers(-2000, 3000).map(lambda n: Decimal(n) / 100)


@given(_RATE, _RATE)
def test_points_worked_out_from_the_two_rates_agree(now: Decimal, before: Decimal) -> None:
    verb, size = moved(now)
    then, past = moved(before)
    gap = now - before
    side = "thấp hơn" if gap < 0 else "cao hơn"
    text = (
        f"Chỉ số {verb} {printed(size, 2)}%, {side} {{}} điểm % so với cùng kỳ "
        f"(cùng kỳ {then} {printed(past, 2)}%)."
    )
    assert checked(text.format(printed(abs(gap), 2))) == []
    assert checked(text.format(printed(abs(gap) + 1, 2))) == [FindingKind.POINTS_DISAGREES]


# -- a balance with one side implied by the turnover -----------------------------------------

_BALANCE = (
    "Tổng kim ngạch xuất, nhập khẩu hàng hóa 5 tháng đầu năm ước tính đạt 196,84 tỷ USD, "
    "trong đó kim ngạch {side} hàng hóa đạt {value} tỷ USD. Tuy vậy, cán cân thương mại "
    "hàng hóa 5 tháng ước tính vẫn có mức {balance} 1,9 tỷ USD."
)


@pytest.mark.parametrize(
    ("side", "value", "balance", "expected"),
    [
        ("xuất khẩu", "99,36", "xuất siêu", []),  # 2 × 99,36 − 196,84 = 1,88
        ("xuất khẩu", "89,36", "xuất siêu", [FindingKind.BALANCE_DISAGREES]),
        ("nhập khẩu", "97,48", "xuất siêu", []),  # 196,84 − 2 × 97,48 = 1,88
        ("nhập khẩu", "97,48", "nhập siêu", [FindingKind.BALANCE_DISAGREES]),
        ("nhập khẩu", "99,36", "nhập siêu", []),
    ],
)
def test_a_balance_from_the_turnover_and_one_side(
    side: str, value: str, balance: str, expected: list[FindingKind]
) -> None:
    assert checked(_BALANCE.format(side=side, value=value, balance=balance)) == expected


@pytest.mark.parametrize(
    "text",
    [
        # no side at all, or a turnover of no side's kind of unit
        "Tổng kim ngạch xuất nhập khẩu đạt 196,84 tỷ USD. Cán cân thương mại xuất siêu 9 tỷ USD.",
        (
            "Tổng kim ngạch xuất nhập khẩu đạt 196,84 triệu tấn, trong đó xuất khẩu đạt 99,36 "
            "tỷ USD. Cán cân thương mại xuất siêu 9 tỷ USD."
        ),
        (
            "Tổng kim ngạch xuất nhập khẩu đạt 196,84 tỷ USD, trong đó xuất khẩu đạt 99,36 "
            "triệu tấn. Cán cân thương mại xuất siêu 9 tỷ USD."
        ),
        # two turnovers: which one?
        (
            "Kim ngạch xuất nhập khẩu tháng 5 đạt 40 tỷ USD. Tổng kim ngạch xuất nhập khẩu "
            "đạt 196,84 tỷ USD, trong đó xuất khẩu đạt 99,36 tỷ USD. Cán cân thương mại xuất "
            "siêu 9 tỷ USD."
        ),
    ],
)
def test_a_balance_without_one_turnover_and_one_side_is_not_checked(text: str) -> None:
    assert FindingKind.BALANCE_DISAGREES not in checked(text)


_VALUE = st.integers(1, 10**5).map(lambda n: Decimal(n) / 100)


@given(_VALUE, _VALUE)
def test_a_balance_worked_out_from_the_turnover_agrees(exports: Decimal, imports: Decimal) -> None:
    word = "nhập siêu" if imports > exports else "xuất siêu"
    text = (
        f"Tổng kim ngạch xuất nhập khẩu đạt {printed(exports + imports, 2)} tỷ USD, trong đó "
        f"xuất khẩu đạt {printed(exports, 2)} tỷ USD. Cán cân thương mại {word} {{}} tỷ USD."
    )
    gap = abs(exports - imports)
    assert checked(text.format(printed(gap, 2))) == []
    assert checked(text.format(printed(gap + 1, 2))) == [FindingKind.BALANCE_DISAGREES]


# -- a part's ratio with no base after its total's ratio to a year before --------------------

_RICE = (
    "Diện tích gieo cấy lúa mùa cả nước đạt 1.505,3 nghìn ha, {total} cùng kỳ năm trước, "
    "trong đó các địa phương phía Bắc đạt 1.023,8 nghìn ha, bằng 98,3%, các địa phương phía "
    "Nam đạt 481,5 nghìn ha, bằng 104,3%."
)


def test_a_parts_bare_ratio_is_its_growth_on_its_totals_base() -> None:
    assert checked(_RICE.format(total="bằng 100,2%")) == []
    assert checked(_RICE.format(total="bằng 101,2%")) == [FindingKind.GROWTH_DISAGREES]
    # after a growth, "bằng 98,3%" may be of anything: nothing to check
    assert checked(_RICE.format(total="tăng 1,2% so với")) == []


@given(st.integers(10**4, 10**7), st.integers(10**4, 10**7), _RATE, _RATE)
def test_bare_ratios_of_the_parts_worked_out_agree(
    north: int, south: int, up: Decimal, down: Decimal
) -> None:
    rates = [100 + up, 100 + down]  # from 80 % to 130 % of a year before
    before = Decimal(north) / rates[0] + Decimal(south) / rates[1]
    total = (north + south) / before  # in percent, as the rates
    text = (
        f"Diện tích đạt {printed(Decimal(north + south), 0)} ha, bằng {{}}% cùng kỳ năm trước, "
        f"trong đó phía Bắc đạt {printed(Decimal(north), 0)} ha, bằng {printed(rates[0], 2)}%, "
        f"phía Nam đạt {printed(Decimal(south), 0)} ha, bằng {printed(rates[1], 2)}%."
    )
    assert checked(text.format(printed(total, 2))) == []
    assert checked(text.format(printed(total + 1, 2))) == [FindingKind.GROWTH_DISAGREES]


# -- shares of one whole named all ----------------------------------------------------------

_GRDP_SHARES = (
    "Cụ thể, khu vực nông, lâm nghiệp và thủy sản chiếm tỷ trọng {0}%; khu vực công nghiệp "
    "và xây dựng chiếm {1}%; khu vực dịch vụ chiếm {2}%; thuế sản phẩm trừ trợ cấp sản phẩm "
    "chiếm {3}%."
)
_SURVEY = (
    "Kết quả điều tra cho thấy: có {0}% doanh nghiệp đánh giá tình hình sản xuất kinh doanh "
    "quý II/2024 tốt hơn quý I/2024; {1}% doanh nghiệp đánh giá tình hình sản xuất kinh doanh "
    "ổn định; {2}% doanh nghiệp đánh giá tình hình sản xuất kinh doanh khó khăn hơn."
)


def test_the_four_shares_of_grdp_add_up_to_100() -> None:
    assert checked(_GRDP_SHARES.format("13,72", "40,66", "36,53", "9,09")) == []
    [finding] = audit(parse_statements(_GRDP_SHARES.format("13,72", "50,66", "36,53", "9,09")))
    assert finding.kind is FindingKind.SHARES_SUM
    assert finding.printed == "13,72% + 50,66% + 36,53% + 9,09%"
    assert finding.explain("vi") == (
        "Các tỷ trọng 13,72% + 50,66% + 36,53% + 9,09% của cùng một tổng cộng lại được "
        "từ 109,98% đến 110,02%, không phải 100%."
    )
    assert "add up to between 109.98% and 110.02%, not 100%" in finding.explain("en")


def test_the_three_answers_of_a_survey_add_up_to_100() -> None:
    # 23,5 + 64,7 + 11,7 = 99,9: at the printed rounding up to 100,05
    assert checked(_SURVEY.format("23,5", "64,7", "11,7")) == []
    assert checked(_SURVEY.format("23,5", "74,7", "11,7")) == [FindingKind.SHARES_SUM]
    assert checked(_SURVEY.format("23,5", "54,7", "11,7")) == [FindingKind.SHARES_SUM]


@pytest.mark.parametrize(
    "text",
    [
        # three of the four parts: the rest is unknown
        (
            "Khu vực công nghiệp và xây dựng chiếm 50,66%; khu vực dịch vụ chiếm 36,53%; thuế "
            "sản phẩm trừ trợ cấp sản phẩm chiếm 9,09%."
        ),
        # a part named twice, or a share of two parts
        _GRDP_SHARES.format("13,72", "50,66", "36,53", "9,09").replace(
            "thuế sản phẩm trừ trợ cấp sản phẩm", "khu vực dịch vụ"
        ),
        _GRDP_SHARES.format("13,72", "50,66", "36,53", "9,09").replace(
            "khu vực dịch vụ chiếm", "khu vực dịch vụ và thuế sản phẩm chiếm"
        ),
        # growths, not shares
        _GRDP_SHARES.format("13,72", "50,66", "36,53", "9,09").replace("chiếm", "tăng"),
        # the parts in two sentences
        _GRDP_SHARES.format("13,72", "50,66", "36,53", "9,09").replace("; khu", ". Khu"),
        # answers of another question: no firms' assessment
        _SURVEY.format("23,5", "74,7", "11,7").replace("doanh nghiệp đánh giá", "hộ cho rằng"),
    ],
)
def test_shares_not_known_to_be_all_of_one_whole_are_not_added(text: str) -> None:
    assert FindingKind.SHARES_SUM not in checked(text)


_PERCENT = st.integers(0, 10**4).map(lambda n: Decimal(n) / 100)


@given(st.lists(_PERCENT, min_size=3, max_size=3))
def test_grdp_shares_worked_out_from_one_whole_agree(parts: list[Decimal]) -> None:
    # four shares of a whole of any value, each printed to two decimals
    values = [*parts, Decimal(1)]
    whole = sum(values)
    shares = [value / whole * 100 for value in values]
    assert checked(_GRDP_SHARES.format(*(printed(share, 2) for share in shares))) == []
    broken = [printed(share, 2) for share in shares]
    broken[0] = printed(shares[0] + 1, 2)
    assert checked(_GRDP_SHARES.format(*broken)) == [FindingKind.SHARES_SUM]


# -- the contributions of GRDP's parts to its growth ----------------------------------------

_CONTRIBUTIONS = (
    "Tổng sản phẩm trên địa bàn (GRDP) ước tính 6 tháng đầu năm 2021 tăng {0}% so với cùng "
    "kỳ. Trong mức tăng trưởng chung, khu vực nông, lâm nghiệp và thủy sản tăng 5,27%, đóng "
    "góp {1} điểm phần trăm vào mức tăng chung; khu vực công nghiệp và xây dựng tăng 7,23%, "
    "đóng góp {2} điểm phần trăm; khu vực dịch vụ tăng 7,20%, đóng góp {3} điểm phần trăm; "
    "thuế sản phẩm trừ trợ cấp sản phẩm tăng 5,92%, đóng góp {4} điểm phần trăm."
)


def test_the_contributions_of_the_four_parts_add_up_to_the_growth() -> None:
    assert checked(_CONTRIBUTIONS.format("6,72", "1,15", "1,62", "3,64", "0,31")) == []
    [finding] = audit(
        parse_statements(_CONTRIBUTIONS.format("6,72", "2,15", "1,62", "3,64", "0,31"))
    )
    assert finding.kind is FindingKind.CONTRIBUTIONS_SUM
    assert finding.printed == "6,72%"
    assert "cộng mức đóng góp của các khu vực kinh tế được từ 7,70% đến 7,74%" in (
        finding.explain("vi")
    )
    assert "the contributions of the sectors add up to between 7.70% and 7.74%" in (
        finding.explain("en")
    )
    # a part that pulled the growth down
    fell = _CONTRIBUTIONS.replace("đóng góp {4}", "làm giảm {4}").replace("làm giảm", "đóng góp âm")
    assert checked(fell.format("6,10", "1,15", "1,62", "3,64", "0,31")) == []
    assert checked(fell.format("6,72", "1,15", "1,62", "3,64", "0,31")) == [
        FindingKind.CONTRIBUTIONS_SUM
    ]


@pytest.mark.parametrize(
    "text",
    [
        # three parts only
        _CONTRIBUTIONS.format("6,72", "2,15", "1,62", "3,64", "0,31").replace(
            ", đóng góp 0,31 điểm phần trăm", ""
        ),
        # a part twice
        _CONTRIBUTIONS.format("6,72", "2,15", "1,62", "3,64", "0,31").replace(
            "thuế sản phẩm trừ trợ cấp sản phẩm", "khu vực dịch vụ"
        ),
        # the list split over two sentences
        _CONTRIBUTIONS.format("6,72", "2,15", "1,62", "3,64", "0,31").replace(
            "; khu vực dịch vụ", ". Khu vực dịch vụ"
        ),
        # no growth before the list, or none said to be the overall one
        _CONTRIBUTIONS.format("6,72", "2,15", "1,62", "3,64", "0,31").split(". ", 1)[1],
        _CONTRIBUTIONS.format("6,72", "2,15", "1,62", "3,64", "0,31")
        .replace("Tổng sản phẩm trên địa bàn (GRDP)", "Chỉ số sản xuất")
        .replace("Trong mức tăng trưởng chung, k", "K")
        .replace(" vào mức tăng chung", ""),
        # contributions of no part named
        "Đóng góp 1,2 điểm phần trăm; đóng góp 2,2 điểm phần trăm; tăng 1%.",
        # a growth of another period
        _CONTRIBUTIONS.format("6,72", "2,15", "1,62", "3,64", "0,31").replace(
            "Trong mức tăng trưởng chung,", "Trong mức tăng trưởng chung năm 2020,"
        ),
    ],
)
def test_contributions_not_of_all_four_parts_to_the_growth_are_not_added(text: str) -> None:
    assert FindingKind.CONTRIBUTIONS_SUM not in checked(text)


@given(st.lists(st.integers(-50, 600).map(lambda n: Decimal(n) / 100), min_size=4, max_size=4))
def test_contributions_worked_out_agree(points: list[Decimal]) -> None:
    signs = [("đóng góp âm" if p < 0 else "đóng góp", printed(abs(p), 2)) for p in points]
    text = (
        "GRDP 6 tháng đầu năm 2021 tăng {}% so với cùng kỳ. Khu vực nông, lâm nghiệp và thủy "
        "sản tăng 5,27%, {} {} điểm phần trăm; khu vực công nghiệp và xây dựng tăng 7,23%, {} "
        "{} điểm phần trăm; khu vực dịch vụ tăng 7,20%, {} {} điểm phần trăm; thuế sản phẩm "
        "trừ trợ cấp sản phẩm tăng 5,92%, {} {} điểm phần trăm."
    )
    words = [word for pair in signs for word in pair]
    total = sum(points)
    if total < 0:
        text = text.replace("tăng {}% so với", "giảm {}% so với")
    assert checked(text.format(printed(abs(total), 2), *words)) == []
    assert checked(text.format(printed(abs(total) + 1, 2), *words)) == [
        FindingKind.CONTRIBUTIONS_SUM
    ]


# -- fractions of one whole, none in both ---------------------------------------------------

_FRACTIONS = (
    "Ước tính cả nước có 47/63 địa phương thu nội địa đạt trên 30% dự toán; {0}/63 địa phương "
    "thu cao hơn so cùng kỳ; {1}/63 địa phương thu thấp hơn so cùng kỳ."
)


def test_fractions_of_opposite_items_fit_in_their_whole() -> None:
    assert checked(_FRACTIONS.format(28, 35)) == []
    [finding] = audit(parse_statements(_FRACTIONS.format(38, 35)))
    assert finding.kind is FindingKind.FRACTIONS_EXCEED
    assert finding.printed == "38/63 + 35/63"
    assert finding.explain("vi") == (
        "Các phần 38/63 + 35/63 không trùng nhau của cùng một tổng cộng lại được 73, vượt quá tổng."
    )
    assert finding.explain("en") == (
        "The parts “38/63 + 35/63” of one whole, none in both, add up to 73: more than the whole."
    )


@pytest.mark.parametrize(
    "text",
    [
        # items may be in both: "đạt trên 30% dự toán" and "cao hơn so cùng kỳ"
        "Có 47/63 địa phương thu đạt trên 30% dự toán; 38/63 địa phương thu cao hơn so cùng kỳ.",
        # other wholes, other nouns, words that differ by more than opposites
        _FRACTIONS.format(38, 35).replace("35/63", "35/64"),
        _FRACTIONS.format(38, 35).replace("35/63 địa phương", "35/63 tỉnh"),
        _FRACTIONS.format(38, 35).replace("thấp hơn so cùng kỳ", "thấp hơn dự toán"),
    ],
)
def test_fractions_that_may_overlap_are_not_added(text: str) -> None:
    assert FindingKind.FRACTIONS_EXCEED not in checked(text)


@given(st.integers(1, 500), st.data())
def test_fractions_of_opposite_items_worked_out(whole: int, data: st.DataObject) -> None:
    up = data.draw(st.integers(0, whole))
    down = data.draw(st.integers(0, whole - up))
    text = f"Có {{}}/{whole} xã tăng so với năm trước; {{}}/{whole} xã giảm so với năm trước."
    assert checked(text.format(up, down)) == []
    assert checked(text.format(up, whole - up + 1)) == [FindingKind.FRACTIONS_EXCEED]


# -- a ratio printed twice -------------------------------------------------------------------

_RESTATED = (
    "Giải ngân vốn đầu tư công 6 tháng đạt {0}% kế hoạch của năm 2023 VOV.VN - Theo số liệu "
    "từ Bộ Tài chính, giải ngân vốn đầu tư công 6 tháng đầu năm mới đạt {1}% kế hoạch của năm "
    "2023 và đạt 30,49% kế hoạch Thủ tướng Chính phủ giao."
)


def test_a_headline_ratio_agrees_with_the_body_ratio_to_the_same_base() -> None:
    assert checked(_RESTATED.format("28,6", "28,63")) == []
    [finding] = audit(parse_statements(_RESTATED.format("28,6", "38,63")))
    assert finding.kind is FindingKind.RESTATED_DISAGREES
    assert finding.printed == "28,6%"
    assert "cùng tỷ lệ đó ghi ở chỗ khác cho phép từ 38,63% đến 38,64%" in finding.explain("vi")
    assert "the same ratio printed elsewhere allows" in finding.explain("en")


@pytest.mark.parametrize(
    "text",
    [
        # other base words, or longer ones: "kế hoạch" is not "kế hoạch của năm 2023"
        _RESTATED.format("28,6", "38,63").replace(
            "28,6% kế hoạch của năm", "28,6% dự toán của năm"
        ),
        _RESTATED.format("28,6", "38,63").replace("năm 2023 VOV", "năm 2023 đã giao VOV"),
        # a rate not said to be a ratio ("tăng 28,6%")
        _RESTATED.format("28,6", "38,63").replace("đạt 28,6%", "tăng 28,6%"),
    ],
)
def test_a_ratio_is_restated_only_with_the_very_same_base(text: str) -> None:
    assert FindingKind.RESTATED_DISAGREES not in checked(text)


@given(st.integers(1, 99999).map(lambda n: Decimal(n) / 1000))
def test_a_ratio_restated_at_another_rounding_agrees(ratio: Decimal) -> None:
    body = printed(ratio, 2)
    assert checked(_RESTATED.format(printed(Decimal(body.replace(",", ".")), 1), body)) == []
    assert checked(_RESTATED.format(printed(ratio + 1, 1), body)) == [
        FindingKind.RESTATED_DISAGREES
    ]


# -- a one-sided part tightened by a total it is all of ---------------------------------------

_TURNOVER = (
    "Tổng kim ngạch xuất nhập khẩu tháng 7 đạt 35,08 tỷ USD, {0} so với tháng trước, trong đó "
    "xuất khẩu đạt 17,67 tỷ USD, giảm 0,7%; nhập khẩu đạt {1} tỷ USD, giảm 3,8%."
)


def test_a_one_sided_side_of_a_turnover_is_bounded_by_the_turnover() -> None:
    # "hơn 17,4" alone leaves the growth unbounded; the turnover makes it 17,40 to 17,42
    assert checked(_TURNOVER.format("giảm 2,2%", "hơn 17,4")) == []
    [finding] = audit(parse_statements(_TURNOVER.format("giảm 3,2%", "hơn 17,4")))
    assert finding.kind is FindingKind.GROWTH_DISAGREES
    assert "từ -2,31% đến -2,21%" in finding.explain("vi")
    # parts that may be only some of the total are not tightened: nothing to check
    some = _TURNOVER.replace("Tổng kim ngạch xuất nhập khẩu", "Tổng thu")
    assert checked(some.format("giảm 3,2%", "hơn 17,4")) == []


_LARGE = st.integers(10**3, 10**6).map(lambda n: Decimal(n) / 100)  # 10 to 10.000 tỷ USD


@given(_LARGE, _LARGE, _RATE, _RATE)
def test_a_tightened_side_gives_the_growth_worked_out(
    exports: Decimal, imports: Decimal, up: Decimal, down: Decimal
) -> None:
    rates = [1 + up / 100, 1 + down / 100]  # from 0,8 to 1,3 times the month before
    rates = [
        Decimal(printed(rate * 100, 2).replace(".", "").replace(",", ".")) / 100 for rate in rates
    ]
    growth = ((exports + imports) / (exports / rates[0] + imports / rates[1]) - 1) * 100
    words = [moved((rate - 1) * 100) for rate in rates]
    text = (
        f"Tổng kim ngạch xuất nhập khẩu đạt {printed(exports + imports, 2)} tỷ USD, {{}} "
        f"so với tháng trước, trong đó xuất khẩu đạt {printed(exports, 2)} tỷ USD, "
        f"{words[0][0]} {printed(words[0][1], 2)}%; nhập khẩu đạt hơn {printed(imports, 2)} tỷ "
        f"USD, {words[1][0]} {printed(words[1][1], 2)}%."
    )
    verb, size = moved(growth)
    assert checked(text.format(f"{verb} {printed(size, 2)}%")) == []
    verb, size = moved(growth + 5)
    assert checked(text.format(f"{verb} {printed(size, 2)}%")) == [FindingKind.GROWTH_DISAGREES]


def test_an_average_looks_back_a_bounded_number_of_statements() -> None:
    # no capital letter opens a sentence: the figures 30 statements back are out of reach
    between = "; ".join(f"có {n} hồ sơ" for n in range(1, 31))
    text = _MONTH.format(growth="giảm 4,2%").replace(". Vốn", f"; {between}; vốn")
    assert FindingKind.AVERAGE_GROWTH_DISAGREES not in checked(text.lower())
    assert checked(_MONTH.format(growth="giảm 4,2%").lower()) == [
        FindingKind.AVERAGE_GROWTH_DISAGREES
    ]
