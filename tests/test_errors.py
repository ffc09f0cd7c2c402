"""The errors carry the data that caused them, build one message from it, and pickle whole.

A caller tells which input was wrong, and what would have been accepted, from
the error's attributes (``err.name``, ``err.value``, ...), not by reading the
message; and the same situation reads the same wherever it happens.
"""

from __future__ import annotations

import datetime as dt
import enum
import pickle
from decimal import Decimal
from fractions import Fraction
from typing import TYPE_CHECKING, Any

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from bad_inputs import assert_carries
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
from dongdang.gates import ClearingStatus
from dongdang.legal import LegalReference
from dongdang.periods import Period
from dongdang.provenance import _check_facts
from dongdang.tasks import StatedTaskCount

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
        "an unknown unit",
        lambda: amount(1, "acre"),
        UnknownCodeError,
        {"value": "acre", "problem": "unknown unit"},
        "unknown unit 'acre'; expected one of 'CNY', ",
    ),
    (
        "a task without sources",
        lambda: StatedTaskCount(key="s", text="…", sources=[], assigned=1),
        InvalidValueError,
        {"name": "sources", "value": [], "problem": "must name at least one task source"},
        "sources must name at least one task source, got []",
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
            UnitMismatchError.of("trips", "5 t", "a count of vehicle trips", hint="convert"),
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
        (Period.quarter(2024, 2), "Q2 2024"),
        (Period.half(2021, 1), "the first half of 2021"),
        (LegalReference.parse("Quyết định số 5/QĐ-UBND"), "Decision 5/QĐ-UBND (Ủy ban nhân dân)"),
    ],
    ids=repr,
)
def test_a_message_shows_numbers_and_quantities_as_printed_and_the_rest_as_repr(
    value: object, shown: str
) -> None:
    assert show(value) == shown


def test_a_period_reads_in_english_in_a_message_as_value_bound_and_place() -> None:
    half, year = Period.half(2021, 1), Period.year(2022)
    error = InvalidValueError.earlier_than("end", half, "start", year)
    assert str(error) == "end must not be earlier than start (2022), got the first half of 2021"
    assert (error.value, error.bound) == (half, year)
    placed = DataFileError.in_file("a.toml", "no figure", where=Period.quarter(2024, 2))
    assert str(placed) == "a.toml: Q2 2024: no figure"


class _Size(enum.IntEnum):
    LARGE = 3


class _Word(enum.StrEnum):
    YES = "yes"


@pytest.mark.parametrize(
    ("value", "shown"),
    [
        (ClearingStatus.UNKNOWN, "ClearingStatus.UNKNOWN"),
        (_Size.LARGE, "_Size.LARGE"),
        (_Word.YES, "_Word.YES"),
        (Period.quarter(2024, 2), "Q2 2024"),
        (Decimal("1.50"), "1.50"),
    ],
    ids=repr,
)
def test_every_error_class_shows_a_value_one_way(value: object, shown: str) -> None:
    assert show(value) == shown
    errors: list[DongDangError] = [
        InvalidValueError.of("x", value, "must be odd"),
        InvalidTypeError.of("x", "a str", value),
        InvalidTypeError.of_type("x", "a str", value),
        InvalidTypeError.must_hold("xs", "str", value),
        UnitMismatchError.of("x", value, "an amount"),
        UnknownCodeError("code", value, [value]),
        DataFileError.of_value("x", value, "must be odd", file="a.toml"),
    ]
    for error in errors:
        assert f" {shown}" in str(error), str(error)
        assert repr(value) not in str(error), str(error)


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
        InvalidTypeError.must_hold("codes", "str", 5, where="row 2").at("a.csv"),
        UnitMismatchError.of("capital", amount(3, "ha"), "money (VND, USD or CNY)"),
        UnitMismatchError.of("trips", "5 t", "a count", where="row 3"),
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


# -- the shared situations of order, duplicates, whole numbers and dates ------------------------

JAN = dt.date(2025, 1, 1)
MAY = dt.date(2025, 5, 8)


@pytest.mark.parametrize(
    ("error", "message", "data"),
    [
        (
            InvalidValueError.not_after("deadline", JAN, "as_of", MAY),
            "deadline must be after as_of (2025-05-08), got 2025-01-01",
            {"bound": MAY, "bound_name": "as_of", "problem": "must be after as_of (2025-05-08)"},
        ),
        (
            InvalidValueError.not_before("as_of", MAY, "deadline", JAN, hint="nothing is left"),
            "as_of must be before deadline (2025-01-01), got 2025-05-08; nothing is left",
            {"bound": JAN, "hint": "nothing is left"},
        ),
        (
            InvalidValueError.later_than("since", MAY, "as_of", JAN),
            "since must not be later than as_of (2025-01-01), got 2025-05-08",
            {"value": MAY, "bound_name": "as_of"},
        ),
        (
            InvalidValueError.earlier_than("end", JAN, "start", MAY, where="version v2"),
            "version v2: end must not be earlier than start (2025-05-08), got 2025-01-01",
            {"where": "version v2", "name": "end", "value": JAN},
        ),
        (
            InvalidValueError.duplicate("scenario name", "base"),
            "scenario name 'base' appears twice",
            {"name": "scenario name", "value": "base", "problem": "appears twice"},
        ),
        (
            InvalidValueError.not_whole("trips", Decimal("2.5"), "vehicle trips"),
            "trips must be a whole number of vehicle trips, got 2.5",
            {"problem": "must be a whole number of vehicle trips"},
        ),
        (
            InvalidValueError.needs_one("a reform", "change"),
            "a reform needs at least one change",
            {"name": "a reform", "value": None, "problem": "needs at least one change"},
        ),
        (
            InvalidValueError.needs_one("plan 'p'", "version", value="p", hint="add one"),
            "plan 'p' needs at least one version; add one",
            {"value": "p", "hint": "add one"},
        ),
        (
            InvalidValueError.no_source("the province total 12", value=12),
            "the province total 12 has no source",
            {"name": "the province total 12", "value": 12, "problem": "has no source"},
        ),
        (
            InvalidValueError.not_whole("count", 1.5),
            "count must be a whole number, got 1.5",
            {"value": 1.5},
        ),
        (
            InvalidValueError.not_a_date("column 'date'", "2025-13-01"),
            "column 'date' must hold dates, got '2025-13-01'",
            {"value": "2025-13-01", "problem": "must hold dates"},
        ),
        (
            InvalidValueError.not_a_code("gate", "Chi Ma", "huu-nghi"),
            (
                "gate must be lower-case letters and digits joined by '-' (like 'huu-nghi'), "
                "got 'Chi Ma'"
            ),
            {"name": "gate", "value": "Chi Ma"},
        ),
        (
            InvalidValueError.missing_columns("'regime'", ["date"], hint="add it"),
            "columns must include 'regime', got ('date',); add it",
            {"name": "columns", "value": ("date",), "hint": "add it"},
        ),
        (
            InvalidValueError.none_for("rate", "gate a, 2021", name="year", value=2021),
            "no rate for gate a, 2021",
            {"name": "year", "value": 2021, "where": "gate a, 2021", "problem": "has no rate"},
        ),
        (
            InvalidValueError.either_or("a", "b", {"a": 1, "b": 2}, both=True, where="row 1"),
            "row 1: give a or b, not both, got {'a': 1, 'b': 2}",
            {"value": {"a": 1, "b": 2}, "where": "row 1", "problem": "give a or b, not both"},
        ),
        (
            InvalidValueError.more_than("done", 7, "assigned", 5, where="2025", hint="once"),
            "2025: done must not be more than assigned (5), got 7; once",
            {"value": 7, "bound": 5, "bound_name": "assigned", "where": "2025", "hint": "once"},
        ),
        (
            InvalidTypeError.of_type("columns", "a table", [1, 2]),
            "columns must be a table, got [1, 2] of type list",
            {"name": "columns", "expected": "a table", "value": [1, 2]},
        ),
        (
            InvalidTypeError.of_type(
                "x", "a str", Decimal("3.14159265358979323846264338327950288")
            ),
            "x must be a str, got 3.14159265358...64338327950288 of type Decimal",
            {"value": Decimal("3.14159265358979323846264338327950288")},
        ),
        (
            InvalidTypeError.must_hold("xs", "numbers", np.array([["a", "b"], ["c", "d"]])),
            "xs must hold numbers, got [['a' 'b'] ['c' 'd']]",
            {"name": "xs", "expected": "numbers"},
        ),
        (
            InvalidTypeError.of("payload", "a number", "2 t", where="row 3"),
            "row 3: payload must be a number, got '2 t'",
            {"name": "payload", "value": "2 t", "where": "row 3"},
        ),
        (
            InvalidTypeError.of_type("columns", "a table", 5, where="the call"),
            "the call: columns must be a table, got 5 of type int",
            {"value": 5, "where": "the call"},
        ),
        (
            InvalidTypeError.must_hold("codes", "str", 5, where="row 2"),
            "row 2: codes must hold str, got 5",
            {"value": 5, "where": "row 2"},
        ),
        (
            InvalidTypeError.of("strict", "a bool", 1),
            "strict must be a bool, got 1",
            {"where": None},
        ),
        (
            UnitMismatchError.of("trips", "5 t", "a count", where="row 3"),
            "row 3: trips must be a count, got '5 t'",
            {"name": "trips", "value": "5 t", "where": "row 3", "hint": None},
        ),
        (
            UnitMismatchError.of("trips", "5 t", "a count", where="row 3", hint="count them"),
            "row 3: trips must be a count, got '5 t'; count them",
            {"where": "row 3", "hint": "count them"},
        ),
        (
            UnitMismatchError.unlike("b", amount(1, "USD"), "a", amount(2, "VND"), where="fees"),
            "fees: b must be in the currency of a (2 VND), got 1 USD",
            {"where": "fees", "expected": "in the currency of a (2 VND)"},
        ),
        (
            UnitMismatchError.of("trips", "5 t", "a count").at("row 4"),
            "row 4: trips must be a count, got '5 t'",
            {"value": "5 t", "where": "row 4"},
        ),
        (
            InvalidTypeError.must_hold("versions", "FeeVersion objects", 3),
            "versions must hold FeeVersion objects, got 3",
            {"name": "versions", "expected": "FeeVersion objects", "value": 3},
        ),
        (
            OverlappingVersionsError.same_id("v1", spans=["2020", "2021"], where="a.toml"),
            "a.toml: two versions are called 'v1': 2020 and 2021: duplicate versions",
            {"versions": ("v1", "v1"), "where": "a.toml"},
        ),
        (
            OverlappingVersionsError.same_id("v1"),
            "two versions are called 'v1': duplicate versions",
            {"day": None},
        ),
        (
            OverlappingVersionsError.same_start("v1", "v2", JAN),
            "versions v1 and v2 both start on 2025-01-01: duplicate versions",
            {"versions": ("v1", "v2"), "day": JAN},
        ),
        (
            OverlappingVersionsError.open_ended("v1", "v2", MAY, spans=("2025 –", "2025-05-08 –")),
            (
                "version v1 (2025 –) has no end, but version v2 (2025-05-08 –) starts on "
                "2025-05-08: they overlap; end v1 on the day before, or earlier "
                "(repeal is explicit)"
            ),
            {"versions": ("v1", "v2"), "day": MAY},
        ),
        (
            OverlappingVersionsError.overlap("v1", "v2", JAN, MAY, hint="end v1 earlier"),
            (
                "versions v1 and v2 are both in force from 2025-01-01 to 2025-05-08: they overlap; "
                "end v1 earlier"
            ),
            {"day": JAN, "end": MAY},
        ),
        (
            OverlappingVersionsError.overlap("v1", "v2", JAN).at("fees.toml"),
            "fees.toml: versions v1 and v2 are both in force from 2025-01-01: they overlap",
            {"versions": ("v1", "v2"), "day": JAN, "end": None, "where": "fees.toml"},
        ),
        (
            UnitMismatchError.unlike("flows[1]", amount(5, "USD"), "flows[0]", amount(3, "VND")),
            "flows[1] must be in the currency of flows[0] (3 VND), got 5 USD",
            {"name": "flows[1]", "value": amount(5, "USD")},
        ),
        (
            UnitMismatchError.unlike(
                "part", amount(2, "ha"), "whole", amount(1, "USD"), kind="dimension", hint="no"
            ),
            "part must be in the dimension of whole (1 USD), got 2 hectare; no",
            {"expected": "in the dimension of whole (1 USD)", "hint": "no"},
        ),
        (
            DataFileError.of_value("document", "d9", "must be known", file="a.toml", where="row 2"),
            "a.toml: row 2: document must be known, got 'd9'",
            {"file": "a.toml", "where": "row 2", "name": "document", "value": "d9"},
        ),
        (
            DataFileError.of_value("legal", 5, "must be a citation", hint="cite it"),
            "legal must be a citation, got 5; cite it",
            {"file": None, "where": None, "problem": "must be a citation", "hint": "cite it"},
        ),
        (
            OverlappingVersionsError.both("v1", "v2", "made by 12/QĐ", where="plan p", hint="one"),
            "plan p: versions v1 and v2 are both made by 12/QĐ; one",
            {"versions": ("v1", "v2"), "day": None, "where": "plan p"},
        ),
        (
            OverlappingVersionsError.both(1, 2, "rates", day=JAN, labels=("one", "two")),
            "one and two are both rates on 2025-01-01",
            {"versions": (1, 2), "day": JAN, "where": None},
        ),
        (
            NotInForceError.on(JAN, "version of the fee schedule", covered="2025-05-08 onwards"),
            (
                "no version of the fee schedule is in force on 2025-01-01; "
                "the versions cover 2025-05-08 onwards"
            ),
            {"day": JAN, "value": JAN, "covered": "2025-05-08 onwards", "reason": None},
        ),
        (
            NotInForceError.on(JAN, "USD→VND rate", reason="the table has none"),
            "no USD→VND rate is in force on 2025-01-01: the table has none",
            {"what": "USD→VND rate", "reason": "the table has none", "covered": None},
        ),
    ],
    ids=lambda item: str(item)[:40] if isinstance(item, DongDangError) else "",
)
def test_each_shared_situation_reads_one_way_and_carries_its_data(
    error: DongDangError, message: str, data: dict[str, object]
) -> None:
    assert str(error) == message
    for attribute, expected in data.items():
        assert getattr(error, attribute) == expected, attribute


def test_a_schedule_file_names_itself_in_front_of_the_overlap_and_keeps_its_data() -> None:
    legal = '[versions.legal]\nnumber = "02/2025/NQ-HĐND"\n'
    text = (
        f"[[versions]]\nid = 'a'\nstart = 2020-01-01\n{legal}"
        f"[[versions]]\nid = 'b'\nstart = 2020-01-01\n{legal}"
    )
    with pytest.raises(OverlappingVersionsError) as caught:
        FeeSchedule.loads(text, name="two.toml")
    assert str(caught.value).startswith("two.toml: versions a (")
    assert (caught.value.versions, caught.value.where) == (("a", "b"), "two.toml")
    assert caught.value.day == dt.date(2020, 1, 1)


def test_a_missing_rate_carries_the_version_the_vehicle_the_regime_and_the_goods() -> None:
    from dongdang.fees import Crossing, lang_son_fee_schedule  # noqa: PLC0415

    schedule = lang_son_fee_schedule()
    crossing = Crossing(date=dt.date(2025, 5, 7), payload=1, regime="export", goods="fresh_produce")
    with pytest.raises(RateNotFoundError) as caught:
        schedule.assess(crossing)
    error = caught.value
    assert error.version == schedule.in_force(crossing.date).id
    assert (error.regime, error.goods) == ("export", ("fresh_produce",))
    assert error.vehicle is not None
    assert error.vehicle in str(error)
    assert "dongdang does not invent rates" in str(error)


# -- pickles whatever the value: an unpicklable one travels as its repr -------------------------


class _NoRepr:
    def __repr__(self) -> str:
        raise RuntimeError("no repr")

    def __reduce__(self) -> str | tuple[Any, ...]:
        raise TypeError("no pickle")


def _unpicklable() -> list[object]:
    return [lambda: 1, (n for n in range(3)), _NoRepr()]


@pytest.mark.parametrize("value", _unpicklable(), ids=["lambda", "generator", "no repr"])
def test_an_error_with_an_unpicklable_value_pickles_with_its_repr(value: object) -> None:
    error = InvalidValueError.of("callback", value, "must be a number")
    restored = pickle.loads(pickle.dumps(error))  # noqa: S301 - our own bytes
    assert type(restored) is InvalidValueError
    assert str(restored) == str(error)
    assert restored.name == "callback"
    assert restored.problem == "must be a number"
    assert isinstance(restored.value, str)
    assert restored.value.startswith("<")


class _NoStr:
    def __str__(self) -> str:
        raise RuntimeError("no str")

    def __repr__(self) -> str:
        return "<no str>"


def test_a_value_whose_str_raises_is_shown_by_its_repr() -> None:
    error = InvalidValueError.of("rates", _NoStr(), "must be a mapping")
    assert str(error) == "rates must be a mapping, got <no str>"
    assert str(DataFileError.in_file("a.toml", "bad", where=_NoStr())) == "a.toml: <no str>: bad"


def test_a_value_whose_repr_raises_is_shown_by_its_type_and_address() -> None:
    for error in (
        InvalidTypeError.of("rates", "a mapping", _NoRepr()),
        UnknownCodeError("gate", _NoRepr(), [_NoRepr()]),
        InvalidValueError.not_one_of("gate", _NoRepr(), [_NoRepr()]),
    ):
        assert "_NoRepr object at" in str(error)
        restored = pickle.loads(pickle.dumps(error))  # noqa: S301 - our own bytes
        assert str(restored) == str(error)
        assert isinstance(restored.value, str)
    placed = DataFileError.in_file("a.toml", "bad", where=_NoRepr())
    assert placed.where is not None
    assert "_NoRepr object at" in placed.where
    assert placed.where in str(placed)


def test_an_open_file_as_a_value_pickles_as_its_repr(tmp_path: Any) -> None:
    path = tmp_path / "a.txt"
    path.write_text("x", encoding="utf-8")
    with path.open(encoding="utf-8") as handle:
        error = InvalidTypeError.of("rates", "a mapping", handle)
        restored = pickle.loads(pickle.dumps(error))  # noqa: S301 - our own bytes
    assert restored.value == repr(handle)
    assert str(restored) == str(error)


_VALUES = st.one_of(
    st.integers(),
    st.decimals(allow_nan=False),
    st.text(max_size=8),
    st.none(),
    st.dates(),
    st.sampled_from(_unpicklable()),
)
_NAMES = st.from_regex(r"[a-z_]{1,10}", fullmatch=True)


@st.composite
def _errors(draw: st.DrawFn) -> DongDangError:
    name, value = draw(_NAMES), draw(_VALUES)
    bound = draw(st.dates())
    makers: list[Callable[[], DongDangError]] = [
        lambda: InvalidValueError.of(name, value, "must be odd", where=draw(st.none() | _NAMES)),
        lambda: InvalidValueError.negative(name, value),
        lambda: InvalidValueError.not_positive(name, value),
        lambda: InvalidValueError.out_of_range(name, value, 0, 1),
        lambda: InvalidValueError.empty(name, value),
        lambda: InvalidValueError.not_one_of(name, value, [value, "x"]),
        lambda: InvalidValueError.not_whole(name, value, "trips"),
        lambda: InvalidValueError.not_a_date(name, value),
        lambda: InvalidValueError.not_after(name, value, "start", bound),
        lambda: InvalidValueError.not_before(name, value, "end", bound, hint="move it"),
        lambda: InvalidValueError.later_than(name, value, "as_of", bound),
        lambda: InvalidValueError.earlier_than(name, value, "start", bound, where="v1"),
        lambda: InvalidValueError.duplicate(name, value, where="a plan"),
        lambda: InvalidTypeError.of(name, "a str", value, where=draw(st.none() | _NAMES)),
        lambda: InvalidValueError.not_a_code(name, value),
        lambda: InvalidValueError.missing_columns(name, [value], hint="add it"),
        lambda: InvalidValueError.none_for(name, "a record", name=name, value=value),
        lambda: InvalidValueError.either_or(name, "b", value, both=True, where="row 1"),
        lambda: InvalidValueError.more_than(name, value, "assigned", bound, where="v1"),
        lambda: InvalidTypeError.of_type(name, "a table", value),
        lambda: InvalidTypeError.must_hold(name, "codes", value),
        lambda: UnitMismatchError.of(name, value, "money", where=draw(st.none() | _NAMES)),
        lambda: UndefinedRatioError.for_base(name, value, "a ratio needs a base"),
        lambda: UnknownCodeError(name, value, [value]).at("row 1"),
        lambda: DataFileError.in_file(f"{name}.toml", "bad", where=value),
        lambda: OverlappingVersionsError.same_id(name),
        lambda: OverlappingVersionsError.same_start(name, "b", bound),
        lambda: OverlappingVersionsError.open_ended(name, "b", bound),
        lambda: OverlappingVersionsError.overlap(name, "b", bound, bound).at("f.toml"),
        lambda: NotInForceError.on(bound, name, covered="2020 onwards", reason="a gap"),
        lambda: UnitMismatchError.unlike(name, value, "other", value, kind="dimension", hint="x"),
        lambda: DataFileError.of_value(name, value, "is bad", file="f.toml", where=value),
        lambda: OverlappingVersionsError.both(name, value, "dated", day=bound, hint="merge"),
    ]
    return draw(st.sampled_from(makers))()


def _comparable(value: object) -> object:
    try:
        pickle.dumps(value)
    except Exception:  # noqa: BLE001 - as the error does
        return str
    return value


@given(error=_errors())
def test_every_error_of_a_classmethod_pickles_with_its_message_and_data(
    error: DongDangError,
) -> None:
    restored = pickle.loads(pickle.dumps(error))  # noqa: S301 - our own bytes
    assert type(restored) is type(error)
    assert str(restored) == str(error)
    assert restored.args == error.args
    assert set(vars(restored)) == set(vars(error))
    for key, value in vars(error).items():
        kept = _comparable(value)
        if kept is str:
            assert isinstance(vars(restored)[key], str), key
        else:
            assert vars(restored)[key] == value, key


def test_a_bad_cell_of_a_column_carries_the_column_the_row_and_the_value() -> None:
    from dongdang.trade import TradeLedger  # noqa: PLC0415

    columns = {
        "value": np.array([1.0, -2.0, 3.0]),
        "direction": np.array(["export", "import", "export"]),
        "date": np.array(["2024-01-01", "2024-01-02", "2024-01-03"], dtype="datetime64[D]"),
    }
    with pytest.raises(InvalidValueError) as caught:
        TradeLedger().extend_columns(columns, measure="customs", hs_vintage=None)
    error = caught.value
    assert (error.name, error.where, error.value) == ("value", "column 'value', row 1", -2.0)
    assert error.problem is not None
    assert str(error) == f"column 'value', row 1: value {error.problem}, got -2.0"


@pytest.mark.parametrize("value", [None, ()], ids=["none", "empty"])
def test_an_unknown_fact_without_a_caveat_carries_the_fact_and_its_owner(value: object) -> None:
    assert_carries(
        lambda: _check_facts("gate x", (), {"managed_by": value}, sources=()),
        InvalidValueError,
        name="managed_by",
        value=value,
        where="gate x",
    )


def test_an_error_placed_at_a_row_keeps_its_very_data_and_pickles() -> None:
    items = (item for item in [1, 2])  # a generator does not pickle: kept as it is all the same
    error = InvalidTypeError.of("items", "a list", items)
    error.add_note("read from a.csv")
    placed = error.at("row 1")
    assert str(placed) == f"row 1: items must be a list, got {items!r}"
    assert placed.value is items
    assert (placed.name, placed.expected, placed.where) == ("items", "a list", "row 1")
    assert error.where is None
    placed.add_note("again")
    assert error.__notes__ == ["read from a.csv"]  # the original is left as it was
    unpickled = pickle.loads(pickle.dumps(placed))  # noqa: S301 - our own bytes
    assert str(unpickled) == str(placed)
    assert unpickled.value == repr(items)
    assert unpickled.where == "row 1"


def test_a_value_error_placed_keeps_its_own_place_and_names_the_new_one_first() -> None:
    error = InvalidValueError.negative("fee", -5).at("row 3").at("file a.csv")
    assert str(error) == "file a.csv: row 3: fee must not be negative, got -5"
    assert (error.value, error.where) == (-5, "row 3")
    overlap = OverlappingVersionsError.overlap("v1", "v2", dt.date(2021, 1, 1), where="plan p")
    placed = overlap.at("fees.toml")
    assert str(placed) == f"fees.toml: {overlap}"
    assert (placed.where, placed.versions, placed.day) == ("plan p", ("v1", "v2"), overlap.day)


def test_an_unknown_code_placed_twice_names_both_places() -> None:
    error = UnknownCodeError("regime", "tntx", ["export"]).at("row 3").at("column 'regime'")
    assert str(error).startswith("column 'regime': row 3: unknown regime 'tntx'")
    assert (error.value, error.accepted, error.context) == (
        "tntx",
        ("export",),
        "column 'regime': row 3",
    )
