"""Capital plans, allocations, disbursements and their ratios; IATI and OCDS mappings.

Expected values are derived here by hand or with :class:`fractions.Fraction`
from the seed sentences, never read back from dongdang:

* seed-004: "đã giải ngân được 42.119/102.681 triệu đồng, bằng 41% kế hoạch vốn
  trong năm" (as of 25/5/2020);
* seed-000: "đã giải ngân được trên 52,6 tỷ đồng, bằng 51,2 % kế hoạch giao và
  đạt 89,6% nguồn vốn đã được cấp" (the first nine months of 2020).
"""

from __future__ import annotations

import datetime as dt
import importlib
import inspect
import math
import unicodedata
from decimal import Decimal
from fractions import Fraction
from typing import TYPE_CHECKING, Any

import attrs
import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from bad_inputs import COLUMNS, assert_refused
from dongdang import Period, amount, parse_amount, read_figure
from dongdang.data import seed_figures
from dongdang.errors import (
    DongDangError,
    InvalidTypeError,
    InvalidValueError,
    NotInForceError,
    OverlappingVersionsError,
    ParseError,
    UndefinedRatioError,
    UnitMismatchError,
    UnknownCodeError,
)
from dongdang.investment import (
    MANAGEMENT_BOARD,
    Allocation,
    CapitalFlow,
    CapitalPlan,
    CapitalTransaction,
    Disbursement,
    DisbursementRatio,
    IatiTransactionType,
    ImpliedBase,
    Organization,
    Perspective,
    PlanFindingKind,
    PlanVersion,
    PlanVersionKind,
    RatioBase,
    implied_base_range,
    seed_capital_plan,
    statutory_window,
)
from dongdang.legal import LegalKind, LegalReference
from dongdang.text import Qualifier
from strategies import capital_plans
from strategies import dong as DONG  # noqa: N812 - the module's name for it
from strategies import positive_dong as POSITIVE_DONG  # noqa: N812

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

    from dongdang.units import Quantity

F = Fraction
D = dt.date
MAY_25 = D(2020, 5, 25)
SEP_30 = D(2020, 9, 30)
PROVINCE = Organization(code="ubnd-lang-son", name="Ủy ban nhân dân tỉnh Lạng Sơn")
CONTRACTOR = Organization(code="nha-thau-a", name="Nhà thầu A")
UNITS = {"VND": 0, "million_VND": 6, "billion_VND": 9}


def vnd(quantity: Quantity) -> Fraction:
    """The tests' own conversion to đồng: the magnitude times 10^scale, exactly."""
    magnitude: Decimal = quantity.magnitude
    scale: int = 10 ** UNITS[str(quantity.units)]
    return F(magnitude) * scale


def million(value: int | str) -> Quantity:
    return amount(Decimal(value), "million_VND")


def billion(value: int | str) -> Quantity:
    return amount(Decimal(value), "billion_VND")


def half_up(value: Fraction, places: int) -> Fraction:
    """``value`` (not negative) rounded half-up to ``places`` decimals."""
    scale = 10**places
    return F(math.floor(value * scale + F(1, 2)), scale)


JAN_2 = D(2020, 1, 2)


def version(
    id_: str = "giao",
    kind: PlanVersionKind = PlanVersionKind.ASSIGNED,
    day: dt.date = JAN_2,
    value: Quantity | None = None,
    **fields: Any,
) -> PlanVersion:
    return PlanVersion(
        id=id_, kind=kind, date=day, amount=value if value is not None else billion(100), **fields
    )


def plan(*versions: PlanVersion, **fields: Any) -> CapitalPlan:
    return CapitalPlan(
        year=2020, owner=MANAGEMENT_BOARD, versions=versions or (version(),), **fields
    )


def spent(day: dt.date, value: Quantity, **fields: Any) -> Disbursement:
    return Disbursement(date=day, amount=value, **fields)


def given_capital(day: dt.date, value: Quantity, **fields: Any) -> Allocation:
    return Allocation(date=day, amount=value, **fields)


# -- the seeds ------------------------------------------------------------------------------


def test_seed_004_disbursed_42_119_of_102_681_million_is_41_percent() -> None:
    ratio = seed_capital_plan().ratio(MAY_25)
    assert ratio.base is RatioBase.PLAN
    assert vnd(ratio.disbursed) == 42_119 * 10**6
    assert vnd(ratio.base_amount) == vnd(ratio.plan_total) == 102_681 * 10**6
    exact = F(42_119, 102_681)
    assert abs(F(ratio.ratio) - exact) < F(1, 10**33)
    assert half_up(exact * 100, 0) == 41
    assert ratio.prints_as("41%")
    assert ratio.prints_as(seed_figures()["disbursed-2020-05-25"].stated("ratio_to_plan"))
    assert ratio.qualifier is None
    assert ratio.version.id == "2020-giao"
    assert ratio.version.kind is PlanVersionKind.ASSIGNED
    assert (ratio.plan, ratio.year, ratio.as_of) == (
        "bql-kktck-dong-dang-lang-son-2020",
        2020,
        MAY_25,
    )
    assert ratio.describe(decimals=0).startswith(
        "đến ngày 25/05/2020 đã giải ngân 42.119/102.681 triệu đồng, bằng 41% kế hoạch vốn năm 2020"
    )


def test_seed_000_over_52_6_billion_is_over_51_2_percent_of_the_plan() -> None:
    ratio = seed_capital_plan().ratio(SEP_30)
    assert vnd(ratio.disbursed) == 52_600 * 10**6
    assert ratio.qualifier is Qualifier.AT_LEAST
    exact = F(52_600, 102_681)
    assert abs(F(ratio.ratio) - exact) < F(1, 10**33)
    assert half_up(exact * 100, 1) == F("51.2")
    assert ratio.prints_as("51,2 %")
    assert ratio.prints_as(seed_figures()["disbursed-2020-9m"].stated("ratio_to_plan"))
    assert ratio.describe("en") == (
        "by 30 September 2020, over 52,600 of 102,681 million VND disbursed: over 51.2% of the "
        "2020 capital plan,\nplan version 2020-giao: assigned, 102,681 million VND, dated "
        "25 May 2020 (assumed)"
    )
    assert "trên 52.600/102.681 triệu đồng, bằng trên 51,2%" in ratio.describe()


def test_seed_plan_keeps_its_sources_and_its_unknowns() -> None:
    seeded = seed_capital_plan()
    (only,) = seeded.versions
    assert only.date_assumed is True
    assert only.legal is None
    assert only.source is not None
    assert only.source.id == "seed-004"
    assert only.note is not None
    assert "NOT FOUND" in only.note
    first, second = seeded.disbursements
    assert first.source is not None
    assert second.source is not None
    assert (first.source.id, second.source.id) == ("seed-004", "seed-000")
    # The nine-month record is the printed lower bound less the May figure.
    assert vnd(second.amount) == (52_600 - 42_119) * 10**6
    assert second.qualifier is Qualifier.AT_LEAST
    assert seeded.allocations == ()
    assert seeded.provider is None
    assert any("NOT FOUND" in note for note in seeded.notes)
    # Nothing allocated is recorded, so there is no ratio to it.
    with pytest.raises(UndefinedRatioError) as caught:
        seeded.ratio(SEP_30, RatioBase.ALLOCATED)
    assert "base is 0 million_VND, the capital allocated on or before 2020-09-30" in str(
        caught.value
    )
    assert caught.value.where == f"plan {seeded.code}"
    # Before 25/5/2020 no version is known in force: the plan is not guessed.
    with pytest.raises(NotInForceError, match="2020-05-24"):
        seeded.ratio(D(2020, 5, 24))


def test_the_nine_month_report_implies_a_plan_of_about_102_7_billion() -> None:
    implied = implied_base_range("trên 52,6 tỷ đồng", "51,2 %")
    assert F(implied.point.magnitude) == F("52.6") / F("0.512") == F("102.734375")
    assert str(implied.point.units) == "billion_VND"
    # "trên" makes 52,6 a lower bound: at least 52,55; and 51,2% is below 51,25%.
    exact_low = F("52.55") / F("0.5125")
    assert F(implied.low.magnitude) <= exact_low
    assert exact_low - F(implied.low.magnitude) < F(1, 10**30)
    assert half_up(exact_low, 3) == F("102.537")
    assert implied.high is None
    assert implied.honour_qualifier is True
    # 102.681 triệu đồng from the May report lies in it.
    assert implied.contains(million(102_681))
    assert implied.agrees_with("102.681 triệu đồng")
    assert not implied.contains(billion("102.5"))
    assert implied.contains(billion(1000))


def test_read_as_rounded_the_nine_month_report_allows_102_54_to_102_93_billion() -> None:
    implied = implied_base_range("trên 52,6 tỷ đồng", "51,2 %", honour_qualifier=False)
    exact_low = F("52.55") / F("0.5125")
    exact_high = F("52.65") / F("0.5115")
    assert implied.high is not None
    assert F(implied.low.magnitude) <= exact_low
    assert F(implied.high.magnitude) >= exact_high
    assert F(implied.high.magnitude) - exact_high < F(1, 10**30)
    assert (half_up(exact_low, 2), half_up(exact_high, 2)) == (F("102.54"), F("102.93"))
    assert exact_low < F(102_681, 1000) < exact_high
    assert implied.contains(million(102_681))
    assert implied.agrees_with("102.681 triệu đồng")
    assert not implied.contains(billion(103))
    # "103 tỷ đồng" may be anything from 102,5 to 103,5 tỷ; "103,0 tỷ đồng" may not be below 102,95.
    assert implied.agrees_with("103 tỷ đồng")
    assert not implied.agrees_with("103,0 tỷ đồng")
    assert implied.describe() == (
        "khoảng 102,734 tỷ đồng (trên 102,537 tỷ đồng và dưới 102,933 tỷ đồng "
        "trong phạm vi làm tròn)"
    )


def test_the_nine_month_report_implies_about_58_7_billion_allocated() -> None:
    implied = implied_base_range("trên 52,6 tỷ đồng", "89,6%", honour_qualifier=False)
    point = F("52.6") / F("0.896")
    assert abs(F(implied.point.magnitude) - point) < F(1, 10**25)
    assert half_up(point, 1) == F("58.7")
    assert implied.high is not None
    assert F(implied.low.magnitude) <= F("52.55") / F("0.8965")
    assert F(implied.high.magnitude) >= F("52.65") / F("0.8955")


def test_with_the_may_plan_the_nine_month_figures_pin_the_allocation_down() -> None:
    # By hand: the plan printed as 102.681 triệu is in [102.680,5; 102.681,5) triệu, so
    # 51,2% of it is below 0,5125 × 102.681,5 = 52.624,27 triệu; with "trên 52,6 tỷ" the
    # disbursed amount is in [52.550; 52.624,27) triệu, and 89,6% of the allocation makes
    # that allocation lie between 52.550 / 0,8965 and 52.624,27 / 0,8955 triệu.
    top = F("0.5125") * F("102681.5")
    assert top == F("52624.26875")
    low, high = F(52_550) / F("0.8965"), top / F("0.8955")
    assert (half_up(low, 0), half_up(high, 0)) == (F(58_617), F(58_765))
    # An allocation of 58.705 triệu (the point estimate, to the triệu) reproduces 89,6%.
    allocated = seed_capital_plan().with_allocation(given_capital(SEP_30, million(58_705)))
    ratio = allocated.ratio(SEP_30, "allocated")
    assert ratio.base is RatioBase.ALLOCATED
    assert vnd(ratio.base_amount) == 58_705 * 10**6
    assert half_up(F(52_600, 58_705) * 100, 1) == F("89.6")
    assert ratio.prints_as("89,6%")
    assert ratio.prints_as(seed_figures()["disbursed-2020-9m"].stated("ratio_to_allocated"))
    assert ratio.version.id == "2020-giao"
    assert vnd(ratio.plan_total) == 102_681 * 10**6
    assert ratio.describe().startswith(
        "đến ngày 30/09/2020 đã giải ngân trên 52.600/58.705 triệu đồng, đạt trên 89,6% "
        "nguồn vốn đã được cấp,\n"
    )
    assert "of 58,705 million VND disbursed: over 89.6% of the capital allocated" in (
        ratio.describe("en")
    )
    assert allocated.findings() == ()


# -- plans, worked by hand --------------------------------------------------------------------

GIAO = version("giao", PlanVersionKind.ASSIGNED, D(2020, 1, 2), billion(100))
BO_SUNG = version("bo-sung", PlanVersionKind.SUPPLEMENTED, D(2020, 4, 1), billion(10))
KEO_DAI = version(
    "keo-dai", PlanVersionKind.CARRIED_OVER, D(2020, 5, 1), billion(5), from_year=2019
)
DIEU_CHINH = version("dieu-chinh", PlanVersionKind.ADJUSTED, D(2020, 7, 1), billion(90))
BO_SUNG_2 = version("bo-sung-2", PlanVersionKind.SUPPLEMENTED, D(2020, 9, 1), million(3_000))
FIVE = plan(GIAO, BO_SUNG, KEO_DAI, DIEU_CHINH, BO_SUNG_2, provider=PROVINCE)


@pytest.mark.parametrize(
    ("day", "expected_version", "expected_billion"),
    [
        (D(2020, 1, 2), "giao", 100),
        (D(2020, 3, 31), "giao", 100),
        (D(2020, 4, 1), "bo-sung", 110),  # 100 + 10
        (D(2020, 5, 1), "keo-dai", 115),  # + 5 carried over from 2019
        (D(2020, 6, 30), "keo-dai", 115),
        (D(2020, 7, 1), "dieu-chinh", 90),  # the plan after the adjustment
        (D(2020, 9, 1), "bo-sung-2", 93),  # 90 + 3
        (D(2020, 12, 31), "bo-sung-2", 93),
        (D(2021, 6, 1), "bo-sung-2", 93),
    ],
)
def test_the_plan_in_force_on_a_day(
    day: dt.date, expected_version: str, expected_billion: int
) -> None:
    assert FIVE.version_in_force(day).id == expected_version
    assert vnd(FIVE.total(day)) == expected_billion * 10**9
    assert str(FIVE.total(day).units) == "million_VND"


def test_carried_over_capital_is_counted_from_its_date() -> None:
    assert vnd(FIVE.carried_over(D(2020, 4, 30))) == 0
    assert vnd(FIVE.carried_over(D(2020, 5, 1))) == 5 * 10**9


def test_no_version_is_in_force_before_the_first() -> None:
    with pytest.raises(NotInForceError) as caught:
        FIVE.total(D(2020, 1, 1))
    assert str(caught.value) == (
        "no version of plan bql-kktck-dong-dang-lang-son-2020 is in force on 2020-01-01: "
        "its first version, giao, is dated 2020-01-02"
    )
    empty = CapitalPlan(year=2020, owner=MANAGEMENT_BOARD)
    with pytest.raises(NotInForceError, match="it has no versions"):
        empty.ratio(D(2020, 6, 1))


def test_ratios_to_plan_and_to_allocated_worked_by_hand() -> None:
    worked = FIVE.with_allocation(given_capital(D(2020, 2, 1), billion(40)))
    worked = worked.with_allocation(given_capital(D(2020, 6, 1), billion(30)))
    worked = worked.with_disbursement(spent(D(2020, 3, 1), billion(20)))
    worked = worked.with_disbursement(spent(D(2020, 8, 1), million(25_500)))
    on = D(2020, 8, 15)
    to_plan = worked.ratio(on)
    assert vnd(to_plan.disbursed) == F(45_500) * 10**6
    assert to_plan.version.id == "dieu-chinh"
    assert abs(F(to_plan.ratio) - F(45_500, 90_000)) < F(1, 10**33)
    to_allocated = worked.ratio(on, RatioBase.ALLOCATED)
    assert vnd(worked.allocated(D(2020, 5, 31))) == 40 * 10**9
    assert vnd(worked.allocated(D(2020, 6, 1))) == 70 * 10**9
    assert vnd(to_allocated.base_amount) == 70 * 10**9
    assert F(to_allocated.ratio) == F(45_500, 70_000) == F(13, 20)
    assert to_allocated.describe("en", decimals=0) == (
        "by 15 August 2020, 45,500 of 70,000 million VND disbursed: 65% of the capital "
        "allocated,\nplan version dieu-chinh: adjusted, 90 billion VND, dated 1 July 2020"
    )
    # Only what is dated on or before the day counts.
    early = worked.ratio(D(2020, 2, 29), RatioBase.ALLOCATED)
    assert (vnd(early.disbursed), vnd(early.base_amount)) == (F(0), F(40 * 10**9))
    assert early.ratio == 0


def test_a_plan_of_nothing_has_no_ratio() -> None:
    nothing = plan(version(value=million(0)))
    with pytest.raises(UndefinedRatioError) as caught:
        nothing.ratio(D(2020, 6, 1))
    assert caught.value.argument == "base"
    assert "base is 0 million_VND, the plan in force (giao) as of 2020-06-01" in str(caught.value)
    assert caught.value.value == million(0)


def test_a_years_plan_is_disbursed_to_31_january_of_the_next_year_by_law() -> None:
    # Luật Đầu tư công 2019, Art. 68 (lawnet 142656): "until January 31 of the following year".
    january = spent(D(2021, 1, 31), million(1))
    statutory = plan(disbursements=[january])
    assert statutory.window.end == D(2021, 1, 31)
    assert statutory.statutory is not None
    assert statutory.statutory.article == 68
    assert vnd(statutory.disbursed(D(2021, 1, 31))) == 10**6
    with pytest.raises(InvalidValueError, match="2021-02-01"):
        plan(disbursements=[spent(D(2021, 2, 1), million(1))])
    # "The ratio at year end" is at that deadline, January included.
    assert statutory.year_end_ratio().as_of == D(2021, 1, 31)
    assert vnd(statutory.year_end_ratio().disbursed) == 10**6
    assert vnd(statutory.ratio(D(2020, 12, 31)).disbursed) == 0


def test_an_extension_by_decision_reaches_at_most_31_december_of_the_next_year() -> None:
    autumn = spent(D(2021, 9, 30), million(1))
    extended = plan(disbursements=[autumn], disbursement_deadline=D(2021, 12, 31))
    assert extended.window.end == D(2021, 12, 31)
    assert extended.year_end_ratio().as_of == D(2021, 12, 31)
    with pytest.raises(InvalidValueError, match="2021-09-30"):
        plan(disbursements=[autumn])


@pytest.mark.parametrize(
    ("plan_year", "article", "law"),
    [(2020, 68, "2019"), (2024, 68, "2019"), (2025, 72, "2024"), (2030, 72, "2024")],
)
def test_the_law_that_sets_the_window_by_plan_year(plan_year: int, article: int, law: str) -> None:
    window = statutory_window(plan_year)
    assert window is not None
    assert (window.article, window.law) == (article, f"Luật Đầu tư công {law}")
    assert window.deadline(plan_year) == D(plan_year + 1, 1, 31)
    assert window.extension_limit(plan_year) == D(plan_year + 1, 12, 31)
    assert window.source.startswith("https://lawnet.vn/")
    assert "January 31 of the following year" in window.quote
    assert "December 31 of the following year" in window.quote
    assert f"Article {article} of the Law on Public Investment {law}" == window.cite("en")
    assert f"Điều {article} Luật Đầu tư công {law}" == window.cite("vi")


def test_before_2020_no_statutory_window_is_modelled_and_the_year_is_the_window() -> None:
    assert statutory_window(2019) is None
    old = CapitalPlan(year=2019, owner=MANAGEMENT_BOARD)
    assert old.statutory is None
    assert old.window == Period.year(2019)
    assert CapitalPlan(
        year=2019, owner=MANAGEMENT_BOARD, disbursement_deadline=D(2025, 1, 1)
    ).window.end == D(2025, 1, 1)


def test_records_are_sorted_by_date_and_kept_as_given() -> None:
    late, early = spent(D(2020, 9, 1), million(2)), spent(D(2020, 3, 1), million(1))
    assert plan(disbursements=[late, early]).disbursements == (early, late)
    assert plan(disbursements=[late, early]) == plan(disbursements=[early, late])


def test_labels_and_words() -> None:
    assert FIVE.code == "bql-kktck-dong-dang-lang-son-2020"
    assert FIVE.label() == (
        "kế hoạch vốn năm 2020 của Ban Quản lý Khu kinh tế cửa khẩu Đồng Đăng - Lạng Sơn"
    )
    assert FIVE.label("en").startswith("the 2020 capital plan of Ban Quản lý")
    assert KEO_DAI.label() == ("kế hoạch vốn kéo dài từ năm 2019, 5 tỷ đồng, ngày 01/05/2020")
    assert RatioBase.ALLOCATED.label() == "nguồn vốn đã được cấp"
    assert RatioBase.PLAN.label("en") == "capital plan"
    assert PlanVersionKind.ADJUSTED.label() == "kế hoạch vốn điều chỉnh"
    assert MANAGEMENT_BOARD.reference() == {
        "id": "bql-kktck-dong-dang-lang-son",
        "name": "Ban Quản lý Khu kinh tế cửa khẩu Đồng Đăng - Lạng Sơn",
    }


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("giao", PlanVersionKind.ASSIGNED),
        ("Kế hoạch vốn giao", PlanVersionKind.ASSIGNED),
        ("kế hoạch vốn được giao", PlanVersionKind.ASSIGNED),
        ("  ĐIỀU   CHỈNH ", PlanVersionKind.ADJUSTED),
        ("kế hoạch điều chỉnh", PlanVersionKind.ADJUSTED),
        ("bổ sung", PlanVersionKind.SUPPLEMENTED),
        ("Supplemented", PlanVersionKind.SUPPLEMENTED),
        ("kéo dài", PlanVersionKind.CARRIED_OVER),
        ("carried over", PlanVersionKind.CARRIED_OVER),
        ("kế hoạch vốn kéo dài sang", PlanVersionKind.CARRIED_OVER),
        # folded as the vocabulary folds: case, spaces, dashes, the tone of "hoạch" in NFD
        ("KẾ  HOẠCH_VỐN được-giao", PlanVersionKind.ASSIGNED),
        (unicodedata.normalize("NFD", "Kế hoạch vốn kéo dài sang"), PlanVersionKind.CARRIED_OVER),
    ],
)
def test_version_kinds_read_from_report_words(text: str, kind: PlanVersionKind) -> None:
    assert PlanVersionKind.parse(text) is kind
    assert version("v", kind=PlanVersionKind.ASSIGNED).kind is PlanVersionKind.ASSIGNED
    made = PlanVersion(
        id="v",
        kind=text,
        date=D(2020, 1, 2),
        amount=million(1),
        from_year=2019 if kind is PlanVersionKind.CARRIED_OVER else None,
    )
    assert made.kind is kind


@pytest.mark.parametrize("vocabulary", [PlanVersionKind, RatioBase, CapitalFlow])
def test_the_vocabularies_read_back_from_code_vietnamese_and_english(
    vocabulary: type[PlanVersionKind | RatioBase | CapitalFlow],
) -> None:
    for member in vocabulary:
        for name in (member.code, member.vietnamese, member.english, member.label("en")):
            assert vocabulary.of(name.upper()) is member
    with pytest.raises(UnknownCodeError, match=rf"unknown {vocabulary.__name__} 'donor'"):
        vocabulary.of("donor")


def test_kinds_bases_and_flows_keep_their_values_and_names() -> None:
    assert [kind.value for kind in PlanVersionKind] == ["giao", "điều chỉnh", "bổ sung", "kéo dài"]
    assert PlanVersionKind.parse("carried-over") is PlanVersionKind.CARRIED_OVER
    assert PlanVersionKind.CARRIED_OVER.english == "carried over"
    assert [base.value for base in RatioBase] == ["plan", "allocated"]
    assert RatioBase.of("nguồn vốn đã được cấp") is RatioBase.ALLOCATED
    assert [flow.value for flow in CapitalFlow] == ["kế hoạch vốn", "cấp vốn", "giải ngân"]
    assert [flow.english for flow in CapitalFlow] == ["plan", "allocation", "disbursement"]
    assert CapitalFlow.of("Giải ngân") is CapitalFlow.DISBURSEMENT
    ratio = seed_capital_plan().ratio(SEP_30, "kế hoạch vốn")
    assert ratio.base is RatioBase.PLAN


def test_versions_and_records_read_from_report_text() -> None:
    read = PlanVersion.read(
        "dc", "điều chỉnh", D(2020, 7, 1), "90 tỷ đồng", legal="Quyết định số 1234/QĐ-UBND"
    )
    assert read.amount == billion(90)
    assert read.legal is not None
    assert read.legal.number == "1234/QĐ-UBND"
    allocation = Allocation.read(D(2020, 6, 1), "khoảng 58,7 tỷ đồng", id="cap-1")
    assert (allocation.amount, allocation.qualifier, allocation.id) == (
        billion("58.7"),
        Qualifier.ABOUT,
        "cap-1",
    )
    paid = Disbursement.read(D(2020, 6, 1), "1.250 triệu đồng", payee=CONTRACTOR)
    assert (paid.amount, paid.qualifier, paid.payee) == (million(1_250), None, CONTRACTOR)


def test_findings_report_what_is_allowed_but_unusual() -> None:
    odd = FIVE.with_allocation(given_capital(D(2020, 6, 1), billion(95)))
    odd = odd.with_allocation(given_capital(D(2020, 8, 1), billion(20)))
    odd = odd.with_disbursement(spent(D(2020, 6, 15), billion(96)))
    kinds = {finding.kind: finding for finding in odd.findings()}
    # 95 allocated is within the 115 in force on 1/6, but above the 90 adjusted on 1/7.
    above_plan = kinds[PlanFindingKind.ALLOCATED_ABOVE_PLAN]
    assert above_plan.on == D(2020, 7, 1)
    assert (vnd(above_plan.amount), vnd(above_plan.limit)) == (F(95 * 10**9), F(90 * 10**9))
    assert above_plan.version is not None
    assert above_plan.version.id == "dieu-chinh"
    over_allocated = kinds[PlanFindingKind.DISBURSED_ABOVE_ALLOCATED]
    assert over_allocated.on == D(2020, 6, 15)
    assert kinds[PlanFindingKind.DISBURSED_ABOVE_PLAN].on == D(2020, 7, 1)
    assert [finding.on for finding in odd.findings()] == sorted(
        finding.on for finding in odd.findings()
    )
    assert above_plan.describe() == (
        "Kế hoạch vốn năm 2020, ngày 01/07/2020: vốn đã cấp 95.000 triệu đồng "
        "vượt kế hoạch vốn 90.000 triệu đồng"
    )
    assert over_allocated.describe("en") == (
        "bql-kktck-dong-dang-lang-son-2020, 15 June 2020: capital disbursed, 96,000 million VND, "
        "exceeds the capital allocated, 95,000 million VND"
    )
    assert "vốn đã giải ngân" in kinds[PlanFindingKind.DISBURSED_ABOVE_PLAN].describe()
    # A finding built without the plan's year names no plan in Vietnamese, never its code.
    unnamed = attrs.evolve(above_plan, year=None)
    assert unnamed.describe().startswith("Ngày 01/07/2020: vốn đã cấp")
    assert above_plan.plan not in above_plan.describe()


def test_findings_before_any_version_and_without_allocations() -> None:
    # Allocated ahead of the plan's first version: nothing to compare it with yet.
    ahead = plan(
        version(day=D(2020, 3, 1), value=billion(10)),
        allocations=[given_capital(D(2019, 12, 20), billion(12))],
    )
    (finding,) = ahead.findings()
    assert (finding.kind, finding.on) == (PlanFindingKind.ALLOCATED_ABOVE_PLAN, D(2020, 3, 1))
    # Without allocations on record, disbursing is not "above the allocated".
    unallocated = plan(disbursements=[spent(D(2020, 2, 1), billion(1))])
    assert unallocated.findings() == ()


# -- IATI and OCDS -------------------------------------------------------------------------------


def test_iati_types_for_each_perspective() -> None:
    records = FIVE.with_allocation(given_capital(D(2020, 2, 1), billion(40)))
    records = records.with_disbursement(spent(D(2020, 3, 1), billion(20), payee=CONTRACTOR))
    by_flow = {
        side: {t.flow: t.iati_type.code for t in records.transactions(side)} for side in Perspective
    }
    assert by_flow[Perspective.OWNER] == {
        CapitalFlow.PLAN: "11",
        CapitalFlow.ALLOCATION: "1",
        CapitalFlow.DISBURSEMENT: "4",
    }
    assert by_flow[Perspective.PROVIDER] == {
        CapitalFlow.PLAN: "2",
        CapitalFlow.ALLOCATION: "3",
        CapitalFlow.DISBURSEMENT: "4",
    }
    # Giải ngân is never IATI's Disbursement (3): contractors are paid for works.
    assert records.transactions("provider") == records.transactions(Perspective.PROVIDER)
    assert IatiTransactionType.OUTGOING_COMMITMENT.title == "Outgoing Commitment"
    assert IatiTransactionType.EXPENDITURE.code == "4"


def test_commitments_are_the_changes_that_add_up_to_the_plan() -> None:
    commitments = [t for t in FIVE.transactions() if t.flow is CapitalFlow.PLAN]
    assert [vnd(t.value) / 10**9 for t in commitments] == [100, 10, 5, -25, 3]
    assert sum(vnd(t.value) for t in commitments) == vnd(FIVE.total(D(2020, 12, 31)))
    assert commitments[0].id == "bql-kktck-dong-dang-lang-son-2020:plan:giao"
    iati = commitments[3].to_iati()
    assert iati == {
        "ref": "bql-kktck-dong-dang-lang-son-2020:plan:dieu-chinh",
        "transaction-type": {"code": "11"},
        "transaction-date": {"iso-date": "2020-07-01"},
        "value": {"amount": -25 * 10**9, "currency": "VND", "value-date": "2020-07-01"},
        "description": {"narrative": "dieu-chinh: adjusted, 90 billion VND, dated 1 July 2020"},
        "provider-org": {"narrative": "Ủy ban nhân dân tỉnh Lạng Sơn"},
        "receiver-org": {"narrative": "Ban Quản lý Khu kinh tế cửa khẩu Đồng Đăng - Lạng Sơn"},
    }


def test_ocds_transactions_are_the_payments() -> None:
    records = plan(
        allocations=[given_capital(D(2020, 2, 1), billion(40))],
        disbursements=[
            spent(D(2020, 3, 1), million(1_250), payee=CONTRACTOR),
            spent(D(2020, 3, 1), million(750)),
            spent(D(2020, 4, 1), million(10), id="tt-07"),
        ],
    )
    assert records.ocds_transactions("https://example.invalid/data.json") == [
        {
            "id": "bql-kktck-dong-dang-lang-son-2020:disbursement:2020-03-01-1",
            "source": "https://example.invalid/data.json",
            "date": "2020-03-01T00:00:00+07:00",
            "value": {"amount": 1_250_000_000, "currency": "VND"},
            "payer": {"id": "bql-kktck-dong-dang-lang-son", "name": MANAGEMENT_BOARD.name},
            "payee": {"id": "nha-thau-a", "name": "Nhà thầu A"},
        },
        {
            "id": "bql-kktck-dong-dang-lang-son-2020:disbursement:2020-03-01-2",
            "source": "https://example.invalid/data.json",
            "date": "2020-03-01T00:00:00+07:00",
            "value": {"amount": 750_000_000, "currency": "VND"},
            "payer": {"id": "bql-kktck-dong-dang-lang-son", "name": MANAGEMENT_BOARD.name},
        },
        {
            "id": "bql-kktck-dong-dang-lang-son-2020:disbursement:tt-07",
            "source": "https://example.invalid/data.json",
            "date": "2020-04-01T00:00:00+07:00",
            "value": {"amount": 10_000_000, "currency": "VND"},
            "payer": {"id": "bql-kktck-dong-dang-lang-son", "name": MANAGEMENT_BOARD.name},
        },
    ]
    assert "source" not in records.ocds_transactions()[0]
    allocation = next(t for t in records.transactions() if t.flow is CapitalFlow.ALLOCATION)
    assert isinstance(allocation, CapitalTransaction)
    assert allocation.to_iati()["transaction-type"] == {"code": "1"}
    assert "provider-org" not in allocation.to_iati()  # the provider is not known
    with pytest.raises(InvalidValueError) as caught:
        allocation.to_ocds()
    assert (
        "2020:allocation:2020-02-01-1: flow must be a disbursement (giải ngân), as an OCDS "
        "transaction is a payment, got CapitalFlow.ALLOCATION"
    ) in str(caught.value)
    assert caught.value.value is CapitalFlow.ALLOCATION


# -- properties ---------------------------------------------------------------------------------

YEAR_DAYS = st.dates(min_value=D(2020, 1, 1), max_value=D(2020, 12, 31))
#: Whole đồng that can be written in tỷ with up to 9 decimals: any int.


def in_unit(dong: int, unit: str) -> Quantity:
    return amount(Decimal(dong).scaleb(-UNITS[unit]), unit)


@st.composite
def versions(draw: st.DrawFn) -> list[PlanVersion]:
    """One assignment, then adjustments, supplements and carry-overs on later days."""
    days = sorted(draw(st.sets(YEAR_DAYS, min_size=1, max_size=5)))
    kinds = [PlanVersionKind.ASSIGNED] + [
        draw(st.sampled_from(list(PlanVersionKind)[1:])) for _ in days[1:]
    ]
    made = []
    for index, (day, kind) in enumerate(zip(days, kinds, strict=True)):
        carried = kind is PlanVersionKind.CARRIED_OVER
        made.append(
            version(
                f"v{index}",
                kind,
                day,
                in_unit(draw(POSITIVE_DONG), draw(st.sampled_from(list(UNITS)))),
                from_year=draw(st.integers(2000, 2019)) if carried else None,
            )
        )
    return made


@st.composite
def payments(draw: st.DrawFn) -> list[tuple[dt.date, int]]:
    return draw(st.lists(st.tuples(YEAR_DAYS, DONG), max_size=8))


def fold(plan_versions: Sequence[PlanVersion]) -> Fraction:
    """The plan after the versions, by hand: assigned and adjusted replace, the rest add."""
    total = F(0)
    for item in plan_versions:
        replaces = item.kind in (PlanVersionKind.ASSIGNED, PlanVersionKind.ADJUSTED)
        total = vnd(item.amount) if replaces else total + vnd(item.amount)
    return total


@given(POSITIVE_DONG, payments(), YEAR_DAYS)
def test_a_ratio_does_not_depend_on_the_scale_amounts_are_written_in(
    planned: int, paid: list[tuple[dt.date, int]], as_of: dt.date
) -> None:
    ratios = []
    for unit in UNITS:
        written = plan(
            version(day=D(2020, 1, 1), value=in_unit(planned, unit)),
            disbursements=[spent(day, in_unit(dong, unit)) for day, dong in paid],
            unit=unit,
        )
        ratios.append(written.ratio(as_of))
    assert len({ratio.ratio for ratio in ratios}) == 1
    assert len({vnd(ratio.disbursed) for ratio in ratios}) == 1
    expected = F(sum(dong for day, dong in paid if day <= as_of), planned)
    assert abs(F(ratios[0].ratio) - expected) <= expected / 10**33


@given(versions(), payments(), st.sampled_from(list(PlanVersionKind)[1:]), POSITIVE_DONG, YEAR_DAYS)
def test_adding_a_version_never_changes_what_was_disbursed(
    plan_versions: list[PlanVersion],
    paid: list[tuple[dt.date, int]],
    kind: PlanVersionKind,
    dong: int,
    as_of: dt.date,
) -> None:
    assume(plan_versions[-1].date < D(2020, 12, 31))
    before = plan(*plan_versions, disbursements=[spent(d, in_unit(v, "VND")) for d, v in paid])
    new = version(
        "new",
        kind,
        plan_versions[-1].date + dt.timedelta(days=1),
        in_unit(dong, "VND"),
        from_year=2019 if kind is PlanVersionKind.CARRIED_OVER else None,
    )
    after = before.with_version(new)
    assert after.versions == (*before.versions, new)
    assert after.disbursements == before.disbursements
    assert after.disbursed(as_of) == before.disbursed(as_of)
    if as_of >= plan_versions[0].date and fold(plan_versions) > 0 and fold([*plan_versions, new]):
        assert after.ratio(as_of).disbursed == before.ratio(as_of).disbursed


@given(payments(), YEAR_DAYS, DONG)
def test_a_ratio_counts_only_what_was_disbursed_on_or_before_its_day(
    paid: list[tuple[dt.date, int]], as_of: dt.date, later: int
) -> None:
    base = plan(
        version(day=D(2020, 1, 1), value=billion(100)),
        disbursements=[spent(day, in_unit(dong, "VND")) for day, dong in paid],
    )
    ratio = base.ratio(as_of)
    assert vnd(ratio.disbursed) == sum(dong for day, dong in paid if day <= as_of)
    if as_of < D(2020, 12, 31):
        more = base.with_disbursement(
            spent(as_of + dt.timedelta(days=1), in_unit(later, "VND"))
        ).ratio(as_of)
        assert more == ratio


@given(versions(), st.sampled_from(list(Perspective)))
def test_the_plan_is_the_fold_of_its_versions_and_the_sum_of_its_commitments(
    plan_versions: list[PlanVersion], side: Perspective
) -> None:
    built = plan(*plan_versions, provider=PROVINCE)
    last = plan_versions[-1].date
    assert vnd(built.total(last)) == fold(plan_versions)
    for index, item in enumerate(plan_versions):
        assert built.version_in_force(item.date) == item
        assert vnd(built.total(item.date)) == fold(plan_versions[: index + 1])
    commitments = [t for t in built.transactions(side) if t.flow is CapitalFlow.PLAN]
    assert sum(vnd(t.value) for t in commitments) == fold(plan_versions)
    assert {t.iati_type for t in commitments} == {
        IatiTransactionType.INCOMING_COMMITMENT
        if side is Perspective.OWNER
        else IatiTransactionType.OUTGOING_COMMITMENT
    }


@given(payments())
def test_ocds_amounts_are_whole_dong_adding_up_to_what_was_disbursed(
    paid: list[tuple[dt.date, int]],
) -> None:
    built = plan(disbursements=[spent(day, in_unit(dong, "million_VND")) for day, dong in paid])
    records = built.ocds_transactions()
    assert sum(record["value"]["amount"] for record in records) == sum(dong for _, dong in paid)
    assert all(isinstance(record["value"]["amount"], int) for record in records)
    assert len({record["id"] for record in records}) == len(records)


PERCENTS = st.tuples(st.integers(1, 20_000), st.integers(0, 2))  # digits, decimals
AMOUNTS = st.tuples(st.integers(0, 10**9), st.integers(0, 3))


def printed(digits: int, decimals: int) -> str:
    """A number as a Vietnamese report prints it, from its digits and decimals."""
    whole, fraction = divmod(digits, 10**decimals)
    text = f"{whole:,}".replace(",", ".")
    return text + ("," + str(fraction).zfill(decimals) if decimals else "")


@given(AMOUNTS, PERCENTS, st.floats(0, 1, exclude_max=True), st.floats(0, 1, exclude_max=True))
def test_every_true_base_behind_the_printed_figures_is_in_the_implied_range(
    top: tuple[int, int], rate: tuple[int, int], where_top: float, where_rate: float
) -> None:
    (top_digits, top_decimals), (rate_digits, rate_decimals) = top, rate
    implied = implied_base_range(
        f"{printed(top_digits, top_decimals)} triệu đồng", f"{printed(rate_digits, rate_decimals)}%"
    )
    assert isinstance(implied, ImpliedBase)
    # A true value somewhere in what rounds (half-up) to the printed figures.
    top_half, rate_half = F(1, 2 * 10**top_decimals), F(1, 2 * 10**rate_decimals)
    top_low = max(F(0), F(top_digits, 10**top_decimals) - top_half)
    top_high = F(top_digits, 10**top_decimals) + top_half
    true_top = top_low + F(where_top) * (top_high - top_low)
    true_rate = F(rate_digits, 10**rate_decimals) - rate_half + F(where_rate) * 2 * rate_half
    assume(true_top > 0)
    assume(true_rate > 0)
    assert half_up(true_rate, rate_decimals) == F(rate_digits, 10**rate_decimals)
    base = true_top / (true_rate / 100)
    assert implied.high is not None
    assert F(implied.low.magnitude) < base < F(implied.high.magnitude)
    assert F(implied.low.magnitude) <= F(implied.point.magnitude) <= F(implied.high.magnitude)


@given(
    st.sampled_from(list(PlanVersionKind)),
    st.sampled_from(["vi", "en", "value"]),
    st.sampled_from([str.lower, str.upper, str.title]),
)
def test_a_kind_reads_back_from_its_names(
    kind: PlanVersionKind, name: str, case: Callable[[str], str]
) -> None:
    text = kind.value if name == "value" else kind.label(name)  # type: ignore[arg-type]
    assert PlanVersionKind.parse(f"  {case(text)} ") is kind


@given(st.lists(st.tuples(YEAR_DAYS, DONG), max_size=6), POSITIVE_DONG)
def test_allocated_above_plan_is_found_exactly_when_it_happens(
    given_: list[tuple[dt.date, int]], planned: int
) -> None:
    built = plan(
        version(day=D(2020, 1, 1), value=in_unit(planned, "VND")),
        allocations=[given_capital(day, in_unit(dong, "VND")) for day, dong in given_],
    )
    days = sorted({day for day, _ in given_})
    over = [d for d in days if sum(v for day, v in given_ if day <= d) > planned]
    found = [f for f in built.findings() if f.kind is PlanFindingKind.ALLOCATED_ABOVE_PLAN]
    assert [f.on for f in found] == over[:1]


# -- bad inputs ----------------------------------------------------------------------------------

USD = amount(2, "million_USD")
HECTARES = amount(5, "hectare")


def two_versions(second: PlanVersion) -> Callable[[], object]:
    return lambda: plan(GIAO, second)


BAD_INPUTS = [
    pytest.param(
        lambda: plan(disbursements=[spent(D(2021, 2, 1), million(5))]),
        InvalidValueError,
        None,
        ["a disbursement of 5 million_VND", "2021-02-01", "2020-01-01 – 2021-01-31"],
        id="disbursed-after-the-year",
    ),
    pytest.param(
        lambda: plan(disbursements=[spent(D(2019, 12, 31), million(5))]),
        InvalidValueError,
        None,
        ["got 2019-12-31", "must be in the plan's disbursement window"],
        id="disbursed-before-the-year",
    ),
    pytest.param(
        lambda: spent(D(2020, 5, 1), million(-5)),
        InvalidValueError,
        None,
        ["amount must not be negative", "-5 million_VND"],
        id="negative-disbursement",
    ),
    pytest.param(
        lambda: given_capital(D(2020, 5, 1), billion("-0.5")),
        InvalidValueError,
        None,
        ["amount must not be negative", "-0.5 billion_VND"],
        id="negative-allocation",
    ),
    pytest.param(
        lambda: version(value=million(-1)),
        InvalidValueError,
        None,
        ["-1 million_VND"],
        id="negative-plan",
    ),
    pytest.param(
        two_versions(version("dc", PlanVersionKind.ADJUSTED, D(2019, 12, 1), billion(90))),
        InvalidValueError,
        None,
        [
            "version dc: date must not be earlier than its predecessor giao (2020-01-02)",
            "got 2019-12-01",
        ],
        id="version-before-predecessor",
    ),
    pytest.param(
        two_versions(version("dc", PlanVersionKind.ADJUSTED, D(2020, 1, 2), billion(90))),
        OverlappingVersionsError,
        None,
        ["versions giao and dc are both issued on 2020-01-02", "make them one version"],
        id="version-same-day",
    ),
    pytest.param(
        two_versions(version("giao", PlanVersionKind.SUPPLEMENTED, D(2020, 3, 1), billion(1))),
        OverlappingVersionsError,
        None,
        ["two versions are called 'giao'"],
        id="duplicate-version",
    ),
    pytest.param(
        lambda: plan(
            version(legal=LegalReference(number="12/QĐ-UBND", kind=LegalKind.DECISION)),
            version(
                "bs",
                PlanVersionKind.SUPPLEMENTED,
                D(2020, 3, 1),
                billion(1),
                legal="Quyết định số 12/QĐ-UBND",
            ),
        ),
        OverlappingVersionsError,
        None,
        ["versions giao and bs are both made by 12/QĐ-UBND; one decision makes one version"],
        id="duplicate-decision",
    ),
    pytest.param(
        lambda: plan(BO_SUNG),
        InvalidValueError,
        None,
        [
            "version bo-sung: kind must be assigned (giao) in the first version",
            "got PlanVersionKind.SUPPLEMENTED",
        ],
        id="first-not-assigned",
    ),
    pytest.param(
        two_versions(version("giao-2", PlanVersionKind.ASSIGNED, D(2020, 3, 1))),
        InvalidValueError,
        None,
        ["version giao-2: kind must not be a second assignment", "got PlanVersionKind.ASSIGNED"],
        id="assigned-twice",
    ),
    pytest.param(
        two_versions(version("x", PlanVersionKind.ADJUSTED, D(2021, 2, 1))),
        InvalidValueError,
        None,
        ["version x: date must not be later than the plan's close (2021-01-31), got 2021-02-01"],
        id="version-after-close",
    ),
    pytest.param(
        lambda: version("kd", PlanVersionKind.CARRIED_OVER, D(2020, 3, 1)),
        InvalidValueError,
        None,
        ["version kd: from_year must be given for capital carried over", "got None"],
        id="carried-over-without-year",
    ),
    pytest.param(
        lambda: version("bs", PlanVersionKind.SUPPLEMENTED, D(2020, 3, 1), from_year=2019),
        InvalidValueError,
        None,
        [
            "version bs: from_year is only for capital carried over",
            "not for supplemented capital, got 2019",
        ],
        id="from-year-not-carried",
    ),
    pytest.param(
        two_versions(version("kd", PlanVersionKind.CARRIED_OVER, D(2020, 3, 1), from_year=2020)),
        InvalidValueError,
        None,
        ["version kd: from_year must be a year before the plan's year 2020, got 2020"],
        id="carried-over-from-same-year",
    ),
    pytest.param(
        lambda: spent(D(2020, 5, 1), USD),
        UnitMismatchError,
        None,
        ["amount must be in đồng (VND), got 2 million_USD"],
        id="dollars",
    ),
    pytest.param(
        lambda: version(value=HECTARES),
        UnitMismatchError,
        None,
        ["got 5 hectare"],
        id="hectares",
    ),
    pytest.param(
        lambda: spent(D(2020, 5, 1), 42_119),  # type: ignore[arg-type]
        InvalidTypeError,
        None,
        ["amount must be an amount in đồng", "got 42119"],
        id="plain-number",
    ),
    pytest.param(
        lambda: spent(D(2020, 5, 1), amount(Decimal("0.5"), "VND")),
        InvalidValueError,
        None,
        ["whole number of đồng", "0.5 VND"],
        id="half-a-dong",
    ),
    pytest.param(
        lambda: spent(
            D(2020, 5, 1),
            amount(Decimal("1.5"), "million_VND").__class__(Decimal("NaN"), "million_VND"),
        ),
        InvalidValueError,
        None,
        ["amount must be a finite number"],
        id="nan",
    ),
    pytest.param(
        lambda: spent("25/5/2020", million(1)),  # type: ignore[arg-type]
        InvalidTypeError,
        None,
        ["date must be a datetime.date", "'25/5/2020'"],
        id="date-as-text",
    ),
    pytest.param(
        lambda: spent(dt.datetime(2020, 5, 25, 9, 0), million(1)),  # noqa: DTZ001
        InvalidTypeError,
        None,
        ["date must be a datetime.date", "got 2020-05-25 09:00:00 of type datetime"],
        id="datetime",
    ),
    pytest.param(
        lambda: seed_capital_plan().ratio(D(2020, 5, 1)),
        NotInForceError,
        None,
        ["is in force on 2020-05-01", "2020-giao, is dated 2020-05-25"],
        id="ratio-before-any-version",
    ),
    pytest.param(
        lambda: seed_capital_plan().ratio("30/9/2020"),  # type: ignore[arg-type]
        InvalidTypeError,
        None,
        ["as_of must be a datetime.date", "'30/9/2020'"],
        id="ratio-date-as-text",
    ),
    pytest.param(
        lambda: seed_capital_plan().ratio(SEP_30, "kế hoạch"),
        UnknownCodeError,
        None,
        ["unknown RatioBase 'kế hoạch'", "'plan', 'allocated'"],
        id="unknown-base",
    ),
    pytest.param(
        lambda: seed_capital_plan().ratio(SEP_30, RatioBase.ALLOCATED),
        UndefinedRatioError,
        "base",
        ["base is 0 million_VND, the capital allocated on or before 2020-09-30"],
        id="nothing-allocated",
    ),
    pytest.param(
        lambda: PlanVersionKind.parse("tạm ứng"),
        UnknownCodeError,
        None,
        ["unknown kind of plan version 'tạm ứng'"],
        id="unknown-kind",
    ),
    pytest.param(
        lambda: PlanVersionKind.parse(3),  # type: ignore[arg-type]
        InvalidTypeError,
        None,
        ["got 3"],
        id="kind-not-text",
    ),
    pytest.param(
        lambda: PlanVersion.read("x", "giao", D(2020, 1, 2), "trên 100 tỷ đồng"),
        InvalidValueError,
        None,
        ["text must not be qualified (it is qualified by 'trên'), got 'trên 100 tỷ đồng'"],
        id="qualified-plan",
    ),
    pytest.param(
        lambda: PlanVersion.read("x", "giao", D(2020, 1, 2), "41%"),
        InvalidValueError,
        None,
        ["text must be an amount of đồng, got '41%'"],
        id="plan-as-percent",
    ),
    pytest.param(
        lambda: Disbursement.read(D(2020, 1, 2), "42.119 triệu USD"),
        UnitMismatchError,
        None,
        ["42119 million_USD"],
        id="read-dollars",
    ),
    pytest.param(
        lambda: Disbursement.read(D(2020, 1, 2), "42.119,5,1 triệu đồng"),
        ParseError,
        None,
        ["'42.119,5,1 triệu đồng'"],
        id="unreadable",
    ),
    pytest.param(
        lambda: plan(
            disbursements=[spent(D(2020, 2, 1), million(1), id="a")],
            allocations=[given_capital(D(2020, 1, 1), million(1), id="a")],
        ),
        InvalidValueError,
        None,
        ["record 'a' appears twice"],
        id="duplicate-record-id",
    ),
    pytest.param(
        lambda: plan(allocations=[given_capital(D(2021, 2, 1), million(1))]),
        InvalidValueError,
        None,
        [
            "an allocation of 1 million_VND: date must not be later than the plan's close",
            "got 2021-02-01",
        ],
        id="allocation-after-close",
    ),
    pytest.param(
        lambda: plan(disbursement_deadline=D(2020, 6, 30)),
        InvalidValueError,
        None,
        [
            "disbursement_deadline must not be earlier than the end of the plan's year",
            "got 2020-06-30",
        ],
        id="deadline-too-early",
    ),
    pytest.param(
        lambda: plan(disbursement_deadline=D(2022, 1, 1)),
        InvalidValueError,
        None,
        [
            "disbursement_deadline must not be later than",
            "Article 68",
            "(2021-12-31), got 2022-01-01",
        ],
        id="extension-beyond-the-law",
    ),
    pytest.param(
        lambda: CapitalPlan(year="2020", owner=MANAGEMENT_BOARD),
        InvalidTypeError,
        None,
        ["year must be an int, got '2020'"],
        id="year-as-text",
    ),
    pytest.param(
        lambda: CapitalPlan(year=True, owner=MANAGEMENT_BOARD),
        InvalidTypeError,
        None,
        ["year must be an int, got True"],
        id="year-bool",
    ),
    pytest.param(
        lambda: CapitalPlan(year=0, owner=MANAGEMENT_BOARD),
        InvalidValueError,
        None,
        ["year must be between 1 and 9999, got 0"],
        id="year-zero",
    ),
    pytest.param(
        lambda: CapitalPlan(year=2020, owner="BQL"),  # type: ignore[arg-type]
        InvalidTypeError,
        None,
        ["owner must be an Organization, got 'BQL'"],
        id="owner-as-text",
    ),
    pytest.param(
        lambda: CapitalPlan(year=2020, owner=MANAGEMENT_BOARD, versions=[GIAO, "bổ sung"]),
        InvalidTypeError,
        None,
        ["versions[1] must be a PlanVersion, got 'bổ sung'"],
        id="version-as-text",
    ),
    pytest.param(
        lambda: CapitalPlan(year=2020, owner=MANAGEMENT_BOARD, versions=GIAO),
        InvalidTypeError,
        None,
        ["versions must be a sequence of PlanVersion"],
        id="versions-not-a-sequence",
    ),
    pytest.param(
        lambda: CapitalPlan(year=2020, owner=MANAGEMENT_BOARD, unit="million_USD"),
        UnitMismatchError,
        None,
        ["unit must be a unit of đồng", "'million_USD'"],
        id="unit-dollars",
    ),
    pytest.param(
        lambda: CapitalPlan(year=2020, owner=MANAGEMENT_BOARD, unit=6),
        InvalidTypeError,
        None,
        ["unit must be the name of a unit of đồng, got 6"],
        id="unit-not-text",
    ),
    pytest.param(
        lambda: CapitalPlan(year=2020, owner=MANAGEMENT_BOARD, notes="none"),
        InvalidTypeError,
        None,
        ["notes must be a sequence of str, got 'none'"],
        id="notes-as-text",
    ),
    pytest.param(
        lambda: Organization(code="BQL KKT", name="Ban Quản lý"),
        InvalidValueError,
        None,
        ["got 'BQL KKT'"],
        id="bad-code",
    ),
    pytest.param(
        lambda: Organization(code="bql", name="  "),
        InvalidValueError,
        None,
        ["name must not be empty, got '  '"],
        id="blank-name",
    ),
    pytest.param(
        lambda: version(legal=1055),
        InvalidTypeError,
        None,
        ["legal must be a LegalReference", "got 1055"],
        id="legal-as-number",
    ),
    pytest.param(
        lambda: version(date_assumed="yes"),
        InvalidTypeError,
        None,
        ["date_assumed must be True or False, got 'yes'"],
        id="flag-as-text",
    ),
    pytest.param(
        lambda: spent(D(2020, 5, 1), million(1), qualifier="trên"),
        InvalidTypeError,
        None,
        ["qualifier must be a Qualifier or None, got 'trên'"],
        id="qualifier-as-text",
    ),
    pytest.param(
        lambda: seed_capital_plan().transactions("donor"),
        UnknownCodeError,
        None,
        ["unknown perspective 'donor'"],
        id="unknown-perspective",
    ),
    pytest.param(
        lambda: seed_capital_plan().ratio(MAY_25).prints_as("41 triệu đồng"),
        InvalidValueError,
        None,
        ["printed must be a percent such as '41%', got '41 triệu đồng'"],
        id="prints-as-amount",
    ),
    pytest.param(
        lambda: seed_capital_plan().ratio(MAY_25).describe("fr"),  # type: ignore[arg-type]
        InvalidValueError,
        None,
        ["lang must be 'vi' or 'en', got 'fr'"],
        id="lang",
    ),
    pytest.param(
        lambda: implied_base_range("52,6 tỷ đồng", "0%"),
        UndefinedRatioError,
        "ratio",
        ["ratio is 0"],
        id="implied-zero-percent",
    ),
    pytest.param(
        lambda: implied_base_range("52,6 tỷ đồng", "52,6 tỷ đồng"),
        InvalidValueError,
        None,
        ["ratio must be a percent such as '51,2%', got '52,6 tỷ đồng'"],
        id="implied-ratio-not-percent",
    ),
    pytest.param(
        lambda: implied_base_range("51,2%", "51,2%"),
        InvalidValueError,
        None,
        ["value must be an amount of đồng, got '51,2%'"],
        id="implied-value-not-amount",
    ),
    pytest.param(
        lambda: implied_base_range(52.6, "51,2%"),  # type: ignore[arg-type]
        InvalidTypeError,
        None,
        ["value must be a figure as printed", "got 52.6"],
        id="implied-value-float",
    ),
    pytest.param(
        lambda: implied_base_range("52,6 tỷ đồng", "51,2%").contains(102.7),  # type: ignore[arg-type]
        InvalidTypeError,
        None,
        ["amount must be a quantity, got 102.7"],
        id="contains-float",
    ),
]


@pytest.mark.parametrize(COLUMNS, BAD_INPUTS)
def test_bad_input_raises_a_typed_error_naming_it(
    call: Callable[[], object],
    error: type[DongDangError],
    argument: str | None,
    fragments: list[str],
) -> None:
    assert_refused(call, error, argument, fragments)


def test_results_are_frozen_values() -> None:
    ratio = seed_capital_plan().ratio(MAY_25)
    assert isinstance(ratio, DisbursementRatio)
    with pytest.raises(AttributeError):
        ratio.ratio = Decimal(0)  # type: ignore[misc]
    with pytest.raises(AttributeError):
        GIAO.amount = million(1)  # type: ignore[misc]


def test_the_tests_own_conversion_agrees_with_the_registry() -> None:
    assert vnd(parse_amount("52,6 tỷ đồng")) == 52_600_000_000
    assert read_figure("51,2 %").value == Decimal("51.2")


# -- qualifiers and ranges -------------------------------------------------------------------------

AT_LEAST, AT_MOST, BELOW, ABOUT = (
    Qualifier.AT_LEAST,
    Qualifier.AT_MOST,
    Qualifier.BELOW,
    Qualifier.ABOUT,
)


@pytest.mark.parametrize(
    ("paid", "allocated", "to_allocated", "to_plan"),
    [
        ([None, None], [None], None, None),
        ([AT_LEAST, None], [None], AT_LEAST, AT_LEAST),  # more paid: a higher ratio
        ([None], [AT_LEAST], AT_MOST, None),  # more allocated: a lower ratio
        ([None], [BELOW], AT_LEAST, None),
        ([AT_MOST, BELOW], [None], BELOW, BELOW),
        ([AT_MOST, None], [None], AT_MOST, AT_MOST),
        ([AT_LEAST], [AT_LEAST], ABOUT, AT_LEAST),  # bounded below twice: no direction left
        ([ABOUT], [None], ABOUT, ABOUT),
        ([AT_LEAST, AT_MOST], [None], ABOUT, ABOUT),
    ],
)
def test_the_qualifiers_of_the_figures_make_the_qualifier_of_the_ratio(
    paid: list[Qualifier | None],
    allocated: list[Qualifier | None],
    to_allocated: Qualifier | None,
    to_plan: Qualifier | None,
) -> None:
    built = plan(
        allocations=[given_capital(D(2020, 2, 1), billion(50), qualifier=q) for q in allocated],
        disbursements=[spent(D(2020, 3, 1), billion(1), qualifier=q) for q in paid],
    )
    to_capital = built.ratio(D(2020, 3, 1), RatioBase.ALLOCATED)
    assert to_capital.qualifier is to_allocated
    # Each amount keeps its own word (the ratio to the plan takes the disbursed one's).
    assert to_capital.base_qualifier is allocated[0]
    assert to_capital.disbursed_qualifier is to_plan
    if allocated == [AT_LEAST] and paid == [None]:
        assert to_capital.describe("en", decimals=0) == (
            "by 1 March 2020, 1,000 of over 50,000 million VND disbursed: nearly 2% of the "
            "capital allocated,\nplan version giao: assigned, 100 billion VND, dated 2 January 2020"
        )
    # The plan is a decision's figure: only the disbursed amount qualifies the ratio to it.
    assert built.ratio(D(2020, 3, 1)).qualifier is to_plan


def test_ranges_for_upper_bounds_approximations_and_qualified_percents() -> None:
    nearly = implied_base_range("gần 52,6 tỷ đồng", "51,2%")
    assert nearly.low.magnitude == 0
    assert nearly.high is not None
    assert F(nearly.high.magnitude) >= F("52.65") / F("0.5115")
    # "khoảng" keeps its printed rounding, as in the audit (dongdang.intervals)
    about = implied_base_range(read_figure("khoảng 52,6 tỷ đồng"), read_figure("51,2%"))
    plain = implied_base_range(read_figure("52,6 tỷ đồng"), read_figure("51,2%"))
    assert (about.low, about.high) == (plain.low, plain.high)
    assert about.high is not None
    assert F(about.low.magnitude) <= F("52.55") / F("0.5125")
    assert F(about.high.magnitude) >= F("52.65") / F("0.5115")
    # "trên 50%": the ratio is at least 49,5%, so the base is at most 52,65 / 0,495.
    over_half = implied_base_range("52,6 tỷ đồng", "trên 50%")
    assert over_half.low.magnitude == 0
    assert over_half.high is not None
    assert F(over_half.high.magnitude) >= F("52.65") / F("0.495")
    # A percent printed as 0,1% may be as low as 0,05%: still a bound.
    tiny = implied_base_range("1 tỷ đồng", "0,1%")
    assert tiny.high is not None
    assert F(tiny.high.magnitude) >= F("1.5") / F("0.0005")
    # A percent that may round up from zero sets no upper bound.
    assert implied_base_range("1 tỷ đồng", "1%", honour_qualifier=False).high is not None
    assert implied_base_range("1 tỷ đồng", "gần 1%").high is None


def test_amounts_of_another_registry_are_refused_by_their_unit() -> None:
    import pint  # noqa: PLC0415 - only this test builds a foreign registry

    other: pint.UnitRegistry[Any] = pint.UnitRegistry(None)
    other.define("furlong = [length]")
    with pytest.raises(UnitMismatchError, match="got 3 furlong"):
        spent(D(2020, 5, 1), other.Quantity(3, "furlong"))


def test_transactions_without_parties_leave_them_out() -> None:
    unpaid = plan(disbursements=[spent(D(2020, 3, 1), million(1))])
    payment = next(t for t in unpaid.transactions() if t.flow is CapitalFlow.DISBURSEMENT)
    assert "receiver-org" not in payment.to_iati()
    assert payment.to_iati()["provider-org"] == {"narrative": MANAGEMENT_BOARD.name}
    anonymous = CapitalTransaction(
        id="t-1",
        flow=CapitalFlow.DISBURSEMENT,
        iati_type=IatiTransactionType.EXPENDITURE,
        date=D(2020, 3, 1),
        value=million(1),
        provider=None,
        receiver=None,
        description="giải ngân",
    )
    assert anonymous.to_ocds() == {
        "id": "t-1",
        "date": "2020-03-01T00:00:00+07:00",
        "value": {"amount": 1_000_000, "currency": "VND"},
    }


@given(AMOUNTS, st.sampled_from([None, "trên", "hơn", "gần", "dưới", "khoảng"]))
def test_a_disbursement_reads_back_its_amount_and_qualifier(
    top: tuple[int, int], word: str | None
) -> None:
    digits, decimals = top
    text = f"{printed(digits, decimals)} tỷ đồng"
    read = Disbursement.read(D(2020, 6, 1), f"{word} {text}" if word else text)
    assert vnd(read.amount) == F(digits, 10**decimals) * 10**9
    expected = {
        None: None,
        "trên": AT_LEAST,
        "hơn": AT_LEAST,
        "gần": AT_MOST,
        "dưới": BELOW,
        "khoảng": ABOUT,
    }
    assert read.qualifier is expected[word]


@given(st.tuples(st.integers(1, 10**9), st.integers(0, 3)), PERCENTS)
def test_the_point_estimate_agrees_with_the_range_it_comes_with(
    top: tuple[int, int], rate: tuple[int, int]
) -> None:
    implied = implied_base_range(
        f"{printed(*top)} triệu đồng", f"{printed(*rate)}%", honour_qualifier=False
    )
    assert implied.contains(implied.point)
    # The point, printed to the triệu, stands for a range holding the point itself.
    rounded = half_up(F(implied.point.magnitude), 0)
    assert implied.agrees_with(f"{printed(int(rounded), 0)} triệu đồng")
    # A figure printed well above the range does not agree with it.
    assert implied.high is not None
    far = math.ceil(F(implied.high.magnitude)) + 1
    assert not implied.agrees_with(f"{printed(far, 0)} triệu đồng")


# -- the plan's records as a frame ---------------------------------------------------------


def test_a_plans_records_as_a_frame_worked_by_hand() -> None:
    built = plan(
        version(day=D(2020, 1, 2), value=billion(100)),
        version("bo-sung", PlanVersionKind.SUPPLEMENTED, D(2020, 6, 1), million(2_500)),
        allocations=[
            Allocation(
                date=D(2020, 6, 1),
                amount=billion(60),
                qualifier=Qualifier.AT_LEAST,
                legal="Quyết định số 1234/QĐ-UBND",
            )
        ],
        disbursements=[
            spent(D(2020, 3, 1), million(500), id="d-1", payee=CONTRACTOR, note="tạm ứng"),
            spent(D(2021, 1, 15), amount(Decimal(1_250_000), "VND")),
        ],
        unit="billion_VND",
    )
    frame = built.to_frame()
    assert list(frame.columns) == [
        *("record", "id", "date", "kind", "amount_billion_vnd", "qualifier", "from_year"),
        *("legal", "payee", "source", "note"),
    ]
    # By date; on 1 June the supplement comes before the allocation.
    assert frame["record"].tolist() == [
        "plan",
        "disbursement",
        "plan",
        "allocation",
        "disbursement",
    ]
    assert frame["date"].dt.strftime("%d/%m/%Y").tolist() == [
        "02/01/2020",
        "01/03/2020",
        "01/06/2020",
        "01/06/2020",
        "15/01/2021",
    ]
    assert frame["amount_billion_vnd"].tolist() == [100.0, 0.5, 2.5, 60.0, 0.00125]
    assert frame["id"].tolist() == ["giao", "d-1", "bo-sung", None, None]
    assert frame["kind"].tolist()[:3:2] == ["assigned", "supplemented"]
    assert frame["kind"].isna().tolist() == [False, True, False, True, True]
    assert frame["qualifier"].tolist()[3] == "at_least"
    assert frame["legal"].tolist()[3] == "Quyết định số 1234/QĐ-UBND của Ủy ban nhân dân"
    assert frame["payee"].tolist()[1] == "nha-thau-a"
    assert frame["note"].tolist()[1] == "tạm ứng"
    assert {str(frame[name].dtype) for name in ("record", "kind", "qualifier", "payee")} == {
        "category"
    }
    assert str(frame["amount_billion_vnd"].dtype) == "float64"
    assert frame.attrs == {
        "plan": "bql-kktck-dong-dang-lang-son-2020",
        "year": 2020,
        "owner": "bql-kktck-dong-dang-lang-son",
        "unit": "billion_VND",
    }
    exact = built.to_frame(exact=True)
    assert exact["amount_billion_vnd"].tolist() == [
        Decimal(100),
        Decimal("0.5"),
        Decimal("2.5"),
        Decimal(60),
        Decimal("0.00125"),
    ]
    assert exact["from_year"].isna().all()


def test_a_carried_over_version_gives_its_year_and_a_plan_of_nothing_an_empty_frame() -> None:
    carried = plan(version(day=D(2020, 1, 2)), KEO_DAI).to_frame(exact=True)
    assert carried["from_year"].tolist()[1] == 2019
    assert carried["kind"].tolist()[1] == "carried-over"
    empty = CapitalPlan(year=2020, owner=MANAGEMENT_BOARD).to_frame()
    assert len(empty) == 0
    assert "amount_million_vnd" in empty.columns


@given(built=capital_plans(), exact=st.booleans())
def test_a_plans_frame_holds_each_record_once_by_date_with_its_amount(
    built: CapitalPlan, *, exact: bool
) -> None:
    frame = built.to_frame(exact=exact)
    column = "amount_" + {"VND": "dong"}.get(built.unit, built.unit.lower())
    records = {"plan": built.versions, "allocation": built.allocations}
    records["disbursement"] = built.disbursements
    assert len(frame) == sum(len(items) for items in records.values())
    days = frame["date"].dt.date.tolist()
    assert days == sorted(days)
    scale = Fraction(10 ** UNITS[built.unit])
    for flow, items in records.items():
        rows = frame[frame["record"] == flow]
        assert sorted(rows["date"].dt.date) == sorted(item.date for item in items)
        by_hand = [vnd(item.amount) / scale for item in sorted(items, key=lambda i: i.date)]
        if exact:
            assert [Fraction(value) for value in rows[column]] == by_hand
        else:
            assert rows[column].tolist() == pytest.approx([float(v) for v in by_hand])
    versions_rows = frame[frame["record"] == "plan"]
    assert versions_rows["id"].tolist() == [item.id for item in built.versions]
    assert versions_rows["kind"].tolist() == [item.kind.code for item in built.versions]


@pytest.mark.parametrize("package", ["dongdang.investment", "dongdang.projects"])
def test_every_example_of_a_method_moved_out_runs_from_the_package(package: str) -> None:
    # The doctest finder sees a method's examples only through the package's __test__.
    module = importlib.import_module(package)
    examples = set()
    for name in module.__all__:
        owner = getattr(module, name)
        if not inspect.isclass(owner):
            continue
        for attribute, value in vars(owner).items():
            function = getattr(value, "__func__", value)
            if inspect.isfunction(function) and ">>>" in (function.__doc__ or ""):
                examples.add(f"{name}.{attribute}")
    assert examples
    assert set(module.__test__) == examples
