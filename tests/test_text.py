"""Reading and writing report figures: amounts, percents, bare numbers and qualifiers."""

from __future__ import annotations

import decimal
import unicodedata
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bad_inputs import assert_carries
from dongdang import (
    Figure,
    InvalidTypeError,
    InvalidValueError,
    ParseError,
    Qualifier,
    UnitMismatchError,
    amount,
    format_amount,
    format_number,
    format_percent,
    parse_amount,
    parse_number,
    parse_percent,
    read_figure,
    ureg,
)
from dongdang._decimal import MAX_EXPONENT
from dongdang.text import normalize_text, unit_phrase
from strategies import languages as shared_languages

if TYPE_CHECKING:
    from collections.abc import Callable

    from dongdang import Quantity
    from dongdang.periods import Language
    from dongdang.units import Unit

SEEDS = Path(__file__).resolve().parents[2] / "shared" / "seeds"
LANGUAGES: list[Language] = ["vi", "en"]
#: (group separator, decimal mark) written by hand, not taken from dongdang.
MARKS = {"vi": (".", ","), "en": (",", ".")}


# -- independent number writing and rounding ---------------------------------------------

#: Wide enough that quantize and scaleb never round what they should not.
BIG = decimal.Context(
    prec=10_000, rounding=decimal.ROUND_HALF_UP, Emax=10**6, Emin=-(10**6), traps=[]
)


def _half_up(value: Decimal, places: int) -> Decimal:
    """Round half away from zero, as Vietnamese reports do."""
    return value.quantize(Decimal(f"1e-{places}"), context=BIG)


def _group(digits: str, separator: str) -> str:
    """Group a string of digits by threes from the right."""
    head = len(digits) % 3 or 3
    return separator.join(
        [digits[:head], *(digits[i : i + 3] for i in range(head, len(digits), 3))]
    )


def _write(
    whole: int, fraction: str, lang: Language, *, grouped: bool = True, sign: str = ""
) -> str:
    group, mark = MARKS[lang]
    digits = _group(str(whole), group) if grouped else str(whole)
    return f"{sign}{digits}{mark}{fraction}" if fraction else f"{sign}{digits}"


def _value(whole: int, fraction: str, *, negative: bool = False) -> Decimal:
    return Decimal(f"{'-' if negative else ''}{whole}.{fraction or '0'}")


# -- strategies -------------------------------------------------------------------------

languages = shared_languages()
wholes = st.integers(min_value=0, max_value=10**18)
fractions = st.text(alphabet="0123456789", max_size=8)
signs = st.sampled_from(["", "-", "\u2212"])
places = st.none() | st.integers(min_value=0, max_value=8)
finite = st.decimals(
    min_value=-(Decimal(10) ** 20),
    max_value=Decimal(10) ** 20,
    allow_nan=False,
    allow_infinity=False,
)
magnitudes = st.decimals(
    min_value=-(Decimal(10) ** 15),
    max_value=Decimal(10) ** 15,
    places=4,
    allow_nan=False,
    allow_infinity=False,
)

#: What a phrase of a report names in the registry, written by hand.
UNIT_PHRASES = {
    "đồng": "VND",
    "VNĐ": "VND",
    "vnd": "VND",
    "đ": "VND",
    "₫": "VND",
    "nghìn đồng": "thousand_VND",
    "ngàn đồng": "thousand_VND",
    "triệu đồng": "million_VND",
    "Triệu  Đồng": "million_VND",
    "tỷ đồng": "billion_VND",
    "tỉ đồng": "billion_VND",
    "TỶ ĐỒNG": "billion_VND",
    "nghìn tỷ đồng": "trillion_VND",
    "ngàn tỷ đồng": "trillion_VND",
    "USD": "USD",
    "triệu USD": "million_USD",
    "tỷ USD": "billion_USD",
    "đô la Mỹ": "USD",
    "đô–la Mỹ": "USD",
    "nhân dân tệ": "CNY",
    "triệu nhân dân tệ": "million_CNY",
    "tệ": "CNY",
    "NDT": "CNY",
    "million VND": "million_VND",
    "billion USD": "billion_USD",
    "thousand CNY": "thousand_CNY",
    "trillion VND": "trillion_VND",
    "US dollars": "USD",
    "yuan": "CNY",
    "RMB": "CNY",
    "ha": "hectare",
    "hecta": "hectare",
    "héc-ta": "hectare",
    "héc ta": "hectare",
    "hectares": "hectare",
    "km²": "square_kilometre",
    "km2": "square_kilometre",
    "m²": "square_metre",
    "km": "kilometre",
    "tấn": "tonne",
    "tonnes": "tonne",
    "kg": "kilogram",
    "kWh": "kilowatt_hour",
    "kwh": "kilowatt_hour",
    "KWh": "kilowatt_hour",
    "triệu kWh": "million_kilowatt_hour",
    "tỷ kwh": "billion_kilowatt_hour",
    "billion kWh": "billion_kilowatt_hour",
    "lượt xe": "vehicle_trip",
    "lượt": "vehicle_trip",
    "vehicle trips": "vehicle_trip",
    "xe": "vehicle",
    "phương tiện": "vehicle",
    "container": "container",
    "containers": "container",
    "toa": "railcar",
    "toa xe": "railcar",
    "ngày": "day",
    "days": "day",
    "đồng/lượt": "VND / vehicle_trip",
    "triệu đồng/lượt xe": "million_VND / vehicle_trip",
    "đồng/lượt/xe": "VND / vehicle_trip",
    "đồng / lượt / xe": "VND / vehicle_trip",
    "đồng/tấn": "VND / tonne",
    "đồng/kWh": "VND / kilowatt_hour",
    "xe/ngày": "vehicle / day",
    "USD/container": "USD / container",
    "VND per trip": "VND / vehicle_trip",
    "USD per tonne": "USD / tonne",
    "vehicles per day": "vehicle / day",
    "VND per railcar": "VND / railcar",
}

#: The words before a figure and what they say, written by hand.
QUALIFIER_WORDS = {
    "trên": Qualifier.AT_LEAST,
    "hơn": Qualifier.AT_LEAST,
    "over": Qualifier.AT_LEAST,
    "more than": Qualifier.AT_LEAST,
    "gần": Qualifier.AT_MOST,
    "nearly": Qualifier.AT_MOST,
    "almost": Qualifier.AT_MOST,
    "dưới": Qualifier.BELOW,
    "under": Qualifier.BELOW,
    "less than": Qualifier.BELOW,
    "khoảng": Qualifier.ABOUT,
    "xấp xỉ": Qualifier.ABOUT,
    "ước": Qualifier.ESTIMATE,
    "ước đạt": Qualifier.ESTIMATE,
    "ước tính": Qualifier.ESTIMATE,
    "ước thực hiện": Qualifier.ESTIMATE,
    "dự ước": Qualifier.ESTIMATE,
    "estimated": Qualifier.ESTIMATE,
    "about": Qualifier.ABOUT,
    "approximately": Qualifier.ABOUT,
    "around": Qualifier.ABOUT,
}

#: Report units by family: (registry unit, power of ten, Vietnamese words, English words).
Row = tuple[str, int, str, str]
_CURRENCY_WORDS = {"VND": ("đồng", "VND"), "USD": ("USD", "USD"), "CNY": ("nhân dân tệ", "CNY")}
_SCALES = [
    ("", 0, "", ""),
    ("thousand_", 3, "nghìn ", "thousand "),
    ("million_", 6, "triệu ", "million "),
    ("billion_", 9, "tỷ ", "billion "),
    ("trillion_", 12, "nghìn tỷ ", "trillion "),
]
FAMILIES: list[list[Row]] = [
    *(
        [(prefix + code, power, vi + vi_code, en + en_code) for prefix, power, vi, en in _SCALES]
        for code, (vi_code, en_code) in _CURRENCY_WORDS.items()
    ),
    [
        ("square_metre", 0, "m²", "m²"),
        ("hectare", 4, "ha", "ha"),
        ("square_kilometre", 6, "km²", "km²"),
    ],
    [("kilogram", 0, "kg", "kg"), ("tonne", 3, "tấn", "tonnes")],
    [
        ("kilowatt_hour", 0, "kWh", "kWh"),
        ("thousand_kilowatt_hour", 3, "nghìn kWh", "thousand kWh"),
        ("million_kilowatt_hour", 6, "triệu kWh", "million kWh"),
        ("billion_kilowatt_hour", 9, "tỷ kWh", "billion kWh"),
    ],
    [("kilometre", 0, "km", "km")],
    [("vehicle_trip", 0, "lượt xe", "vehicle trips")],
    [("vehicle", 0, "xe", "vehicles")],
    [("container", 0, "container", "containers")],
    [("railcar", 0, "toa", "railcars")],
    [("day", 0, "ngày", "days")],
    [
        ("VND / vehicle_trip", 0, "đồng/lượt", "VND per trip"),
        ("thousand_VND / vehicle_trip", 3, "nghìn đồng/lượt", "thousand VND per trip"),
        ("million_VND / vehicle_trip", 6, "triệu đồng/lượt", "million VND per trip"),
    ],
    [("USD / tonne", 0, "USD/tấn", "USD per tonne")],
    [("vehicle / day", 0, "xe/ngày", "vehicles per day")],
    [("USD / container", 0, "USD/container", "USD per container")],
    [("VND / railcar", 0, "đồng/toa", "VND per railcar")],
    [("CNY / vehicle", 0, "nhân dân tệ/xe", "CNY per vehicle")],
    [("thousand_VND / hectare", 0, "nghìn đồng/ha", "thousand VND per ha")],
]


@st.composite
def numbers_written(draw: st.DrawFn, lang: Language) -> tuple[str, Decimal, int]:
    """A well-formed number as a report writes it, with its value and decimals."""
    whole, fraction = draw(wholes), draw(fractions)
    sign = draw(signs)
    text = _write(whole, fraction, lang, grouped=draw(st.booleans()), sign=sign)
    return text, _value(whole, fraction, negative=bool(sign)), len(fraction)


# -- reading numbers ------------------------------------------------------------------------


@given(wholes, fractions, signs)
def test_parse_number_reads_any_well_formed_vietnamese_number(
    whole: int, fraction: str, sign: str
) -> None:
    text = _write(whole, fraction, "vi", sign=sign)
    assert parse_number(text) == _value(whole, fraction, negative=bool(sign))
    assert parse_number(text, "vi") == parse_number(text)


@given(wholes, fractions, signs)
def test_parse_number_reads_any_well_formed_english_number(
    whole: int, fraction: str, sign: str
) -> None:
    text = _write(whole, fraction, "en", sign=sign)
    assert parse_number(text, lang="en") == _value(whole, fraction, negative=bool(sign))


@given(wholes, fractions, languages)
def test_parse_number_reads_numbers_written_without_groups(
    whole: int, fraction: str, lang: Language
) -> None:
    text = _write(whole, fraction, lang, grouped=False)
    assert parse_number(text, lang) == _value(whole, fraction)


@given(
    st.data(),
    languages,
    st.sampled_from(sorted(UNIT_PHRASES)),
    st.sampled_from(["", " ", "\u00a0"]),
)
def test_parse_amount_reads_number_and_unit(
    data: st.DataObject, lang: Language, phrase: str, pad: str
) -> None:
    number, value, decimals = data.draw(numbers_written(lang))
    text = f"{pad}{number}{pad} {phrase}{pad}"
    quantity = parse_amount(text, lang)
    assert quantity.units == ureg.Unit(UNIT_PHRASES[phrase])
    assert isinstance(quantity.magnitude, Decimal)
    assert quantity.magnitude == value
    figure = read_figure(text, lang)
    assert figure.decimals == decimals
    assert figure.span == (len(pad), len(text) - len(pad))
    assert figure.qualifier is None
    assert figure.quantity == quantity


@given(st.data(), languages, st.sampled_from(["%", " %"]))
def test_parse_percent_reads_a_fraction(data: st.DataObject, lang: Language, sign: str) -> None:
    number, value, decimals = data.draw(numbers_written(lang))
    fraction = parse_percent(number + sign, lang)
    assert fraction == value.scaleb(-2, BIG)
    figure = read_figure(number + sign, lang)
    assert (figure.unit, figure.value, figure.decimals) == ("percent", value, decimals)
    assert figure.fraction == fraction


def test_parse_number_takes_the_figure_as_printed() -> None:
    assert parse_number("278.718") == Decimal(278718)
    assert parse_number("278.718", lang="en") == Decimal("278.718")
    assert parse_number("344,8") == Decimal("344.8")
    assert parse_number("06") == 6
    assert parse_number("1.234.567,891") == Decimal("1234567.891")
    assert parse_number("1,234,567.891", "en") == Decimal("1234567.891")
    assert parse_number("-12,5") == Decimal("-12.5")
    assert parse_number("\u221212,5") == Decimal("-12.5")
    assert parse_number(unicodedata.normalize("NFD", "  1.000  ")) == 1000


def test_read_figure_keeps_how_many_decimals_were_printed() -> None:
    figure = read_figure("14,40%")
    assert figure.value == Decimal("14.4")
    assert figure.decimals == 2
    assert read_figure("278.718 triệu đồng").decimals == 0
    assert read_figure("1.000,000").decimals == 3


# -- reading the seeds ------------------------------------------------------------------------

SEED_AMOUNTS = [
    # (seed, text, unit as printed, magnitude, in base units)
    # Seed 002 prints the fee with two spaces; the one-space form is how it is usually written.
    (None, "278.718 triệu đồng", "million_VND", "278718", ("VND", "278718000000")),
    # ... and its "double space" is a no-break space and a space.
    ("002", "278.718\u00a0 triệu đồng", "million_VND", "278718", ("VND", "278718000000")),
    (None, "278.718  triệu đồng", "million_VND", "278718", ("VND", "278718000000")),
    ("002", "234.433 triệu đồng", "million_VND", "234433", ("VND", "234433000000")),
    ("002", "44.285 triệu đồng", "million_VND", "44285", ("VND", "44285000000")),
    ("000", "344,8 tỷ đồng", "billion_VND", "344.8", ("VND", "344800000000")),
    ("000", "52,6 tỷ đồng", "billion_VND", "52.6", ("VND", "52600000000")),
    ("003", "4.270 triệu USD", "million_USD", "4270", ("USD", "4270000000")),
    ("003", "1.370 triệu USD", "million_USD", "1370", ("USD", "1370000000")),
    ("003", "2.900 triệu USD", "million_USD", "2900", ("USD", "2900000000")),
    ("003", "664.127 triệu đồng", "million_VND", "664127", ("VND", "664127000000")),
    ("003", "100.751 triệu đồng", "million_VND", "100751", ("VND", "100751000000")),
    ("003", "215.385 lượt xe", "vehicle_trip", "215385", ("vehicle_trip", "215385")),
    ("004", "102.681 triệu đồng", "million_VND", "102681", ("VND", "102681000000")),
]


@pytest.mark.parametrize(("seed", "text", "unit", "magnitude", "base"), SEED_AMOUNTS)
def test_seed_amounts_are_exact(
    seed: str | None, text: str, unit: str, magnitude: str, base: tuple[str, str]
) -> None:
    del seed
    quantity = parse_amount(text)
    assert quantity.units == ureg.Unit(unit)
    assert quantity.magnitude == Decimal(magnitude)
    assert quantity == ureg.Quantity(Decimal(base[1]), base[0])
    assert quantity != ureg.Quantity(Decimal(base[1]) + 1, base[0])


def test_the_disbursed_figure_of_seed_004_is_exact() -> None:
    # "giải ngân được 42.119/102.681 triệu đồng": the first figure takes the unit of the second.
    disbursed = parse_number("42.119")
    assert disbursed == 42119
    assert parse_amount("42.119 triệu đồng") == ureg.Quantity(Decimal(42119000000), "VND")


SEED_PERCENTS = [
    ("003", "178,26%", "1.7826"),
    ("002", "14,4%", "0.144"),
    ("000", "51,2 %", "0.512"),
    ("000", "89,6%", "0.896"),
    ("004", "41%", "0.41"),
    ("000", "21,5%", "0.215"),
    ("003", "40,2%", "0.402"),
    ("003", "52%", "0.52"),
    ("003", "12,3%", "0.123"),
    ("003", "82,4%", "0.824"),
    ("003", "37,5%", "0.375"),
    ("002", "14,1%", "0.141"),
    ("002", "17,5%", "0.175"),
]


@pytest.mark.parametrize(("seed", "text", "fraction"), SEED_PERCENTS)
def test_seed_percents_read_as_fractions(seed: str, text: str, fraction: str) -> None:
    del seed
    result = parse_percent(text)
    assert isinstance(result, Decimal)
    assert result == Decimal(fraction)


SEED_QUALIFIED = [
    # The seed quoted, the text, what the word says, the word, the value, the unit.
    ("000", "trên 344,8 tỷ đồng", Qualifier.AT_LEAST, "trên", "344.8", "billion_VND"),
    ("000", "trên 52,6 tỷ đồng", Qualifier.AT_LEAST, "trên", "52.6", "billion_VND"),
    ("003", "ước đạt 4.270 triệu USD", Qualifier.ESTIMATE, "ước đạt", "4270", "million_USD"),
    (None, "gần 50%", Qualifier.AT_MOST, "gần", "50", "percent"),
    (None, "khoảng 100 ha", Qualifier.ABOUT, "khoảng", "100", "hectare"),
    (None, "xấp xỉ 1.370 triệu USD", Qualifier.ABOUT, "xấp xỉ", "1370", "million_USD"),
    (None, "ước 2.900 triệu USD", Qualifier.ESTIMATE, "ước", "2900", "million_USD"),
    (None, "dưới 5 tấn", Qualifier.BELOW, "dưới", "5", "tonne"),
    (None, "hơn 215.385 lượt xe", Qualifier.AT_LEAST, "hơn", "215385", "vehicle_trip"),
    (None, "Trên 344,8 tỷ đồng", Qualifier.AT_LEAST, "Trên", "344.8", "billion_VND"),
    (None, "khoảng 06", Qualifier.ABOUT, "khoảng", "6", None),
]


@pytest.mark.parametrize(("seed", "text", "qualifier", "word", "value", "unit"), SEED_QUALIFIED)
def test_read_figure_keeps_the_qualifier(  # noqa: PLR0917 - one argument per column
    seed: str | None, text: str, qualifier: Qualifier, word: str, value: str, unit: str | None
) -> None:
    del seed
    figure = read_figure(text)
    assert figure.qualifier is qualifier
    assert figure.qualifier_word == word
    assert figure.value == Decimal(value)
    assert figure.unit == unit
    assert figure.text == text
    assert figure.span == (0, len(text))


def test_a_qualified_amount_keeps_its_quantity() -> None:
    figure = read_figure("trên 344,8 tỷ đồng")
    assert figure.quantity == ureg.Quantity(Decimal(344800000000), "VND")
    assert figure.quantity.units == ureg.Unit("billion_VND")


@pytest.mark.parametrize(
    "text",
    [
        *(row[1] for row in SEED_AMOUNTS if row[0] is not None),
        *(row[1] for row in SEED_PERCENTS),
        *(row[1] for row in SEED_QUALIFIED if row[0] is not None),
    ],
)
def test_worked_examples_are_quoted_from_the_seeds(text: str) -> None:
    if not SEEDS.is_dir():
        pytest.skip(f"the seed articles are not at {SEEDS}")
    articles = [path.read_text(encoding="utf-8") for path in sorted(SEEDS.glob("*.txt"))]
    assert any(text in article for article in articles)


@given(
    data=st.data(),
    word=st.sampled_from(sorted(QUALIFIER_WORDS)),
    case=st.sampled_from([str.lower, str.capitalize, str.upper]),
    pad=st.sampled_from(["", " ", "  "]),
    unit=st.sampled_from(["", " triệu đồng", " ha", "%", " %", " lượt xe"]),
    lang=languages,
)
def test_read_figure_keeps_any_qualifier(
    *,
    data: st.DataObject,
    word: str,
    case: Callable[[str], str],
    pad: str,
    unit: str,
    lang: Language,
) -> None:
    number, value, decimals = data.draw(numbers_written(lang))
    written = case(word)
    core = f"{written} {pad}{number}{unit}"
    text = f"{pad}{core}{pad}"
    figure = read_figure(text, lang)
    assert figure.qualifier is QUALIFIER_WORDS[word]
    assert figure.qualifier_word == written
    assert figure.value == value
    assert figure.decimals == decimals
    assert figure.span == (len(pad), len(pad) + len(core))
    # The strict readers refuse a qualified figure rather than drop the word.
    for reader in (parse_number, parse_amount, parse_percent):
        with pytest.raises(ParseError, match="qualified") as caught:
            reader(text, lang)
        assert caught.value.position == len(pad)


# -- writing -------------------------------------------------------------------------------------


@given(finite, languages, places)
def test_parse_number_reads_back_format_number(
    value: Decimal, lang: Language, decimals: int | None
) -> None:
    text = format_number(value, lang, decimals)
    expected = value if decimals is None else _half_up(value, decimals)
    assert parse_number(text, lang) == expected
    if decimals is not None:
        assert read_figure(text, lang).decimals == decimals


@given(finite, languages, places)
def test_parse_percent_reads_back_format_percent(
    fraction: Decimal, lang: Language, decimals: int | None
) -> None:
    text = format_percent(fraction, lang, decimals)
    assert text.endswith("%")
    percent = fraction.scaleb(2, BIG)
    expected = fraction if decimals is None else _half_up(percent, decimals).scaleb(-2, BIG)
    assert parse_percent(text, lang) == expected


@given(st.data(), st.sampled_from(FAMILIES), magnitudes, languages, places)
def test_parse_amount_reads_back_format_amount(
    data: st.DataObject,
    family: list[Row],
    magnitude: Decimal,
    lang: Language,
    decimals: int | None,
) -> None:
    source = data.draw(st.sampled_from(family))
    target = data.draw(st.sampled_from(family))
    specs: list[str | Unit] = [target[0], target[2], target[3], ureg.Unit(target[0])]
    spec = data.draw(st.sampled_from(specs))
    quantity = ureg.Quantity(magnitude, source[0])
    text = format_amount(quantity, spec, lang, decimals)
    assert text.endswith(" " + (target[2] if lang == "vi" else target[3]))
    exact = magnitude.scaleb(source[1] - target[1], BIG)
    expected = exact if decimals is None else _half_up(exact, decimals)
    back = parse_amount(text, lang)
    assert back.units == ureg.Unit(target[0])
    assert back.magnitude == expected


def test_format_amount_worked_examples() -> None:
    fee = ureg.Quantity(Decimal(278718000000), "VND")
    assert format_amount(fee, "triệu đồng") == "278.718 triệu đồng"
    assert format_amount(fee, "million_VND", lang="en") == "278,718 million VND"
    assert format_amount(fee, "tỷ đồng") == "278,718 tỷ đồng"
    assert format_amount(fee, "tỷ đồng", decimals=1) == "278,7 tỷ đồng"
    assert format_amount(fee, ureg.Unit("billion_VND"), "en", 2) == "278.72 billion VND"
    assert format_amount(parse_amount("278.718  triệu đồng"), "triệu đồng") == "278.718 triệu đồng"
    assert format_amount(parse_amount("100.751 triệu đồng"), "tỷ đồng", decimals=1) == (
        "100,8 tỷ đồng"
    )
    turnover = parse_amount("4.270 triệu USD")
    assert format_amount(turnover, "billion_USD", "en", 2) == "4.27 billion USD"
    assert format_amount(turnover, "tỷ USD") == "4,27 tỷ USD"
    trips = parse_amount("215.385 lượt xe")
    assert format_amount(trips, "lượt xe") == "215.385 lượt xe"
    assert format_amount(trips, "vehicle_trip", "en") == "215,385 vehicle trips"
    per_trip = ureg.Quantity(Decimal(467768), "VND / vehicle_trip")
    assert format_amount(per_trip, "đồng/lượt") == "467.768 đồng/lượt"
    assert format_amount(per_trip, "đồng/lượt", "en") == "467,768 VND per trip"
    assert format_amount(amount(143.7, "hectare"), "km²", "en") == "1.437 km²"


def test_unit_phrase_speaks_both_languages() -> None:
    assert unit_phrase("million_USD") == "triệu USD"
    assert unit_phrase("million_USD", "en") == "million USD"
    assert unit_phrase("VND / vehicle_trip") == "đồng/lượt"
    assert unit_phrase("đồng/lượt", "en") == "VND per trip"
    assert unit_phrase(ureg.Unit("tonne")) == "tấn"
    assert unit_phrase("t", "en") == "tonnes"


@pytest.mark.parametrize(
    ("fraction", "vi", "en"),
    [
        (Decimal("0.144"), "14,4%", "14.4%"),
        (Decimal("1.7826"), "178,26%", "178.26%"),
        (Decimal("0.41"), "41%", "41%"),
        (Decimal("0.5120"), "51,2%", "51.2%"),
        (Decimal("12.345"), "1.234,5%", "1,234.5%"),
        (Decimal("-0.215"), "-21,5%", "-21.5%"),
        (0.896, "89,6%", "89.6%"),
        (1, "100%", "100%"),
    ],
)
def test_format_percent_worked_examples(fraction: Decimal | float, vi: str, en: str) -> None:
    assert format_percent(fraction) == vi
    assert format_percent(fraction, lang="en") == en


@pytest.mark.parametrize(
    ("value", "decimals", "vi", "half_even"),
    [
        # Half up and half even agree here ...
        (Decimal("0.14350"), 1, "14,4%", "14,4%"),
        # ... and differ here: reports round 1,25 to 1,3.
        (Decimal("0.0125"), 1, "1,3%", "1,2%"),
        (Decimal("0.14250"), 1, "14,3%", "14,2%"),
        (Decimal("0.51955"), 1, "52,0%", "52,0%"),
        (Decimal("-0.0125"), 1, "-1,3%", "-1,2%"),
        (Decimal("0.00125"), 2, "0,13%", "0,12%"),
    ],
)
def test_format_percent_rounds_half_up(
    value: Decimal, decimals: int, vi: str, half_even: str
) -> None:
    assert format_percent(value, decimals=decimals) == vi
    # The half-even answer, written independently, shows the case tells them apart or not.
    even = value.scaleb(2, BIG).quantize(
        Decimal(f"1e-{decimals}"), rounding=decimal.ROUND_HALF_EVEN, context=BIG
    )
    assert f"{even}%".replace(".", ",") == half_even


@pytest.mark.parametrize(
    ("value", "lang", "decimals", "text"),
    [
        (Decimal(278718), "vi", None, "278.718"),
        (Decimal(278718), "en", None, "278,718"),
        (Decimal("1234567.891"), "vi", None, "1.234.567,891"),
        (Decimal("1234567.891"), "en", None, "1,234,567.891"),
        (Decimal("14.400"), "vi", None, "14,4"),
        (Decimal("1.2E+3"), "vi", None, "1.200"),
        (Decimal("14.35"), "vi", 1, "14,4"),
        (Decimal("2.5"), "vi", 0, "3"),
        (Decimal("-2.5"), "vi", 0, "-3"),
        (Decimal("0.125"), "en", 2, "0.13"),
        (Decimal("344.8"), "vi", 3, "344,800"),
        (Decimal("-0.04"), "vi", 1, "0,0"),
        (Decimal("-0.000"), "vi", None, "0"),
        (Decimal("999.95"), "vi", 1, "1.000,0"),
        (344.8, "vi", None, "344,8"),
        (52, "en", None, "52"),
    ],
)
def test_format_number_worked_examples(
    value: Decimal | float, lang: Language, decimals: int | None, text: str
) -> None:
    assert format_number(value, lang, decimals) == text


def test_reading_and_writing_ignore_the_callers_decimal_context() -> None:
    with decimal.localcontext(prec=3, rounding=decimal.ROUND_DOWN):
        assert parse_percent("178,26%") == Decimal("1.7826")
        assert parse_number("278.718,5") == Decimal("278718.5")
        assert format_number(Decimal("278718.5")) == "278.718,5"
        assert format_number(Decimal("0.125"), decimals=2) == "0,13"
        assert format_percent(Decimal("1.7826")) == "178,26%"
        fee = parse_amount("278.718 triệu đồng")
        assert format_amount(fee, "tỷ đồng") == "278,718 tỷ đồng"


@given(st.text(max_size=30), languages)
def test_read_figure_returns_a_figure_or_raises_parse_error(text: str, lang: Language) -> None:
    try:
        figure = read_figure(text, lang)
    except ParseError as error:
        failure = error
    else:
        assert isinstance(figure, Figure)
        assert figure.text == normalize_text(text)
        return
    normal = normalize_text(text)
    assert failure.text == normal
    assert 0 <= failure.position <= len(normal)
    assert repr(normal) in str(failure)


@given(st.text(alphabet="0123456789.,-% ", max_size=20), languages)
def test_a_number_read_is_written_back_the_same_value(text: str, lang: Language) -> None:
    try:
        figure = read_figure(text, lang)
    except ParseError:
        return
    written = format_number(figure.value, lang, figure.decimals)
    assert read_figure(written, lang).value == figure.value


# -- refusals ------------------------------------------------------------------------------

#: (reader, text, lang, where the error points, a word of the reason)
PARSE_ERRORS: list[tuple[Callable[..., object], str, str, int, str]] = [
    (parse_amount, "344.8 tỷ đồng", "vi", 3, "three digits"),
    (parse_amount, "1,234.5 triệu USD", "vi", 5, "after the decimal part"),
    (parse_number, "12.34", "vi", 2, "three digits"),
    (parse_number, "1.2345", "vi", 1, "three digits"),
    (parse_number, "1234.567", "vi", 0, "1 to 3 digits"),
    (parse_number, "1.234.5678", "vi", 5, "three digits"),
    (parse_number, "12.345.6", "vi", 6, "three digits"),
    (parse_number, "1.234,5,6", "vi", 7, "after the decimal part"),
    (parse_amount, "4,27 triệu USD", "en", 1, "three digits"),
    (parse_number, "12,34", "en", 2, "three digits"),
    (parse_number, "1.234,5", "en", 5, "after the decimal part"),
    (parse_number, "1234,567", "en", 0, "1 to 3 digits"),
    (parse_number, "abc", "vi", 0, "expected a number"),
    (parse_number, ",5", "vi", 0, "expected a number"),
    (parse_number, "-", "vi", 1, "expected a number"),
    (parse_number, "trên", "vi", 0, "expected a number"),
    (parse_number, "", "vi", 0, "empty"),
    (parse_number, "   ", "vi", 0, "empty"),
    (parse_amount, "\u00a0\n", "en", 0, "empty"),
    (parse_amount, "5 cửa khẩu", "vi", 2, "unknown unit 'cửa khẩu'"),
    (parse_amount, "  5   cửa khẩu ", "vi", 6, "unknown unit 'cửa khẩu'"),
    (parse_amount, "5 đồng/xyz", "vi", 2, "unknown unit"),
    (parse_amount, "5 xyz/lượt", "vi", 2, "unknown unit"),
    (parse_amount, "100.751 triệu đồng/215.385 lượt xe", "vi", 8, "unknown unit"),
    (read_figure, "5 %%", "vi", 2, "unknown unit"),
    (parse_percent, "14,4", "vi", 4, "percent sign"),
    (parse_percent, "52,6 tỷ đồng", "vi", 12, "percent sign"),
    (parse_amount, "14,4%", "vi", 0, "amount with a unit"),
    (parse_amount, "278.718", "vi", 0, "amount with a unit"),
    (parse_number, "5 ha", "vi", 0, "bare number"),
    (parse_number, "14,4%", "vi", 0, "bare number"),
    (parse_amount, "trên 344,8 tỷ đồng", "vi", 0, "qualified by 'trên'"),
    (parse_amount, "  gần 5 tỷ đồng", "vi", 2, "qualified by 'gần'"),
    (parse_percent, "khoảng 14,4%", "vi", 0, "qualified by 'khoảng'"),
    (parse_number, "xấp xỉ 5", "vi", 0, "qualified by 'xấp xỉ'"),
    (parse_amount, "over 5 USD", "en", 0, "qualified by 'over'"),
]


@pytest.mark.parametrize(
    ("reader", "text", "lang", "position", "reason"),
    PARSE_ERRORS,
    ids=[f"{row[0].__name__}-{row[1]!r}-{row[2]}" for row in PARSE_ERRORS],
)
def test_readers_refuse_with_the_text_and_the_position(
    reader: Callable[..., object], text: str, lang: str, position: int, reason: str
) -> None:
    with pytest.raises(ParseError) as caught:
        reader(text, lang)
    error = caught.value
    assert error.text == normalize_text(text)
    assert error.position == position
    assert reason in error.reason
    assert repr(normalize_text(text)) in str(error)
    assert f"at position {position}" in str(error)


@pytest.mark.parametrize(
    "text", ["5 -ha", "5 ha-", "5 ha —", "5 triệu_đồng", "5 million_VND", "5 triệu đồng/-lượt"]
)
def test_a_unit_with_a_stray_dash_or_underscore_is_no_unit(text: str) -> None:
    # Names fold dashes ("đô-la" is "đô la"), but no report writes a unit "-ha" or "triệu_đồng".
    with pytest.raises(ParseError) as caught:
        read_figure(text)
    assert repr(text) in str(caught.value)


def test_parse_error_positions_count_characters_of_the_nfc_text() -> None:
    text = unicodedata.normalize("NFD", "5 cửa khẩu")
    with pytest.raises(ParseError) as caught:
        parse_amount(text)
    assert caught.value.text == unicodedata.normalize("NFC", text)
    assert caught.value.text[caught.value.position :] == "cửa khẩu"


FEE: Quantity = ureg.Quantity(Decimal(278718), "million_VND")

#: (id, what to call, the error it raises, what its message must name)
OTHER_ERRORS: list[tuple[str, Callable[[], object], type[Exception], str]] = [
    ("amount int", lambda: parse_amount(5), InvalidTypeError, "5"),  # type: ignore[arg-type]
    ("number None", lambda: parse_number(None), InvalidTypeError, "None"),  # type: ignore[arg-type]
    ("percent bytes", lambda: parse_percent(b"14%"), InvalidTypeError, "b'14%'"),  # type: ignore[arg-type]
    ("figure fr", lambda: read_figure("5", lang="fr"), InvalidValueError, "'fr'"),  # type: ignore[arg-type]
    ("amount EN", lambda: parse_amount("5 USD", "EN"), InvalidValueError, "'EN'"),  # type: ignore[arg-type]
    ("decimals -1", lambda: format_number(Decimal(1), decimals=-1), InvalidValueError, "-1"),
    ("decimals bool", lambda: format_number(1, decimals=True), InvalidTypeError, "True"),
    ("decimals 1.5", lambda: format_number(1, decimals=1.5), InvalidTypeError, "1.5"),  # type: ignore[arg-type]
    ("number lang", lambda: format_number(1, lang="fr"), InvalidValueError, "'fr'"),  # type: ignore[arg-type]
    ("number str", lambda: format_number("5"), InvalidTypeError, "value must be a number"),
    ("number str named", lambda: format_number("5"), InvalidTypeError, "'5'"),
    ("number bool", lambda: format_number(True), InvalidTypeError, "True"),  # noqa: FBT003
    ("number nan", lambda: format_number(float("nan")), InvalidValueError, "nan"),
    ("number sNaN", lambda: format_number(Decimal("sNaN")), InvalidValueError, "sNaN"),
    ("percent str", lambda: format_percent("14,4%"), InvalidTypeError, "'14,4%'"),
    ("percent str named", lambda: format_percent("14"), InvalidTypeError, "fraction must be"),
    ("percent inf", lambda: format_percent(float("inf")), InvalidValueError, "inf"),
    ("percent -2", lambda: format_percent(Decimal("0.1"), decimals=-2), InvalidValueError, "-2"),
    ("amount number", lambda: format_amount(278718, "triệu đồng"), InvalidTypeError, "278718"),  # type: ignore[arg-type]
    ("amount unit", lambda: format_amount(FEE, "cửa khẩu"), InvalidValueError, "'cửa khẩu'"),
    ("amount USD", lambda: format_amount(FEE, "USD"), UnitMismatchError, "USD"),
    ("no words", lambda: format_amount(amount(5, "m"), "m"), InvalidValueError, "metre"),
    ("phrase int", lambda: unit_phrase(42), InvalidTypeError, "42"),  # type: ignore[arg-type]
    ("amount in int", lambda: format_amount(FEE, 42), InvalidTypeError, "42"),  # type: ignore[arg-type]
    ("per USD", lambda: unit_phrase("tonne / USD"), InvalidValueError, "tonne / USD"),
    ("squared", lambda: unit_phrase("hectare ** 2"), InvalidValueError, "hectare ** 2"),
    ("two per", lambda: unit_phrase("VND / tonne / day"), InvalidValueError, "VND / day / tonne"),
    ("phrase lang", lambda: unit_phrase("USD", "fr"), InvalidValueError, "'fr'"),  # type: ignore[arg-type]
    ("percent qty", lambda: read_figure("5%").quantity, InvalidValueError, "'5%'"),
    ("bare qty", lambda: read_figure("06").quantity, InvalidValueError, "'06'"),
    ("amount frac", lambda: read_figure("5 đồng").fraction, InvalidValueError, "'5 đồng'"),
]


@pytest.mark.parametrize(
    ("call", "error", "named"),
    [row[1:] for row in OTHER_ERRORS],
    ids=[row[0] for row in OTHER_ERRORS],
)
def test_readers_and_writers_refuse_bad_arguments(
    call: Callable[[], object], error: type[Exception], named: str
) -> None:
    with pytest.raises(error) as caught:
        call()
    assert named in str(caught.value)


def test_errors_are_also_the_builtin_errors() -> None:
    with pytest.raises(ValueError, match="three digits"):
        parse_amount("344.8 tỷ đồng")
    with pytest.raises(TypeError, match="text must be a str, got 3448 of type int"):
        parse_number(3448)  # type: ignore[arg-type]


def test_the_dong_sign_is_a_dong() -> None:
    # "₫" is not an unknown unit: it is the đồng, like "đ" and "VNĐ".
    assert parse_amount("5 ₫") == ureg.Quantity(Decimal(5), "VND")
    assert parse_amount("5.000 ₫") == parse_amount("5.000 đồng") == parse_amount("5.000 VNĐ")


def test_decimals_reach_the_limit_of_every_number_and_no_further() -> None:
    # 0 to 1000 places: as many as the smallest number dongdang holds (1e-1000) needs
    assert format_number(Decimal("0.5"), decimals=MAX_EXPONENT) == "0,5" + "0" * (MAX_EXPONENT - 1)
    assert format_percent(Decimal("0.005"), "en", decimals=MAX_EXPONENT).startswith("0.50")
    with pytest.raises(InvalidValueError, match=f"got {MAX_EXPONENT + 1}"):
        format_number(Decimal("0.5"), decimals=MAX_EXPONENT + 1)


def test_a_unit_without_report_words_is_carried_by_the_error_and_survives_pickle() -> None:
    assert_carries(lambda: unit_phrase("metre"), InvalidValueError, name="unit", value=ureg.metre)
