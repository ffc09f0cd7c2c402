"""Dated exchange-rate tables: the rate in force, exact conversion, crosses, the TOML format.

Expected amounts are computed here with :class:`fractions.Fraction` from the
rates as written, never read back from dongdang. The rates are examples, not
sourced figures.
"""

from __future__ import annotations

import datetime as dt
import pickle
from decimal import Decimal
from fractions import Fraction
from typing import TYPE_CHECKING

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dongdang import ExchangeRate, amount
from dongdang.errors import (
    DataFileError,
    DongDangError,
    InvalidTypeError,
    InvalidValueError,
    NotInForceError,
    OverlappingVersionsError,
    UnitMismatchError,
)
from dongdang.exchange import ExchangeRateTable, currency_of

if TYPE_CHECKING:
    from collections.abc import Callable
    from pathlib import Path

F = Fraction
D = dt.date


def rate(base: str, quote: str, value: object, on: dt.date) -> ExchangeRate:
    return ExchangeRate(base=base, quote=quote, rate=value, on=on, source="example")


USD_2021 = rate("USD", "VND", 23_000, D(2021, 1, 1))
USD_2021_07 = rate("USD", "VND", Decimal("22800.5"), D(2021, 7, 1))
CNY_2021 = rate("CNY", "VND", 3_550, D(2021, 1, 1))
TABLE = ExchangeRateTable(rates=[USD_2021_07, CNY_2021, USD_2021])


def fraction(value: object) -> Fraction:
    return F(str(value))


# -- the rate in force -------------------------------------------------------------------


def test_the_rate_in_force_is_the_latest_on_or_before_the_day() -> None:
    assert TABLE.rate_in_force("USD", "VND", D(2021, 1, 1)) is USD_2021
    assert TABLE.rate_in_force("USD", "VND", D(2021, 6, 30)) is USD_2021
    assert TABLE.rate_in_force("USD", "VND", D(2021, 7, 1)) is USD_2021_07
    assert TABLE.rate_in_force("USD", "VND", D(2030, 1, 1)) is USD_2021_07
    # Either orientation serves.
    assert TABLE.rate_in_force("VND", "USD", D(2021, 7, 2)) is USD_2021_07


@given(
    days=st.lists(
        st.dates(min_value=D(2000, 1, 1), max_value=D(2030, 1, 1)), min_size=1, max_size=8
    ).map(lambda days: sorted(set(days))),
    on=st.dates(min_value=D(1999, 1, 1), max_value=D(2031, 1, 1)),
)
def test_in_force_matches_its_definition(days: list[dt.date], on: dt.date) -> None:
    rates = [rate("USD", "VND", 20_000 + i, day) for i, day in enumerate(days)]
    table = ExchangeRateTable(rates=list(reversed(rates)))
    earlier = [r for r in rates if r.on <= on]
    if not earlier:
        with pytest.raises(NotInForceError, match=on.isoformat()):
            table.rate_in_force("USD", "VND", on)
        return
    expected = max(earlier, key=lambda r: r.on)
    assert table.rate_in_force("USD", "VND", on) is expected


def test_rates_are_sorted_and_the_pairs_listed() -> None:
    assert [r.on for r in TABLE.rates] == [D(2021, 1, 1), D(2021, 1, 1), D(2021, 7, 1)]
    assert TABLE.pairs() == (("CNY", "VND"), ("USD", "VND"))
    assert TABLE.with_rates(rate("CNY", "USD", 7, D(2021, 1, 1))).pairs() == (
        ("CNY", "USD"),
        ("CNY", "VND"),
        ("USD", "VND"),
    )


def test_a_stale_rate_is_not_in_force_with_max_age_days() -> None:
    table = ExchangeRateTable(rates=[USD_2021], max_age_days=31)
    assert table.rate_in_force("USD", "VND", D(2021, 2, 1)) is USD_2021
    with pytest.raises(NotInForceError) as caught:
        table.rate_in_force("USD", "VND", D(2021, 2, 2))
    message = str(caught.value)
    assert "2021-02-02" in message
    assert "2021-01-01" in message
    assert "32 days old" in message
    assert "31 days" in message


# -- converting ------------------------------------------------------------------------------


def test_multiplying_by_a_rate_is_exact_and_keeps_the_scale() -> None:
    money = amount(Decimal("1370.25"), "million_USD")
    converted = TABLE.convert(money, "VND", on=D(2021, 8, 1))
    assert str(converted.units) == "million_VND"
    assert fraction(converted.magnitude) == F("1370.25") * F("22800.5")


def test_dividing_by_a_rate_is_exact_to_34_significant_digits() -> None:
    converted = TABLE.convert(amount(1, "VND"), "USD", on=D(2021, 8, 1))
    exact = F(1) / F("22800.5")
    assert abs(fraction(converted.magnitude) - exact) <= exact * F(1, 10**33)


def test_a_pair_the_table_lacks_is_crossed_through_the_third_currency() -> None:
    converted = TABLE.convert(amount(3_550, "CNY"), "USD", on=D(2021, 3, 1))
    exact = F(3_550) * F(3_550) / F(23_000)
    assert abs(fraction(converted.magnitude) - exact) <= exact * F(1, 10**33)
    factor = fraction(TABLE.factor("USD", "CNY", D(2021, 3, 1)))
    assert abs(factor - F(23_000, 3_550)) <= F(23_000, 3_550) * F(1, 10**33)


def test_a_cross_needs_both_legs_in_force() -> None:
    table = ExchangeRateTable(rates=[USD_2021, rate("CNY", "VND", 3_500, D(2022, 1, 1))])
    with pytest.raises(NotInForceError) as caught:
        table.convert(amount(1, "CNY"), "USD", on=D(2021, 6, 1))
    # The reason given is the pair's own.
    assert "CNY→USD" in str(caught.value)
    assert "no rate between CNY and USD" in str(caught.value)


def test_same_currency_converts_to_itself_and_decimals_round_half_up() -> None:
    assert TABLE.factor("USD", "USD", D(2000, 1, 1)) == 1
    assert TABLE.convert(amount(5, "USD"), "USD", on=D(2000, 1, 1)) == amount(5, "USD")
    # 2 USD of 1/8 cent: 0.125 rounds half up to 0.13, not half even to 0.12.
    table = ExchangeRateTable(rates=[rate("USD", "VND", 8, D(2021, 1, 1))])
    assert TABLE.convert(amount(1, "USD"), "VND", on=D(2021, 1, 2), decimals=0).magnitude == 23000
    assert table.convert(amount(1, "VND"), "USD", on=D(2021, 1, 2), decimals=2).magnitude == (
        Decimal("0.13")
    )


@given(
    st.decimals(min_value=0, max_value=10**12, places=2),
    st.decimals(min_value=1, max_value=100_000, places=3),
)
def test_there_and_back_recovers_the_amount(money: Decimal, value: Decimal) -> None:
    table = ExchangeRateTable(rates=[rate("USD", "VND", value, D(2021, 1, 1))])
    there = table.convert(amount(money, "USD"), "VND", on=D(2021, 1, 1))
    assert fraction(there.magnitude) == fraction(money) * fraction(value)
    back = table.convert(there, "USD", on=D(2021, 1, 1))
    assert abs(fraction(back.magnitude) - fraction(money)) <= fraction(money) * F(1, 10**32)


def test_currency_of_names_money() -> None:
    assert currency_of(amount(1, "billion_CNY")) == "CNY"
    with pytest.raises(UnitMismatchError, match="5 hectare"):
        currency_of(amount(5, "ha"))
    with pytest.raises(UnitMismatchError, match="5 VND / vehicle_trip"):
        currency_of(amount(5, "VND / vehicle_trip"))


def test_a_table_pickles() -> None:
    again = pickle.loads(pickle.dumps(TABLE))  # noqa: S301 - our own object
    assert again == TABLE
    assert again.rate_in_force("USD", "VND", D(2021, 7, 1)) == USD_2021_07


# -- the TOML format -------------------------------------------------------------------------

GOOD = """
name = "example rates"
max_age_days = 40

[[rates]]
base = "USD"
quote = "VND"
rate = 23_000.5
on = 2021-01-01
source = "example"
note = "a note"
"""


def test_loads_reads_decimals_as_written_and_max_age(tmp_path: Path) -> None:
    table = ExchangeRateTable.loads(GOOD)
    assert table.rates[0].rate == Decimal("23000.5")
    assert table.max_age_days == 40
    path = tmp_path / "rates.toml"
    path.write_text(GOOD, encoding="utf-8")
    assert ExchangeRateTable.load(path) == table
    assert ExchangeRateTable.loads("") == ExchangeRateTable(rates=[])


def _entry(**changes: object) -> str:
    fields: dict[str, object] = {
        "base": '"USD"',
        "quote": '"VND"',
        "rate": "23000",
        "on": "2021-01-01",
        "source": '"s"',
    }
    fields.update(changes)
    body = "\n".join(f"{key} = {value}" for key, value in fields.items() if value is not None)
    return f"[[rates]]\n{body}\n"


BAD_FILES = [
    ("not TOML", "rates = [", ["bad.toml", "not valid TOML"]),
    ("unknown top key", "currency = 'USD'", ["bad.toml", "top level", "'currency'"]),
    ("rates not an array", "rates = 5", ["bad.toml", "rates", "5"]),
    ("negative max age", "max_age_days = -1", ["bad.toml", "max_age_days", "-1"]),
    ("max age not whole", "max_age_days = 1.5", ["bad.toml", "max_age_days", "1.5"]),
    # Places as every registry file names them (the shared reader): rates[0] is the first.
    ("entry not a table", "rates = [1]", ["bad.toml", "rates", "expected an array of tables"]),
    ("unknown key", _entry(when="2021-01-01"), ["bad.toml", "rates[0]", "'when'"]),
    ("missing key", _entry(source=None), ["bad.toml", "rates[0].source: missing"]),
    ("empty source", _entry(source='"  "'), ["bad.toml", "rates[0].source", "'  '"]),
    ("datetime", _entry(on="2021-01-01T08:00:00"), ["bad.toml", "rates[0].on", "date-time"]),
    ("bad currency", _entry(quote='"EUR"'), ["bad.toml", "rates[0]", "'EUR'"]),
    ("zero rate", _entry(rate="0"), ["bad.toml", "rates[0]", "rate must be above zero"]),
    ("text rate", _entry(rate='"23000"'), ["bad.toml", "rates[0].rate", "'23000'"]),
    ("second entry", _entry() + _entry(base=1), ["bad.toml", "rates[1].base", "expected str"]),
    ("max age a bool", "max_age_days = true", ["bad.toml", "max_age_days", "True"]),
]


@pytest.mark.parametrize(
    ("text", "named"), [row[1:] for row in BAD_FILES], ids=[r[0] for r in BAD_FILES]
)
def test_loads_refuses_a_bad_file_naming_the_place(text: str, named: list[str]) -> None:
    with pytest.raises(DataFileError) as caught:
        ExchangeRateTable.loads(text, name="bad.toml")
    for part in named:
        assert part in str(caught.value), (part, str(caught.value))


# -- bad inputs: the typed error, and a message that names the input ---------------------------


def _duplicate() -> object:
    return ExchangeRateTable(rates=[USD_2021, rate("VND", "USD", Decimal("0.00004"), USD_2021.on)])


BAD_INPUTS: list[tuple[str, Callable[[], object], type[DongDangError], list[str]]] = [
    (
        "no rate on the day",
        lambda: TABLE.convert(amount(1, "USD"), "VND", on=D(2020, 12, 31)),
        NotInForceError,
        ["2020-12-31", "USD→VND", "start on 2021-01-01"],
    ),
    (
        "no rate of the pair",
        lambda: ExchangeRateTable(rates=[USD_2021]).rate_in_force("CNY", "VND", D(2021, 5, 1)),
        NotInForceError,
        ["2021-05-01", "CNY", "VND", "no rate between"],
    ),
    ("two rates on one day", _duplicate, OverlappingVersionsError, ["USD/VND", "2021-01-01"]),
    (
        "rates not a list",
        lambda: ExchangeRateTable(rates=USD_2021),  # type: ignore[arg-type]
        InvalidTypeError,
        ["rates must be a list"],
    ),
    (
        "an item not a rate",
        lambda: ExchangeRateTable(rates=[USD_2021, "23000"]),  # type: ignore[list-item]
        InvalidTypeError,
        ["rates[1]", "'23000'"],
    ),
    (
        "a rate dated with a datetime",  # refused by ExchangeRate itself, before any table
        lambda: ExchangeRateTable(rates=[rate("USD", "VND", 1, dt.datetime(2021, 1, 1, 8))]),  # noqa: DTZ001
        InvalidTypeError,
        ["day (on)", "datetime"],
    ),
    (
        "max_age_days not a number",
        lambda: ExchangeRateTable(rates=[], max_age_days="30"),  # type: ignore[arg-type]
        InvalidTypeError,
        ["max_age_days", "'30'"],
    ),
    (
        "negative max_age_days",
        lambda: ExchangeRateTable(rates=[], max_age_days=-1),
        InvalidValueError,
        ["max_age_days", "-1"],
    ),
    (
        "unknown target currency",
        lambda: TABLE.convert(amount(1, "USD"), "EUR", on=D(2021, 1, 1)),
        InvalidValueError,
        ["to", "'EUR'"],
    ),
    (
        "not money",
        lambda: TABLE.convert(amount(1, "tonne"), "VND", on=D(2021, 1, 1)),
        UnitMismatchError,
        ["money", "1 tonne"],
    ),
    (
        "a number, not money",
        lambda: TABLE.convert(5, "VND", on=D(2021, 1, 1)),  # type: ignore[arg-type]
        InvalidTypeError,
        ["money", "5"],
    ),
    (
        "negative decimals",
        lambda: TABLE.convert(amount(1, "USD"), "VND", on=D(2021, 1, 1), decimals=-1),
        InvalidValueError,
        ["decimals", "-1"],
    ),
    (
        "bool decimals",
        lambda: TABLE.convert(amount(1, "USD"), "VND", on=D(2021, 1, 1), decimals=True),
        InvalidTypeError,
        ["decimals", "True"],
    ),
    (
        "a rate of one currency",
        lambda: TABLE.rate_in_force("USD", "USD", D(2021, 1, 1)),
        InvalidValueError,
        ["quote must differ from base (USD), got 'USD'"],
    ),
    (
        "a day that is a datetime",
        lambda: TABLE.rate_in_force("USD", "VND", dt.datetime(2021, 1, 1)),  # type: ignore[arg-type]  # noqa: DTZ001
        InvalidTypeError,
        ["on", "got 2021-01-01 00:00:00 of type datetime"],
    ),
    (
        "unknown base currency",
        lambda: TABLE.factor("EUR", "VND", D(2021, 1, 1)),
        InvalidValueError,
        ["base", "'EUR'"],
    ),
    (
        "TOML as bytes",
        lambda: ExchangeRateTable.loads(b"rates = []", name="x.toml"),  # type: ignore[arg-type]
        InvalidTypeError,
        ["x.toml", "str"],
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
    for part in named:
        assert part in str(caught.value), (part, str(caught.value))
