"""The errors carry the data that caused them, build one message from it, and pickle whole.

A caller tells which input was wrong, and what would have been accepted, from
the error's attributes (``err.name``, ``err.value``, ...), not by reading the
message; and the same situation reads the same wherever it happens.
"""

from __future__ import annotations

import datetime as dt
import pickle
from decimal import Decimal
from fractions import Fraction
from typing import TYPE_CHECKING, Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dongdang import ExchangeRate, amount, growth_rate
from dongdang._validators import whole_number
from dongdang.errors import (
    DataFileError,
    DongDangError,
    InvalidTypeError,
    InvalidValueError,
    NotInForceError,
    OverlappingVersionsError,
    ParseError,
    RateNotFoundError,
    UndefinedRatioError,
    UnitMismatchError,
    UnknownCodeError,
    show,
)
from dongdang.exchange import ExchangeRateTable
from dongdang.fees import FeeSchedule
from dongdang.fees.rates import SplitRule

if TYPE_CHECKING:
    from collections.abc import Callable

DAY = dt.date(2025, 1, 2)


def _rate(**changes: object) -> ExchangeRate:
    fields: dict[str, Any] = {
        "base": "USD",
        "quote": "VND",
        "rate": Decimal(25000),
        "on": DAY,
        "source": "a test rate",
    }
    fields.update(changes)
    return ExchangeRate(**fields)


# -- a table of bad inputs: the error, and the data it carries -------------------------------

BAD_INPUTS: list[tuple[str, Callable[[], object], type[DongDangError], dict[str, object], str]] = [
    (
        "negative max age",
        lambda: ExchangeRateTable(rates=[], max_age_days=-1),
        InvalidValueError,
        {"name": "max_age_days", "value": -1, "problem": "must not be negative", "low": 0},
        "max_age_days must not be negative, got -1",
    ),
    (
        "zero exchange rate",
        lambda: _rate(rate=Decimal(0)),
        InvalidValueError,
        {"name": "rate", "value": Decimal(0), "problem": "must be above zero", "low": 0},
        "rate must be above zero, got 0",
    ),
    (
        "unknown currency",
        lambda: _rate(base="EUR"),
        InvalidValueError,
        {"name": "base", "value": "EUR", "accepted": ("VND", "USD", "CNY")},
        "base must be one of VND, USD, CNY, got 'EUR'",
    ),
    (
        "collector share above one",
        lambda: SplitRule(collector=Decimal("1.5"), source="https://example.invalid/split"),
        InvalidValueError,
        {"name": "collector", "value": Decimal("1.5"), "low": 0, "high": 1},
        "collector must be between 0 and 1, got 1.5",
    ),
    (
        "NaN amount",
        lambda: amount(float("nan"), "ha"),
        InvalidValueError,
        {"name": "value", "problem": "must be a finite number"},
        "value must be a finite number, got nan",
    ),
    (
        "growth over a zero base",
        lambda: growth_rate(1, 0),
        UndefinedRatioError,
        {"argument": "previous", "name": "previous", "value": Decimal(0)},
        "previous is 0: a growth rate needs a base above zero",
    ),
    (
        "a data file that is not TOML",
        lambda: ExchangeRateTable.loads("rates = [", name="bad.toml"),
        DataFileError,
        {"file": "bad.toml", "where": None},
        "bad.toml: not valid TOML",
    ),
    (
        "a fee schedule file without versions",
        lambda: FeeSchedule.loads("", name="mine.toml"),
        DataFileError,
        {"file": "mine.toml"},
        "mine.toml: ",
    ),
]


@pytest.mark.parametrize(
    ("call", "kind", "data", "message"),
    [case[1:] for case in BAD_INPUTS],
    ids=[case[0] for case in BAD_INPUTS],
)
def test_a_bad_input_raises_an_error_carrying_its_data(
    call: Callable[[], object], kind: type[DongDangError], data: dict[str, object], message: str
) -> None:
    with pytest.raises(kind) as caught:
        call()
    for attribute, expected in data.items():
        assert getattr(caught.value, attribute) == expected, attribute
    assert str(caught.value).startswith(message)


# -- one message per situation ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("error", "message"),
    [
        (InvalidValueError.negative("fee", -5), "fee must not be negative, got -5"),
        (InvalidValueError.not_positive("years", 0), "years must be above zero, got 0"),
        (InvalidValueError.empty("name", "  "), "name must not be empty, got '  '"),
        (
            InvalidValueError.out_of_range("year", 0, 1, 9999),
            "year must be between 1 and 9999, got 0",
        ),
        (
            InvalidValueError.not_one_of("frequency", "Q", ["A", "M"]),
            "frequency must be one of A, M, got 'Q'",
        ),
        (
            InvalidValueError.of("horizons", [2030, 2025], "must increase"),
            "horizons must increase, got [2030, 2025]",
        ),
        (
            UnitMismatchError.of("trips", "5 t", "a count of vehicle trips", hint="; convert"),
            "trips must be a count of vehicle trips, got '5 t'; convert",
        ),
        (
            UndefinedRatioError.for_base("base", Decimal(0), "a path needs a base above zero"),
            "base is 0: a path needs a base above zero",
        ),
        (
            UndefinedRatioError.for_base("available", 0, "needs an area", shown="0 ha"),
            "available is 0 ha: needs an area",
        ),
        (DataFileError.in_file("a.toml", "missing rates"), "a.toml: missing rates"),
        (
            DataFileError.in_file("a.toml", "missing rate", where="rates #2"),
            "a.toml: rates #2: missing rate",
        ),
    ],
    ids=str,
)
def test_each_situation_is_written_in_one_place(error: DongDangError, message: str) -> None:
    assert str(error) == message


def test_the_shared_situations_carry_their_bounds() -> None:
    negative = InvalidValueError.negative("fee", -5)
    assert (negative.name, negative.value, negative.low, negative.high) == ("fee", -5, 0, None)
    between = InvalidValueError.out_of_range("collector", 2, 0, 1)
    assert (between.low, between.high, between.problem) == (0, 1, "must be between 0 and 1")
    listed = InvalidValueError.not_one_of("frequency", "Q", ("A", "M"))
    assert listed.accepted == ("A", "M")


def test_a_whole_number_out_of_range_carries_its_bounds() -> None:
    with pytest.raises(InvalidValueError) as caught:
        whole_number(13, "month", 1, 12)
    assert (caught.value.name, caught.value.value) == ("month", 13)
    assert (caught.value.low, caught.value.high) == (1, 12)
    assert str(caught.value) == "month must be an int from 1 to 12, got 13"


def test_an_error_built_from_a_message_alone_carries_no_data() -> None:
    error = InvalidValueError("a reform needs at least one change")
    assert (error.name, error.value, error.problem, error.accepted) == (None, None, None, ())


def test_the_parse_and_lookup_errors_share_the_value_and_problem_attributes() -> None:
    parse = ParseError("344.8", 3, "'.' groups thousands")
    assert (parse.value, parse.problem) == ("344.8", "'.' groups thousands")
    unknown = UnknownCodeError("gate pair", "ai-diem", ["chi-ma"])
    assert (unknown.value, unknown.accepted, unknown.problem) == (
        "ai-diem",
        ("chi-ma",),
        "unknown gate pair",
    )


@pytest.mark.parametrize(
    ("value", "shown"),
    [
        (Decimal("-1.50"), "-1.50"),
        (Fraction(1, 3), "1/3"),
        (3, "3"),
        (True, "True"),
        ("fr", "'fr'"),
        (None, "None"),
        (amount(-5, "USD"), "-5 USD"),
    ],
    ids=repr,
)
def test_a_message_shows_numbers_and_quantities_as_printed_and_the_rest_as_repr(
    value: object, shown: str
) -> None:
    assert show(value) == shown


@given(name=st.from_regex(r"[a-z_]{1,12}", fullmatch=True), value=st.integers(max_value=-1))
def test_a_negative_input_reads_the_same_for_every_field(name: str, value: int) -> None:
    error = InvalidValueError.negative(name, value)
    assert str(error) == f"{name} must not be negative, got {value}"
    assert (error.name, error.value) == (name, value)


# -- pickles: the round trip keeps the message and every attribute -----------------------------


@pytest.mark.parametrize(
    "error",
    [
        InvalidValueError.negative("fee", Decimal(-5)),
        InvalidValueError.not_one_of("base", "EUR", ["VND", "USD"]),
        InvalidValueError("a free-form message", value="x"),
        InvalidTypeError.of("strict", "a bool", 1),
        UnitMismatchError.of("capital", amount(3, "ha"), "money (VND, USD or CNY)"),
        UnitMismatchError("cannot express 1 USD in VND"),
        UndefinedRatioError.for_base("previous", Decimal(0), "a growth needs a base above zero"),
        UndefinedRatioError("previous is 0", argument="previous"),
        ParseError("5 ₫", 2, "'₫' is not part of a unit expression"),
        UnknownCodeError("gate pair", "ai-diem", ["chi-ma"], where="a route").at("row 2"),
        DataFileError.in_file("a.toml", "missing rate", where="rates #2"),
        OverlappingVersionsError("two versions are called 'v1'", versions=["v1", "v1"]),
        NotInForceError("no version is in force on 2020-01-01", day=dt.date(2020, 1, 1)),
        RateNotFoundError("no rate for a truck of 2 t"),
    ],
    ids=lambda error: type(error).__name__,
)
def test_every_error_pickles_with_its_message_and_data(error: DongDangError) -> None:
    restored = pickle.loads(pickle.dumps(error))  # noqa: S301 - our own bytes
    assert type(restored) is type(error)
    assert str(restored) == str(error)
    assert vars(restored) == vars(error)
    assert restored.args == error.args
