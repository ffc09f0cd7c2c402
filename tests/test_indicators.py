"""The indicators: worked examples from the seed articles, properties, arrays, bad inputs.

Expected values are derived here, by hand or with :class:`fractions.Fraction`,
never read back from dongdang. A ratio is the exact quotient rounded half-even to
34 significant digits (IEEE 754 decimal128); a value recovered from a ratio is
rounded to 28.
"""

from __future__ import annotations

import datetime as dt
import decimal
import math
from decimal import Decimal
from fractions import Fraction
from typing import TYPE_CHECKING, Any

import numpy as np
import pandas as pd
import pint
import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from bad_inputs import COLUMNS, assert_carries, assert_refused
from dongdang import (
    DongDangError,
    ExchangeRate,
    InvalidTypeError,
    InvalidValueError,
    ParseError,
    UndefinedRatioError,
    UnitMismatchError,
    UnknownCodeError,
    amount,
    attainment,
    cagr,
    contribution_to_growth,
    convert,
    disbursement_ratio,
    growth_rate,
    implied_base,
    implied_previous,
    share,
    ureg,
)
from dongdang._decimal import round_half_up
from dongdang.units import magnitude_in, unit_of
from strategies import amounts, finite_decimals, positive_amounts

if TYPE_CHECKING:
    from collections.abc import Callable

    from dongdang.units import Quantity

F = Fraction
HALF = Fraction(1, 2)


def round_sig(value: Fraction, digits: int) -> Fraction:
    """``value`` rounded half-even to ``digits`` significant digits, in exact arithmetic."""
    if value == 0:
        return value
    magnitude = abs(value)
    exponent = 0
    while magnitude >= Fraction(10) ** (exponent + 1):
        exponent += 1
    while magnitude < Fraction(10) ** exponent:
        exponent -= 1
    scale = Fraction(10) ** (digits - 1 - exponent)
    whole = math.floor(magnitude * scale)
    rest = magnitude * scale - whole
    if rest > HALF or (rest == HALF and whole % 2):
        whole += 1
    rounded = whole / scale
    return rounded if value > 0 else -rounded


def quotient(top: Fraction, bottom: Fraction) -> Fraction:
    """What a report's ratio is: the quotient to 34 significant digits."""
    return round_sig(top / bottom, 34)


def half_up(value: Fraction, places: int) -> Fraction:
    """Round half away from zero, the way Vietnamese reports do (non-negative values)."""
    scale = 10**places
    return Fraction(math.floor(value * scale + HALF), scale)


def percent(value: Decimal, places: int) -> Decimal:
    """A fraction as the percentage a report prints, rounded half-up."""
    return round_half_up(value.scaleb(2), places)


def exact_sum(first: Quantity, *rest: Quantity) -> Quantity:
    """The exact sum, in the first one's unit.

    pint's ``+`` rounds Decimal magnitudes to the caller's context (28 digits by
    default), and two 28-digit implied values can need 29.
    """
    with decimal.localcontext(prec=200):
        total = sum((magnitude_in(q, first.units) for q in rest), first.magnitude)
    return amount(total, str(first.units))


def million_vnd(value: object) -> Quantity:
    return amount(value, "million_VND")


def million_usd(value: object) -> Quantity:
    return amount(value, "million_USD")


# -- worked examples from the seed articles -----------------------------------------


def test_trade_2021_turnover_growth_from_its_parts() -> None:
    # "Tổng kim ngạch ... năm 2021 ước đạt 4.270 triệu USD, tăng 52% ...; trong đó
    # xuất khẩu 1.370 triệu USD, tăng 12,3%; nhập khẩu 2.900 triệu USD, tăng 82,4%."
    exports, imports, total = million_usd(1370), million_usd(2900), million_usd(4270)
    assert exports + imports == total

    exports_2020 = implied_previous(exports, Decimal("0.123"))
    imports_2020 = implied_previous(imports, Decimal("0.824"))
    assert exports_2020.units == unit_of("million_USD")
    # 1370 / 1.123 = 1370000 / 1123 and 2900 / 1.824 = 2900000 / 1824, to 28 digits.
    assert F(exports_2020.magnitude) == round_sig(F(1370000, 1123), 28)
    assert F(imports_2020.magnitude) == round_sig(F(2900000, 1824), 28)
    assert half_up(F(exports_2020.magnitude), 1) == F("1219.9")
    assert half_up(F(imports_2020.magnitude), 1) == F("1589.9")

    total_2020 = exact_sum(exports_2020, imports_2020)
    growth = growth_rate(total, total_2020)
    exact = F(4270) / (F(1370000, 1123) + F(2900000, 1824)) - 1
    assert abs(F(growth) - exact) < F(1, 10**25)
    assert percent(growth, 1) == Decimal("52.0")  # 51.96…% -> "52%" in the article
    assert percent(growth, 0) == 52

    from_exports = contribution_to_growth(exports, exports_2020, total_2020)
    from_imports = contribution_to_growth(imports, imports_2020, total_2020)
    # Exports added (1370 - 1219.9…)/2809.9… ≈ 5.3 points, imports ≈ 46.6 points.
    assert percent(from_exports, 1) == Decimal("5.3")
    assert percent(from_imports, 1) == Decimal("46.6")
    assert abs(F(from_exports) + F(from_imports) - F(growth)) < F(1, 10**30)


def test_fees_2024_total_and_parts() -> None:
    # "278.718 triệu đồng, tăng 14,4% ...; trong đó phí ra vào cửa khẩu thu 234.433
    # triệu đồng tăng 14,1%, phí sang tải đạt 44.285 triệu đồng tăng 17,5%".
    total, entry, transshipment = million_vnd(278718), million_vnd(234433), million_vnd(44285)
    assert entry + transshipment == total

    total_2023 = implied_previous(total, Decimal("0.144"))
    entry_2023 = implied_previous(entry, Decimal("0.141"))
    transshipment_2023 = implied_previous(transshipment, Decimal("0.175"))
    assert F(total_2023.magnitude) == round_sig(F(278718000, 1144), 28)
    assert F(entry_2023.magnitude) == round_sig(F(234433000, 1141), 28)
    assert F(transshipment_2023.magnitude) == round_sig(F(44285000, 1175), 28)
    assert percent(growth_rate(total, total_2023), 1) == Decimal("14.4")
    assert percent(growth_rate(entry, entry_2023), 1) == Decimal("14.1")
    assert percent(growth_rate(transshipment, transshipment_2023), 1) == Decimal("17.5")

    # Shares of 2024: 234433/278718 ≈ 84.1%, 44285/278718 ≈ 15.9%.
    entry_share, transshipment_share = share(entry, total), share(transshipment, total)
    assert F(entry_share) == quotient(F(234433), F(278718))
    assert F(transshipment_share) == quotient(F(44285), F(278718))
    assert percent(entry_share, 1) == Decimal("84.1")
    assert percent(transshipment_share, 1) == Decimal("15.9")
    assert abs(F(entry_share) + F(transshipment_share) - 1) < F(1, 10**33)


def test_fees_2024_parts_imply_14_6_percent_not_the_stated_14_4() -> None:
    # The parts' growths weigh 205 462 at 14.1% and 37 689 at 17.5%: about 14.6%.
    # The article's 14,4% for the total does not follow from its own parts.
    entry, transshipment = million_vnd(234433), million_vnd(44285)
    entry_2023 = implied_previous(entry, Decimal("0.141"))
    transshipment_2023 = implied_previous(transshipment, Decimal("0.175"))
    before = exact_sum(entry_2023, transshipment_2023)
    growth = growth_rate(entry + transshipment, before)
    exact = F(278718) / (F(234433000, 1141) + F(44285000, 1175)) - 1
    assert abs(F(growth) - exact) < F(1, 10**25)
    assert percent(growth, 1) == Decimal("14.6")
    parts = [
        contribution_to_growth(entry, entry_2023, before),
        contribution_to_growth(transshipment, transshipment_2023, before),
    ]
    assert abs(sum(map(F, parts)) - F(growth)) < F(1, 10**30)


def test_transshipment_2021_per_trip_and_estimate() -> None:
    # "phí thu đối với phương tiện sang tải được 100.751 triệu đồng/215.385 lượt xe,
    # đạt 178,26% chỉ tiêu dự toán giao, tăng 37,5% so với cùng kỳ."
    fee, trips = million_vnd(100751), amount(215385, "vehicle_trip")
    per_trip = convert(fee / trips, "VND / vehicle_trip")
    assert per_trip.units == ureg.Unit("VND / vehicle_trip")
    assert per_trip.dimensionality == (fee / trips).dimensionality
    exact = F(100751 * 10**6, 215385)  # ≈ 467 771.66 đồng a trip
    assert abs(F(per_trip.magnitude) - exact) / exact < F(1, 10**27)
    assert half_up(F(per_trip.magnitude), 0) == 467772
    with pytest.raises(pint.DimensionalityError):
        per_trip + amount(1, "VND")
    # Per-trip averages compare across scales, units cancelling.
    against = amount(400, "thousand_VND / vehicle_trip")
    assert F(growth_rate(per_trip, against)) == quotient(F(per_trip.magnitude), F(400000)) - 1

    estimate = implied_previous(fee, Decimal("1.7826") - 1)
    assert estimate.units == unit_of("million_VND")
    assert F(estimate.magnitude) == round_sig(F(1007510000, 17826), 28)
    assert half_up(F(estimate.magnitude), 0) == 56519
    assert percent(attainment(fee, million_vnd(56519)), 2) == Decimal("178.26")
    # 37,5% growth: 100751 / 1.375 ≈ 73 273.45 triệu đồng in 2020.
    fee_2020 = implied_previous(fee, Decimal("0.375"))
    assert F(fee_2020.magnitude) == round_sig(F(100751000, 1375), 28)


def test_disbursement_2020_is_41_percent() -> None:
    # The May 2020 article: "đã giải ngân được 42.119/102.681 triệu đồng, bằng 41%
    # kế hoạch vốn trong năm".
    ratio = disbursement_ratio(million_vnd(42119), million_vnd(102681))
    assert F(ratio) == quotient(F(42119), F(102681))
    assert percent(ratio, 0) == 41
    assert half_up(F(42119, 102681) * 100, 0) == 41


def test_nine_months_2020_plan_and_allocation() -> None:
    # "giải ngân được trên 52,6 tỷ đồng, bằng 51,2 % kế hoạch giao và đạt 89,6% nguồn
    # vốn đã được cấp."
    disbursed = amount(Decimal("52.6"), "billion_VND")
    plan = implied_previous(disbursed, Decimal("0.512") - 1)
    allocation = implied_previous(disbursed, Decimal("0.896") - 1)
    # 52.6 / 0.512 = 52600 / 512 = 102.734375 exactly.
    assert plan == amount(Decimal("102.734375"), "billion_VND")
    assert plan.units == unit_of("billion_VND")
    assert F(allocation.magnitude) == round_sig(F(52600, 896), 28)
    assert half_up(F(plan.magnitude), 1) == F("102.7")
    assert half_up(F(allocation.magnitude), 1) == F("58.7")
    assert percent(disbursement_ratio(disbursed, plan), 1) == Decimal("51.2")
    assert percent(disbursement_ratio(disbursed, allocation), 1) == Decimal("89.6")
    # The year's plan of the May report, 102.681 triệu... thousand million: 102.681 tỷ.
    # The implied plan agrees with it to 0.05% although the units differ in scale.
    agreement = attainment(plan, million_vnd(102681))
    assert F(agreement) == quotient(F(102734375), F(102681000))
    assert abs(F(agreement) - 1) < F(1, 1000)


def test_docstring_figures_hold_by_hand() -> None:
    assert growth_rate(Decimal("1.144"), 1) == Decimal("0.144")
    assert cagr(100, 121, 2) == Decimal("0.1")
    assert cagr(1, 32, Decimal("2.5")) == 3  # 32 ** 0.4 = 2 ** 2
    assert cagr(5, 0, 4) == -1
    assert growth_rate(Decimal(0), 7) == -1
    assert F(growth_rate(664127, 473700)) == quotient(F(664127), F(473700)) - 1


# -- exact arithmetic against Fraction ------------------------------------------------


@given(finite_decimals, positive_amounts)
def test_growth_rate_is_the_34_digit_quotient_minus_one(
    current: Decimal, previous: Decimal
) -> None:
    result = growth_rate(current, previous)
    assert F(result) == quotient(F(current), F(previous)) - 1


@pytest.mark.parametrize("function", [attainment, disbursement_ratio, share])
@given(top=finite_decimals, bottom=positive_amounts)
def test_ratios_are_the_34_digit_quotient(
    function: Callable[[Any, Any], Decimal], top: Decimal, bottom: Decimal
) -> None:
    assert F(function(top, bottom)) == quotient(F(top), F(bottom))


@given(amounts, amounts, positive_amounts)
def test_contribution_is_the_34_digit_quotient_of_the_exact_difference(
    now: Decimal, before: Decimal, total: Decimal
) -> None:
    result = contribution_to_growth(now, before, total)
    assert F(result) == quotient(F(now) - F(before), F(total))


@given(positive_amounts, amounts, st.integers(min_value=1, max_value=30))
def test_cagr_compounds_back_to_the_ratio(first: Decimal, last: Decimal, years: int) -> None:
    rate = cagr(first, last, years)
    if last == 0:
        assert rate == -1
        return
    compounded = (1 + F(rate)) ** years
    expected = F(last) / F(first)
    assert abs(compounded - expected) / expected < F(1, 10**30)


@given(positive_amounts, amounts)
def test_cagr_over_one_year_is_the_growth_rate(first: Decimal, last: Decimal) -> None:
    assert cagr(first, last, 1) == growth_rate(last, first)


@given(positive_amounts, positive_amounts)
def test_implied_previous_recovers_the_base_exactly(current: Decimal, previous: Decimal) -> None:
    assert implied_previous(current, growth_rate(current, previous)) == previous


@given(positive_amounts, positive_amounts, st.sampled_from(["million_VND", "USD", "ha"]))
def test_implied_previous_recovers_a_quantity_in_its_unit(
    current: Decimal, previous: Decimal, unit: str
) -> None:
    now, before = amount(current, unit), amount(previous, unit)
    recovered = implied_previous(now, growth_rate(now, before))
    assert recovered == before
    assert recovered.units == unit_of(unit)


@given(positive_amounts, positive_amounts)
def test_implied_base_recovers_the_base_of_a_ratio_exactly(value: Decimal, base: Decimal) -> None:
    # A zero value carries no trace of its base: its ratio is 0, refused by implied_base.
    assert implied_base(value, attainment(value, base)) == base
    assert implied_base(value, share(value, base)) == base


@given(positive_amounts, st.decimals(min_value=Decimal("0.01"), max_value=100, places=4))
def test_implied_base_of_a_quantity_keeps_its_unit(value: Decimal, ratio: Decimal) -> None:
    result = implied_base(amount(value, "billion_VND"), ratio)
    assert str(result.units) == "billion_VND"
    expected = Fraction(value) / Fraction(ratio)
    assert abs(Fraction(result.magnitude) - expected) <= expected * Fraction(1, 10**27)


def test_implied_base_works_elementwise() -> None:
    values, ratios = np.array([100.751, 52.6]), np.array([1.7826, 0.512])
    assert np.allclose(implied_base(values, ratios), values / ratios, rtol=1e-15)


def test_a_money_mismatch_across_dimensions_does_not_suggest_an_exchange_rate() -> None:
    with pytest.raises(UnitMismatchError) as money_vs_area:
        share(amount(1, "million_VND"), amount(1, "ha"))
    assert "ExchangeRate" not in str(money_vs_area.value)
    with pytest.raises(UnitMismatchError) as two_currencies:
        share(amount(1, "million_VND"), amount(1, "USD"))
    assert "ExchangeRate" in str(two_currencies.value)


def test_a_zero_current_cannot_recover_its_base() -> None:
    # growth_rate(0, p) is -1 for every p, so implied_previous(0, -1) has no answer;
    # the round trip holds for c > 0 only.
    assert growth_rate(0, Decimal(473700)) == -1
    with pytest.raises(UndefinedRatioError) as caught:
        implied_previous(0, growth_rate(0, Decimal(473700)))
    assert caught.value.argument == "growth"


@given(st.lists(st.tuples(amounts, positive_amounts), min_size=1, max_size=8))
def test_contributions_add_up_to_the_growth_of_the_total(
    parts: list[tuple[Decimal, Decimal]],
) -> None:
    total_now = sum((now for now, _ in parts), Decimal(0))
    total_before = sum((before for _, before in parts), Decimal(0))
    growth = growth_rate(total_now, total_before)
    contributions = [contribution_to_growth(now, before, total_before) for now, before in parts]
    # Each term carries 34 significant digits, so the tolerance is 1e-30 of their size.
    size = max(Fraction(1), *(abs(F(term)) for term in contributions))
    assert abs(sum(map(F, contributions)) - F(growth)) <= F(1, 10**30) * size
    exact = F(total_now) / F(total_before) - 1
    assert abs(F(growth) - exact) <= F(1, 10**33) * max(Fraction(1), abs(exact) + 1)


@given(st.lists(st.tuples(amounts, positive_amounts), min_size=1, max_size=5))
def test_contributions_of_quantities_in_mixed_scales_add_up(
    parts: list[tuple[Decimal, Decimal]],
) -> None:
    # Parts in triệu đồng, the total in tỷ đồng.
    exact_before = sum((F(b) for _, b in parts), F(0))
    sum_before = sum((b for _, b in parts), Decimal(0))
    assert F(sum_before) == exact_before  # at most 21 digits: exact in any default context
    total_before = amount(sum_before.scaleb(-3), "billion_VND")
    assert F(magnitude_in(total_before, "million_VND")) == exact_before
    contributions = [
        contribution_to_growth(million_vnd(now), million_vnd(before), total_before)
        for now, before in parts
    ]
    growth = sum((F(now) for now, _ in parts), F(0)) / exact_before - 1
    size = max(Fraction(1), *(abs(F(term)) for term in contributions))
    assert abs(sum(map(F, contributions)) - growth) <= F(1, 10**30) * size


# -- units cancel: every ratio is the same in every scale -------------------------------


def _all_ratios(a: object, b: object, c: object) -> list[Decimal]:
    return [
        growth_rate(a, b),
        attainment(a, b),
        disbursement_ratio(a, b),
        share(a, b),
        contribution_to_growth(a, b, c),
        cagr(b, a, 3),
        cagr(b, a, Decimal("2.5")),
    ]


@given(amounts, positive_amounts, positive_amounts)
def test_ratios_are_the_same_in_every_scale(a: Decimal, b: Decimal, c: Decimal) -> None:
    plain = _all_ratios(a, b, c)
    scales = [
        ("million_VND", 0),
        ("billion_VND", -3),
        ("VND", 6),
        ("thousand_VND", 3),
        ("million_USD", 0),
        ("USD", 6),
        ("trillion_CNY", -6),
    ]
    for unit, shift in scales:
        assert _all_ratios(*(amount(x.scaleb(shift), unit) for x in (a, b, c))) == plain, unit
    mixed = (million_vnd(a), amount(b.scaleb(-3), "billion_VND"), amount(c.scaleb(6), "VND"))
    assert _all_ratios(*mixed) == plain
    usd = (million_usd(a), amount(b.scaleb(6), "USD"), amount(c.scaleb(3), "thousand_USD"))
    assert _all_ratios(*usd) == plain


@given(amounts, positive_amounts)
def test_ratios_of_areas_and_masses_are_the_same_in_every_scale(a: Decimal, b: Decimal) -> None:
    assert share(amount(a, "ha"), amount(b, "ha")) == share(
        amount(a.scaleb(4), "m2"), amount(b.scaleb(-2), "km2")
    )
    assert growth_rate(amount(a, "tonne"), amount(b, "t")) == growth_rate(
        amount(a.scaleb(3), "kg"), amount(b, "tonne")
    )


# -- the caller's decimal context does not matter ----------------------------------------


def _results() -> list[object]:
    return [
        growth_rate(Decimal(664127), Decimal(473700)),
        growth_rate(million_vnd(664127), amount(Decimal("473.7"), "billion_VND")),
        implied_previous(million_usd(1370), Decimal("0.123")),
        implied_previous(Decimal("123456789.123456789"), Decimal("0.0001")),
        attainment(million_vnd(100751), amount(Decimal("56.519"), "billion_VND")),
        disbursement_ratio(42119, 102681),
        share(Decimal(44285), Decimal(278718)),
        contribution_to_growth(1370, Decimal("1219.95"), Decimal("2809.86")),
        cagr(Decimal("0.0001"), Decimal(10) ** 15, 3),
        cagr(473700, 664127, Decimal("2.5")),
    ]


@pytest.mark.parametrize("rounding", [decimal.ROUND_HALF_EVEN, decimal.ROUND_DOWN])
def test_results_do_not_depend_on_the_callers_context(rounding: str) -> None:
    expected = _results()
    assert F(expected[0]) == quotient(F(664127), F(473700)) - 1  # type: ignore[arg-type]
    with decimal.localcontext() as context:
        context.prec = 5
        context.rounding = rounding
        inside = _results()
    assert inside == expected
    assert len(str(inside[0])) > 30


# -- numpy arrays: elementwise, float64 -------------------------------------------------


def _close(actual: float, expected: Decimal, scale: float) -> bool:
    return abs(actual - float(expected)) <= 1e-12 * max(1.0, abs(float(expected)), scale)


@st.composite
def columns(draw: st.DrawFn) -> dict[str, Any]:
    size = draw(st.integers(min_value=1, max_value=12))

    def column(elements: st.SearchStrategy[float]) -> Any:
        return np.array(draw(st.lists(elements, min_size=size, max_size=size)), dtype=np.float64)

    return {
        # No subnormals: float64 underflows where the Decimal path does not.
        "values": column(st.just(0.0) | st.floats(min_value=1e-3, max_value=1e9)),
        "others": column(st.just(0.0) | st.floats(min_value=1e-3, max_value=1e9)),
        "bases": column(st.floats(min_value=1e-3, max_value=1e9)),
        "growths": column(st.floats(min_value=-0.9, max_value=10)),
        "years": draw(st.integers(min_value=1, max_value=30)),
    }


@given(columns())
def test_arrays_are_the_scalar_functions_elementwise(data: dict[str, Any]) -> None:
    a, o, b, g, years = (
        data["values"],
        data["others"],
        data["bases"],
        data["growths"],
        data["years"],
    )
    cases: list[tuple[Any, Callable[[int], Decimal], Callable[[int], float]]] = [
        (growth_rate(a, b), lambda i: growth_rate(a[i], b[i]), lambda i: a[i] / b[i]),
        (attainment(a, b), lambda i: attainment(a[i], b[i]), lambda _: 0.0),
        (disbursement_ratio(a, b), lambda i: disbursement_ratio(a[i], b[i]), lambda _: 0.0),
        (share(a, b), lambda i: share(a[i], b[i]), lambda _: 0.0),
        (
            contribution_to_growth(a, o, b),
            lambda i: contribution_to_growth(a[i], o[i], b[i]),
            lambda i: (a[i] + o[i]) / b[i],
        ),
        (implied_previous(a, g), lambda i: implied_previous(a[i], g[i]), lambda _: 0.0),
        (cagr(b, a, years), lambda i: cagr(b[i], a[i], years), lambda _: 0.0),
    ]
    for result, scalar, scale in cases:
        assert isinstance(result, np.ndarray)
        assert result.dtype == np.float64
        assert result.shape == a.shape
        for i in range(len(a)):
            assert _close(result[i], scalar(i), scale(i)), (i, result[i], scalar(i))


@given(columns(), st.decimals(min_value=Decimal("0.001"), max_value=Decimal(10**6), places=3))
def test_a_scalar_beside_an_array_is_broadcast(data: dict[str, Any], base: Decimal) -> None:
    a = data["values"]
    result = growth_rate(a, base)
    for i in range(len(a)):
        assert _close(result[i], growth_rate(a[i], base), a[i] / float(base))
    assert list(share(a, base)) == list(share(a, np.full(a.shape, float(base))))


def test_a_number_beside_an_array_works_on_either_side() -> None:
    bases = np.array([1000.0, 2000.0])
    assert growth_rate(1144, bases).tolist() == pytest.approx([0.144, -0.428], rel=1e-12)
    assert share(500, bases).tolist() == pytest.approx([0.5, 0.25], rel=1e-12)
    assert attainment(Decimal(1500), bases).tolist() == pytest.approx([1.5, 0.75], rel=1e-12)


def test_two_dimensional_arrays_work_elementwise() -> None:
    now = np.array([[1370.0, 2900.0], [4270.0, 664127.0]])
    before = np.array([[1220.0, 1590.0], [2810.0, 473700.0]])
    result = growth_rate(now, before)
    assert result.shape == (2, 2)
    for index in np.ndindex(2, 2):
        assert _close(result[index], growth_rate(now[index], before[index]), 2.0)


def test_integer_and_decimal_object_arrays_are_taken() -> None:
    ints = growth_rate(np.array([1144, 2000]), np.array([1000, 1000]))
    assert list(ints) == pytest.approx([0.144, 1.0], rel=1e-12)
    decimals = share(np.array([Decimal("44.285"), Decimal(1)], dtype=object), 2)
    assert list(decimals) == pytest.approx([22.1425, 0.5], rel=1e-12)
    grid = np.array([[Decimal(1144), Decimal(2000)], [Decimal(500), Decimal(0)]], dtype=object)
    grown = growth_rate(grid, 1000)
    assert grown.shape == (2, 2)
    assert grown.ravel().tolist() == pytest.approx([0.144, 1.0, -0.5, -1.0], rel=1e-12)


def test_unsigned_counts_can_fall() -> None:
    # vehicle counts held as unsigned integers: a fall is negative, not a wrapped-around rise
    now, before = np.array([1000, 1144], dtype=np.uint32), np.array([1144, 1000], dtype=np.uint32)
    fell, rose = growth_rate(now, before)
    assert [fell, rose] == pytest.approx([-144 / 1144, 0.144], rel=1e-12)
    total = np.array([2000, 2000], dtype=np.uint32)
    pulled, pushed = contribution_to_growth(now, before, total)
    assert [pulled, pushed] == pytest.approx([-0.072, 0.072], rel=1e-12)


@given(st.lists(st.floats(min_value=1e-6, max_value=1e12), min_size=2, max_size=60))
def test_growth_rate_of_a_series_agrees_with_pandas_pct_change(values: list[float]) -> None:
    series = np.array(values, dtype=np.float64)
    ours = growth_rate(series[1:], series[:-1])
    theirs = pd.Series(series).pct_change().to_numpy()[1:]
    np.testing.assert_allclose(ours, theirs, rtol=1e-12, atol=1e-12)


# -- bad inputs ----------------------------------------------------------------------------

USD_VND = ExchangeRate(
    base="USD", quote="VND", rate=Decimal(25450), on=dt.date(2025, 8, 1), source="example"
)
arr = np.array
nan, inf = float("nan"), float("inf")


def _rate_of(rate: object, base: str = "USD") -> Callable[[], object]:
    return lambda: ExchangeRate(
        base=base,
        quote="VND",
        rate=rate,  # type: ignore[arg-type]
        on=dt.date(2025, 8, 1),
        source="example",
    )


BAD_INPUTS = [
    # the number policy
    pytest.param(
        lambda: growth_rate(nan, 1), InvalidValueError, None, ["current", "nan"], id="nan"
    ),
    pytest.param(lambda: attainment(1, inf), InvalidValueError, None, ["target", "inf"], id="inf"),
    pytest.param(
        lambda: share(Decimal("NaN"), 1), InvalidValueError, None, ["part", "NaN"], id="dec-nan"
    ),
    pytest.param(
        lambda: disbursement_ratio(1, Decimal("Infinity")),
        InvalidValueError,
        None,
        ["base", "Infinity"],
        id="dec-inf",
    ),
    pytest.param(
        lambda: growth_rate(True, 1),  # noqa: FBT003
        InvalidTypeError,
        None,
        ["current", "True"],
        id="bool",
    ),
    pytest.param(lambda: share(1, "12"), InvalidTypeError, None, ["whole", "'12'"], id="str"),
    pytest.param(
        lambda: contribution_to_growth(1, None, 1),
        InvalidTypeError,
        None,
        ["part_before", "None"],
        id="none",
    ),
    pytest.param(
        lambda: implied_previous("12", 0.1), InvalidTypeError, None, ["current", "'12'"], id="str-c"
    ),
    pytest.param(
        lambda: implied_previous(1, None), InvalidTypeError, None, ["growth", "None"], id="none-g"
    ),
    pytest.param(lambda: cagr(1, 2, True), InvalidTypeError, None, ["years", "True"], id="bool-y"),  # noqa: FBT003
    # zero bases
    *(
        pytest.param(call, UndefinedRatioError, name, [f"{name} is 0"], id=f"zero-{name}")
        for call, name in [
            (lambda: growth_rate(1, 0), "previous"),
            (lambda: attainment(1, 0), "target"),
            (lambda: disbursement_ratio(1, Decimal("0.000")), "base"),
            (lambda: share(1, 0), "whole"),
            (lambda: contribution_to_growth(1, 1, 0), "total_before"),
            (lambda: cagr(0, 1, 2), "first"),
        ]
    ),
    # negative bases
    *(
        pytest.param(call, UndefinedRatioError, name, [f"{name} is {shown}"], id=f"neg-{name}")
        for call, name, shown in [
            (lambda: growth_rate(1, -5), "previous", "-5"),
            (lambda: attainment(1, Decimal("-0.5")), "target", "-0.5"),
            (lambda: disbursement_ratio(1, -1.5), "base", "-1.5"),
            (lambda: share(amount(1, "VND"), amount(-3, "VND")), "whole", "-3"),
            (lambda: contribution_to_growth(1, 1, -2), "total_before", "-2"),
            (lambda: cagr(-1, 1, 2), "first", "-1"),
        ]
    ),
    # implied_base needs a ratio above zero
    pytest.param(
        lambda: implied_base(1, 0), UndefinedRatioError, "ratio", ["ratio is 0"], id="base-r=0"
    ),
    pytest.param(
        lambda: implied_base(amount(5, "VND"), Decimal("-0.2")),
        UndefinedRatioError,
        "ratio",
        ["ratio is -0.2"],
        id="base-r<0",
    ),
    pytest.param(
        lambda: implied_base(np.array([1.0, 2.0]), np.array([0.5, 0.0])),
        UndefinedRatioError,
        "ratio",
        ["ratio", "index 1"],
        id="base-array-zero",
    ),
    pytest.param(
        lambda: implied_base("12", 0.5), InvalidTypeError, None, ["value", "'12'"], id="base-str"
    ),
    pytest.param(
        lambda: share(amount(1, "million_VND"), amount(1, "ha")),
        UnitMismatchError,
        None,
        ["whole must be in the dimension of part (1 million_VND)", "got 1 hectare"],
        id="money-vs-area",
    ),
    # implied_previous needs 1 + growth above zero
    pytest.param(
        lambda: implied_previous(1, -1), UndefinedRatioError, "growth", ["growth is -1"], id="g=-1"
    ),
    pytest.param(
        lambda: implied_previous(1, Decimal("-1.5")),
        UndefinedRatioError,
        "growth",
        ["growth is -1.5"],
        id="g<-1",
    ),
    pytest.param(
        lambda: implied_previous(million_usd(1370), -2),
        UndefinedRatioError,
        "growth",
        ["growth is -2"],
        id="g<-1-qty",
    ),
    # units
    pytest.param(
        lambda: growth_rate(amount(1, "VND"), amount(1, "USD")),
        UnitMismatchError,
        None,
        ["previous must be in the currency of current (1 VND)", "got 1 USD"],
        id="vnd-usd",
    ),
    pytest.param(
        lambda: growth_rate(million_vnd(1), 1),
        UnitMismatchError,
        None,
        ["previous must be a quantity, as current (1 million_VND) is", "got 1"],
        id="qty-plain",
    ),
    pytest.param(
        lambda: attainment(5, amount(1, "VND")),
        UnitMismatchError,
        None,
        ["actual must be a quantity, as target (1 VND) is", "got 5"],
        id="plain-qty",
    ),
    pytest.param(
        lambda: share(amount(1, "billion_VND"), amount(1, "ha")),
        UnitMismatchError,
        None,
        ["1 billion_VND", "1 hectare"],
        id="money-ha",
    ),
    pytest.param(
        lambda: contribution_to_growth(amount(1, "VND"), amount(1, "VND"), amount(1, "CNY")),
        UnitMismatchError,
        None,
        ["total_before must be in the currency of part_now (1 VND)", "got 1 CNY"],
        id="vnd-cny",
    ),
    # cagr
    pytest.param(lambda: cagr(1, 2, 0), InvalidValueError, None, ["years", "0"], id="years=0"),
    pytest.param(lambda: cagr(1, 2, -3), InvalidValueError, None, ["years", "-3"], id="years<0"),
    pytest.param(lambda: cagr(1, -2, 3), InvalidValueError, None, ["last", "-2"], id="last<0"),
    # arrays
    pytest.param(
        lambda: growth_rate(arr([1.0, nan]), arr([1.0, 1.0])),
        InvalidValueError,
        None,
        ["current[1] must be a finite number, got nan"],
        id="arr-nan",
    ),
    pytest.param(
        lambda: attainment(arr([1.0, 2.0]), arr([1.0, inf])),
        InvalidValueError,
        None,
        ["target[1] must be a finite number, got inf"],
        id="arr-inf",
    ),
    pytest.param(
        lambda: growth_rate(arr([1.0]), Decimal("1e400")),
        InvalidValueError,
        None,
        ["previous[0] must be a finite number, got inf"],
        id="arr-overflow",
    ),
    pytest.param(
        lambda: growth_rate(arr([1.0, 2.0, 3.0]), arr([1.0, 2.0, 0.0])),
        UndefinedRatioError,
        "previous",
        ["previous is 0.0 at index 2"],
        id="arr-zero",
    ),
    pytest.param(
        lambda: share(arr([[1.0, 2.0], [3.0, 4.0]]), arr([[1.0, 2.0], [5.0, 0.0]])),
        UndefinedRatioError,
        "whole",
        ["whole is 0.0 at index (1, 1)"],
        id="arr-2d-zero",
    ),
    pytest.param(
        lambda: disbursement_ratio(arr([1.0, 2.0]), 0),
        UndefinedRatioError,
        "base",
        ["base is 0.0 at index 0"],
        id="arr-scalar-zero",
    ),
    pytest.param(
        lambda: implied_previous(arr([1.0, 2.0]), arr([0.1, -1.0])),
        UndefinedRatioError,
        "growth",
        ["growth is -1.0 at index 1"],
        id="arr-g=-1",
    ),
    pytest.param(
        lambda: contribution_to_growth(arr([1.0]), arr([1.0]), -1.0),
        UndefinedRatioError,
        "total_before",
        ["total_before is -1.0 at index 0"],
        id="arr-neg-total",
    ),
    pytest.param(
        lambda: cagr(arr([0.0, 1.0]), arr([1.0, 1.0]), 2),
        UndefinedRatioError,
        "first",
        ["first is 0.0 at index 0"],
        id="arr-zero-first",
    ),
    pytest.param(
        lambda: cagr(arr([1.0, 1.0]), arr([1.0, -1.0]), 2),
        InvalidValueError,
        None,
        ["last[1] must not be negative, got -1.0"],
        id="arr-neg-last",
    ),
    pytest.param(
        lambda: cagr(arr([1.0]), arr([1.0]), 0), InvalidValueError, None, ["years"], id="arr-y=0"
    ),
    pytest.param(
        lambda: growth_rate(arr([1.0]), amount(1, "VND")),
        InvalidTypeError,
        None,
        ["previous must be plain magnitudes", "got 1 VND"],
        id="arr-qty",
    ),
    pytest.param(
        lambda: growth_rate(ureg.Quantity(arr([1.0, 2.0]), "VND"), amount(1, "VND")),
        InvalidTypeError,
        None,
        ["current must be a number", "got [1. 2.] of type ndarray"],
        id="qty-of-arr",
    ),
    pytest.param(
        lambda: growth_rate(arr([1.0, 2.0]), "12"),
        InvalidTypeError,
        None,
        ["previous", "'12'"],
        id="arr-str",
    ),
    pytest.param(
        lambda: growth_rate(arr([1.0]), True),  # noqa: FBT003
        InvalidTypeError,
        None,
        ["previous", "True"],
        id="arr-bool",
    ),
    pytest.param(
        lambda: growth_rate(arr([1.0]), None),
        InvalidTypeError,
        None,
        ["previous", "None"],
        id="arr-none",
    ),
    pytest.param(
        lambda: growth_rate(arr([True, False]), arr([1.0, 1.0])),
        InvalidTypeError,
        None,
        ["current must hold numbers", "got [ True False]"],
        id="arr-of-bools",
    ),
    pytest.param(
        lambda: share(arr(["1", "2"]), arr([1.0, 1.0])),
        InvalidTypeError,
        None,
        ["part must hold numbers", "'1'"],
        id="arr-of-str",
    ),
    pytest.param(
        lambda: growth_rate(arr([Decimal(1), None], dtype=object), arr([1.0, 1.0])),
        InvalidTypeError,
        None,
        ["current", "None"],
        id="arr-of-objects",
    ),
    pytest.param(
        lambda: growth_rate(arr([1.0]), [1.0]),
        InvalidTypeError,
        None,
        ["previous", "[1.0]", "list"],
        id="arr-list",
    ),
    # the registry
    pytest.param(lambda: amount(1, "đồng"), UnknownCodeError, None, ["'đồng'"], id="unit-name"),
    pytest.param(
        lambda: amount("12", "VND"), InvalidTypeError, None, ["value", "'12'"], id="amt-str"
    ),
    pytest.param(
        lambda: amount(nan, "VND"), InvalidValueError, None, ["value", "nan"], id="amt-nan"
    ),
    pytest.param(
        lambda: ureg.Quantity("5 ₫"),
        ParseError,
        None,
        ["'5 ₫'", "position 2", "'₫'"],
        id="dong-sign",
    ),
    pytest.param(
        lambda: amount(1, "USD ₫"), ParseError, None, ["'USD ₫'", "position 4"], id="unit-sign"
    ),
    pytest.param(
        lambda: magnitude_in(amount(1, "USD"), "VND"),
        UnitMismatchError,
        None,
        ["1 USD", "VND"],
        id="usd-in-vnd",
    ),
    pytest.param(_rate_of(0), InvalidValueError, None, ["rate", "got 0"], id="rate=0"),
    pytest.param(_rate_of(-25450), InvalidValueError, None, ["rate", "-25450"], id="rate<0"),
    pytest.param(_rate_of(1, "EUR"), InvalidValueError, None, ["base", "'EUR'"], id="rate-eur"),
    pytest.param(
        lambda: USD_VND.convert(amount(1, "CNY")),
        UnitMismatchError,
        None,
        ["USD→VND", "1 CNY"],
        id="rate-wrong-currency",
    ),
]


@pytest.mark.parametrize(COLUMNS, BAD_INPUTS)
def test_bad_input_raises_the_documented_error_naming_it(
    call: Callable[[], object],
    error: type[DongDangError],
    argument: str | None,
    fragments: list[str],
) -> None:
    message = assert_refused(call, error, argument, fragments)
    assert argument is None or argument in message


@given(
    exponent=st.integers(min_value=-1000, max_value=1000),
    other=st.integers(min_value=-1000, max_value=1000),
)
@example(exponent=1000, other=-1000)
@example(exponent=-1000, other=1000)
def test_figures_of_any_size_never_overflow(exponent: int, other: int) -> None:
    """A ratio of extreme figures is a number, not decimal.Overflow or a rounded zero."""
    now, before = Decimal(f"3e{exponent}"), Decimal(f"2e{other}")
    wide = decimal.Context(prec=40, Emax=decimal.MAX_EMAX, Emin=decimal.MIN_EMIN)
    ratio = Decimal(f"1.5e{exponent - other}")
    assert attainment(now, before) == ratio
    # growth: 34 significant digits of ratio − 1
    error = wide.subtract(wide.add(growth_rate(now, before), 1), ratio).copy_abs()
    assert error <= wide.multiply(wide.subtract(ratio, 1).copy_abs(), Decimal("1e-33"))
    assert implied_previous(now, Decimal(2)) == Decimal(f"1e{exponent}")


@pytest.mark.parametrize("value", ["3e1001", "-3e1001", "3e-1001", "9e999999999999999999"])
def test_figures_beyond_ten_to_the_thousand_are_refused_naming_them(value: str) -> None:
    with pytest.raises(InvalidValueError, match="between 1e-1000 and 1e1000") as error:
        growth_rate(Decimal(value), Decimal(2))
    assert f"got {Decimal(value)}" in str(error.value)
    assert growth_rate(Decimal(0), Decimal("1e-1000")) == -1  # zero is any size


#: Errors whose whole message a user reads (surviving mutants changed only the words).
EXACT_MESSAGES: dict[str, tuple[Callable[[], object], type[Exception], str]] = {
    "a plain number beside a quantity": (
        lambda: growth_rate(amount(5, "VND"), 4),
        UnitMismatchError,
        (
            "previous must be a quantity, as current (5 VND) is, got 4; "
            "give both with units or both without"
        ),
    ),
    "two currencies": (
        lambda: growth_rate(amount(5, "VND"), amount(4, "USD")),
        UnitMismatchError,
        (
            "previous must be in the currency of current (5 VND), got 4 USD; "
            "convert currencies with an ExchangeRate"
        ),
    ),
    "money and an area": (
        lambda: growth_rate(amount(5, "VND"), amount(4, "ha")),
        UnitMismatchError,
        "previous must be in the dimension of current (5 VND), got 4 hectare",
    ),
    "a quantity beside an array": (
        lambda: growth_rate(np.array([1.0, 2.0]), amount(4, "VND")),
        InvalidTypeError,
        "previous must be plain magnitudes in one unit with arrays, got 4 VND",
    ),
    "a zero base": (
        lambda: growth_rate(5, 0),
        UndefinedRatioError,
        "previous is 0: a growth rate needs a base above zero",
    ),
    "a zero in an array of bases": (
        lambda: growth_rate(np.array([1.0, 2.0]), np.array([1.0, 0.0])),
        UndefinedRatioError,
        "previous is 0.0 at index 1: a growth rate needs a base above zero",
    ),
    "NaN in an array": (
        lambda: growth_rate(np.array([1.0, np.nan]), np.array([1.0, 1.0])),
        InvalidValueError,
        "current[1] must be a finite number, got nan",
    ),
    "a fall of 100 %": (
        lambda: implied_previous(5, Decimal(-1)),
        UndefinedRatioError,
        "growth is -1: 1 + growth must be above zero",
    ),
    "a fall of 100 % in an array": (
        lambda: implied_previous(np.array([5.0, 6.0]), np.array([0.1, -1.0])),
        UndefinedRatioError,
        "growth is -1.0 at index 1: 1 + growth must be above zero",
    ),
    "a growth given as text": (
        lambda: implied_previous(5, "x"),  # type: ignore[call-overload]
        InvalidTypeError,
        "growth must be a number (Decimal, int or float), got 'x' of type str",
    ),
    "current as text": (
        lambda: implied_previous("x", Decimal("0.1")),
        InvalidTypeError,
        "current must be a number (Decimal, int or float), got 'x' of type str",
    ),
    "an amount that is not a number": (
        lambda: implied_previous(ureg.Quantity(float("nan"), "VND"), Decimal("0.1")),
        InvalidValueError,
        "current must be a finite number, got nan",
    ),
    "a zero in an array of totals": (
        lambda: contribution_to_growth(np.array([1.0]), np.array([1.0]), np.array([0.0])),
        UndefinedRatioError,
        "total_before is 0.0 at index 0: a contribution to growth needs a base above zero",
    ),
    "a zero in an array of wholes": (
        lambda: share(np.array([1.0, 2.0]), np.array([4.0, 0.0])),
        UndefinedRatioError,
        "whole is 0.0 at index 1: a share needs a base above zero",
    ),
    "a zero ratio": (
        lambda: implied_base(5, 0),
        UndefinedRatioError,
        "ratio is 0: an implied base needs a ratio above zero",
    ),
    "a zero in an array of ratios": (
        lambda: implied_base(np.array([1.0, 2.0]), np.array([0.5, 0.0])),
        UndefinedRatioError,
        "ratio is 0.0 at index 1: an implied base needs a ratio above zero",
    ),
    "a ratio as text": (
        lambda: implied_base(5, "x"),
        InvalidTypeError,
        "ratio must be a number (Decimal, int or float), got 'x' of type str",
    ),
    "a value as text": (
        lambda: implied_base("x", Decimal("0.5")),
        InvalidTypeError,
        "value must be a number (Decimal, int or float), got 'x' of type str",
    ),
    "years as text": (
        lambda: cagr(100, 121, "x"),
        InvalidTypeError,
        "years must be a number (Decimal, int or float), got 'x' of type str",
    ),
    "zero years": (
        lambda: cagr(100, 121, 0),
        InvalidValueError,
        "years must be above zero, got 0",
    ),
    "a zero first in an array": (
        lambda: cagr(np.array([0.0]), np.array([1.0]), 2),
        UndefinedRatioError,
        "first is 0.0 at index 0: a compound growth rate needs a base above zero",
    ),
    "a negative last in an array": (
        lambda: cagr(np.array([1.0]), np.array([-1.0]), 2),
        InvalidValueError,
        "last[0] must not be negative, got -1.0",
    ),
    "a zero first": (
        lambda: cagr(0, 121, 2),
        UndefinedRatioError,
        "first is 0: a compound growth rate needs a base above zero",
    ),
    "a negative last": (
        lambda: cagr(100, -1, 2),
        InvalidValueError,
        "last must not be negative, got -1",
    ),
    "a growth factor beyond 1e1000": (
        lambda: cagr(5, 8, 1e-16),
        InvalidValueError,
        (
            "the growth factor (last / first) ** (1 / years) must lie between 1e-1000 and "
            "1e1000 in size, got 6.435014884549126610143181706137279E+2041199826559247"
        ),
    ),
    "a growth factor that overflows": (
        lambda: cagr(5, 8, 1e-300),
        InvalidValueError,
        "years makes the growth factor (last / first) ** (1 / years) overflow, got 1e-300",
    ),
    "part_now as text": (
        lambda: contribution_to_growth("x", 1, 2),
        InvalidTypeError,
        "part_now must be a number (Decimal, int or float), got 'x' of type str",
    ),
    "part_before as text": (
        lambda: contribution_to_growth(1, "x", 2),
        InvalidTypeError,
        "part_before must be a number (Decimal, int or float), got 'x' of type str",
    ),
    "a zero total_before": (
        lambda: contribution_to_growth(1, 1, 0),
        UndefinedRatioError,
        "total_before is 0: a contribution to growth needs a base above zero",
    ),
    "a zero target": (
        lambda: attainment(5, 0),
        UndefinedRatioError,
        "target is 0: an attainment needs a base above zero",
    ),
    "disbursed as text": (
        lambda: disbursement_ratio("x", 5),
        InvalidTypeError,
        "disbursed must be a number (Decimal, int or float), got 'x' of type str",
    ),
    "a zero disbursement base": (
        lambda: disbursement_ratio(5, 0),
        UndefinedRatioError,
        "base is 0: a disbursement ratio needs a base above zero",
    ),
    "a zero whole": (
        lambda: share(5, 0),
        UndefinedRatioError,
        "whole is 0: a share needs a base above zero",
    ),
    "an array of strings": (
        lambda: growth_rate(np.array(["a", "b"]), np.array([1.0, 2.0])),
        InvalidTypeError,
        "current must hold numbers, got ['a' 'b']",
    ),
}


@pytest.mark.parametrize(("call", "error", "message"), EXACT_MESSAGES.values(), ids=EXACT_MESSAGES)
def test_the_whole_message_names_the_arguments(
    call: Callable[[], object], error: type[Exception], message: str
) -> None:
    with pytest.raises(error) as caught:
        call()
    assert str(caught.value) == message


def test_a_number_beside_an_array_takes_the_array_path_either_way() -> None:
    values = implied_previous(np.array([110.0, 121.0]), Decimal("0.1"))
    assert isinstance(values, np.ndarray)
    assert values.tolist() == pytest.approx([100.0, 110.0])
    rates = implied_previous(Decimal(110), np.array([0.1, 0.0]))
    assert isinstance(rates, np.ndarray)
    assert rates.tolist() == pytest.approx([100.0, 110.0])


def test_a_number_beside_an_array_in_cagr_and_implied_base() -> None:
    for result in (
        cagr(np.array([100.0]), 121, 2),
        cagr(100, np.array([121.0]), 2),
    ):
        assert isinstance(result, np.ndarray)
        assert result.tolist() == pytest.approx([0.1])
    for result in (
        implied_base(np.array([1.0]), Decimal("0.5")),
        implied_base(Decimal(1), np.array([0.5])),
    ):
        assert isinstance(result, np.ndarray)
        assert result.tolist() == pytest.approx([2.0])


def test_a_growth_factor_that_overflows_carries_the_years_and_survives_pickle() -> None:
    assert_carries(lambda: cagr(5, 8, 1e-300), InvalidValueError, name="years", value=1e-300)


def test_money_beside_money_per_hectare_is_another_dimension_not_another_currency() -> None:
    per_hectare = ureg.Quantity(Decimal(1), "VND/hectare")
    with pytest.raises(UnitMismatchError) as caught:
        growth_rate(amount(1, "VND"), per_hectare)
    message = str(caught.value)
    assert "must be in the dimension of current (1 VND), got 1 VND / hectare" in message
    assert "ExchangeRate" not in message
    with pytest.raises(UnitMismatchError, match=r"currency of current .*ExchangeRate"):
        growth_rate(amount(1, "VND"), amount(1, "USD"))
