"""What a printed figure allows: one interval engine, the same interval in every module."""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bad_inputs import assert_carries
from dongdang import auditing, intervals
from dongdang.errors import InvalidTypeError, InvalidValueError, UndefinedRatioError
from dongdang.fees.collections import _consistent
from dongdang.intervals import (
    Interval,
    around,
    combine,
    flip,
    growth_bounds,
    half_unit,
    implied_previous_interval,
    interval_of,
    over,
    range_interval,
    to_decimal,
    truncation_interval,
)
from dongdang.investment import _bounds
from dongdang.text import QUALIFIER_WORDS, Qualifier, format_number, read_figure
from dongdang.trade.results import half_unit as trade_half_unit
from dongdang.zoning import Area

#: Vietnamese qualifier words, and none.
WORDS = ["", *sorted(word for word in QUALIFIER_WORDS if not word.isascii())]

printed_numbers = st.builds(
    lambda units, decimals: Decimal(units).scaleb(-decimals),
    st.integers(min_value=0, max_value=10**9),
    st.integers(min_value=0, max_value=3),
)


def _text(word: str, number: Decimal, unit: str) -> str:
    decimals = max(0, -int(number.as_tuple().exponent))
    written = format_number(number, "vi", decimals)
    return f"{word} {written}{unit}".strip()


@given(number=printed_numbers, word=st.sampled_from(WORDS))
def test_the_same_printed_figure_allows_the_same_values_in_every_module(
    number: Decimal, word: str
) -> None:
    # the audit and the engine
    amount = read_figure(_text(word, number, " tỷ đồng"))
    engine = interval_of(amount)
    assert auditing.interval_of(amount) == engine
    # investment: the same ends, nothing below zero
    low, high = _bounds(amount, honour_qualifier=True)
    assert low == (Decimal(0) if engine.low is None else max(to_decimal(engine.low), Decimal(0)))
    assert high == (None if engine.high is None else to_decimal(engine.high))
    # zoning: an area in hectares
    area = Area.parse(_text(word, number, " ha"))
    assert area.interval == interval_of(read_figure(_text(word, number, " ha")))
    # fee collections and trade results: a stated growth in percent
    percent = read_figure(_text(word, number, "%"))
    allowed = interval_of(percent)
    for point in (Fraction(number) - half_unit(percent), Fraction(number) + Fraction(1, 10**4)):
        inside = allowed.meets(Interval(low=point, high=point))
        as_fraction = to_decimal(point / 100)
        assert _consistent((as_fraction, as_fraction), percent) is inside
    assert Fraction(trade_half_unit(percent)) == half_unit(percent) / 100


@pytest.mark.parametrize(
    ("printed", "low", "high"),
    [
        ("14,4%", Fraction("14.35"), Fraction("14.45")),
        ("trên 344,8 tỷ đồng", Fraction("344.75"), None),
        ("hơn 52,6 tỷ đồng", Fraction("52.55"), None),
        ("gần 5 triệu đồng", None, Fraction("5.5")),
        ("dưới 52,6 tỷ đồng", None, Fraction("52.6")),
        ("khoảng 52,6 tỷ đồng", Fraction("52.55"), Fraction("52.65")),
        ("xấp xỉ 52,6 tỷ đồng", Fraction("52.55"), Fraction("52.65")),
        ("ước 52,6 tỷ đồng", Fraction("52.55"), Fraction("52.65")),
        ("ước thực hiện 52,6 tỷ đồng", Fraction("52.55"), Fraction("52.65")),
        ("dự ước 52,6 tỷ đồng", Fraction("52.55"), Fraction("52.65")),
    ],
)
def test_the_table_of_qualifiers(printed: str, low: Fraction | None, high: Fraction | None) -> None:
    assert interval_of(read_figure(printed)) == Interval(low=low, high=high)


@pytest.mark.parametrize("word", ["ước", "ước đạt", "ước tính", "ước thực hiện", "dự ước"])
def test_an_estimate_is_its_own_qualifier_and_keeps_its_rounding(word: str) -> None:
    figure = read_figure(f"{word} 520 tỷ đồng")
    assert figure.qualifier is Qualifier.ESTIMATE
    wide = interval_of(figure, about=Fraction(5, 100))
    assert wide == Interval(low=Fraction("519.5"), high=Fraction("520.5"))
    assert read_figure("estimated 520 billion VND", "en").qualifier is Qualifier.ESTIMATE


def test_about_widens_only_what_is_approximate() -> None:
    figure = read_figure("khoảng 52,6 tỷ đồng")
    wide = interval_of(figure, about=Fraction(5, 100))
    assert wide.low == Fraction("52.55") - Fraction("2.63")
    assert wide.high == Fraction("52.65") + Fraction("2.63")
    assert interval_of(read_figure("52,6 tỷ đồng"), about=Fraction(5, 100)) == interval_of(
        read_figure("52,6 tỷ đồng")
    )


def test_a_count_is_exact_and_a_range_spans_its_ends() -> None:
    assert interval_of(read_figure("8"), exact=True) == Interval(low=Fraction(8), high=Fraction(8))
    upside_down = range_interval(read_figure("2.600"), read_figure("2.000"), Qualifier.AT_MOST)
    assert upside_down == Interval(low=None, high=Fraction("2600.5"))


@pytest.mark.parametrize(
    ("printed", "low", "high"),
    [("108%", 108, 109), ("14,4%", Fraction("14.4"), Fraction("14.5")), ("-3", -4, -3)],
)
def test_truncation_is_the_unit_below_the_next_digit(
    printed: str, low: Fraction, high: Fraction
) -> None:
    assert truncation_interval(read_figure(printed)) == Interval(
        low=Fraction(low), high=Fraction(high)
    )


def test_around_applies_the_table_to_a_converted_value() -> None:
    half = Fraction(1, 20)
    assert around(Fraction(10), half, None) == Interval(
        low=Fraction("9.95"), high=Fraction("10.05")
    )
    assert around(Fraction(10), half, Qualifier.BELOW) == Interval(low=None, high=Fraction(10))
    assert around(Fraction(10), half, Qualifier.AT_LEAST).high is None


def test_interval_arithmetic_is_exact() -> None:
    one_two = Interval(low=Fraction(1), high=Fraction(2))
    open_above = Interval(low=Fraction(3), high=None)
    assert one_two + open_above == Interval(low=Fraction(4), high=None)
    assert one_two - open_above == Interval(low=None, high=Fraction(-1))
    assert open_above.negated() == Interval(low=None, high=Fraction(-3))
    assert one_two.scaled(Fraction(1000)) == Interval(low=Fraction(1000), high=Fraction(2000))
    assert open_above.scaled(Fraction(2)) == Interval(low=Fraction(6), high=None)
    assert one_two.bounded
    assert not open_above.bounded
    assert to_decimal(Fraction(10515, 200)) == Decimal("52.575")


def test_qualifiers_of_sums_and_quotients() -> None:
    assert combine([]) is None
    assert combine([Qualifier.ESTIMATE, None]) is Qualifier.ESTIMATE
    assert combine([Qualifier.ESTIMATE, Qualifier.AT_LEAST]) is Qualifier.AT_LEAST
    assert combine([Qualifier.AT_MOST, Qualifier.BELOW]) is Qualifier.BELOW
    assert combine([Qualifier.AT_MOST]) is Qualifier.AT_MOST
    assert combine([Qualifier.AT_LEAST, Qualifier.AT_MOST]) is Qualifier.ABOUT
    assert flip(None) is None
    assert flip(Qualifier.BELOW) is Qualifier.AT_LEAST
    assert flip(Qualifier.ESTIMATE) is Qualifier.ESTIMATE
    assert over(Qualifier.AT_LEAST, Qualifier.AT_MOST) is Qualifier.AT_LEAST


def test_growth_bounds_of_many_parts_are_never_skipped() -> None:
    parts = 40
    values = [(Fraction(i + 1), Fraction(i + 1)) for i in range(parts)]
    rates = [(Fraction(11, 10), Fraction(11, 10))] * parts
    assert growth_bounds(values, rates) == (Fraction(10), Fraction(10))
    assert growth_bounds([(Fraction(0), Fraction(1))], [(Fraction(1), Fraction(2))]) is None


def test_implied_previous_interval_is_the_engines() -> None:
    assert auditing.implied_previous_interval is implied_previous_interval
    assert auditing.Interval is Interval


@pytest.mark.parametrize(
    ("call", "error", "named"),
    [
        (lambda: interval_of(read_figure("5"), about=0.05), InvalidTypeError, "0.05"),  # type: ignore[arg-type]
        (lambda: interval_of(read_figure("5"), about=Fraction(-1)), InvalidValueError, "-1"),
        (lambda: around(Fraction(1), Fraction(0), None, about="5%"), InvalidTypeError, "5%"),  # type: ignore[arg-type]
        (lambda: Interval(low=Fraction(2), high=Fraction(1)), InvalidValueError, "2"),
        (
            lambda: implied_previous_interval(read_figure("5 tỷ đồng"), read_figure("5 tỷ đồng")),
            InvalidValueError,
            "5 tỷ đồng",
        ),
        (
            lambda: implied_previous_interval(read_figure("5 tỷ đồng"), read_figure("-101%")),
            UndefinedRatioError,
            "-101%",
        ),
    ],
)
def test_bad_inputs(call: object, error: type[Exception], named: str) -> None:
    with pytest.raises(error, match=named):
        call()  # type: ignore[operator]


def test_the_module_is_public() -> None:
    assert set(intervals.__all__) <= set(dir(intervals))


def test_an_interval_low_above_high_carries_both_ends_and_survives_pickle() -> None:
    assert_carries(
        lambda: Interval(low=Fraction(2), high=Fraction(1)),
        InvalidValueError,
        name="low",
        value=Fraction(2),
        bound_name="high",
        bound=Fraction(1),
    )
