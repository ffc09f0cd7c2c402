"""Trade flows, the columnar ledger, growth and contributions, and the Comtrade export.

Expected values are derived here, from the seed article's figures or from the
flows themselves, with :class:`fractions.Fraction` and plain dictionaries,
never read back from dongdang.
"""

from __future__ import annotations

import datetime as dt
import itertools
import pickle
import subprocess
import sys
from decimal import Decimal
from fractions import Fraction
from typing import TYPE_CHECKING, Any

import attrs
import numpy as np
import pandas as pd  # type: ignore[import-untyped]
import pytest
from hypothesis import given
from hypothesis import strategies as st

from dongdang import ExchangeRate, Period, amount, format_amount, format_percent
from dongdang.data import seed_figures
from dongdang.errors import (
    DongDangError,
    InvalidTypeError,
    InvalidValueError,
    NotInForceError,
    ParseError,
    UnitMismatchError,
    UnknownCodeError,
)
from dongdang.exchange import ExchangeRateTable
from dongdang.trade import (
    FIELDS,
    HS_VINTAGES,
    Direction,
    Granularity,
    GrowthBasis,
    HSCode,
    Measure,
    TradeFlow,
    TradeLedger,
    Valuation,
    balance_of,
    check_gate,
    comtrade_records,
    seed_trade_flows,
    seed_trade_ledger,
    sum_flows,
)
from dongdang.trade.comtrade import FLOW_CODES
from dongdang.trade.results import Part, growth_bounds
from strategies import LEDGER_GATES, flow, flows, months

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable

F = Fraction
YEAR_2021 = Period.year(2021)


def fraction(value: object) -> Fraction:
    return F(str(value))


def close(value: object, expected: Fraction, places: int = 30) -> bool:
    """Whether a Decimal quotient is ``expected`` to ``places`` decimals."""
    return abs(fraction(value) - expected) < F(1, 10**places)


ONE = F(1)


def near(value: object, expected: Fraction, scale: Fraction = ONE, digits: int = 30) -> bool:
    """Whether a Decimal is ``expected`` to ``digits`` significant digits (34 are kept).

    ``scale`` is the largest magnitude that went into it (a sum's largest term).
    """
    return abs(fraction(value) - expected) <= max(abs(expected), scale, F(1)) / 10**digits


def usd(value: object) -> Fraction:
    """A quantity's magnitude in US dollars, as a fraction."""
    quantity: Any = value
    scale = {"USD": 1, "thousand_USD": 10**3, "million_USD": 10**6, "billion_USD": 10**9}
    return fraction(quantity.magnitude) * scale[str(quantity.units)]


# -- the seed: 2021 turnover, seed article 003 ---------------------------------------------------
#
# "Tổng kim ngạch xuất nhập khẩu qua địa bàn các cửa khẩu năm 2021 ước đạt 4.270 triệu USD,
# tăng 52% so với cùng kỳ, trong đó xuất khẩu 1.370 triệu USD, tăng 12,3%; nhập khẩu
# 2.900 triệu USD, tăng 82,4%."

EXPORTS = F(1370)  # triệu USD
IMPORTS = F(2900)
EXPORTS_2020 = EXPORTS / (1 + F(123, 1000))
IMPORTS_2020 = IMPORTS / (1 + F(824, 1000))
TOTAL_2020 = EXPORTS_2020 + IMPORTS_2020
GROWTH = (EXPORTS + IMPORTS) / TOTAL_2020 - 1
MILLION = 10**6


def test_seed_flows_are_the_article_s_exports_and_imports() -> None:
    exports, imports = seed_trade_flows()
    assert (exports.direction, imports.direction) == (Direction.EXPORT, Direction.IMPORT)
    assert usd(exports.value) == EXPORTS * MILLION
    assert usd(imports.value) == IMPORTS * MILLION
    assert (exports.growth.text, imports.growth.text) == ("12,3%", "82,4%")  # type: ignore[union-attr]
    for item in (exports, imports):
        assert item.period == YEAR_2021
        assert item.measure is Measure.UNVERIFIED
        assert item.estimated is True
        assert item.gate is None
        assert item.source is not None
        assert item.source.id == "seed-003"
        assert item.note is not None
        assert "unverified" in item.note


def test_seed_components_add_up_to_the_printed_total() -> None:
    total = sum_flows(seed_trade_flows(), "million_USD")
    assert total == amount(4270, "million_USD")
    assert usd(seed_trade_ledger().total()) == (EXPORTS + IMPORTS) * MILLION
    assert usd(balance_of(seed_trade_flows())) == (EXPORTS - IMPORTS) * MILLION


def test_seed_ledger_derives_the_implied_2020_values() -> None:
    breakdown = seed_trade_ledger().breakdown(YEAR_2021, by="direction")
    exports, imports = breakdown.components
    assert (exports.key, imports.key) == (Direction.EXPORT, Direction.IMPORT)
    for item, expected in ((exports, EXPORTS_2020), (imports, IMPORTS_2020)):
        assert item.growth.basis is GrowthBasis.STATED
        assert item.growth.previous_period == Period.year(2020)
        # 28 significant digits, as implied_previous gives them.
        assert abs(usd(item.growth.previous) - expected * MILLION) < F(1, 10**15)
        assert item.growth.matches_stated() is True
    # the previous values are implied from the printed growths, which stay exact
    assert exports.growth.rate is not None
    assert imports.growth.rate is not None
    assert (fraction(exports.growth.rate), fraction(imports.growth.rate)) == (
        F(123, 1000),
        F(824, 1000),
    )
    assert breakdown.total.basis is GrowthBasis.COMPONENTS
    assert abs(usd(breakdown.total.previous) - TOTAL_2020 * MILLION) < F(1, 10**15)
    assert breakdown.total.rate is not None
    assert abs(fraction(breakdown.total.rate) - GROWTH) < F(1, 10**25)
    assert format_percent(breakdown.total.rate, decimals=1) == "52,0%"


def test_seed_shares_and_contributions_add_up() -> None:
    breakdown = seed_trade_ledger().breakdown(YEAR_2021, by="direction")
    exports, imports = breakdown.components
    assert exports.share is not None
    assert imports.share is not None
    assert abs(fraction(exports.share) - EXPORTS / (EXPORTS + IMPORTS)) < F(1, 10**30)
    assert abs(fraction(exports.previous_share) - EXPORTS_2020 / TOTAL_2020) < F(1, 10**25)  # type: ignore[arg-type]
    assert abs(fraction(exports.contribution) - (EXPORTS - EXPORTS_2020) / TOTAL_2020) < F(  # type: ignore[arg-type]
        1, 10**25
    )
    assert abs(fraction(imports.contribution) - (IMPORTS - IMPORTS_2020) / TOTAL_2020) < F(  # type: ignore[arg-type]
        1, 10**25
    )
    assert abs(fraction(breakdown.contributions()) - GROWTH) < F(1, 10**25)
    assert [format_percent(c.contribution, decimals=1) for c in breakdown.components] == [
        "5,3%",
        "46,6%",
    ]


def _corner_growths() -> list[Fraction]:
    """The total's growth at every corner of the printed figures' rounding (by hand)."""
    half_value = F(1, 2)
    half_growth = F(5, 10_000)  # half of 0,1%
    growths = []
    for e, i, ge, gi in itertools.product((-1, 1), repeat=4):
        exports = EXPORTS + e * half_value
        imports = IMPORTS + i * half_value
        before = exports / (1 + F(123, 1000) + ge * half_growth) + imports / (
            1 + F(824, 1000) + gi * half_growth
        )
        growths.append((exports + imports) / before - 1)
    return growths


def test_the_stated_52_percent_is_consistent_with_its_components() -> None:
    check = (
        seed_trade_ledger()
        .breakdown(YEAR_2021, by="direction")
        .check(growth="52%", total="4.270 triệu USD")
    )
    assert check.stated_growth.decimals == 0
    assert check.implied is not None
    assert abs(fraction(check.implied) - GROWTH) < F(1, 10**25)
    assert check.matches is True
    assert check.consistent is True
    assert check.bounds is not None
    low, high = check.bounds
    corners = _corner_growths()
    assert abs(fraction(low) - min(corners)) < F(1, 10**25)
    assert high is not None
    assert abs(fraction(high) - max(corners)) < F(1, 10**25)
    assert check.stated_total is not None
    assert check.total_difference == amount(0, "USD")
    assert check.total_consistent is True
    assert check.describe("en") == (
        "the components give up 52.0% (up 51.9% to 52.0% within rounding) for the stated "
        "growth, up 52%: consistent; they add up to the stated total"
    )
    assert check.describe() == (
        "các thành phần cho mức tăng 52,0% (tăng từ 51,9% đến 52,0% trong phạm vi làm tròn), "
        "so với mức tăng 52% đã nêu: khớp; cộng lại bằng tổng đã nêu"
    )


def test_a_growth_the_components_cannot_give_is_found() -> None:
    breakdown = seed_trade_ledger().breakdown(YEAR_2021, by="direction")
    # 52,1% ± 0,05% lies above every corner (at most +52,03%).
    check = breakdown.check(growth="52,1%", total="4.280 triệu USD")
    assert check.matches is False
    assert check.consistent is False
    assert check.total_difference == amount(-10_000_000, "USD")
    assert check.total_consistent is False
    assert "NOT consistent" in check.describe("en")
    assert "do NOT add up" in check.describe("en")
    assert "KHÔNG khớp" in check.describe()
    assert "KHÁC tổng" in check.describe()
    # Printed with one decimal, 52,0% is what the components give.
    assert breakdown.check(growth="52,0%").matches is True
    assert breakdown.check(growth="52,0%").total_consistent is None


def test_a_check_without_bounds_or_growth_says_so() -> None:
    # Any number of stated flows is bounded (there was a cap of 12): each of 13 flows of
    # 1 ± 0,5 grew 5% ± 0,5 points, so the total grew between 4,5% and 5,5%.
    flows = [
        flow(1, "export", YEAR_2021, "unverified", "million_USD", growth="5%") for _ in range(13)
    ]
    check = TradeLedger(flows).breakdown(YEAR_2021, by="direction").check(growth="5%")
    assert check.bounds is not None
    assert close(check.bounds[0], F(45, 1000))
    assert close(check.bounds[1], F(55, 1000))  # type: ignore[arg-type]
    assert check.consistent is True
    # A check built without bounds says it is unchecked.
    check = attrs.evolve(check, bounds=None, consistent=None)
    assert "unchecked" in check.describe("en")
    assert "chưa kiểm tra" in check.describe()
    assert "within rounding" not in check.describe("en")
    # Nothing last year and nothing now: no growth.
    zero = TradeLedger(
        [flow(0, "export", Period.year(2020)), flow(0, "export", YEAR_2021)]
    ).breakdown(YEAR_2021, by="direction")
    empty = zero.check(growth="0%")
    assert empty.implied is None
    assert "no growth can be derived" in empty.describe("en")
    assert "không tính được" in empty.describe()


def test_growth_bounds_of_recorded_figures_and_unbounded_highs() -> None:
    # 100 ± 0,5 now against 80 ± 0,5 last year.
    now = (Part(current=Decimal(100), current_half=Decimal("0.5")),)
    before = (Part(current=Decimal(80), current_half=Decimal("0.5")),)
    low, high = growth_bounds(now, before)  # type: ignore[misc]
    assert close(low, F(995, 805) - 1)
    assert close(high, F(1005, 795) - 1)
    # Last year at most 0,5: nothing bounds the growth from above.
    bounds = growth_bounds(now, (Part(current=Decimal(0), current_half=Decimal("0.5")),))
    assert bounds is not None
    assert close(bounds[0], F(995, 10) / F(1, 2) - 1)
    assert bounds[1] is None
    # A stated fall of 99,95% may be 100%: nothing bounds the base, the growth is at least -1.
    stated = Part(
        current=Decimal(1),
        current_half=Decimal(0),
        growth=Decimal("-0.9995"),
        growth_half=Decimal("0.0005"),
    )
    bounds = growth_bounds((stated,), ())
    assert bounds is not None
    assert bounds[0] == -1
    assert bounds[1] is not None
    assert close(bounds[1], F(1) / (F(1) / F(1, 1000)) - 1)


def test_growth_phrases_in_both_languages() -> None:
    ledger = seed_trade_ledger()
    exports = ledger.growth(YEAR_2021, direction="export")
    assert exports.basis is GrowthBasis.STATED
    assert exports.stated is not None
    assert exports.matches_stated() is True
    assert exports.phrase("triệu USD") == "1.370 triệu USD, tăng 12,3% so với cùng kỳ năm 2020"
    assert exports.phrase("million_USD", "en", 2) == "1,370 million USD, up 12.30% on 2020"
    falling = TradeLedger([flow(80, period=YEAR_2021), flow(100, period=Period.year(2020))])
    growth = falling.growth(YEAR_2021)
    assert growth.basis is GrowthBasis.RECORDED
    assert growth.matches_stated() is None
    assert growth.phrase("USD") == "80 USD, giảm 20,0% so với cùng kỳ năm 2020"
    assert growth.phrase("USD", "en", 0) == "80 USD, down 20% on 2020"
    new = TradeLedger([flow(80, period=YEAR_2021), flow(0, period=Period.year(2020))])
    assert new.growth(YEAR_2021).rate is None
    assert new.growth(YEAR_2021).phrase("USD") == "80 USD, không so sánh được"
    assert new.growth(YEAR_2021).phrase("USD", "en") == (
        "80 USD, no growth (nothing a year earlier)"
    )


# -- directions, measures, HS codes ----------------------------------------------------------------

DIRECTION_WORDS = [
    ("export", Direction.EXPORT),
    ("xuất khẩu", Direction.EXPORT),
    ("XK", Direction.EXPORT),
    ("  Xuất   Khẩu ", Direction.EXPORT),
    ("nhập khẩu", Direction.IMPORT),
    ("imports", Direction.IMPORT),
    ("NK", Direction.IMPORT),
    ("tạm nhập", Direction.TEMPORARY_IMPORT),
    ("temporary_import", Direction.TEMPORARY_IMPORT),
    ("tạm nhập để tái xuất", Direction.TEMPORARY_IMPORT),
    ("tái xuất", Direction.RE_EXPORT),
    ("re-export", Direction.RE_EXPORT),
    ("re_export", Direction.RE_EXPORT),
    ("quá cảnh", Direction.TRANSIT),
    ("Transit", Direction.TRANSIT),
    (Direction.TRANSIT, Direction.TRANSIT),
]


@given(
    st.sampled_from(list(Direction)),
    st.sampled_from(["vi", "en", "code"]),
    st.lists(st.booleans(), min_size=40, max_size=40),
    st.sampled_from([" ", "  ", "\t", "\u00a0"]),
)
def test_directions_read_back_whatever_the_case_and_spaces(
    direction: Direction, form: str, upper: list[bool], space: str
) -> None:
    text = direction.value if form == "code" else direction.label(form)  # type: ignore[arg-type]
    text = "".join(c.upper() if u else c for c, u in zip(text, upper, strict=False))
    assert Direction.parse(space + text.replace(" ", space) + space) is direction


SCALES = {"triệu USD": 10**6, "tỷ USD": 10**9, "USD": 1, "nghìn tỷ đồng": 10**12}


@given(
    st.decimals(min_value=0, max_value=10**12, places=3),
    st.sampled_from(sorted(SCALES)),
    st.booleans(),
)
def test_a_flow_reads_back_the_amount_a_report_prints(
    value: Decimal,
    unit: str,
    estimate: bool,  # noqa: FBT001 - drawn by Hypothesis
) -> None:
    printed = format_amount(amount(value, "VND" if "đồng" in unit else "USD"), unit)
    text = f"ước đạt {printed}" if estimate else printed
    item = TradeFlow.read(text, direction="export", period="năm 2021", measure="customs")
    assert item.estimated is estimate
    assert fraction(item.value.magnitude) * SCALES[unit] == fraction(value)


@pytest.mark.parametrize(("text", "expected"), DIRECTION_WORDS)
def test_directions_are_read_from_codes_and_report_words(text: object, expected: Direction) -> None:
    assert Direction.parse(text) is expected


def test_direction_words_signs_and_labels() -> None:
    assert [d.sign for d in Direction] == [1, -1, -1, 1, 0]
    assert [d.label() for d in Direction] == [
        "xuất khẩu",
        "nhập khẩu",
        "tạm nhập",
        "tái xuất",
        "quá cảnh",
    ]
    assert Direction.RE_EXPORT.label("en") == "re-export"
    for direction in Direction:
        assert Direction.parse(direction.label()) is direction
        assert Direction.parse(direction.label("en")) is direction
    with pytest.raises(UnknownCodeError, match="'tạm nhập tái xuất'"):
        Direction.parse("tạm nhập tái xuất")


def test_measures_name_the_two_series_and_the_unverified_one() -> None:
    assert [m.value for m in Measure] == ["province", "customs", "unverified"]
    assert "tất cả các loại hình" in Measure.PROVINCE.label()
    assert "Cục Hải quan Lạng Sơn" in Measure.CUSTOMS.label()
    assert Measure.UNVERIFIED.label("en") == "turnover as printed, its measure unverified"
    with pytest.raises(InvalidValueError, match="'fr'"):
        Measure.CUSTOMS.label("fr")  # type: ignore[arg-type]


def test_hs_codes_levels_editions_and_printing() -> None:
    code = HSCode.parse("0810.90.10", vintage="HS2022")
    assert code.code == "08109010"
    assert code.digits == 8
    assert str(code) == "0810.90.10"
    assert code.label() == "0810.90.10 (HS2022)"
    assert str(code.truncate(2)) == "08"
    assert str(code.truncate(6)) == "0810.90"
    assert code.comtrade_classification == "H6"
    assert HSCode(code="0810909000", vintage="HS2017").label() == "0810.90.90.00 (HS2017)"
    assert HSCode.parse("0810 90", vintage="HS2012").code == "081090"
    assert code.truncate(4).contains(code)
    assert not code.contains(code.truncate(4))
    assert not HSCode(code="0810", vintage="HS2017").contains(code)
    assert sorted(HS_VINTAGES) == [
        f"HS{year}" for year in (1992, 1996, 2002, 2007, 2012, 2017, 2022)
    ]
    assert [HS_VINTAGES[v] for v in sorted(HS_VINTAGES)] == [f"H{i}" for i in range(7)]


@given(
    st.sampled_from([2, 4, 6, 8, 10]).flatmap(
        lambda n: st.text(alphabet="0123456789", min_size=n, max_size=n)
    ),
    st.sampled_from(sorted(HS_VINTAGES)),
)
def test_an_hs_code_reads_back_from_its_printed_form(digits: str, vintage: str) -> None:
    code = HSCode(code=digits, vintage=vintage)
    assert HSCode.parse(str(code), vintage=vintage) == code
    assert str(code).replace(".", "") == digits
    for level in (2, 4, 6, 8, 10):
        if level <= len(digits):
            assert code.truncate(level).contains(code)


# -- flows --------------------------------------------------------------------------------


def test_a_flow_reads_report_words() -> None:
    item = TradeFlow.read(
        "ước đạt 4.270 triệu USD", direction="xuất khẩu", period="năm 2021", measure="unverified"
    )
    assert item.estimated is True
    assert item.value == amount(4270, "million_USD")
    assert item.period == YEAR_2021
    about = TradeFlow.read(
        "khoảng 5 tỷ USD", direction="import", period="năm 2023", measure="customs"
    )
    assert about.estimated is True
    plain = TradeFlow.read("5 tỷ USD", direction="import", period="năm 2023", measure="customs")
    assert plain.estimated is False
    told = TradeFlow.read(
        "ước 5 tỷ USD", direction="import", period="năm 2023", measure="customs", estimated=False
    )
    assert told.estimated is False
    assert plain.currency == "USD"
    assert plain.magnitude("million_USD") == 5000
    assert plain.label() == "nhập khẩu, toàn tỉnh, năm 2023"
    assert flow(gate="chi-ma").label("en") == "export, Chi Ma gate, January 2024"
    assert flow(gate="chi-ma").label() == "xuất khẩu, cửa khẩu Chi Ma, tháng 1/2024"
    assert flow(gate="own-gate").label("en") == "export, own-gate gate, January 2024"


def test_a_flow_keeps_what_a_declaration_says() -> None:
    item = flow(
        Decimal("1250.50"),
        "temporary_import",
        Period.between(dt.date(2024, 3, 5), dt.date(2024, 3, 5)),
        gate="tan-thanh",
        hs=HSCode.parse("0810", vintage="HS2022"),
        net_weight=amount(12_500, "kg"),
        vehicles=2,
        valuation="CIF",
        note="  một ghi chú ",
    )
    assert item.net_weight == amount(Decimal("12.5"), "tonne")
    assert str(item.net_weight.units) == "tonne"  # type: ignore[union-attr]
    assert item.valuation is Valuation.CIF
    assert item.note == "một ghi chú"
    assert flow(net_weight=3).net_weight == amount(3, "tonne")
    assert check_gate(None) is None


def test_converting_a_flow_uses_the_rate_of_its_day() -> None:
    table = ExchangeRateTable(
        rates=[
            ExchangeRate(
                base="USD", quote="VND", rate=25_000, on=dt.date(2024, 1, 1), source="example"
            )
        ]
    )
    day = Period.between(dt.date(2024, 3, 5), dt.date(2024, 3, 5))
    item = flow(250_000_000, period=day, unit="VND")
    converted = item.converted(table, "USD")
    assert converted.value == amount(10_000, "USD")
    assert converted.period == item.period
    month = flow(250_000_000, unit="VND")
    assert month.converted(table, "USD", on=dt.date(2024, 1, 31)).value == amount(10_000, "USD")
    rounded = flow(1, period=day, unit="VND").converted(table, "USD", decimals=2)
    assert rounded.value == amount(0, "USD")


def test_sums_of_flows_are_exact_in_any_scale() -> None:
    items = [
        flow(Decimal("0.01")),
        flow(1, unit="million_USD"),
        flow(2, "import", unit="thousand_USD"),
    ]
    assert usd(sum_flows(items)) == F(1, 100) + 10**6 + 2000
    assert str(sum_flows(items).units) == "USD"
    assert usd(sum_flows(items, "million_USD")) == F(100200001, 100)
    assert usd(balance_of(items)) == F(1, 100) + 10**6 - 2000
    assert sum_flows([], "USD") == amount(0, "USD")
    assert balance_of([], "VND") == amount(0, "VND")
    transit = flow(5, "transit")
    assert balance_of([transit]) == amount(0, "USD")


# -- the ledger: storing -------------------------------------------------------------------------

GATES = list(LEDGER_GATES)
DIRECTIONS = list(Direction)


def by_hand(items: Iterable[TradeFlow], key: Callable[[TradeFlow], Any]) -> dict[Any, Fraction]:
    sums: dict[Any, Fraction] = {}
    for item in items:
        sums[key(item)] = sums.get(key(item), F(0)) + usd(item.value)
    return sums


def month_of(item: TradeFlow) -> Period:
    return Period.month(item.period.start.year, item.period.start.month)


def as_fractions(totals: Any) -> dict[Any, Fraction]:
    return {key: usd(value) for key, value in totals.items()}


def test_a_ledger_gives_its_flows_back() -> None:
    items = [
        flow(Decimal("1250.50"), gate="huu-nghi"),
        flow(
            7,
            "re_export",
            Period.between(dt.date(2024, 3, 5), dt.date(2024, 3, 5)),
            unit="million_USD",
            hs=HSCode.parse("0810.90", vintage="HS2022"),
            net_weight=Decimal("41.5"),
            vehicles=3,
            valuation="FOB",
            estimated=True,
            growth="-3,5%",
            source=seed_figures()["trade-2021-export"].source,
            note="note",
        ),
    ]
    ledger = TradeLedger(items)
    assert len(ledger) == 2
    assert list(ledger) == items
    assert ledger[1] == items[1]
    assert ledger[-2] == items[0]
    # The value comes back at the scale and precision it was given in.
    assert str(ledger[1].value.units) == "million_USD"
    assert ledger[1].value.magnitude == Decimal(7)
    assert ledger[0].value.magnitude == Decimal("1250.50")
    assert repr(ledger) == "<TradeLedger: 2 flows in USD, measures: customs>"
    assert repr(TradeLedger()) == "<TradeLedger: 0 flows in USD, measures: none>"
    assert ledger.currency == "USD"
    assert ledger.decimals == 2
    values = ledger.column("value")
    assert values.tolist() == [125_050, 700_000_000]
    with pytest.raises(ValueError, match="read-only"):
        values[0] = 1
    again = pickle.loads(pickle.dumps(ledger))  # noqa: S301 - our own object
    assert list(again) == items
    copied = ledger.copy()
    copied.add(flow(1))
    assert (len(copied), len(ledger)) == (3, 2)
    with pytest.raises(IndexError, match="row 2"):
        ledger[2]


def test_a_ledger_in_dong_or_yuan_and_its_resolution() -> None:
    dong = TradeLedger([flow(278_718, unit="million_VND")], currency="VND")
    assert dong.decimals == 0
    assert dong.column("value").tolist() == [278_718_000_000]
    assert TradeLedger(currency="CNY").decimals == 2
    fine = TradeLedger([flow(Decimal("0.001"))], decimals=3)
    assert fine.total() == amount(Decimal("0.001"), "USD")
    hundred = TradeLedger([flow(Decimal("1E+2"))])[0].value
    assert (str(hundred.units), str(hundred.magnitude)) == ("USD", "100")
    billions = TradeLedger([flow(Decimal("1.37"), unit="billion_USD")])[0].value
    assert (str(billions.units), str(billions.magnitude)) == ("million_USD", "1370")


def test_extend_adds_all_flows_or_none() -> None:
    ledger = TradeLedger([flow(1)])
    with pytest.raises(UnitMismatchError):
        ledger.extend([flow(2), flow(3, unit="VND")])
    assert len(ledger) == 1
    ledger.extend([])
    ledger.extend(iter([flow(2, gate="chi-ma")]))
    assert [item.gate for item in ledger] == [None, "chi-ma"]
    for _ in range(40):
        ledger.add(flow(1))
    assert len(ledger) == 42
    assert usd(ledger.total()) == 43


# -- the ledger: totals ------------------------------------------------------------------------


@given(st.lists(flows(), max_size=30), st.randoms(use_true_random=False))
def test_totals_do_not_depend_on_the_order_of_the_flows(
    items: list[TradeFlow], random: Any
) -> None:
    shuffled = list(items)
    random.shuffle(shuffled)
    first, second = TradeLedger(items), TradeLedger(shuffled)
    assert usd(first.total()) == sum((usd(i.value) for i in items), F(0))
    assert first.total() == second.total()
    assert usd(first.total()) == usd(sum_flows(items, "USD"))
    for by in (("gate",), ("direction", "month"), ("gate", "year")):
        assert first.totals(by).as_dict() == second.totals(by).as_dict()
    expected = by_hand(items, lambda i: (i.gate, month_of(i)))
    assert as_fractions(first.totals(("gate", "month"))) == expected


@given(st.lists(flows(), max_size=30), st.integers(0, 30))
def test_totals_survive_splitting_a_ledger_and_merging_it_back(
    items: list[TradeFlow], cut: int
) -> None:
    whole = TradeLedger(items)
    merged = TradeLedger(items[:cut])
    merged.extend(items[cut:])
    by_columns = TradeLedger(items[:cut])
    rest = TradeLedger(items[cut:])
    by_columns.extend_columns(rest.to_frame(exact=True))
    for ledger in (merged, by_columns):
        assert list(ledger) == items
        assert ledger.total() == whole.total()
        assert ledger.balance() == whole.balance()
        assert (
            ledger.totals(("gate", "quarter")).as_dict()
            == whole.totals(("gate", "quarter")).as_dict()
        )


@given(st.lists(flows(), max_size=40))
def test_months_add_up_to_quarters_halves_and_years(items: list[TradeFlow]) -> None:
    ledger = TradeLedger(items)
    by_month = ledger.totals("month")
    quarters = ledger.totals("quarter")
    assert by_month.roll_up("quarter").as_dict() == quarters.as_dict()
    assert by_month.roll_up("half").as_dict() == ledger.totals("half").as_dict()
    assert quarters.roll_up("year").as_dict() == ledger.totals("year").as_dict()
    assert ledger.totals("half").roll_up("year").as_dict() == ledger.totals("year").as_dict()
    for (year,), value in ledger.totals("year").items():
        assert value == ledger.total(period=year)
        assert usd(value) == sum(
            (usd(i.value) for i in items if i.period.start.year == year.start.year), F(0)
        )
    if items:
        assert by_month.total() == ledger.total()


@given(st.lists(flows(), max_size=30))
def test_the_balance_is_exports_less_imports_exactly(items: list[TradeFlow]) -> None:
    ledger = TradeLedger(items)
    outward = ledger.total(direction=["export", "re_export"])
    inward = ledger.total(direction=[Direction.IMPORT, Direction.TEMPORARY_IMPORT])
    expected = sum((usd(i.value) * i.direction.sign for i in items), F(0))
    assert usd(ledger.balance()) == expected == usd(outward) - usd(inward)
    assert usd(balance_of(items, "USD")) == expected


@given(st.lists(st.integers(2**50, 2**53 - 1), min_size=1, max_size=300))
def test_sums_stay_exact_beyond_float_precision(minor: list[int]) -> None:
    items = [flow(Decimal(m).scaleb(-2)) for m in minor]
    ledger = TradeLedger(items)
    assert ledger.column("value").tolist() == minor
    assert usd(ledger.total()) == F(sum(minor), 100)
    assert as_fractions(ledger.totals("gate")) == {(None,): F(sum(minor), 100)}
    table = ledger.growth_table("month")
    assert int(table.current[0, 0]) == sum(minor)


def test_huge_group_sums_are_python_integers() -> None:
    ledger = TradeLedger([flow(Decimal(2**53 - 1).scaleb(-2)) for _ in range(1 << 12)])
    expected = (2**53 - 1) * (1 << 12)
    assert expected > 2**63
    assert usd(ledger.total()) == F(expected, 100)
    assert usd(ledger.totals("direction")[Direction.EXPORT]) == F(expected, 100)


# -- the ledger: filters, fields, shares, weights ------------------------------------------------

FRUIT = HSCode.parse("0810.90.10", vintage="HS2022")
CITRUS = HSCode.parse("0805.10", vintage="HS2022")
OLD_FRUIT = HSCode.parse("0810.90", vintage="HS2017")


def sample() -> TradeLedger:
    day = Period.between(dt.date(2024, 2, 10), dt.date(2024, 2, 10))
    return TradeLedger(
        [
            flow(100, "export", gate="huu-nghi", hs=FRUIT, net_weight=2, valuation="FOB"),
            flow(50, "import", gate="chi-ma", hs=CITRUS, net_weight=1, valuation="CIF"),
            flow(30, "re_export", day, gate="huu-nghi", hs=OLD_FRUIT, estimated=True),
            flow(20, "temporary_import", day, hs=FRUIT, vehicles=1),
            flow(5, "transit", Period.month(2024, 4), gate="chi-ma"),
        ]
    )


def test_filters_select_flows_by_every_field() -> None:
    ledger = sample()
    assert usd(ledger.total(gate="huu-nghi")) == 130
    assert usd(ledger.total(gate=None)) == 20
    assert usd(ledger.total(gate=[None, "chi-ma"])) == 75
    assert usd(ledger.total(gate="coc-nam")) == 0
    assert usd(ledger.total(direction="xuất khẩu")) == 100
    assert usd(ledger.total(hs=FRUIT.truncate(4))) == 120
    assert usd(ledger.total(hs=HSCode(code="08", vintage="HS2017"))) == 30
    assert usd(ledger.total(hs=None)) == 5
    assert usd(ledger.total(hs=[None, CITRUS])) == 55
    assert usd(ledger.total(estimated=True)) == 30
    assert usd(ledger.total(measure="customs")) == 205
    assert usd(ledger.total(measure=[Measure.PROVINCE])) == 0
    assert usd(ledger.total(period=Period.quarter(2024, 1))) == 200
    assert usd(ledger.total(period=Period.month(2024, 1), unit="thousand_USD")) == 150
    assert str(ledger.total(unit="thousand_USD").units) == "thousand_USD"
    assert ledger.rows(gate="huu-nghi").tolist() == [0, 2]
    assert ledger.rows().tolist() == [0, 1, 2, 3, 4]
    picked = ledger.filter(direction=["export", "import"], gate=["huu-nghi", "chi-ma"])
    assert [item.value for item in picked] == [amount(100, "USD"), amount(50, "USD")]
    assert len(ledger.filter(period=Period.year(2023))) == 0


def test_totals_by_every_field() -> None:
    ledger = sample()
    assert FIELDS == (
        "direction",
        "measure",
        "gate",
        "commodity",
        "hs2",
        "hs4",
        "hs6",
        "hs8",
        "valuation",
        "estimated",
        "period",
        "month",
        "quarter",
        "half",
        "year",
    )
    assert as_fractions(ledger.totals("direction")) == {
        (d,): F(v) for d, v in zip(Direction, (100, 50, 20, 30, 5), strict=True)
    }
    assert as_fractions(ledger.totals("measure")) == {(Measure.CUSTOMS,): F(205)}
    assert as_fractions(ledger.totals("gate")) == {
        (None,): F(20),
        ("chi-ma",): F(55),
        ("huu-nghi",): F(130),
    }
    assert as_fractions(ledger.totals("commodity")) == {
        (None,): F(5),
        (OLD_FRUIT,): F(30),
        (CITRUS,): F(50),
        (FRUIT,): F(120),
    }
    assert as_fractions(ledger.totals("hs2", hs=[FRUIT, CITRUS])) == {
        (HSCode(code="08", vintage="HS2022"),): F(170)
    }
    assert as_fractions(ledger.totals("valuation")) == {
        (None,): F(55),
        (Valuation.FOB,): F(100),
        (Valuation.CIF,): F(50),
    }
    assert as_fractions(ledger.totals("estimated")) == {(False,): F(175), (True,): F(30)}
    by_period = ledger.totals("period")
    assert [key[0] for key in by_period] == [
        Period.month(2024, 1),
        Period.between(dt.date(2024, 2, 10), dt.date(2024, 2, 10)),
        Period.month(2024, 4),
    ]
    assert as_fractions(ledger.totals("half")) == {(Period.half(2024, 1),): F(205)}
    totals = ledger.totals(("gate", "direction"))
    assert totals["huu-nghi", Direction.EXPORT] == amount(100, "USD")
    assert ("chi-ma", Direction.EXPORT) not in totals
    with pytest.raises(KeyError, match="'chi-ma'"):
        totals["chi-ma", Direction.EXPORT]
    assert len(totals) == 5
    by_gate = ledger.totals("gate")
    assert by_gate["huu-nghi"] == by_gate[("huu-nghi",)] == amount(130, "USD")
    assert None in by_gate
    assert [by_gate[key] for key in by_gate] == [value for _, value in by_gate.items()]


def test_shares_of_groups() -> None:
    shares = sample().shares("gate")
    expected = {(None,): F(20, 205), ("chi-ma",): F(55, 205), ("huu-nghi",): F(130, 205)}
    assert set(shares) == set(expected)
    for key, value in shares.items():
        assert close(value, expected[key])


def test_weights_by_group_are_known_only_when_every_flow_has_one() -> None:
    weights = sample().weight_totals("gate")
    assert weights == {
        (None,): None,
        ("chi-ma",): None,
        ("huu-nghi",): None,
    }
    known = sample().weight_totals("direction", direction=["export", "import"])
    assert known == {
        (Direction.EXPORT,): amount(2, "tonne"),
        (Direction.IMPORT,): amount(1, "tonne"),
    }


def test_totals_to_a_data_frame() -> None:
    totals = sample().totals(("gate", "direction"))
    frame = totals.to_frame()
    assert list(frame.columns) == ["gate", "direction", "value_usd"]
    assert frame.attrs["currency"] == "USD"
    assert frame["value_usd"].dtype == np.float64
    assert frame["value_usd"].tolist()[0] == 20.0
    assert isinstance(frame["gate"].dtype, pd.CategoricalDtype)
    exact = totals.to_frame(exact=True)
    assert list(exact.columns) == ["gate", "direction", "value"]
    assert exact["value"].tolist() == [value.magnitude for _, value in totals.items()]


# -- the ledger: growth --------------------------------------------------------------------------


def quarter_of(period: Period) -> Period:
    return Period.quarter(period.start.year, (period.start.month - 1) // 3 + 1)


@given(st.lists(flows(periods=months), max_size=40))
def test_growth_tables_compare_each_period_with_a_year_earlier(items: list[TradeFlow]) -> None:
    ledger = TradeLedger(items)
    cases: list[tuple[str, Callable[[Period], Period]]] = [
        ("month", lambda p: p),
        ("quarter", quarter_of),
        ("half", lambda p: Period.half(p.start.year, 1 if p.start.month <= 6 else 2)),
        ("year", lambda p: Period.year(p.start.year)),
    ]
    ytd = ledger.growth_table("year_to_date")
    for c, period in enumerate(ytd.periods):
        now = [i for i in items if i.period in period]
        before = [i for i in items if i.period in period.same_period_last_year()]
        assert F(int(ytd.current[0, c]), 100) == sum((usd(i.value) for i in now), F(0))
        assert F(int(ytd.previous[0, c]), 100) == sum((usd(i.value) for i in before), F(0))
        assert bool(ytd.has_previous[0, c]) is bool(before)
    for grain, period_of in cases:
        table = ledger.growth_table(grain, by="gate")
        sums = by_hand(items, lambda i, f=period_of: (i.gate, f(i.period)))  # type: ignore[misc]
        if not items:
            assert table.periods == ()
            continue
        assert table.periods[0] == period_of(min((i.period for i in items), key=lambda p: p.start))
        rates = table.rates()
        for r, (gate,) in enumerate(table.groups):
            for c, period in enumerate(table.periods):
                now = sums.get((gate, period))
                before = sums.get((gate, period.same_period_last_year()))
                assert bool(table.has_current[r, c]) is (now is not None)
                assert bool(table.has_previous[r, c]) is (before is not None)
                assert F(int(table.current[r, c]), 100) == (now or 0)
                assert F(int(table.previous[r, c]), 100) == (before or 0)
                growth = table.growth(period, gate)
                if before:
                    # the quotient now/before to 34 significant digits, whatever its size
                    ratio = (now or 0) / before
                    assert abs(fraction(growth.rate) - (ratio - 1)) <= ratio / 10**33
                    assert rates[r, c] == pytest.approx(float((now or 0) / before - 1))
                else:
                    assert growth.rate is None
                    assert np.isnan(rates[r, c])


def test_year_to_date_tables_are_cumulative() -> None:
    ledger = TradeLedger(
        [
            flow(10, period=Period.month(2023, 1)),
            flow(20, period=Period.month(2023, 3)),
            flow(15, period=Period.month(2024, 2)),
            flow(25, period=Period.month(2024, 3)),
        ]
    )
    table = ledger.growth_table("year_to_date")
    assert table.groups == ((),)
    assert [p.label() for p in table.periods] == [
        "tháng 1/2023",
        "2 tháng đầu năm 2023",
        "quý I/2023",
        *(f"{n} tháng đầu năm 2023" for n in range(4, 7)),
        *(f"{n} tháng đầu năm 2023" for n in range(7, 12)),
        "năm 2023",
        "tháng 1/2024",
        "2 tháng đầu năm 2024",
        "quý I/2024",
    ]
    three = table.growth(Period.first_months(2024, 3))
    assert (usd(three.current), usd(three.previous)) == (40, 30)
    assert close(three.rate, F(40, 30) - 1)
    two = table.growth(Period.first_months(2024, 2))
    assert (usd(two.current), usd(two.previous)) == (15, 10)
    frame = table.to_frame()
    assert list(frame.columns) == [
        "start",
        "end",
        "current_usd",
        "previous_usd",
        "growth_percent",
    ]
    assert frame.select_dtypes("number").columns.tolist() == list(frame.columns[2:])
    assert frame["current_usd"].tolist()[:3] == [10.0, 10.0, 30.0]
    assert np.isnan(frame["previous_usd"].tolist()[0])
    exact = table.to_frame(exact=True)
    assert exact["current_usd"].tolist()[:3] == [Decimal(10), Decimal(10), Decimal(30)]
    assert exact["previous_usd"].tolist()[0] is None
    rates = [
        table.growth(period).rate
        for at, period in enumerate(table.periods)
        if table.has_current[0, at]
    ]
    growths = exact["growth_percent"].tolist()
    assert [g is None for g in growths] == [r is None for r in rates]
    assert [g for g in growths if g is not None] == [
        pytest.approx(r * 100, rel=Decimal("1e-25")) for r in rates if r is not None
    ]
    with pytest.raises(KeyError, match="no period 2030 in the table"):
        table.growth(Period.year(2030))
    with pytest.raises(KeyError, match="no group"):
        ledger.growth_table("month", by="gate").growth(Period.month(2024, 2), "chi-ma")
    assert ledger.growth_table("month", gate="chi-ma").periods == ()


def test_growth_tables_group_by_several_fields() -> None:
    ledger = TradeLedger(
        [
            flow(10, "export", Period.month(2023, 5), gate="chi-ma"),
            flow(12, "export", Period.month(2024, 5), gate="chi-ma"),
            flow(7, "import", Period.month(2024, 5), gate="huu-nghi"),
        ]
    )
    table = ledger.growth_table("year", by=("gate", "direction"))
    assert table.groups == (("chi-ma", Direction.EXPORT), ("huu-nghi", Direction.IMPORT))
    growth = table.growth(Period.year(2024), ("chi-ma", Direction.EXPORT))
    assert close(growth.rate, F(12, 10) - 1)
    assert growth.key == ("chi-ma", Direction.EXPORT)
    frame = table.to_frame()
    assert list(frame.columns) == [
        "gate",
        "direction",
        "start",
        "end",
        "current_usd",
        "previous_usd",
        "growth_percent",
    ]
    assert len(frame) == 3


@given(
    st.lists(flows(periods=st.sampled_from([Period.year(2023), Period.year(2024)])), max_size=30)
)
def test_contributions_add_up_to_the_growth_of_the_total(items: list[TradeFlow]) -> None:
    ledger = TradeLedger(items)
    now = [i for i in items if i.period.start.year == 2024]
    before = [i for i in items if i.period.start.year == 2023]
    if not now and not before:
        with pytest.raises(InvalidValueError, match="no flows"):
            ledger.breakdown(Period.year(2024), by="gate")
        return
    if not before:
        return  # no stated growths here: see the seed tests
    breakdown = ledger.breakdown(Period.year(2024), by="gate")
    total_now = sum((usd(i.value) for i in now), F(0))
    total_before = sum((usd(i.value) for i in before), F(0))
    assert breakdown.total.basis is GrowthBasis.RECORDED
    assert usd(breakdown.total.current) == total_now
    assert usd(breakdown.total.previous) == total_before
    gates = {i.gate for i in items}
    assert [c.key for c in breakdown.components] == sorted(
        gates, key=lambda g: (g is not None, g or "")
    )
    if total_before:
        # Quotients keep 34 significant digits: a growth of 10⁹ (a total that
        # rose from 1,7 USD) is exact to 25 digits, not to 25 decimals.
        assert near(breakdown.total.rate, total_now / total_before - 1)
        largest = max(abs(fraction(i.contribution)) for i in breakdown.components)
        assert near(breakdown.contributions(), total_now / total_before - 1, largest)
        for item in breakdown.components:
            mine_now = sum((usd(i.value) for i in now if i.gate == item.key), F(0))
            mine_before = sum((usd(i.value) for i in before if i.gate == item.key), F(0))
            assert near(item.contribution, (mine_now - mine_before) / total_before)
    else:
        assert breakdown.total.rate is None
        assert all(item.contribution is None for item in breakdown.components)


def test_a_breakdown_of_recorded_years_checks_a_stated_growth() -> None:
    ledger = TradeLedger(
        [
            flow(110, "export", YEAR_2021),
            flow(90, "import", YEAR_2021),
            flow(100, "export", Period.year(2020)),
            flow(80, "import", Period.year(2020)),
        ]
    )
    breakdown = ledger.breakdown(YEAR_2021, by=("direction",))
    assert breakdown.by == ("direction",)
    assert breakdown.total.basis is GrowthBasis.RECORDED
    assert [c.key for c in breakdown.components] == [Direction.EXPORT, Direction.IMPORT]
    # 200 / 180 - 1 = 11,1%; 200 ± 1 against 180 ± 1 allows 9,9% to 12,3%.
    check = breakdown.check(growth="11,1%", total="200 USD")
    assert check.matches is True
    assert check.consistent is True
    assert check.bounds is not None
    assert close(check.bounds[0], F(199, 181) - 1)
    assert close(check.bounds[1], F(201, 179) - 1)  # type: ignore[arg-type]
    assert check.total_consistent is True
    assert breakdown.check(growth="13%").consistent is False
    whole = ledger.growth(YEAR_2021)
    assert close(whole.rate, F(200, 180) - 1)
    exports = ledger.growth(YEAR_2021, direction="export")
    assert (usd(exports.current), usd(exports.previous)) == (110, 100)


# -- UN Comtrade ---------------------------------------------------------------------------------


def test_comtrade_records_name_flows_commodities_and_periods() -> None:
    ledger = sample().filter(direction=["export", "import", "re_export", "temporary_import"])
    records = ledger.to_comtrade(partner=156)
    assert [
        (r["period"], r["flowCode"], r["classificationCode"], r["cmdCode"], r["primaryValue"])
        for r in records
    ] == [
        ("2024", "M", "H6", "080510", 50),
        ("2024", "X", "H5", "081090", 30),
        ("2024", "RX", "H5", "081090", 30),
        ("2024", "X", "H6", "081090", 100),
        ("2024", "M", "H6", "081090", 20),
    ]
    first = records[0]
    assert list(first) == [
        "typeCode",
        "freqCode",
        "refYear",
        "period",
        "reporterCode",
        "partnerCode",
        "flowCode",
        "classificationCode",
        "cmdCode",
        "aggrLevel",
        "primaryValue",
        "fobvalue",
        "cifvalue",
        "netWgt",
    ]
    assert (first["typeCode"], first["freqCode"], first["refYear"]) == ("C", "A", 2024)
    assert (first["reporterCode"], first["partnerCode"], first["aggrLevel"]) == (704, 156, 6)
    # Imports of citrus: valued CIF, 1 tonne.
    assert (first["cifvalue"], first["fobvalue"], first["netWgt"]) == (50, None, 1000)
    fruit_exports = records[3]
    assert (fruit_exports["fobvalue"], fruit_exports["netWgt"]) == (100, 2000)
    # Temporary imports have no weight: the record's weight is unknown.
    assert records[4]["netWgt"] is None
    assert FLOW_CODES[Direction.RE_EXPORT] == ("X", "RX")


def test_comtrade_totals_by_month_without_partner() -> None:
    ledger = sample().filter(direction=["export", "re_export"])
    records = comtrade_records(ledger, frequency="M", digits=None, reporter=704)
    assert [(r["period"], r["flowCode"], r["cmdCode"], r["primaryValue"]) for r in records] == [
        ("202401", "X", "TOTAL", 100),
        ("202402", "X", "TOTAL", 30),
        ("202402", "RX", "TOTAL", 30),
    ]
    assert "partnerCode" not in records[0]
    assert records[0]["classificationCode"] == "HS"
    assert records[0]["aggrLevel"] == 0
    chapters = ledger.to_comtrade(digits=2, hs=HSCode(code="08", vintage="HS2022"))
    assert [(r["cmdCode"], r["primaryValue"]) for r in chapters] == [("08", 100)]


# -- columns and data frames ---------------------------------------------------------------------


def test_a_data_frame_round_trip_keeps_every_field() -> None:
    ledger = sample()
    ledger.add(
        flow(
            1,
            period=YEAR_2021,
            growth="12,3%",
            source=seed_figures()["trade-2021-export"].source,
            note="n",
        )
    )
    floats = ledger.to_frame()
    assert floats.select_dtypes("number").columns.tolist() == [
        "value_usd",
        "net_weight_tonne",
        "vehicles",
    ]
    assert floats["value_usd"].tolist()[:2] == [100.0, 50.0]
    frame = ledger.to_frame(exact=True)
    assert list(frame.columns) == [
        "value",
        "direction",
        "measure",
        "start",
        "end",
        "gate",
        "hs",
        "hs_vintage",
        "net_weight",
        "vehicles",
        "valuation",
        "estimated",
        "growth",
        "source",
        "note",
    ]
    assert frame["value"].tolist()[:2] == [Decimal(100), Decimal(50)]
    assert pd.isna(frame["gate"].tolist()[3])
    assert frame["vehicles"].tolist()[3] == 1
    again = TradeLedger.from_frame(frame)
    assert list(again) == list(ledger)
    dong = TradeLedger([flow(5, unit="VND")], currency="VND").to_frame(exact=True)
    assert TradeLedger.from_frame(dong).currency == "VND"


@given(st.lists(flows(), max_size=20))
def test_any_ledger_survives_a_data_frame(items: list[TradeFlow]) -> None:
    ledger = TradeLedger(items)
    assert list(TradeLedger.from_frame(ledger.to_frame(exact=True))) == items


def test_columns_of_every_kind_are_read() -> None:
    columns = {
        "value": np.array([1.5, 2.25, 0.1]),
        "direction": np.array(["export", "nhập khẩu", "XK"]),
        "date": np.array(["2024-01-05", "2024-01-06", "2024-02-01"], dtype="datetime64[D]"),
        "gate": np.array(["huu-nghi", None, float("nan")], dtype=object),
        "hs": np.array(["0810.90", "", None], dtype=object),
        "net_weight": np.array([1.5, np.nan, 2.0]),
        "vehicles": np.array([1, None, 3], dtype=object),
        "valuation": np.array(["FOB", None, "CIF"], dtype=object),
        "estimated": np.array([True, False, True], dtype=object),
        "growth": np.array(["5%", None, "-2,5%"], dtype=object),
        "note": np.array([None, "n", None], dtype=object),
        "ignored": np.array([1, 2, 3]),
    }
    ledger = TradeLedger()
    ledger.extend_columns(columns, measure="customs", hs_vintage="HS2022")
    first, second, third = ledger
    assert first == flow(
        Decimal("1.5"),
        period=Period.between(dt.date(2024, 1, 5), dt.date(2024, 1, 5)),
        gate="huu-nghi",
        hs=HSCode.parse("0810.90", vintage="HS2022"),
        net_weight=Decimal("1.5"),
        vehicles=1,
        valuation="FOB",
        estimated=True,
        growth="5%",
    )
    assert (second.direction, second.gate, second.hs, second.note) == (
        Direction.IMPORT,
        None,
        None,
        "n",
    )
    assert (second.net_weight, second.vehicles, second.valuation) == (None, None, None)
    assert third.value == amount(Decimal("0.1"), "USD")
    assert third.growth is not None
    assert third.growth.fraction == Decimal("-0.025")


def test_columns_of_ints_decimals_periods_and_a_frame() -> None:
    ledger = TradeLedger(currency="VND")
    ledger.extend_columns(
        {
            "value": np.array([278_718, 44_285]),
            "direction": np.array([Direction.EXPORT, "import"], dtype=object),
            "measure": np.array(["province", Measure.PROVINCE], dtype=object),
            "start": [dt.date(2024, 1, 1), dt.date(2024, 1, 1)],
            "end": np.array(["2024-05-31", "2024-05-31"]),
            "vehicles": np.array([3, 4]),
            "estimated": np.array([False, True]),
        },
        unit="million_VND",
    )
    assert [item.value for item in ledger] == [
        amount(278_718, "million_VND"),
        amount(44_285, "million_VND"),
    ]
    assert str(ledger[0].value.units) == "million_VND"
    assert ledger[0].period == Period.parse("từ ngày 01/01-31/5/2024")
    decimals = TradeLedger()
    decimals.extend_columns(
        pd.DataFrame(
            {
                "value": [Decimal("1.50"), 2, 0.25],
                "direction": ["export"] * 3,
                "date": pd.to_datetime(
                    ["2024-01-01 13:45", "2024-01-02 00:00", "2024-01-03 23:59"]
                ),
                "hs": ["0810", "0805", None],
                "hs_vintage": ["HS2022", "HS2017", None],
            }
        ),
        measure=Measure.CUSTOMS,
    )
    values = [item.value.magnitude for item in decimals]
    assert values == [Decimal("1.50"), Decimal(2), Decimal("0.25")]
    assert [item.hs for item in decimals] == [
        HSCode(code="0810", vintage="HS2022"),
        HSCode(code="0805", vintage="HS2017"),
        None,
    ]
    assert decimals[0].period.start == dt.date(2024, 1, 1)
    empty = TradeLedger()
    empty.extend_columns({"value": [], "direction": [], "date": []}, measure="customs")
    assert len(empty) == 0


def test_import_dongdang_does_not_import_trade_or_pandas() -> None:
    code = (
        "import sys, dongdang; "
        "print(any(m.startswith('dongdang.trade') for m in sys.modules), "
        "'dongdang.exchange' in sys.modules, 'pandas' in sys.modules)"
    )
    out = subprocess.run(  # noqa: S603 - this interpreter, a literal program
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert out.stdout.split() == ["False", "False", "False"]
    code = "import sys, dongdang.trade, dongdang.exchange; print('pandas' in sys.modules)"
    out = subprocess.run(  # noqa: S603 - this interpreter, a literal program
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert out.stdout.split() == ["False"]


# -- bad inputs: the typed error, and a message that names the input ----------------------

RATES = ExchangeRateTable(
    rates=[ExchangeRate(base="USD", quote="VND", rate=25_000, on=dt.date(2024, 1, 1), source="x")]
)


def _mixed_ledger() -> TradeLedger:
    return TradeLedger([flow(1, measure="customs"), flow(2, measure="province")])


def _columns(**changes: Any) -> dict[str, Any]:
    columns: dict[str, Any] = {
        "value": np.array([1.0, 2.0, 3.0]),
        "direction": np.array(["export", "import", "export"]),
        "date": np.array(["2024-01-01", "2024-01-02", "2024-01-03"], dtype="datetime64[D]"),
    }
    columns.update(changes)
    return {name: value for name, value in columns.items() if value is not None}


def _extend(**changes: Any) -> Callable[[], object]:
    def call() -> object:
        ledger = TradeLedger()
        ledger.extend_columns(_columns(**changes), measure="customs", hs_vintage=None)
        return ledger

    return call


BAD_INPUTS: list[tuple[str, Callable[[], object], type[DongDangError], list[str]]] = [
    # What the issue names.
    ("negative value", lambda: flow(-5), InvalidValueError, ["-5 USD", "negative"]),
    (
        "unknown direction",
        lambda: flow(direction="smuggling"),
        UnknownCodeError,
        ["'smuggling'", "'export'"],
    ),
    (
        "malformed HS code",
        lambda: HSCode(code="081", vintage="HS2022"),
        InvalidValueError,
        ["'081'", "2, 4, 6, 8 or 10 digits"],
    ),
    (
        "HS code with a letter",
        lambda: HSCode.parse("08a1", vintage="HS2022"),
        ParseError,
        ["'08a1'", "position 2"],
    ),
    (
        "no rate on the flow's day",
        lambda: flow(
            1, period=Period.between(dt.date(2023, 12, 31), dt.date(2023, 12, 31))
        ).converted(RATES, "VND"),
        NotInForceError,
        ["2023-12-31", "USD→VND"],
    ),
    (
        "two measures in one total",
        lambda: _mixed_ledger().total(),
        InvalidValueError,
        ["flow #0 counts 'customs'", "flow #1 counts 'province'", "kim ngạch"],
    ),
    (
        "two measures in one sum of flows",
        lambda: sum_flows([flow(measure="unverified"), flow(measure="customs")]),
        InvalidValueError,
        ["flows[0] counts 'unverified'", "flows[1] counts 'customs'"],
    ),
    (
        "two measures in the sum of totals",
        lambda: _mixed_ledger().totals("measure").total(),
        InvalidValueError,
        ["'customs'", "'province'"],
    ),
    (
        "two measures in shares",
        lambda: _mixed_ledger().totals(("measure", "gate")).shares(),
        InvalidValueError,
        ["'customs'", "'province'"],
    ),
    (
        "two measures in a growth",
        lambda: TradeLedger(
            [flow(1, period=YEAR_2021), flow(1, period=Period.year(2020), measure="province")]
        ).growth(YEAR_2021),
        InvalidValueError,
        ["'customs'", "'province'"],
    ),
    # Flows.
    (
        "unknown HS vintage",
        lambda: HSCode(code="08", vintage="HS2021"),
        UnknownCodeError,
        ["'HS2021'"],
    ),
    ("HS code not text", lambda: HSCode(code=810, vintage="HS2022"), InvalidTypeError, ["810"]),
    ("HS parse not text", lambda: HSCode.parse(810, vintage="HS2022"), InvalidTypeError, ["810"]),  # type: ignore[arg-type]
    (
        "HS cut finer than the code",
        lambda: HSCode(code="0810", vintage="HS2022").truncate(6),
        InvalidValueError,
        ["'0810'", "6"],
    ),
    ("direction not text", lambda: Direction.parse(5), InvalidTypeError, ["direction", "5"]),
    ("unknown measure", lambda: flow(measure="all"), UnknownCodeError, ["'all'", "'customs'"]),
    ("unknown valuation", lambda: flow(valuation="FAS"), UnknownCodeError, ["'FAS'", "'FOB'"]),
    ("gate not a code", lambda: flow(gate="Hữu Nghị"), InvalidValueError, ["'Hữu Nghị'"]),
    ("gate not text", lambda: flow(gate=7), InvalidTypeError, ["gate", "7"]),
    ("value not money", lambda: flow(5, unit="tonne"), UnitMismatchError, ["value", "5 tonne"]),
    (
        "value a number",
        lambda: TradeFlow(direction="export", period=YEAR_2021, value=5, measure="customs"),
        InvalidTypeError,
        ["value", "5"],
    ),
    ("period not a period", lambda: flow(period=2021), InvalidTypeError, ["period", "2021"]),  # type: ignore[arg-type]
    (
        "period phrase unread",
        lambda: TradeFlow.read("1 USD", direction="export", period="năm 20x", measure="customs"),
        ParseError,
        ["'năm 20x'"],
    ),
    (
        "a bound is not a value",
        lambda: TradeFlow.read(
            "trên 1.370 triệu USD", direction="export", period="năm 2021", measure="customs"
        ),
        InvalidValueError,
        ["'trên 1.370 triệu USD'", "'trên'"],
    ),
    (
        "a percent is not a value",
        lambda: TradeFlow.read("12%", direction="export", period="năm 2021", measure="customs"),
        InvalidValueError,
        ["'12%'", "money"],
    ),
    (
        "weight not a mass",
        lambda: flow(net_weight=amount(5, "ha")),
        UnitMismatchError,
        ["5 hectare"],
    ),
    ("negative weight", lambda: flow(net_weight=-1), InvalidValueError, ["net_weight", "-1"]),
    ("vehicles a bool", lambda: flow(vehicles=True), InvalidTypeError, ["vehicles", "True"]),
    ("negative vehicles", lambda: flow(vehicles=-2), InvalidValueError, ["vehicles", "-2"]),
    ("growth of -100%", lambda: flow(growth="-100%"), InvalidValueError, ["'-100%'"]),
    ("growth not a percent", lambda: flow(growth="5 USD"), InvalidValueError, ["'5 USD'"]),
    ("growth qualified", lambda: flow(growth="trên 5%"), InvalidValueError, ["'trên 5%'"]),
    ("growth not text", lambda: flow(growth=0.05), InvalidTypeError, ["growth", "0.05"]),
    ("estimated not a bool", lambda: flow(estimated="yes"), InvalidTypeError, ["'yes'"]),
    ("hs not a code", lambda: flow(hs="0810"), InvalidTypeError, ["hs", "'0810'"]),
    ("source not a source", lambda: flow(source="seed-003"), InvalidTypeError, ["'seed-003'"]),
    ("empty note", lambda: flow(note="  "), InvalidTypeError, ["note", "'  '"]),
    (
        "converted with no day",
        lambda: flow(1).converted(RATES, "VND"),
        InvalidValueError,
        ["January 2024", "on="],
    ),
    (
        "converted with no table",
        lambda: flow(1).converted({}, "VND"),  # type: ignore[arg-type]
        InvalidTypeError,
        ["ExchangeRateTable", "{}"],
    ),
    ("sum of no flows", lambda: sum_flows([]), InvalidValueError, ["sum_flows", "unit"]),
    ("balance of no flows", lambda: balance_of([]), InvalidValueError, ["balance_of", "unit"]),
    (
        "sum of two currencies",
        lambda: sum_flows([flow(1), flow(1, unit="CNY")]),
        UnitMismatchError,
        ["flows[1] must be in the currency of flows[0] (1 USD)", "got 1 CNY"],
    ),
    ("sum of a non-flow", lambda: sum_flows([flow(1), 5]), InvalidTypeError, ["flows[1]", "5"]),  # type: ignore[list-item]
    # The ledger.
    ("ledger currency", lambda: TradeLedger(currency="EUR"), InvalidValueError, ["'EUR'"]),
    ("ledger decimals", lambda: TradeLedger(decimals=12), InvalidValueError, ["decimals", "12"]),
    (
        "a flow in another currency",
        lambda: TradeLedger([flow(1), flow(5, unit="million_VND")]),
        UnitMismatchError,
        ["flows[1]", "VND", "converted"],
    ),
    (
        "a value finer than cents",
        lambda: TradeLedger([flow(Decimal("0.001"))]),
        InvalidValueError,
        ["flows[0]", "0.001 USD", "0.01 USD"],
    ),
    (
        "a value too large",
        lambda: TradeLedger([flow(10**14)]),
        InvalidValueError,
        ["flows[0]", "100000000000000 USD"],
    ),
    (
        "a weight finer than a gram",
        lambda: TradeLedger([flow(1, net_weight=Decimal("0.0000001"))]),
        InvalidValueError,
        ["flows[0]", "net_weight", "1E-7 tonne"],
    ),
    ("extend with one flow", lambda: TradeLedger().extend(flow()), InvalidTypeError, ["add()"]),  # type: ignore[arg-type]
    (
        "extend with a non-flow",
        lambda: TradeLedger([flow(), "x"]),
        InvalidTypeError,
        ["flows[1]", "'x'"],
    ),  # type: ignore[list-item]
    ("row not an int", lambda: TradeLedger()["0"], InvalidTypeError, ["'0'"]),  # type: ignore[index]
    ("no such column", lambda: TradeLedger().column("values"), UnknownCodeError, ["'values'"]),
    (
        "a flow across the period asked for",
        lambda: TradeLedger([flow(1, period=YEAR_2021)]).total(period=Period.half(2021, 1)),
        InvalidValueError,
        ["flow #0", "overlaps 2021 without", "got the first half of 2021"],
    ),
    (
        "a yearly flow by month",
        lambda: TradeLedger(
            [flow(1, period=Period.month(2021, 2)), flow(1, period=YEAR_2021)]
        ).totals("month"),
        InvalidValueError,
        ["flow #1", "but 2021 is not inside one month", "month"],
    ),
    (
        "a yearly flow in a monthly table",
        lambda: TradeLedger([flow(1, period=YEAR_2021)]).growth_table("month", gate=None),
        InvalidValueError,
        ["flow #0", "month"],
    ),
    (
        "a four-digit code by six digits",
        lambda: TradeLedger([flow(1), flow(1, hs=HSCode(code="0810", vintage="HS2022"))]).totals(
            "hs6"
        ),
        InvalidValueError,
        ["flow #1", "0810 (HS2022)", "digits", "got 6"],
    ),
    ("group by nothing", lambda: TradeLedger().totals(()), InvalidValueError, ["at least one"]),
    (
        "group by an unknown field",
        lambda: TradeLedger().totals("port"),
        UnknownCodeError,
        ["'port'"],
    ),
    (
        "group by a field twice",
        lambda: TradeLedger().totals(("gate", "gate")),
        InvalidValueError,
        ["twice"],
    ),
    (
        "group by two time fields",
        lambda: TradeLedger().totals(("month", "year")),
        InvalidValueError,
        ["one time field", "'month', 'year'"],
    ),
    (
        "filter on estimated",
        lambda: TradeLedger().total(estimated="yes"),
        InvalidTypeError,
        ["'yes'"],
    ),
    ("filter on an HS text", lambda: TradeLedger().total(hs="0810"), InvalidTypeError, ["'0810'"]),
    (
        "filter a bad gate",
        lambda: TradeLedger().total(gate="Chi Ma"),
        InvalidValueError,
        ["'Chi Ma'"],
    ),
    (
        "filter direction None",
        lambda: TradeLedger().total(direction=None),
        InvalidTypeError,
        ["None"],
    ),
    (
        "filter period not a period",
        lambda: TradeLedger().total(period="năm 2021"),
        InvalidTypeError,
        ["'năm 2021'"],
    ),  # type: ignore[arg-type]
    (
        "total in tonnes",
        lambda: TradeLedger().total(unit="tonne"),
        UnitMismatchError,
        ["unit", "tonne"],
    ),
    (
        "growth without flows",
        lambda: TradeLedger([flow(1, period=YEAR_2021)]).growth(Period.year(2023)),
        InvalidValueError,
        ["no flows", "got 2023", "earlier (2022)"],
    ),
    (
        "growth without a stated growth or last year",
        lambda: TradeLedger([flow(1, gate="chi-ma", period=YEAR_2021)]).growth(YEAR_2021),
        InvalidValueError,
        ["flow #0", "chi-ma", "no stated growth", "earlier (2020)"],
    ),
    (
        "growth of a text period",
        lambda: TradeLedger().growth("năm 2021"),
        InvalidTypeError,
        ["'năm 2021'"],
    ),  # type: ignore[arg-type]
    (
        "unknown granularity",
        lambda: TradeLedger().growth_table("week"),
        UnknownCodeError,
        ["'week'"],
    ),
    (
        "roll up to a finer period",
        lambda: sample().totals("quarter").roll_up("month"),
        InvalidValueError,
        ["quarter", "month"],
    ),
    (
        "roll up quarters to halves of the wrong kind",
        lambda: sample().totals("half").roll_up("quarter"),
        InvalidValueError,
        ["half", "quarter"],
    ),
    (
        "roll up without months",
        lambda: sample().totals("gate").roll_up("year"),
        InvalidValueError,
        ["('gate',)", "'year'"],
    ),
    (
        "roll up to year to date",
        lambda: sample().totals("month").roll_up("year_to_date"),
        InvalidValueError,
        ["'year_to_date'"],
    ),
    (
        "phrase in French",
        lambda: seed_trade_ledger().growth(YEAR_2021).phrase("USD", "fr"),
        InvalidValueError,
        ["'fr'"],
    ),  # type: ignore[arg-type]
    ("label in French", lambda: Direction.EXPORT.label("fr"), InvalidValueError, ["'fr'"]),  # type: ignore[arg-type]
    (
        "describe in French",
        lambda: seed_trade_ledger().breakdown(YEAR_2021, "direction").check("52%").describe("fr"),  # type: ignore[arg-type]
        InvalidValueError,
        ["'fr'"],
    ),
    (
        "a stated growth that is not a percent",
        lambda: seed_trade_ledger().breakdown(YEAR_2021, "direction").check("52 USD"),
        InvalidValueError,
        ["'52 USD'"],
    ),
    (
        "a stated total that is a percent",
        lambda: seed_trade_ledger().breakdown(YEAR_2021, "direction").check("52%", "52%"),
        InvalidValueError,
        ["total", "'52%'"],
    ),
    (
        "a stated growth that is a number",
        lambda: seed_trade_ledger().breakdown(YEAR_2021, "direction").check(0.52),  # type: ignore[arg-type]
        InvalidTypeError,
        ["growth", "0.52"],
    ),
    # Columns.
    (
        "columns not a table",
        lambda: TradeLedger().extend_columns([1, 2]),
        InvalidTypeError,
        ["[1, 2]"],
    ),
    ("no value column", _extend(value=None), InvalidValueError, ["'value'", "'direction'"]),
    (
        "columns of different lengths",
        _extend(direction=np.array(["export"])),
        InvalidValueError,
        ["'direction'", "(1,)", "3 rows"],
    ),
    (
        "an unknown direction in a column",
        _extend(direction=np.array(["export", "smuggling", "export"])),
        UnknownCodeError,
        ["column 'direction', row 1", "'smuggling'"],
    ),
    (
        "a missing direction",
        _extend(direction=np.array(["export", None, "export"], dtype=object)),
        InvalidValueError,
        ["column 'direction', row 1", "missing"],
    ),
    (
        "a negative value in a column",
        _extend(value=np.array([1.0, -2.0, 3.0])),
        InvalidValueError,
        ["column 'value', row 1", "-2.0"],
    ),
    (
        "a NaN value",
        _extend(value=np.array([1.0, 2.0, np.nan])),
        InvalidValueError,
        ["column 'value', row 2", "nan"],
    ),
    (
        "a value finer than cents in a column",
        _extend(value=np.array([1.0, 2.005, 3.0])),
        InvalidValueError,
        ["column 'value', row 1", "2.005", "0.01 USD"],
    ),
    (
        "a float value too large",
        _extend(value=np.array([1.0, 1e15, 3.0])),
        InvalidValueError,
        ["column 'value', row 1", "more than"],
    ),
    (
        "a negative int value",
        _extend(value=np.array([1, -2, 3])),
        InvalidValueError,
        ["column 'value', row 1: value is negative, got -2"],
    ),
    (
        "an int value too large",
        _extend(value=np.array([1, 2, 10**15])),
        InvalidValueError,
        ["column 'value', row 2: value is more than", "got 1000000000000000"],
    ),
    (
        "a negative Decimal value",
        _extend(value=np.array([Decimal(1), Decimal(-2), Decimal(3)], dtype=object)),
        InvalidValueError,
        ["column 'value', row 1", "got -2"],
    ),
    (
        "a Decimal finer than cents",
        _extend(value=np.array([Decimal("0.001"), 2, 3], dtype=object)),
        InvalidValueError,
        ["column 'value', row 0", "got 0.001"],
    ),
    (
        "a Decimal too large",
        _extend(value=np.array([Decimal(10) ** 15, 2, 3], dtype=object)),
        InvalidValueError,
        ["column 'value', row 0", "more than"],
    ),
    (
        "text in a value column",
        _extend(value=np.array([1, "2", 3], dtype=object)),
        InvalidTypeError,
        ["column 'value', row 1", "'2'"],
    ),
    (
        "a column of text values",
        _extend(value=np.array(["1", "2", "3"])),
        InvalidTypeError,
        ["column 'value'", "<U1"],
    ),
    (
        "values in another currency",
        lambda: TradeLedger().extend_columns(_columns(), unit="million_VND", measure="customs"),
        InvalidValueError,
        ["'million_VND'", "USD"],
    ),
    (
        "no measure",
        lambda: TradeLedger().extend_columns(_columns()),
        InvalidValueError,
        ["measure"],
    ),
    (
        "an unknown measure in a column",
        _extend(measure=np.array(["customs", "customs", "all"])),
        UnknownCodeError,
        ["column 'measure', row 2", "'all'"],
    ),
    (
        "no days",
        _extend(date=None),
        InvalidValueError,
        ["'date'", "'start' and 'end'"],
    ),
    (
        "a date and a start",
        _extend(start=np.array(["2024-01-01"] * 3)),
        InvalidValueError,
        ["'date'", "not both"],
    ),
    (
        "a day that is not a date",
        _extend(date=np.array(["2024-01-01", "2024-02-30", "2024-01-03"])),
        InvalidValueError,
        ["column 'date'", "2024-02-30"],
    ),
    (
        "a missing day",
        _extend(date=np.array([dt.date(2024, 1, 1), None, dt.date(2024, 1, 3)], dtype=object)),
        InvalidValueError,
        ["column 'date', row 1", "not a date"],
    ),
    (
        "a day after the year 9999",
        _extend(date=np.array(["2024-01-01", "10000-01-01", "2024-01-03"], dtype="datetime64[D]")),
        InvalidValueError,
        ["column 'date', row 1", "10000-01-01"],
    ),
    (
        "an end after the year 9999",
        _extend(
            date=None,
            start=np.array(["2024-01-01"] * 3, dtype="datetime64[D]"),
            end=np.array(["2024-01-31", "10000-01-01", "2024-01-31"], dtype="datetime64[D]"),
        ),
        InvalidValueError,
        ["column 'end', row 1", "10000-01-01"],
    ),
    (
        "a missing time of day",
        _extend(date=np.array(["2024-01-01T08:00", "NaT", "2024-01-03"], dtype="datetime64[ns]")),
        InvalidValueError,
        ["column 'date', row 1", "not a date"],
    ),
    (
        "an end before the start",
        _extend(
            date=None,
            start=np.array(["2024-01-01"] * 3, dtype="datetime64[D]"),
            end=np.array(["2024-01-31", "2023-12-31", "2024-01-31"], dtype="datetime64[D]"),
        ),
        InvalidValueError,
        ["row 1", "2023-12-31", "2024-01-01"],
    ),
    (
        "HS codes without their edition",
        _extend(hs=np.array(["0810", "0810", "0810"])),
        InvalidValueError,
        ["'hs'", "hs_vintage"],
    ),
    (
        "a malformed HS code in a column",
        lambda: TradeLedger().extend_columns(
            _columns(hs=np.array(["0810", "081", "0810"])), measure="customs", hs_vintage="HS2022"
        ),
        InvalidValueError,
        ["column 'hs', row 1", "'081'"],
    ),
    (
        "a bad gate in a column",
        _extend(gate=np.array(["huu-nghi", "Hữu Nghị", None], dtype=object)),
        InvalidValueError,
        ["column 'gate', row 1", "'Hữu Nghị'"],
    ),
    (
        "a gate that is a list",
        _extend(gate=np.array([["a"], None, None], dtype=object)),
        InvalidTypeError,
        ["column 'gate', row 0", "['a']"],
    ),
    (
        "a weight finer than a gram in a column",
        _extend(net_weight=np.array([1.0, 0.0000001, np.nan])),
        InvalidValueError,
        ["column 'net_weight', row 1", "gram"],
    ),
    (
        "a part of a vehicle",
        _extend(vehicles=np.array([1.0, 1.5, np.nan])),
        InvalidValueError,
        ["column 'vehicles', row 1", "1.5", "whole number"],
    ),
    (
        "estimated as text",
        _extend(estimated=np.array(["yes", "no", "no"], dtype=object)),
        InvalidTypeError,
        ["'estimated'", "True or False"],
    ),
    (
        "a source that is text",
        _extend(source=np.array(["seed-003", None, None], dtype=object)),
        InvalidTypeError,
        ["column 'source', row 0", "'seed-003'"],
    ),
    # Comtrade.
    (
        "Comtrade from a VND ledger",
        lambda: TradeLedger(currency="VND").to_comtrade(),
        UnitMismatchError,
        ["US dollars", "VND"],
    ),
    (
        "Comtrade with transit",
        lambda: sample().to_comtrade(),
        InvalidValueError,
        ["flow #4", "transit"],
    ),
    (
        "Comtrade commodities without an HS code",
        lambda: TradeLedger([flow(1, hs=FRUIT), flow(2)]).to_comtrade(),
        InvalidValueError,
        ["flow #1", "no HS code", "digits=None"],
    ),
    ("Comtrade quarterly", lambda: sample().to_comtrade(frequency="Q"), InvalidValueError, ["'Q'"]),
    ("Comtrade at 8 digits", lambda: sample().to_comtrade(digits=8), InvalidValueError, ["8"]),
    (
        "Comtrade reporter",
        lambda: sample().to_comtrade(reporter=-1),
        InvalidValueError,
        ["reporter", "-1"],
    ),
    (
        "Comtrade partner",
        lambda: sample().to_comtrade(partner="CHN"),
        InvalidTypeError,
        ["partner", "'CHN'"],
    ),  # type: ignore[arg-type]
    (
        "Comtrade by month of a yearly flow",
        lambda: TradeLedger([flow(1, period=YEAR_2021)]).to_comtrade(frequency="M", digits=None),
        InvalidValueError,
        ["flow #0", "month"],
    ),
]


@pytest.mark.parametrize(
    ("call", "error", "named"), [row[1:] for row in BAD_INPUTS], ids=[row[0] for row in BAD_INPUTS]
)
def test_bad_input_raises_a_typed_error_naming_it(
    call: Callable[[], object], error: type[DongDangError], named: list[str]
) -> None:
    with pytest.raises(error) as caught:
        call()
    assert type(caught.value) is error
    message = str(caught.value)
    for part in named:
        assert part in message, (part, message)


# -- corners of the columnar path ------------------------------------------------------------------


def test_missing_values_of_every_kind_and_values_that_are_not() -> None:
    ledger = TradeLedger()
    ledger.extend_columns(
        {
            "value": [1, 2, 3],
            "direction": ["export"] * 3,
            "date": ["2024-01-01"] * 3,
            "gate": np.array([pd.NA, pd.NaT, "chi-ma"], dtype=object),
        },
        measure="customs",
    )
    assert [item.gate for item in ledger] == [None, None, "chi-ma"]
    with pytest.raises(InvalidTypeError, match=r"column 'gate', row 0"):
        TradeLedger().extend_columns(
            {
                "value": [1],
                "direction": ["export"],
                "date": ["2024-01-01"],
                "gate": np.array([np.array([1, 2]), None], dtype=object)[:1],
            },
            measure="customs",
        )


def test_a_mapping_is_read_like_a_frame_and_a_frame_keeps_its_currency() -> None:
    columns = {
        "value": [5],
        "direction": ["export"],
        "date": ["2024-01-01"],
        "measure": ["customs"],
    }
    assert TradeLedger.from_frame(columns).total() == amount(5, "USD")
    assert TradeLedger.from_frame(columns, currency="CNY").currency == "CNY"
    frame = pd.DataFrame(columns)
    frame.attrs["currency"] = "VND"
    assert TradeLedger.from_frame(frame).currency == "VND"
    assert TradeLedger.from_frame(pd.DataFrame(columns)).currency == "USD"


def test_a_selection_of_no_flows_in_a_ledger_of_two_measures() -> None:
    ledger = _mixed_ledger()
    assert ledger.total(gate="coc-nam") == amount(0, "USD")
    assert ledger.total(measure="province") == amount(2, "USD")
    assert len(ledger.totals("gate", measure="customs")) == 1


def test_cut_codes_leave_out_the_short_ones_not_selected() -> None:
    ledger = TradeLedger([flow(1, hs=FRUIT), flow(2, hs=HSCode(code="0810", vintage="HS2022"))])
    assert as_fractions(ledger.totals("hs6", hs=FRUIT)) == {(FRUIT.truncate(6),): F(1)}
    assert as_fractions(ledger.totals("hs8", hs=FRUIT)) == {(FRUIT,): F(1)}


def test_sparse_groups_of_many_codes_are_compressed() -> None:
    items = [
        flow(
            i + 1,
            ["export", "import"][i % 2],
            Period.month(2015 + i // 12, i % 12 + 1),
            gate=f"gate-{i}",
            hs=HSCode(code=f"{i + 100:06d}", vintage="HS2022"),
            valuation=["FOB", "CIF", None][i % 3],
            estimated=bool(i % 2),
            measure="customs",
        )
        for i in range(120)
    ]
    ledger = TradeLedger(items)
    by = ("commodity", "gate", "month")
    totals = ledger.totals(by)
    assert len(totals) == 120
    assert as_fractions(totals) == by_hand(items, lambda i: (i.hs, i.gate, month_of(i)))
    fields = ("commodity", "gate", "direction", "valuation", "estimated", "measure")
    table = ledger.growth_table(Granularity.YEAR, by=fields)
    assert len(table.groups) == 120
    year = Period.year(2020)
    item = items[61]
    key = (item.hs, item.gate, item.direction, item.valuation, item.estimated, item.measure)
    assert key[2:5] == (Direction.IMPORT, Valuation.CIF, True)
    assert usd(table.growth(year, key).current) == 62


def test_a_refused_extend_leaves_no_trace() -> None:
    ledger = TradeLedger([flow(1, gate="chi-ma")])
    before = {name: list(codes.items) for name, codes in ledger._vocabularies.items()}

    def failing() -> Iterable[TradeFlow]:
        yield flow(2, gate="coc-nam", note="new", hs=FRUIT)
        raise RuntimeError("the source broke")

    with pytest.raises(RuntimeError):
        ledger.extend(failing())
    with pytest.raises(InvalidValueError):
        ledger.extend([flow(2, gate="na-hinh"), flow(Decimal("0.001"))])
    assert {name: list(codes.items) for name, codes in ledger._vocabularies.items()} == before
    assert len(ledger) == 1
    ledger.add(flow(3, gate="na-hinh"))
    assert [item.gate for item in ledger] == ["chi-ma", "na-hinh"]


def test_answers_do_not_depend_on_the_caller_s_decimal_context() -> None:
    import decimal  # noqa: PLC0415

    def answers() -> tuple[object, ...]:
        ledger = seed_trade_ledger()
        ledger.add(
            flow(Decimal("123456789012.34"), period=YEAR_2021, measure="unverified", growth="1,5%")
        )
        breakdown = ledger.breakdown(YEAR_2021, by="direction")
        check = breakdown.check(growth="52%", total="4.270 triệu USD")
        return (
            ledger.total(),
            breakdown.total.previous,
            breakdown.contributions(),
            check.bounds,
            check.total_difference,
        )

    expected = answers()
    with decimal.localcontext() as context:
        context.prec = 3
        context.Emax = 20
        assert answers() == expected


@given(
    value=st.integers(min_value=1, max_value=10**12),
    tenths=st.integers(min_value=-999, max_value=100_000),
)
def test_a_stated_growth_is_given_back_exactly(value: int, tenths: int) -> None:
    """The previous value implied from a printed growth gives that growth back, not 0.1229…"""
    printed = f"{abs(tenths) // 10},{abs(tenths) % 10}%"
    stated = ("-" if tenths < 0 else "") + printed
    ledger = TradeLedger([flow(value, period=YEAR_2021, growth=stated)])
    growth = ledger.growth(YEAR_2021)
    assert growth.basis is GrowthBasis.STATED
    assert growth.rate is not None
    assert fraction(growth.rate) == F(tenths, 1000)
    assert growth.matches_stated() is True


def test_a_growth_table_compares_by_its_cells_and_shows_on_one_line() -> None:
    ledger = TradeLedger([flow(Decimal(5)), flow(Decimal(7))])
    table = ledger.growth_table("month")
    assert table == TradeLedger([flow(Decimal(5)), flow(Decimal(7))]).growth_table("month")
    assert table != TradeLedger([flow(Decimal(6))]).growth_table("month")
    assert table != "a table"
    assert "\n" not in repr(table)
    assert repr(table).startswith("<GrowthTable by month: 1 groups × 1 periods (")
    with pytest.raises(TypeError, match="unhashable"):
        hash(table)


@pytest.mark.parametrize(
    ("make", "name", "value", "words"),
    [
        (lambda: HSCode(code="0810", vintage="HS2022").truncate(6), "digits", 6, ["'0810'"]),
        (lambda: HSCode.parse("081", vintage="HS2022"), "code", "081", ["an HS code", "'081'"]),
        (lambda: flow(growth="-100%"), "growth", "-100%", ["100%"]),
        (lambda: TradeLedger().totals(("gate", "gate")), "field to group by", "gate", ["twice"]),
        (lambda: TradeLedger().totals(("month", "year")), "by", ("month", "year"), ["one time"]),
        (
            lambda: TradeLedger().extend_columns(
                {"value": [1], "direction": ["import"], "date": [dt.date(2025, 1, 1)]},
                measure="customs",
                unit="VND",
            ),
            "unit",
            "VND",
            ["'VND'", "USD"],
        ),
        (
            lambda: TradeLedger().extend_columns(
                {
                    "value": [1],
                    "direction": ["import"],
                    "date": [dt.date(2025, 1, 1)],
                    "gate": ["Chi Ma"],
                },
                measure="customs",
            ),
            "gate",
            "Chi Ma",
            ["column 'gate', row 0", "'Chi Ma'"],
        ),
    ],
)
def test_trade_errors_carry_the_input_and_survive_pickle(
    make: Callable[[], object], name: str, value: object, words: list[str]
) -> None:
    with pytest.raises(InvalidValueError) as caught:
        make()
    error = caught.value
    assert (error.name, error.value) == (name, value)
    for word in words:
        assert word in str(error)
    again = pickle.loads(pickle.dumps(error))  # noqa: S301 - our own object
    assert type(again) is type(error)
    assert str(again) == str(error)
    assert vars(again) == vars(error)


def test_an_hs_cut_names_the_levels_it_accepts() -> None:
    with pytest.raises(InvalidValueError) as caught:
        HSCode(code="0810", vintage="HS2022").truncate(6)
    assert caught.value.accepted == (2, 4)
    assert str(caught.value) == "HS code '0810': digits must be one of 2, 4, got 6"


@pytest.mark.parametrize(
    ("make", "name", "value"),
    [
        (lambda: HSCode.parse(810, vintage="HS2022"), "an HS code", 810),  # type: ignore[arg-type]
        (lambda: TradeLedger([5]), "flows[0]", 5),  # type: ignore[list-item]
        (lambda: TradeLedger()["0"], "a ledger row", "0"),  # type: ignore[index]
        (lambda: flow(growth=12), "growth", 12),
    ],
)
def test_trade_type_errors_carry_the_input_and_survive_pickle(
    make: Callable[[], object], name: str, value: object
) -> None:
    with pytest.raises(InvalidTypeError) as caught:
        make()
    error = caught.value
    assert (error.name, error.value) == (name, value)
    assert str(error).startswith(f"{name} must be ")
    again = pickle.loads(pickle.dumps(error))  # noqa: S301 - our own object
    assert (type(again), str(again), vars(again)) == (type(error), str(error), vars(error))


def test_a_flow_in_another_currency_names_it_and_the_ledgers() -> None:
    with pytest.raises(UnitMismatchError) as caught:
        TradeLedger([flow(), flow(5, unit="VND")])
    error = caught.value
    assert (error.name, error.expected) == ("flows[1]", "in the currency of the ledger (USD)")
    assert error.value == amount(5, "VND")
    assert "flows[1] must be in the currency of the ledger (USD), got 5 VND" in str(error)
    again = pickle.loads(pickle.dumps(error))  # noqa: S301 - our own object
    assert (str(again), again.name, again.value) == (str(error), "flows[1]", amount(5, "VND"))
