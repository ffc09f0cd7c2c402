"""The unit registry, exact conversions, exchange rates, pickling, and the package surface."""

from __future__ import annotations

import datetime as dt
import decimal
import importlib.metadata
import itertools
import pickle
import subprocess
import sys
import textwrap
from decimal import Decimal
from fractions import Fraction
from typing import TYPE_CHECKING

import attrs
import pint
import pytest
from hypothesis import given
from hypothesis import strategies as st

import dongdang
from bad_inputs import assert_carries
from dongdang import (
    ExchangeRate,
    InvalidTypeError,
    InvalidValueError,
    ParseError,
    Period,
    UnitMismatchError,
    amount,
    convert,
    implied_previous,
    sum_amounts,
    ureg,
)
from dongdang import units as units_module
from dongdang.units import CURRENCIES, Quantity, Unit, is_quantity, magnitude_in, unit_of
from strategies import amounts

if TYPE_CHECKING:
    from collections.abc import Callable

# Every unit of a family with its size in the family's first unit, written out by
# hand from the meaning of the names (not read from the registry's definitions).
MONEY_SCALES = {
    "": 1,
    "thousand_": 10**3,
    "million_": 10**6,
    "billion_": 10**9,
    "trillion_": 10**12,
}
FAMILIES: dict[str, dict[str, int]] = {
    **{
        code: {f"{prefix}{code}": size for prefix, size in MONEY_SCALES.items()}
        for code in ("VND", "USD", "CNY")
    },
    "area": {"m2": 1, "square_metre": 1, "ha": 10_000, "hectare": 10_000, "km2": 1_000_000},
    "mass": {"kg": 1, "kilogram": 1, "tonne": 1000, "t": 1000},
    "length": {"m": 1, "metre": 1, "km": 1000, "kilometre": 1000},
    "energy": {
        "kWh": 1,
        "kilowatt_hour": 1,
        "thousand_kilowatt_hour": 10**3,
        "million_kilowatt_hour": 10**6,
        "billion_kilowatt_hour": 10**9,
    },
}
SIZE = {name: size for family in FAMILIES.values() for name, size in family.items()}
PAIRS = [
    (first, second)
    for family in FAMILIES.values()
    for first, second in itertools.product(family, repeat=2)
]


# -- amounts and unit names --------------------------------------------------------


def test_amount_builds_a_decimal_quantity_of_the_registry() -> None:
    fee = amount(344.8, "billion_VND")
    assert isinstance(fee, Quantity)
    assert fee._REGISTRY is ureg
    assert type(fee.magnitude) is Decimal
    assert fee.magnitude == Decimal("344.8")
    assert fee.units == unit_of("billion_VND")


@pytest.mark.parametrize(
    ("alias", "name"),
    [("ha", "hectare"), ("m2", "square_metre"), ("km2", "square_kilometre"), ("t", "tonne")],
)
def test_short_names_are_the_same_units(alias: str, name: str) -> None:
    assert unit_of(alias) == unit_of(name)
    assert magnitude_in(amount(1, alias), name) == 1


def test_trip_is_the_short_name_of_vehicle_trip() -> None:
    assert unit_of("trip") == unit_of("vehicle_trip")


def test_unknown_unit_lists_the_known_ones() -> None:
    with pytest.raises(InvalidValueError) as caught:
        unit_of("đồng")
    message = str(caught.value)
    assert "'đồng'" in message
    for name in ("VND", "million_USD", "hectare", "vehicle_trip", "railcar"):
        assert name in message


def test_is_quantity_knows_quantities_of_any_registry() -> None:
    other = pint.UnitRegistry(None, cache_folder=None)
    other.define("widget = [widget]")
    assert is_quantity(amount(1, "VND"))
    assert is_quantity(other.Quantity(1, "widget"))
    for value in (Decimal(1), 1.0, 1, None, "1 VND", unit_of("VND")):
        assert not is_quantity(value)


def test_a_unit_expression_with_a_symbol_pint_would_drop_is_refused() -> None:
    # pint's own parser would read "5 ₫" as a dimensionless 5.
    with pytest.raises(ParseError) as caught:
        ureg.Quantity("5 ₫")
    assert caught.value.text == "5 ₫"
    assert caught.value.position == 2
    assert "'₫'" in str(caught.value)


def test_a_unit_name_with_a_symbol_is_refused() -> None:
    with pytest.raises(ParseError) as caught:
        ureg.Unit("VND/ha$")
    assert caught.value.position == 6


def test_unit_expressions_with_names_numbers_and_operators_still_parse() -> None:
    assert ureg.Quantity("5 VND") == amount(5, "VND")
    assert ureg.Quantity("3 m²") == amount(3, "m2")
    assert ureg.Unit("million_VND / vehicle_trip") == unit_of("million_VND") / unit_of("trip")
    assert ureg.parse_expression("2 * km ** 2").units == unit_of("km") ** 2


# -- exact conversions -------------------------------------------------------------


def test_each_scale_is_its_power_of_ten() -> None:
    assert magnitude_in(amount(1, "thousand_VND"), "VND") == 1_000
    assert magnitude_in(amount(1, "million_USD"), "USD") == 1_000_000
    assert magnitude_in(amount(1, "billion_CNY"), "CNY") == 1_000_000_000
    assert magnitude_in(amount(1, "trillion_VND"), "billion_VND") == 1_000
    assert magnitude_in(amount(1, "km2"), "ha") == 100
    assert magnitude_in(amount(1, "ha"), "m2") == 10_000
    assert magnitude_in(amount(1, "tonne"), "kg") == 1_000
    assert magnitude_in(amount(1, "km"), "m") == 1_000


@given(st.sampled_from(PAIRS), amounts)
def test_magnitude_in_is_exact_for_every_pair_of_a_family(
    pair: tuple[str, str], value: Decimal
) -> None:
    source, target = pair
    result = magnitude_in(amount(value, source), target)
    assert Fraction(result) == Fraction(value) * SIZE[source] / SIZE[target]
    # Tidy: no trailing zeros after the point and no positive exponent.
    exponent = result.as_tuple().exponent
    assert isinstance(exponent, int)
    assert exponent <= 0
    if exponent < 0:
        assert result.as_tuple().digits[-1] != 0


@given(st.sampled_from(PAIRS), amounts)
def test_conversions_round_trip_exactly(pair: tuple[str, str], value: Decimal) -> None:
    first, second = pair
    quantity = amount(value, first)
    there = convert(quantity, second)
    back = convert(there, first)
    assert there.units == unit_of(second)
    assert back == quantity
    assert back.units == quantity.units
    assert back.magnitude == value


def test_convert_takes_a_unit_object_as_well_as_a_name() -> None:
    fee = amount(278718, "million_VND")
    by_name = convert(fee, "billion_VND")
    by_unit = convert(fee, unit_of("billion_VND"))
    assert by_name == by_unit
    assert str(by_unit.magnitude) == "278.718"
    assert magnitude_in(fee, unit_of("VND")) == 278_718_000_000


@given(st.lists(amounts, max_size=60))
def test_sums_in_vnd_are_exact(values: list[Decimal]) -> None:
    total = sum((magnitude_in(amount(value, "million_VND"), "VND") for value in values), Decimal(0))
    expected = sum((Fraction(value) * 10**6 for value in values), Fraction(0))
    assert Fraction(total) == expected
    # Whole: amounts carry at most four decimals of a million đồng.
    assert total == int(total)


@pytest.mark.parametrize(
    ("quantity", "unit"),
    [
        (amount(1, "USD"), "VND"),
        (amount(1, "million_VND"), "million_CNY"),
        (amount(1, "billion_VND"), "hectare"),
        (amount(1, "vehicle_trip"), "vehicle"),
        (amount(1, "railcar"), "container"),
        (amount(1, "tonne"), "km"),
    ],
)
def test_magnitude_in_refuses_another_dimension(quantity: Quantity, unit: str) -> None:
    with pytest.raises(UnitMismatchError) as caught:
        magnitude_in(quantity, unit)
    message = str(caught.value)
    assert str(quantity) in message
    assert str(unit_of(unit)) in message  # "km" is written out as "kilometre"
    with pytest.raises(UnitMismatchError):
        convert(quantity, unit)


def test_pint_arithmetic_refuses_to_add_currencies() -> None:
    with pytest.raises(pint.DimensionalityError):
        amount(278718, "million_VND") + amount(1, "USD")
    with pytest.raises(TypeError):
        amount(1, "CNY") + amount(1, "USD")


def test_conversions_ignore_the_callers_precision() -> None:
    fee = amount(Decimal("123456789.1234"), "million_VND")
    with decimal.localcontext() as context:
        context.prec = 5
        assert magnitude_in(fee, "VND") == 123_456_789_123_400
        assert convert(fee, "trillion_VND").magnitude == Decimal("123.4567891234")
        assert convert(convert(fee, "thousand_VND"), "million_VND") == fee


# -- exchange rates ----------------------------------------------------------------


def _rate(base: str = "USD", quote: str = "VND", rate: object = Decimal(25450)) -> ExchangeRate:
    return ExchangeRate(
        base=base,
        quote=quote,
        rate=rate,  # type: ignore[arg-type]
        on=dt.date(2025, 8, 1),
        source="Example rate, not a sourced figure",
    )


def test_exchange_rate_converts_at_the_same_scale() -> None:
    rate = _rate()
    assert rate.convert(amount(2, "million_USD")) == amount(50_900, "million_VND")
    assert rate.convert(amount(2, "million_USD")).units == unit_of("million_VND")
    assert rate.convert(amount(Decimal("0.5"), "USD")) == amount(12_725, "VND")
    assert rate.convert(amount(1370, "million_USD")).magnitude == 1370 * 25450


def test_exchange_rate_between_yuan_and_dong() -> None:
    rate = _rate("CNY", "VND", Decimal("3550.25"))
    converted = rate.convert(amount(4, "thousand_CNY"))
    assert converted.units == unit_of("thousand_VND")
    assert converted.magnitude == Decimal(14201)


def test_exchange_rate_takes_a_float_by_its_shortest_repr() -> None:
    assert _rate(rate=25450.5).rate == Decimal("25450.5")


@given(amounts, st.decimals(min_value=Decimal("0.0001"), max_value=Decimal(100000), places=4))
def test_exchange_rate_conversion_is_exact(value: Decimal, rate: Decimal) -> None:
    converted = _rate("USD", "CNY", rate).convert(amount(value, "billion_USD"))
    assert converted.units == unit_of("billion_CNY")
    assert Fraction(converted.magnitude) == Fraction(value) * Fraction(rate)


def test_exchange_rate_ignores_the_callers_precision() -> None:
    rate = _rate(rate=Decimal("25450.5"))
    with decimal.localcontext() as context:
        context.prec = 5
        converted = rate.convert(amount(123_456_789, "USD"))
    assert converted.magnitude == Decimal("3142037008444.5")


def test_exchange_rate_is_frozen() -> None:
    rate = _rate()
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        rate.rate = Decimal(1)  # type: ignore[misc]


@pytest.mark.parametrize(
    "money",
    [
        amount(1, "million_VND"),
        amount(1, "CNY"),
        amount(1, "ha"),
        amount(1, "USD") / unit_of("trip"),
    ],
)
def test_exchange_rate_refuses_money_of_another_currency(money: Quantity) -> None:
    with pytest.raises(UnitMismatchError) as caught:
        _rate().convert(money)
    message = str(caught.value)
    assert "USD→VND" in message
    assert str(money) in message


@pytest.mark.parametrize(
    ("arguments", "error", "shown"),
    [
        ({"rate": 0}, InvalidValueError, "got 0"),
        ({"rate": Decimal(-25450)}, InvalidValueError, "got -25450"),
        ({"rate": float("nan")}, InvalidValueError, "rate must be a finite number"),
        ({"rate": "25450"}, InvalidTypeError, "'25450'"),
        ({"base": "EUR"}, InvalidValueError, "base must be one of VND, USD, CNY, got 'EUR'"),
        ({"quote": "đồng"}, InvalidValueError, "quote must be one of VND, USD, CNY, got 'đồng'"),
    ],
)
def test_exchange_rate_refuses_bad_fields(
    arguments: dict[str, object], error: type[Exception], shown: str
) -> None:
    with pytest.raises(error) as caught:
        _rate(**arguments)  # type: ignore[arg-type]
    assert shown in str(caught.value)


def test_currencies_are_the_three_of_the_reports() -> None:
    assert set(CURRENCIES) == {"VND", "USD", "CNY"}
    for code in CURRENCIES:
        assert magnitude_in(amount(1, f"trillion_{code}"), code) == 10**12


# -- pickling ----------------------------------------------------------------------


_CHILD = textwrap.dedent(
    """
    import pickle
    import sys

    fresh = "dongdang" not in sys.modules and "pint" not in sys.modules
    objects = pickle.loads(sys.stdin.buffer.read())
    ureg = sys.modules["dongdang"].ureg
    registries = {
        name: getattr(value, "_REGISTRY", ureg) is ureg for name, value in objects.items()
    }
    app = sys.modules["pint"].get_application_registry().get()
    sys.stdout.buffer.write(
        pickle.dumps(
            {
                "fresh": fresh,
                "registries": registries,
                "application_registry_is_ureg": app is ureg,
                "reprs": {name: repr(value) for name, value in objects.items()},
                "objects": objects,
            }
        )
    )
    """
)


def test_quantities_units_rates_and_periods_unpickle_in_a_fresh_process() -> None:
    objects: dict[str, object] = {
        "fee": amount(278718, "million_VND"),
        "exports": implied_previous(amount(1370, "million_USD"), Decimal("0.123")),
        "area": amount(Decimal("394.8"), "ha"),
        "per_trip": convert(
            amount(100751, "million_VND") / amount(215385, "vehicle_trip"), "VND / vehicle_trip"
        ),
        "unit": unit_of("billion_USD"),
        "compound_unit": unit_of("million_VND") / unit_of("railcar"),
        "rate": _rate(),
        "period": Period.first_months(2020, 9),
    }
    child = subprocess.run(  # noqa: S603 - our own interpreter and script
        [sys.executable, "-c", _CHILD],
        input=pickle.dumps(objects),
        capture_output=True,
        check=True,
        timeout=60,
    )
    report = pickle.loads(child.stdout)  # noqa: S301 - our own child's bytes
    assert report["fresh"]
    assert report["registries"] == dict.fromkeys(objects, True)
    assert not report["application_registry_is_ureg"]
    assert report["reprs"] == {name: repr(value) for name, value in objects.items()}
    assert report["objects"] == objects
    for name in ("fee", "exports", "unit"):
        assert report["objects"][name]._REGISTRY is ureg


def test_nothing_sets_pints_application_registry() -> None:
    assert pint.get_application_registry().get() is not ureg


# -- the package surface -----------------------------------------------------------


def test_all_is_sorted_and_every_name_resolves() -> None:
    for module in (dongdang, units_module):
        assert module.__all__ == sorted(module.__all__)
        for name in module.__all__:
            assert getattr(module, name) is not None
    assert dongdang.ureg is units_module.ureg
    assert dongdang.Quantity is Quantity
    assert isinstance(unit_of("VND"), Unit)


def test_version_comes_lazily_from_the_installed_metadata(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    assert "__version__" not in vars(dongdang)
    assert dongdang.__version__ == importlib.metadata.version("dongdang")
    monkeypatch.setattr(importlib.metadata, "version", lambda name: f"{name} 9.9.9")
    assert dongdang.__version__ == "dongdang 9.9.9"


def test_unknown_attributes_raise_attribute_error() -> None:
    with pytest.raises(AttributeError, match="no attribute 'growth'"):
        _ = dongdang.growth
    assert not hasattr(dongdang, "parse_percentage")


# -- exact sums ----------------------------------------------------------------------


@given(
    st.lists(amounts, min_size=1, max_size=20),
    st.sampled_from(["VND", "million_VND", "billion_VND"]),
)
def test_sum_amounts_is_exact_in_any_scale(values: list[Decimal], unit: str) -> None:
    quantities = [amount(value, "million_VND") for value in values]
    with decimal.localcontext() as context:
        context.prec = 3  # the caller's context must not matter
        result = sum_amounts(quantities, unit)
    expected = sum(Fraction(value) * 10**6 for value in values)
    assert Fraction(magnitude_in(result, "VND")) == expected
    assert str(result.units) == unit


def test_sum_amounts_defaults_to_the_first_unit_and_needs_one_amount() -> None:
    parts = [amount(234433, "million_VND"), amount(Decimal("44.285"), "billion_VND")]
    assert sum_amounts(parts) == amount(278718, "million_VND")
    assert str(sum_amounts(parts).units) == "million_VND"
    assert sum_amounts([], "USD") == amount(0, "USD")
    with pytest.raises(InvalidValueError, match="at least one amount"):
        sum_amounts([])
    with pytest.raises(UnitMismatchError, match="USD"):
        sum_amounts([amount(1, "VND"), amount(1, "USD")])


def test_an_exchange_rate_needs_two_currencies() -> None:
    with pytest.raises(InvalidValueError, match=r"quote must differ from base \(USD\), got 'USD'"):
        ExchangeRate(base="USD", quote="USD", rate=1, on=dt.date(2025, 1, 1), source="x")


@pytest.mark.parametrize(
    ("fields", "error", "named"),
    [
        ({"on": "2025-01-01"}, InvalidTypeError, "'2025-01-01'"),
        (
            {"on": dt.datetime(2025, 1, 1, tzinfo=dt.UTC)},
            InvalidTypeError,
            "2025-01-01 00:00:00+00:00",
        ),
        ({"on": None}, InvalidTypeError, "None"),
        ({"source": ""}, InvalidValueError, "''"),
        ({"source": 42}, InvalidTypeError, "42"),
    ],
)
def test_an_exchange_rate_names_a_bad_day_or_source(
    fields: dict[str, object], error: type[Exception], named: str
) -> None:
    given: dict[str, object] = {
        "base": "USD",
        "quote": "VND",
        "rate": 25450,
        "on": dt.date(2025, 1, 1),
        "source": "Vietcombank",
    } | fields
    with pytest.raises(error, match="exchange rate's") as caught:
        ExchangeRate(**given)  # type: ignore[arg-type]
    assert named in str(caught.value)


@pytest.mark.parametrize(
    ("call", "data"),
    [
        (lambda: unit_of("VND**"), {"name": "unit", "value": "VND**"}),
        (
            lambda: ExchangeRate(
                base="USD", quote="USD", rate=Decimal(1), on=dt.date(2025, 1, 2), source="a test"
            ),
            {"name": "quote", "value": "USD", "bound_name": "base", "bound": "USD"},
        ),
    ],
    ids=["unreadable-unit", "one-currency-rate"],
)
def test_a_bad_unit_or_rate_carries_its_input_and_survives_pickle(
    call: Callable[[], object], data: dict[str, object]
) -> None:
    assert_carries(call, InvalidValueError, **data)
