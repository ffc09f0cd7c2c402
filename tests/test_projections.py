"""Projections: year-end by run rate or last year's share, the pace a target needs, growth paths.

Expected values are worked out here by hand with :class:`fractions.Fraction`
from the seed sentences, never read back from dongdang:

* seed-004: "đã giải ngân được 42.119/102.681 triệu đồng, bằng 41% kế hoạch vốn
  trong năm", as of 25/5/2020; the 2020 plan may be disbursed until 31/1/2021
  (Law on Public Investment 2019, Art. 68);
* seed-000: "tổng số phí thu … 9 tháng đầu năm 2020 … đạt trên 344,8 tỷ đồng".

Months are calendar months: 1/1–25/5/2020 is 4 months (to 1/5) and the 25 days
of May, a 31-day month step (1/5 → 1/6): 4 + 25/31. From 26/5/2020 to
31/1/2021 is 8 months (to 26/1/2021) and 6 days (26/1 → 1/2) of a 31-day step
(26/1 → 26/2): 8 + 6/31.
"""

from __future__ import annotations

import datetime as dt
import decimal
import pickle
import re
from decimal import Decimal
from fractions import Fraction
from typing import TYPE_CHECKING, Any

import pytest
from dateutil.relativedelta import relativedelta
from hypothesis import assume, given
from hypothesis import strategies as st

from bad_inputs import COLUMNS, assert_refused
from dongdang import Period, amount, parse_amount, read_figure
from dongdang.auditing import Interval
from dongdang.data import seed_figures
from dongdang.errors import (
    DongDangError,
    InvalidTypeError,
    InvalidValueError,
    NotInForceError,
    UndefinedRatioError,
    UnitMismatchError,
)
from dongdang.indicators import cagr, implied_previous
from dongdang.investment import (
    MANAGEMENT_BOARD,
    CapitalPlan,
    Disbursement,
    PlanVersion,
    seed_capital_plan,
)
from dongdang.projections import (
    GrowthPath,
    Method,
    PaceKind,
    PaceNeeded,
    YearEndProjection,
    calendar_months,
    disbursement_pace,
    growth_path,
    pace_needed,
    run_rate,
    same_period_share,
)
from dongdang.text import format_number
from dongdang.units import ureg
from strategies import amounts, dates, positive_amounts, printed, years

if TYPE_CHECKING:
    from collections.abc import Callable

# -- the seed examples ---------------------------------------------------------------------

PLAN = Fraction(102681)
DISBURSED = Fraction(42119)
MONTHS_SO_FAR = 4 + Fraction(25, 31)
MONTHS_LEFT = 8 + Fraction(6, 31)
DAYS_SO_FAR = 31 + 29 + 31 + 30 + 25  # 2020 is a leap year
DAYS_LEFT = 6 + 30 + 31 + 31 + 30 + 31 + 30 + 31 + 31  # 26/5/2020 – 31/1/2021


def test_seed_disbursement_pace_for_the_whole_plan_by_the_statutory_deadline() -> None:
    pace = disbursement_pace(seed_capital_plan(), dt.date(2020, 5, 25))
    assert pace.deadline == dt.date(2021, 1, 31)
    assert pace.law is not None
    assert pace.law.article == 68
    assert pace.since == dt.date(2020, 1, 1)
    assert (pace.months_elapsed, pace.months_remaining) == (MONTHS_SO_FAR, MONTHS_LEFT)
    assert (pace.days_elapsed, pace.days_remaining) == (DAYS_SO_FAR, DAYS_LEFT) == (146, 251)
    assert pace.remaining == PLAN - DISBURSED == 60562
    assert pace.per_month == (PLAN - DISBURSED) / MONTHS_LEFT
    assert pace.per_day == (PLAN - DISBURSED) / DAYS_LEFT
    assert pace.pace_so_far == DISBURSED / MONTHS_SO_FAR
    expected_multiple = ((PLAN - DISBURSED) / MONTHS_LEFT) / (DISBURSED / MONTHS_SO_FAR)
    assert pace.multiple == expected_multiple
    # 7.391,4 triệu đồng a month needed, 0,84 times the 8.763,0 of January to May.
    assert format_number(Decimal(float(pace.per_month)), decimals=1) == "7.391,4"
    assert format_number(Decimal(float(expected_multiple)), decimals=2) == "0,84"
    assert pace.amount(pace.per_month).units == amount(1, "million_VND").units
    text = pace.describe("vi")
    assert "còn phải giải ngân 60.562,0 triệu đồng trong 251 ngày (8,19 tháng)" in text
    assert "bình quân 7.391,4 triệu đồng mỗi tháng, 241,3 triệu đồng mỗi ngày" in text
    assert "bằng 0,84 lần nhịp độ bình quân từ ngày 01/01/2020 (8.763,0 triệu đồng" in text
    assert "7,391.4 million VND a month, 241.3 million VND a day" in pace.describe("en")
    assert any("Điều 68 Luật Đầu tư công 2019" in line for line in pace.assumptions("vi"))
    assert any("Article 68" in line for line in pace.assumptions("en"))


def test_seed_disbursement_pace_for_95_percent_of_the_plan() -> None:
    pace = disbursement_pace(seed_capital_plan(), dt.date(2020, 5, 25), share=Decimal("0.95"))
    target = PLAN * Fraction(95, 100)
    assert pace.target == target
    assert pace.per_month == (target - DISBURSED) / MONTHS_LEFT
    assert "để đạt 95% kế hoạch vốn (102.681 triệu đồng) đến ngày 31/01/2021" in pace.describe()


def test_seed_disbursement_pace_from_the_printed_figures_carries_their_interval() -> None:
    figures = seed_figures()
    done, plan = figures["disbursed-2020-05-25"], figures["plan-2020"]
    assert done.as_of is not None
    pace = pace_needed(
        done.figure,
        plan.figure,
        as_of=done.as_of,
        deadline=dt.date(2021, 1, 31),
        kind=PaceKind.DISBURSEMENT,
    )
    assert pace.per_month == (PLAN - DISBURSED) / MONTHS_LEFT
    half = Fraction(1, 2)  # "42.119" and "102.681" are whole triệu đồng
    assert pace.per_month_interval == Interval(
        low=(PLAN - half - (DISBURSED + half)) / MONTHS_LEFT,
        high=(PLAN + half - (DISBURSED - half)) / MONTHS_LEFT,
    )
    ratio = MONTHS_SO_FAR / MONTHS_LEFT
    assert pace.multiple_interval == Interval(
        low=((PLAN - half) / (DISBURSED + half) - 1) * ratio,
        high=((PLAN + half) / (DISBURSED - half) - 1) * ratio,
    )


def test_seed_nine_month_fees_by_run_rate_with_their_interval() -> None:
    fees = seed_figures()["fee-2020-9m-total"]
    assert fees.period == Period.first_months(2020, 9)
    projection = run_rate(fees.figure, fees.period)
    assert projection.method is Method.RUN_RATE_MONTHS
    assert projection.factor == Fraction(12, 9)
    assert projection.exact == Fraction("344.8") * 12 / 9
    # "trên 344,8 tỷ đồng" is at least 344,75: the year-end is at least 344,75 × 12/9.
    assert projection.interval == Interval(low=Fraction("344.75") * 12 / 9, high=None)
    assert projection.value.units == amount(1, "billion_VND").units
    assert projection.describe() == (
        "Ước thực hiện năm 2020 theo nhịp độ bình quân tháng của 9 tháng đầu năm 2020: "
        "trên 344,8 tỷ đồng × 12/9 = 459,7 tỷ đồng; số liệu đã công bố cho phép từ "
        "459,7 tỷ đồng trở lên."
    )
    assert projection.describe("en", decimals=2) == (
        "2020 projected by run rate over 9 months (the first 9 months of 2020): "
        "over 344.8 billion VND × 12/9 = 459.73 billion VND; the printed figures "
        "allow 459.67 billion VND or more."
    )
    assert repr(projection) == (
        "<YearEndProjection run rate over 9 months (the first 9 months of 2020): "
        "459.7333 billion_VND>"
    )


def test_nine_months_printed_without_a_qualifier_allow_half_a_unit_either_way() -> None:
    projection = run_rate(read_figure("344,8 tỷ đồng"), Period.first_months(2020, 9))
    assert projection.interval == Interval(
        low=Fraction("344.75") * 12 / 9, high=Fraction("344.85") * 12 / 9
    )
    assert "từ 459,67 tỷ đồng đến 459,80 tỷ đồng" in projection.describe(decimals=2)
    assert "between 459.67 billion VND and 459.80 billion VND" in projection.describe(
        "en", decimals=2
    )


def test_run_rate_by_days_counts_the_days_of_a_leap_year() -> None:
    projection = run_rate(
        parse_amount("344,8 tỷ đồng"), Period.first_months(2020, 9), method=Method.RUN_RATE_DAYS
    )
    assert projection.factor == Fraction(366, 274)
    assert projection.interval is None
    assert "theo nhịp độ bình quân ngày của 274 ngày" in projection.describe()
    assert "run rate over 274 days" in projection.describe("en")
    assert projection.assumptions("en")[0].startswith("The average per day")
    assert projection.assumptions("vi")[0].startswith("Nhịp độ bình quân mỗi ngày")


def test_run_rate_over_part_of_a_month_counts_calendar_months() -> None:
    projection = run_rate(
        parse_amount("100 tỷ đồng"), Period.between(dt.date(2020, 1, 1), dt.date(2020, 5, 25))
    )
    assert projection.elapsed == MONTHS_SO_FAR
    assert projection.exact == 100 * 12 / MONTHS_SO_FAR
    assert "× 12/4,81 =" in projection.describe()
    assert "run rate over 4.81 months" in repr(projection)


def test_same_period_share_takes_last_years_seasonality() -> None:
    projection = same_period_share(
        read_figure("300 tỷ đồng"),
        Period.first_months(2021, 9),
        last_ytd=read_figure("200 tỷ đồng"),
        last_year=read_figure("khoảng 250 tỷ đồng"),
    )
    assert projection.exact == Fraction(300 * 250, 200)
    # "khoảng" keeps its printed rounding (dongdang.intervals): no invented tolerance
    assert projection.interval == Interval(
        low=Fraction("299.5") * Fraction("249.5") / Fraction("200.5"),
        high=Fraction("300.5") * Fraction("250.5") / Fraction("199.5"),
    )
    assert projection.describe("en", decimals=0).startswith(
        "2021 projected by share of the first 9 months of 2020 in the whole of 2020: "
        "300 billion VND × about 250 billion VND / 200 billion VND = 375 billion VND"
    )
    assert "theo tỷ trọng của 9 tháng đầu năm 2020 trong cả năm 2020" in projection.describe()
    assert projection.assumptions("vi") == (
        (
            "9 tháng đầu năm 2021 chiếm trong cả năm đúng tỷ trọng mà 9 tháng đầu năm 2020 "
            "đã chiếm trong năm 2020."
        ),
    )
    assert "the same share of its year" in projection.assumptions("en")[0]


def test_exact_amounts_with_many_digits_are_written_rounded() -> None:
    last_year = implied_previous(parse_amount("664.127 triệu đồng"), Decimal("0.402"))
    projection = same_period_share(
        parse_amount("300.000 triệu đồng"),
        Period.first_months(2021, 9),
        last_ytd=parse_amount("344.800 triệu đồng"),
        last_year=last_year,
    )
    assert projection.describe(decimals=1).startswith(
        "Ước thực hiện năm 2021 theo tỷ trọng của 9 tháng đầu năm 2020 trong cả năm 2020: "
        "300.000 triệu đồng × 473.699,7 triệu đồng / 344.800 triệu đồng = "
    )


def test_same_period_share_of_exact_amounts_has_no_interval() -> None:
    projection = same_period_share(
        parse_amount("3 tỷ đồng"),
        Period.first_months(2021, 6),
        last_ytd=parse_amount("1.000 triệu đồng"),
        last_year=parse_amount("4 tỷ đồng"),
    )
    assert projection.exact == 12
    assert projection.interval is None
    assert projection.unit == "billion_VND"


def test_an_unbounded_last_year_leaves_the_year_end_unbounded() -> None:
    projection = same_period_share(
        read_figure("gần 300 tỷ đồng"),
        Period.first_months(2021, 9),
        last_ytd=read_figure("dưới 200 tỷ đồng"),
        last_year=read_figure("trên 250 tỷ đồng"),
    )
    # "gần 300" may be as little as 0; "dưới 200" leaves last year's same period open.
    assert projection.interval == Interval(low=Fraction(0), high=None)
    assert "bất kỳ giá trị nào" not in projection.describe()
    assert "từ 0,0 tỷ đồng trở lên" in projection.describe()


@pytest.mark.parametrize(
    ("ytd", "last_ytd", "vi", "en"),
    # 299,5 × 249,5 / 200,5 = 372,69…; 300,5 × 250,5 / 199,5 = 377,32…; "trên" opens an end.
    [
        ("trên 300 tỷ đồng", "trên 200 tỷ đồng", "bất kỳ giá trị nào", "allow any value"),
        (
            "300 tỷ đồng",
            "trên 200 tỷ đồng",
            "cho phép không quá 377,3 tỷ đồng",
            "allow at most 377.3",
        ),
        (
            "trên 300 tỷ đồng",
            "200 tỷ đồng",
            "cho phép từ 372,7 tỷ đồng trở lên",
            "372.7 billion VND or more",
        ),
        (
            "300 tỷ đồng",
            "200 tỷ đồng",
            "từ 372,7 tỷ đồng đến 377,3 tỷ đồng",
            "between 372.7 billion VND and 377.3",
        ),
    ],
)
def test_the_interval_in_words(ytd: str, last_ytd: str, vi: str, en: str) -> None:
    projection = same_period_share(
        read_figure(ytd),
        Period.first_months(2021, 9),
        last_ytd=read_figure(last_ytd),
        last_year=read_figure("250 tỷ đồng"),
    )
    assert vi in projection.describe("vi")
    assert en in projection.describe("en")


def test_run_rate_interval_of_an_at_most_figure_is_bounded_above_only() -> None:
    projection = run_rate(read_figure("dưới 90 tỷ đồng"), Period.first_months(2021, 6))
    assert projection.interval == Interval(low=Fraction(0), high=Fraction(180))
    assert "từ 0,0 tỷ đồng đến 180,0 tỷ đồng" in projection.describe()


# -- the pace, more cases ------------------------------------------------------------------


def test_pace_for_a_fee_estimate_runs_to_the_end_of_the_year() -> None:
    pace = pace_needed(
        parse_amount("278.718 triệu đồng"),
        parse_amount("600 tỷ đồng"),
        as_of=dt.date(2024, 5, 31),
        kind=PaceKind.FEE_ESTIMATE,
    )
    assert (pace.since, pace.deadline) == (dt.date(2024, 1, 1), dt.date(2024, 12, 31))
    assert (pace.months_elapsed, pace.months_remaining) == (Fraction(5), Fraction(7))
    assert pace.per_month == (600000 - 278718) / Fraction(7)
    assert pace.law is None
    assert pace.per_month_interval is None
    assert pace.multiple_interval is None
    assert "dự toán thu (600 tỷ đồng)" in pace.describe()
    assert "the revenue estimate" in pace.describe("en")
    assert len(pace.assumptions("vi")) == 2


def test_pace_for_a_trade_plan_with_a_qualified_done_figure() -> None:
    pace = pace_needed(
        read_figure("trên 2.000 triệu USD"),
        parse_amount("4.500 triệu USD"),
        as_of=dt.date(2024, 6, 30),
        kind=PaceKind.TRADE_PLAN,
    )
    assert pace.months_remaining == 6
    # At least 1.999,5 done: at most 2.500,5 to do; no least (done has no upper bound).
    assert pace.per_month_interval == Interval(low=None, high=Fraction("2500.5") / 6)
    assert pace.multiple_interval == Interval(
        low=None, high=(Fraction(4500) / Fraction("1999.5") - 1) * 6 / 6
    )
    assert "kế hoạch kim ngạch" in pace.describe()
    assert "the trade plan" in pace.describe("en")


def test_pace_from_nothing_done_has_no_multiple() -> None:
    pace = pace_needed(
        read_figure("0 tỷ đồng"), parse_amount("12 tỷ đồng"), as_of=dt.date(2024, 1, 31)
    )
    assert pace.multiple is None
    assert pace.per_month == Fraction(12, 11)
    # done is at most 0,5 tỷ đồng and may be 0: no greatest multiple.
    assert pace.multiple_interval == Interval(low=(12 / Fraction(1, 2) - 1) / 11, high=None)
    assert "lần nhịp độ" not in pace.describe()
    assert "times the average pace" not in pace.describe("en")
    assert "chỉ tiêu" in pace.describe()


def test_a_target_already_reached_needs_no_pace() -> None:
    pace = pace_needed(
        parse_amount("120 tỷ đồng"), parse_amount("100 tỷ đồng"), as_of=dt.date(2024, 10, 31)
    )
    assert pace.remaining == -20
    assert (
        pace.describe()
        == "Đến ngày 31/10/2024 đã thực hiện 120 tỷ đồng; đã đạt 100% chỉ tiêu (100 tỷ đồng)."
    )
    assert pace.describe("en") == (
        "By 31 October 2024, 120 billion VND done; 100% of the target (100 billion VND) is reached."
    )


def test_disbursement_pace_after_a_bound_notes_it_and_an_extension_names_no_law() -> None:
    plan = seed_capital_plan()
    pace = disbursement_pace(plan, dt.date(2020, 9, 30))
    assert pace.done_qualifier is not None
    assert pace.done.value == amount(52600, "million_VND")
    assert any("“trên”" in line for line in pace.assumptions("vi"))
    assert any("“trên”" in line for line in pace.assumptions("en"))
    extended = CapitalPlan(
        year=2020,
        owner=MANAGEMENT_BOARD,
        versions=[PlanVersion.read("giao", "giao", dt.date(2020, 1, 2), "100 tỷ đồng")],
        disbursements=[Disbursement.read(dt.date(2020, 6, 30), "40 tỷ đồng")],
        disbursement_deadline=dt.date(2021, 6, 30),
    )
    later = disbursement_pace(extended, dt.date(2020, 6, 30))
    assert later.deadline == dt.date(2021, 6, 30)
    assert later.law is None
    assert later.months_remaining == 12
    own = disbursement_pace(plan, dt.date(2020, 5, 25), deadline=dt.date(2020, 12, 31))
    assert own.law is None
    assert own.months_remaining == 7 + Fraction(6, 31)


@pytest.mark.parametrize("index", range(6))
def test_projections_pickle_and_compare_by_value(index: int) -> None:
    projection = _samples()[index]
    assert pickle.loads(pickle.dumps(projection)) == projection  # noqa: S301 - our own object
    assert _samples()[index] == projection


def test_repr_is_short() -> None:
    pace = pace_needed(
        parse_amount("6 tỷ đồng"), parse_amount("12 tỷ đồng"), as_of=dt.date(2024, 6, 30)
    )
    assert repr(pace) == "<PaceNeeded 1 billion_VND a month to 2024-12-31>"
    assert repr(pace.done) == "<ProjectionInput done: 6 billion_VND>"
    seed = disbursement_pace(seed_capital_plan(), dt.date(2020, 5, 25))
    assert repr(seed) == "<PaceNeeded 7391.4252 million_VND a month to 2021-01-31>"
    fees = seed_figures()["fee-2020-9m-total"]
    assert (
        repr(run_rate(fees.figure, fees.period).ytd)
        == "<ProjectionInput ytd: 'trên 344,8 tỷ đồng'>"
    )
    assert pace.method_label("en") == "pace needed to reach 100% of the target by 31 December 2024"
    assert pace.method_label() == "nhịp độ cần đạt 100% chỉ tiêu đến ngày 31/12/2024"
    path = growth_path(parse_amount("100 tỷ đồng"), parse_amount("121 tỷ đồng"), 2020, 2022)
    assert repr(path) == "<GrowthPath 2020→2022: 10.00% a year>"
    assert path.method_label("en") == "constant yearly growth (CAGR), 2020 to 2022"
    assert path.method_label() == "tốc độ tăng bình quân năm không đổi giai đoạn 2020–2022"


# -- growth paths --------------------------------------------------------------------------


def test_growth_path_year_by_year() -> None:
    path = growth_path(parse_amount("100 tỷ đồng"), parse_amount("133,1 tỷ đồng"), 2021, 2024)
    assert path.rate == Decimal("0.1")
    assert path.years == 3
    assert path.rate_interval is None
    assert [(year, value.magnitude) for year, value in path.path()] == [
        (2021, Decimal(100)),
        (2022, Decimal(110)),
        (2023, Decimal(121)),
        (2024, Decimal("133.1")),
    ]
    assert path.describe() == (
        "Để từ 100 tỷ đồng năm 2021 đạt 133,1 tỷ đồng năm 2024, cần tăng bình quân 10,0% mỗi "
        "năm: năm 2022: 110,0 tỷ đồng; năm 2023: 121,0 tỷ đồng; năm 2024: 133,1 tỷ đồng."
    )
    assert path.assumptions("vi") == ("Tốc độ tăng như nhau mỗi năm từ 2021 đến 2024.",)
    assert path.assumptions("en") == ("The same growth each year from 2021 to 2024.",)


def test_growth_path_from_printed_figures_carries_the_rates_they_allow() -> None:
    path = growth_path(
        read_figure("2.810 triệu USD"), read_figure("trên 4.270 triệu USD"), 2020, 2021
    )
    interval = path.rate_interval
    assert interval is not None
    assert interval.high is None
    assert interval.low == Fraction(cagr(Decimal("2810.5"), Decimal("4269.5"), 1))
    assert "trên 4.270 triệu USD" in path.describe()
    assert "over 4,270 million USD" in path.describe("en")


def test_growth_path_to_zero_falls_by_all() -> None:
    path = growth_path(parse_amount("5 tỷ đồng"), parse_amount("0 tỷ đồng"), 2020, 2022)
    assert path.rate == -1
    assert [value.magnitude for _, value in path.path()] == [5, 0, 0]


# -- calendar months -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("start", "end", "months"),
    [
        (dt.date(2020, 1, 1), dt.date(2020, 12, 31), Fraction(12)),
        (dt.date(2020, 1, 1), dt.date(2020, 9, 30), Fraction(9)),
        (dt.date(2020, 2, 1), dt.date(2020, 2, 29), Fraction(1)),
        (dt.date(2021, 2, 1), dt.date(2021, 2, 28), Fraction(1)),
        (dt.date(2020, 1, 1), dt.date(2020, 1, 1), Fraction(1, 31)),
        (dt.date(2020, 2, 1), dt.date(2020, 2, 1), Fraction(1, 29)),
        # 31/1 + 1 month is 29/2 (relativedelta clamps): one month ends on 28/2.
        (dt.date(2020, 1, 31), dt.date(2020, 2, 28), Fraction(1)),
        (dt.date(2020, 1, 31), dt.date(2020, 2, 29), 1 + Fraction(1, 31)),
        (dt.date(2020, 5, 26), dt.date(2021, 1, 31), MONTHS_LEFT),
        (dt.date(2020, 1, 1), dt.date(2020, 5, 25), MONTHS_SO_FAR),
        (dt.date(9999, 1, 1), dt.date(9999, 12, 31), Fraction(12)),
        (dt.date(9999, 6, 15), dt.date(9999, 12, 20), 6 + Fraction(6, 31)),
    ],
)
def test_calendar_months(start: dt.date, end: dt.date, months: Fraction) -> None:
    assert calendar_months(Period.between(start, end)) == months


@given(start=dates, count=st.integers(min_value=1, max_value=60))
def test_a_span_of_whole_months_counts_them(start: dt.date, count: int) -> None:
    end = start + relativedelta(months=count) - dt.timedelta(days=1)
    assert calendar_months(Period.between(start, end)) == count


@given(start=dates, days=st.integers(min_value=0, max_value=800))
def test_calendar_months_grow_with_the_days(start: dt.date, days: int) -> None:
    shorter = calendar_months(Period.between(start, start + dt.timedelta(days=days)))
    longer = calendar_months(Period.between(start, start + dt.timedelta(days=days + 1)))
    assert Fraction(days + 1, 31) <= shorter < longer <= Fraction(days + 2, 28)


# -- properties --------------------------------------------------------------------------------

methods = st.sampled_from([Method.RUN_RATE_MONTHS, Method.RUN_RATE_DAYS])


@given(value=amounts, year=years, method=methods)
def test_projecting_a_complete_year_gives_the_year(
    value: Decimal, year: int, method: Method
) -> None:
    ytd = amount(value, "million_VND")
    projection = run_rate(ytd, Period.year(year), method=method)
    assert projection.exact == Fraction(value)
    assert projection.value == ytd
    assume(value > 0)
    seasonal = same_period_share(ytd, Period.year(year), last_ytd=ytd, last_year=ytd)
    assert seasonal.exact == Fraction(value)


@given(
    done=amounts,
    target=amounts,
    since=dates,
    elapsed=st.integers(min_value=0, max_value=400),
    left=st.integers(min_value=1, max_value=800),
    share=st.decimals(min_value=Decimal("0.01"), max_value=2, places=2),
)
def test_done_plus_pace_times_remaining_is_the_target(  # noqa: PLR0917 - Hypothesis draws
    done: Decimal, target: Decimal, since: dt.date, elapsed: int, left: int, share: Decimal
) -> None:
    as_of = since + dt.timedelta(days=elapsed)
    pace = pace_needed(
        amount(done, "million_VND"),
        amount(target, "billion_VND"),
        as_of=as_of,
        deadline=as_of + dt.timedelta(days=left),
        since=since,
        share=share,
    )
    goal = Fraction(target) * 1000 * Fraction(share)
    assert Fraction(done) + pace.per_month * pace.months_remaining == goal
    assert Fraction(done) + pace.per_day * pace.days_remaining == goal
    assert pace.days_remaining == left
    assert pace.days_elapsed == elapsed + 1


@given(first=amounts, second=amounts, scale=amounts, months=st.integers(1, 12), method=methods)
def test_run_rate_is_linear_in_the_year_to_date(
    first: Decimal, second: Decimal, scale: Decimal, months: int, method: Method
) -> None:
    period = Period.first_months(2024, months)

    def projected(value: Decimal) -> Fraction:
        return run_rate(amount(value, "billion_VND"), period, method=method).exact

    assert projected(first + second) == projected(first) + projected(second)
    with decimal.localcontext(decimal.Context(prec=100)):
        product = first * scale
    assert projected(product) == projected(first) * Fraction(scale)


def _contains(interval: Interval | None, point: Fraction) -> bool:
    assert interval is not None
    return (interval.low is None or interval.low <= point) and (
        interval.high is None or point <= interval.high
    )


@given(figure=printed(), months=st.integers(1, 12), method=methods)
def test_a_run_rate_interval_contains_the_projection(
    figure: object, months: int, method: Method
) -> None:
    projection = run_rate(figure, Period.first_months(2023, months), method=method)  # type: ignore[arg-type]
    assert _contains(projection.interval, projection.exact)


@given(
    ytd=printed("tỷ đồng"),
    last_ytd=printed("tỷ đồng", positive=True),
    extra=st.integers(min_value=0, max_value=10**6),
)
def test_a_same_period_share_interval_contains_the_projection(
    ytd: object, last_ytd: object, extra: int
) -> None:
    assert not isinstance(ytd, str)
    before = last_ytd.value  # type: ignore[attr-defined]
    year = read_figure(f"{format_number(before + extra, 'vi')} tỷ đồng")
    projection = same_period_share(
        ytd,  # type: ignore[arg-type]
        Period.first_months(2023, 6),
        last_ytd=last_ytd,  # type: ignore[arg-type]
        last_year=year,
    )
    assert _contains(projection.interval, projection.exact)


@given(done=printed("triệu đồng"), plan=printed("triệu đồng"), day=st.integers(0, 360))
def test_a_pace_interval_contains_the_pace(done: object, plan: object, day: int) -> None:
    pace = pace_needed(
        done,  # type: ignore[arg-type]
        plan,  # type: ignore[arg-type]
        as_of=dt.date(2023, 1, 1) + dt.timedelta(days=day),
        deadline=dt.date(2024, 1, 31),
    )
    assert _contains(pace.per_month_interval, pace.per_month)
    if pace.multiple is not None:
        assert _contains(pace.multiple_interval, pace.multiple)


@given(
    base=printed("triệu USD", positive=True), target=printed("triệu USD"), years=st.integers(1, 10)
)
def test_a_growth_rate_interval_contains_the_rate(base: object, target: object, years: int) -> None:
    path = growth_path(base, target, 2020, 2020 + years)  # type: ignore[arg-type]
    assert _contains(path.rate_interval, Fraction(path.rate))


@given(base=positive_amounts, target=amounts, years=st.integers(1, 15))
def test_a_growth_path_starts_at_the_base_and_ends_at_the_target(
    base: Decimal, target: Decimal, years: int
) -> None:
    path = growth_path(
        amount(base, "million_VND"), amount(target, "million_VND"), 2020, 2020 + years
    )
    steps = path.path()
    assert [year for year, _ in steps] == list(range(2020, 2021 + years))
    assert steps[0][1].magnitude == base
    assert steps[-1][1].magnitude == target
    assert path.rate == cagr(base, target, years)
    values = [value.magnitude for _, value in steps]
    assert values == sorted(values, reverse=target < base)


# -- words -----------------------------------------------------------------------------------

_ENGLISH = re.compile(
    r"\b(the|of|by|to|and|or|month|months|day|days|year|run|rate|million|billion|VND|None|"
    r"at least|at most|about|below)\b|_|\d\.\d{1,2}\b(?!\d)|\d,\d{3}\b"
)


def _samples() -> list[YearEndProjection | PaceNeeded | GrowthPath]:
    fees = seed_figures()["fee-2020-9m-total"]
    return [
        run_rate(fees.figure, fees.period),
        run_rate(fees.figure, fees.period, method=Method.RUN_RATE_DAYS),
        same_period_share(
            read_figure("khoảng 300 tỷ đồng"),
            Period.first_months(2021, 9),
            last_ytd=parse_amount("200 tỷ đồng"),
            last_year=parse_amount("250 tỷ đồng"),
        ),
        disbursement_pace(seed_capital_plan(), dt.date(2020, 5, 25)),
        disbursement_pace(seed_capital_plan(), dt.date(2020, 9, 30), share=Decimal("0.95")),
        growth_path(parse_amount("2.810 triệu USD"), parse_amount("4.270 triệu USD"), 2020, 2025),
    ]


@pytest.mark.parametrize("index", range(6))
def test_vietnamese_words_hold_no_english_and_no_code(index: int) -> None:
    projection = _samples()[index]
    texts = [projection.describe("vi"), *projection.assumptions("vi")]
    texts.append(projection.method_label("vi"))
    for text in texts:
        assert _ENGLISH.search(text.replace("USD", "")) is None, text


@pytest.mark.parametrize("index", range(6))
def test_english_words_use_english_numbers(index: int) -> None:
    projection = _samples()[index]
    for text in [projection.describe("en"), *projection.assumptions("en")]:
        assert re.search(r"\d,\d{1,2}\b|\d\.\d{3}\b(?!\d)|tỷ|triệu|đồng", text) is None, text


# -- bad inputs ---------------------------------------------------------------------------------

_NINE = Period.first_months(2020, 9)
_BN = parse_amount("1 tỷ đồng")
_DAY = dt.date(2020, 5, 25)


def _plan_from(day: dt.date) -> CapitalPlan:
    return CapitalPlan(
        year=2020,
        owner=MANAGEMENT_BOARD,
        versions=[PlanVersion.read("giao", "giao", day, "0 tỷ đồng")],
    )


def _any(value: object) -> Any:
    return value


BAD_INPUTS = [
    pytest.param(
        lambda: run_rate(_any("344,8 tỷ đồng"), _NINE),
        InvalidTypeError,
        None,
        ["ytd", "'344,8"],
        id="ytd-str",
    ),
    pytest.param(
        lambda: run_rate(_any(344.8), _NINE),
        InvalidTypeError,
        None,
        ["ytd", "344.8"],
        id="ytd-float",
    ),
    pytest.param(
        lambda: run_rate(read_figure("14,4%"), _NINE),
        InvalidValueError,
        None,
        ["ytd", "14,4%"],
        id="ytd-percent",
    ),
    pytest.param(
        lambda: run_rate(read_figure("06"), _NINE),
        InvalidValueError,
        None,
        ["ytd", "'06'"],
        id="ytd-bare",
    ),
    pytest.param(
        lambda: run_rate(amount(-1, "billion_VND"), _NINE),
        InvalidValueError,
        None,
        ["ytd", "-1"],
        id="ytd-negative",
    ),
    pytest.param(
        lambda: run_rate(ureg.Quantity(Decimal("NaN"), "VND"), _NINE),
        InvalidValueError,
        None,
        ["ytd", "NaN"],
        id="ytd-nan",
    ),
    pytest.param(
        lambda: run_rate(_BN, _any("9 tháng đầu năm 2020")),
        InvalidTypeError,
        None,
        ["period", "'9 tháng"],
        id="period-str",
    ),
    pytest.param(
        lambda: run_rate(_BN, Period.quarter(2020, 2)),
        InvalidValueError,
        None,
        ["period", "got Q2 2020", "1 January"],
        id="period-not-ytd",
    ),
    pytest.param(
        lambda: run_rate(_BN, Period.between(dt.date(2020, 1, 1), dt.date(2021, 3, 1))),
        InvalidValueError,
        None,
        ["period", "within one year"],
        id="period-two-years",
    ),
    pytest.param(
        lambda: run_rate(_BN, _NINE, method=Method.SAME_PERIOD_SHARE),
        InvalidValueError,
        None,
        ["method", "same_period_share"],
        id="method",
    ),
    pytest.param(
        lambda: same_period_share(_BN, _NINE, last_ytd=amount(0, "VND"), last_year=_BN),
        UndefinedRatioError,
        "last_ytd",
        ["last_ytd", "0 VND"],
        id="last-ytd-zero",
    ),
    pytest.param(
        lambda: same_period_share(_BN, _NINE, last_ytd=_BN, last_year=amount(1, "million_VND")),
        InvalidValueError,
        None,
        ["last_year", "last_ytd", "1 million_VND"],
        id="last-year-small",
    ),
    pytest.param(
        lambda: same_period_share(_BN, _NINE, last_ytd=amount(1, "USD"), last_year=_BN),
        UnitMismatchError,
        None,
        ["last_ytd", "1 USD", "ytd"],
        id="last-ytd-usd",
    ),
    pytest.param(
        lambda: same_period_share(_BN, _NINE, last_ytd=_BN, last_year=_any(None)),
        InvalidTypeError,
        None,
        ["last_year", "None"],
        id="last-year-none",
    ),
    pytest.param(
        lambda: pace_needed(_BN, amount(1, "ha"), as_of=_DAY),
        UnitMismatchError,
        None,
        ["target", "1 hectare", "done"],
        id="target-ha",
    ),
    pytest.param(
        lambda: pace_needed(_BN, _BN, as_of=_any(dt.datetime(2020, 5, 25, tzinfo=dt.UTC))),
        InvalidTypeError,
        None,
        ["as_of", "datetime"],
        id="as-of-datetime",
    ),
    pytest.param(
        lambda: pace_needed(_BN, _BN, as_of=_DAY, deadline=_any("31/1/2021")),
        InvalidTypeError,
        None,
        ["deadline", "'31/1/2021'"],
        id="deadline-str",
    ),
    pytest.param(
        lambda: pace_needed(_BN, _BN, as_of=_DAY, deadline=_DAY),
        InvalidValueError,
        None,
        ["deadline", "2020-05-25", "as_of"],
        id="deadline-as-of",
    ),
    pytest.param(
        lambda: pace_needed(_BN, _BN, as_of=_DAY, since=dt.date(2020, 5, 26)),
        InvalidValueError,
        None,
        ["since", "2020-05-26", "as_of"],
        id="since-late",
    ),
    pytest.param(
        lambda: pace_needed(_BN, _BN, as_of=_DAY, share=0),
        InvalidValueError,
        None,
        ["share", "0"],
        id="share-zero",
    ),
    pytest.param(
        lambda: pace_needed(_BN, _BN, as_of=_DAY, share=_any("95%")),
        InvalidTypeError,
        None,
        ["share", "'95%'"],
        id="share-str",
    ),
    pytest.param(
        lambda: pace_needed(_BN, _BN, as_of=_DAY, kind=_any("disbursement")),
        InvalidTypeError,
        None,
        ["kind", "'disbursement'"],
        id="kind-str",
    ),
    pytest.param(
        lambda: pace_needed(_BN, _any(-1), as_of=_DAY),
        InvalidTypeError,
        None,
        ["target", "-1"],
        id="target-int",
    ),
    pytest.param(
        lambda: disbursement_pace(_any("plan-2020"), _DAY),
        InvalidTypeError,
        None,
        ["plan", "'plan-2020'"],
        id="plan-str",
    ),
    pytest.param(
        lambda: disbursement_pace(seed_capital_plan(), dt.date(2020, 5, 24)),
        NotInForceError,
        None,
        ["2020-05-24"],
        id="plan-not-in-force",
    ),
    pytest.param(
        lambda: disbursement_pace(_plan_from(_DAY), _DAY),
        UndefinedRatioError,
        None,
        ["2020-05-25", "zero"],
        id="plan-zero",
    ),
    pytest.param(
        lambda: disbursement_pace(seed_capital_plan(), dt.date(2021, 1, 31)),
        InvalidValueError,
        None,
        ["deadline", "2021-01-31", "as_of"],
        id="as-of-deadline",
    ),
    pytest.param(
        lambda: disbursement_pace(seed_capital_plan(), _DAY, deadline=_any(20210131)),
        InvalidTypeError,
        None,
        ["deadline", "20210131"],
        id="plan-deadline-int",
    ),
    pytest.param(
        lambda: growth_path(_BN, _BN, 2020, 2020),
        InvalidValueError,
        None,
        ["target_year", "2020", "base_year"],
        id="same-year",
    ),
    pytest.param(
        lambda: growth_path(_BN, _BN, _any("2020"), 2025),
        InvalidTypeError,
        None,
        ["base_year", "'2020'"],
        id="year-str",
    ),
    pytest.param(
        lambda: growth_path(_BN, _BN, 2020, _any(True)),  # noqa: FBT003
        InvalidTypeError,
        None,
        ["target_year", "True"],
        id="year-bool",
    ),
    pytest.param(
        lambda: growth_path(amount(0, "VND"), _BN, 2020, 2025),
        UndefinedRatioError,
        "base",
        ["base", "0 VND"],
        id="base-zero",
    ),
    pytest.param(
        lambda: growth_path(_BN, amount(1, "USD"), 2020, 2025),
        UnitMismatchError,
        None,
        ["target", "1 USD", "base"],
        id="target-usd",
    ),
    pytest.param(
        lambda: calendar_months(_any((dt.date(2020, 1, 1), dt.date(2020, 2, 1)))),
        InvalidTypeError,
        None,
        ["period", "datetime.date(2020, 1, 1)"],
        id="months-tuple",
    ),
    pytest.param(
        lambda: run_rate(read_figure("344,8 tỷ đồng"), _NINE).describe(_any("fr")),
        InvalidValueError,
        None,
        ["lang", "'fr'"],
        id="lang",
    ),
    pytest.param(
        lambda: PaceKind.TARGET.words(_any("de")),
        InvalidValueError,
        None,
        ["lang", "'de'"],
        id="lang-words",
    ),
]


@pytest.mark.parametrize(COLUMNS, BAD_INPUTS)
def test_bad_input_raises_the_documented_error_naming_it(
    call: Callable[[], object],
    error: type[DongDangError],
    argument: str | None,
    fragments: list[str],
) -> None:
    assert_refused(call, error, argument, fragments)


@pytest.mark.parametrize(("lang", "error"), [("fr", InvalidValueError), (None, InvalidTypeError)])
def test_every_text_checks_its_language(lang: object, error: type[Exception]) -> None:
    for projection in _samples():
        with pytest.raises(error, match="lang"):
            projection.assumptions(lang)  # type: ignore[arg-type]
        with pytest.raises(error, match="lang"):
            projection.describe(lang)  # type: ignore[arg-type]
        with pytest.raises(error, match="lang"):
            projection.method_label(lang)  # type: ignore[arg-type]


def test_an_open_target_leaves_the_greatest_pace_open() -> None:
    pace = pace_needed(
        read_figure("2.000 triệu USD"),
        read_figure("trên 4.500 triệu USD"),
        as_of=dt.date(2024, 6, 30),
        kind=PaceKind.TRADE_PLAN,
    )
    assert pace.per_month_interval == Interval(
        low=(Fraction("4499.5") - Fraction("2000.5")) / 6, high=None
    )
    assert pace.multiple_interval == Interval(
        low=Fraction("4499.5") / Fraction("2000.5") - 1, high=None
    )


@pytest.mark.parametrize(
    ("base", "low", "high"),
    [
        # A base of at least 2.809,5 may be any larger: the rate may fall to −100%.
        ("trên 2.810 triệu USD", None, Fraction(cagr(Decimal("2809.5"), Decimal("4270.5"), 2))),
        # A base of at most 2.810,5 may be near 0: the rate has no greatest value.
        ("gần 2.810 triệu USD", Fraction(cagr(Decimal("2810.5"), Decimal("4269.5"), 2)), None),
    ],
)
def test_an_open_base_leaves_the_rate_open(
    base: str, low: Fraction | None, high: Fraction | None
) -> None:
    path = growth_path(read_figure(base), read_figure("4.270 triệu USD"), 2019, 2021)
    assert path.rate_interval == Interval(low=low, high=high)


def test_a_plan_before_2020_is_disbursed_by_the_end_of_its_year() -> None:
    plan = CapitalPlan(
        year=2019,
        owner=MANAGEMENT_BOARD,
        versions=[PlanVersion.read("giao", "giao", dt.date(2019, 1, 2), "90 tỷ đồng")],
        disbursements=[Disbursement.read(dt.date(2019, 9, 30), "45 tỷ đồng")],
    )
    pace = disbursement_pace(plan, dt.date(2019, 9, 30))
    assert (pace.deadline, pace.law) == (dt.date(2019, 12, 31), None)
    assert pace.unit == "million_VND"  # the plan's reporting unit
    assert pace.per_month == Fraction(45000, 3)
    assert pace.multiple == Fraction(45000, 3) / Fraction(45000, 9)
    assert not any("Luật Đầu tư công" in line for line in pace.assumptions())
